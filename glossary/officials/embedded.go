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
	titles, reg, err := LoadEmbedded()
	if err != nil {
		return nil, err
	}
	return NewFinder(an, titles, reg), nil
}

// LoadEmbedded parses the embedded title table and register; it needs no
// analyzer, so it can run while the glossary is being built.
func LoadEmbedded() (*Titles, *Register, error) {
	titles, err := ParseTitles(titlesTSV, "titles.tsv")
	if err != nil {
		return nil, nil, err
	}
	reg, errs := ParseRegister(registerTSV, "register.tsv")
	if len(errs) > 0 {
		return nil, nil, errors.Join(errs...)
	}
	return titles, reg, nil
}
