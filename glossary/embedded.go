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
	parts := make([][]lexicon.Entry, 0, len(names))
	total := 0
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		entries, errs := lexicon.ParseString(string(data), name)
		if len(errs) > 0 {
			return nil, errs[0]
		}
		parts = append(parts, entries)
		total += len(entries)
	}
	all := make([]lexicon.Entry, 0, total)
	for _, p := range parts {
		all = append(all, p...)
	}
	return all, nil
}
