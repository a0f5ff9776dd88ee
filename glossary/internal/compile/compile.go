// Package compile reads the glossary data files, checks them and compiles
// them into the index the binary embeds (internal/index).
package compile

import (
	"fmt"
	"io/fs"
	"path"
	"sort"

	"github.com/kabar-reader/kabar/glossary/internal/index"
	"github.com/kabar-reader/kabar/glossary/lexicon"
)

// Read parses every .tsv of dir in fsys, in name order, and runs the
// checker: data with problems is not compiled.
func Read(fsys fs.FS, dir string) ([]lexicon.Entry, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.tsv"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var all []lexicon.Entry
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		entries, errs := lexicon.ParseString(string(data), path.Base(name))
		if len(errs) > 0 {
			return nil, errs[0]
		}
		all = append(all, entries...)
	}
	if errs := lexicon.Check(all); len(errs) > 0 {
		return nil, fmt.Errorf("%v (and %d more; run go run ./glossary/lexicon/lexcheck)", errs[0], len(errs)-1)
	}
	return all, nil
}

// Index returns the compiled index (internal/index) of the entries of dir.
func Index(fsys fs.FS, dir string) ([]byte, error) {
	entries, err := Read(fsys, dir)
	if err != nil {
		return nil, err
	}
	return index.Build(entries)
}
