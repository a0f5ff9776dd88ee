package annotate

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/glossary"
	"github.com/kabar-reader/kabar/glossary/officials"
)

func TestSentences(t *testing.T) {
	body := "Harga naik 2,5 persen. Menurut Dr. Ani, itu wajar.\n\n“Kami siap,” ujarnya. Selesai"
	terms := []glossary.Term{{Start: 0, End: 5}, {Start: 23, End: 30}, {Start: 53, End: 57}, {Start: 79, End: 86}}
	d := &Document{Article: articles.Article{Body: body}, Terms: terms}
	d.sentences = sentenceSpans(body, terms)
	want := []string{"Harga naik 2,5 persen.", "Menurut Dr. Ani, itu wajar.", "“Kami siap,” ujarnya.", "Selesai"}
	for i, w := range want {
		if got := d.Sentence(i); got != w {
			t.Errorf("sentence %d = %q, want %q", i, got, w)
		}
	}
	if d.Sentence(-1) != "" || d.Sentence(9) != "" {
		t.Error("out-of-range sentence")
	}
}

func TestJSONShape(t *testing.T) {
	d := &Document{Article: articles.Article{Title: "T", Body: "b"}, Terms: []glossary.Term{{Start: 0, End: 1, Text: "b", Kind: glossary.KindWord}}}
	out, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"title", "source", "dateline", "published", "byline", "body", "terms", "officials"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON lacks %q: %s", k, out)
		}
	}
	term := m["terms"].([]any)[0].(map[string]any)
	if term["kind"] != "word" || term["glosses"] == nil {
		t.Errorf("term JSON %v", term)
	}
}

// TestNewLoading: the finder is waited for once the glossary's analysis is
// done, its error is the document's, and the document is New's.
func TestNewLoading(t *testing.T) {
	a, an, finder := seed(t)
	bad := errors.New("register: line 3: no name")
	if d, err := NewLoading(a, an, func() (*officials.Finder, error) { return nil, bad }); err != bad || d != nil {
		t.Errorf("NewLoading with a failing finder = %v, %v; want nil, %v", d, err, bad)
	}
	d, err := NewLoading(a, an, func() (*officials.Finder, error) { return finder, nil })
	if err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(d)
	want, _ := json.Marshal(New(a, an, finder))
	if string(got) != string(want) {
		t.Error("NewLoading's document differs from New's")
	}
	if len(d.Officials) == 0 {
		t.Error("NewLoading found no officials in the seed")
	}
}

// BenchmarkNew: the seed analysed and its officials found, as the reader
// and kabar render do for every article (the analyzer's cache warm).
func BenchmarkNew(b *testing.B) {
	a, an, finder := seed(b)
	New(a, an, finder)
	b.ReportAllocs()
	for b.Loop() {
		New(a, an, finder)
	}
}

// seed is the seed article with the embedded glossary's analyzer and
// officials finder.
func seed(tb testing.TB) (articles.Article, *glossary.Analyzer, *officials.Finder) {
	tb.Helper()
	a, err := articles.Default()
	if err != nil {
		tb.Fatal(err)
	}
	g, err := glossary.Embedded()
	if err != nil {
		tb.Fatal(err)
	}
	an := glossary.NewAnalyzer(g)
	finder, err := officials.Embedded(an)
	if err != nil {
		tb.Fatal(err)
	}
	return a, an, finder
}
