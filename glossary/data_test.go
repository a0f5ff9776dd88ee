package glossary

import (
	"bytes"
	"os"
	"testing"

	"github.com/kabar-reader/kabar/glossary/internal/compile"
)

// TestDataIsCleanAndCompiled runs the reviewer's checker over the data
// files and checks compiled.idx was generated from them as they are.
func TestDataIsCleanAndCompiled(t *testing.T) {
	src, err := compile.Index(os.DirFS("data"), ".")
	if err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile("compiled.idx")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(src, have) {
		t.Fatal("compiled.idx is out of date with data/*.tsv: run go generate ./glossary")
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

// TestEmbeddedIndexValid checks every reference of the embedded index
// once, which Embedded does not do at start-up.
func TestEmbeddedIndexValid(t *testing.T) {
	g, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if err := g.x.Verify(); err != nil {
		t.Fatal(err)
	}
}
