package officials

import (
	"testing"

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
