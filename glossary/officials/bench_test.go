package officials

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/glossary"
)

// BenchmarkFind: the officials of the seed article.
func BenchmarkFind(b *testing.B) {
	a, err := articles.Default()
	if err != nil {
		b.Fatal(err)
	}
	f := testFinder(b)
	terms := f.an.Analyze(a.Body) // as annotate passes them
	b.ReportAllocs()
	for b.Loop() {
		f.Find(a.Body, terms, a.Byline, a.Published)
	}
}

// BenchmarkEmbedded: building the finder at start-up.
func BenchmarkEmbedded(b *testing.B) {
	g, err := glossary.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	an := glossary.NewAnalyzer(g)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Embedded(an); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFindLong: the officials of a long text (about 20,000 words of
// the dev articles end to end), which must stay linear in its length.
func BenchmarkFindLong(b *testing.B) {
	files, _ := filepath.Glob("../testdata/dev/dev1*.txt")
	var text strings.Builder
	for _, f := range files {
		if text.Len() > 140_000 {
			break
		}
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text.Write(data)
		text.WriteString("\n")
	}
	body := text.String()
	f := testFinder(b)
	terms := f.an.Analyze(body)
	b.ReportMetric(float64(len(strings.Fields(body))), "words")
	b.ReportAllocs()
	for b.Loop() {
		f.Find(body, terms, nil, time.Time{})
	}
}
