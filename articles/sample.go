package articles

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed samples/*.txt
var samplesFS embed.FS

// DefaultSampleID is the article kabar opens when the library is empty: the
// KONTAN report of 12 September 2023 kabar was specified from.
const DefaultSampleID = "sample-kontan-kim-jong-un-russia"

// Samples parses the articles embedded in the binary, in name order.
func Samples() ([]Article, error) {
	names, err := fs.Glob(samplesFS, "samples/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	out := make([]Article, 0, len(names))
	for _, name := range names {
		data, err := samplesFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		a, err := ParseText(name, data)
		if err != nil {
			return nil, err
		}
		a.ID = "sample-" + strings.TrimSuffix(path.Base(name), ".txt")
		out = append(out, a)
	}
	return out, nil
}

// Default returns the embedded default article.
func Default() (Article, error) {
	all, err := Samples()
	if err != nil {
		return Article{}, err
	}
	for _, a := range all {
		if a.ID == DefaultSampleID {
			return a, nil
		}
	}
	return Article{}, fs.ErrNotExist
}
