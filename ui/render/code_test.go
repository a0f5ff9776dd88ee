package render

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// kabar builds glamour without its syntax highlighter (go.mod replaces
// chroma with third_party/nochroma) because an article never becomes a code
// block. These tests hold both halves of that.

// hasCode reports whether markdown parses to a code block, fenced or
// indented, under the extensions glamour reads with.
func hasCode(markdown string) bool {
	md := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.DefinitionList))
	found := false
	_ = ast.Walk(md.Parser().Parse(text.NewReader([]byte(markdown))), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if k := n.Kind(); entering && (k == ast.KindCodeBlock || k == ast.KindFencedCodeBlock) {
			found = true
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return found
}

// TestNoCodeBlocks: fences, indented lines and tildes in an article stay
// text.
func TestNoCodeBlocks(t *testing.T) {
	for _, body := range []string{
		"```\nx := 1\n```",
		"~~~go\nfunc main() {}\n~~~",
		"Paragraf satu.\n\n    kode dengan empat spasi\n\n\tdan tab",
		"Teks\n\n        menjorok delapan spasi",
		"- daftar\n\n      kode dalam daftar",
	} {
		if !hasCode(body) {
			t.Errorf("%q: the check misses a code block written plainly", body)
		}
		if md := Markdown(body); hasCode(md) {
			t.Errorf("%q became a code block: %q", body, md)
		}
	}
}

// TestCodeBlockPlain: were a code block to reach glamour, kabar's build
// writes it as plain text in glamour's colours, uncoloured by a lexer.
func TestCodeBlockPlain(t *testing.T) {
	r, err := NewRenderer(Dark, WrapFor(60))
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.Render("```go\nx := map[string]int{\"a\": 1}\n```\n")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `x := map[string]int{"a": 1}`) {
		t.Errorf("the code was coloured or changed: %q", out)
	}
}
