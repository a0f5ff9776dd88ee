package officials

import (
	_ "embed"
	"errors"

	"github.com/kabar-reader/kabar/glossary"
)

var (
	//go:embed titles.tsv
	titlesTSV string
	//go:embed register.tsv
	registerTSV string
)

// Embedded builds the finder on the title table and register compiled into
// the binary.
func Embedded(an *glossary.Analyzer) (*Finder, error) {
	titles, err := ParseTitles(titlesTSV, "titles.tsv")
	if err != nil {
		return nil, err
	}
	reg, errs := ParseRegister(registerTSV, "register.tsv")
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return NewFinder(an, titles, reg), nil
}
