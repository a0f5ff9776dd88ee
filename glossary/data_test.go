package glossary

import (
	"testing"

	"github.com/kabar-reader/kabar/glossary/lexicon"
)

// TestEmbeddedDataIsClean runs the reviewer's checker over the shipped data.
func TestEmbeddedDataIsClean(t *testing.T) {
	var all []lexicon.Entry
	names, err := dataFS.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		if n.IsDir() || len(n.Name()) < 5 || n.Name()[len(n.Name())-4:] != ".tsv" {
			continue
		}
		f, err := dataFS.Open("data/" + n.Name())
		if err != nil {
			t.Fatal(err)
		}
		entries, errs := lexicon.Parse(f, n.Name())
		f.Close()
		for _, e := range errs {
			t.Error(e)
		}
		all = append(all, entries...)
	}
	for _, e := range lexicon.Check(all) {
		t.Error(e)
	}
}

// TestGlossarySize holds the glossary to the goals of its issue.
func TestGlossarySize(t *testing.T) {
	g := testGlossary(t)
	s := g.Stats()
	t.Logf("%d entries, %d headwords, %d phrases, %d names, %d English", s.Entries, s.Headwords, s.Phrases, s.Names, s.English)
	if s.Headwords < 10000 {
		t.Errorf("%d headwords, want at least 10,000", s.Headwords)
	}
	if s.Phrases < 2000 {
		t.Errorf("%d multi-word expressions, want at least 2,000", s.Phrases)
	}
}
