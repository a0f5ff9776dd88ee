package glossary

import (
	"embed"
	"io/fs"
	"path"
	"sort"

	"github.com/kabar-reader/kabar/glossary/lexicon"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Embedded parses the glossary data compiled into the binary. Call it once
// at start-up and pass the result on.
func Embedded() (*Glossary, error) {
	entries, err := Load(dataFS, "data")
	if err != nil {
		return nil, err
	}
	return New(entries)
}

// Load reads every .tsv file in dir of fsys, in name order. The first
// malformed line is an error: shipped data passes lexcheck.
func Load(fsys fs.FS, dir string) ([]lexicon.Entry, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.tsv"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var all []lexicon.Entry
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, err
		}
		entries, errs := lexicon.Parse(f, name)
		f.Close()
		if len(errs) > 0 {
			return nil, errs[0]
		}
		all = append(all, entries...)
	}
	return all, nil
}
