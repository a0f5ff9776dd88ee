package render

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// FuzzRender: whatever the body (markdown metacharacters included), the
// rendered text is the body's characters, no more and no fewer, none of it
// becomes a code block, rendering it in parts changes nothing, every word
// span is found whole, and no line is wider than the page.
func FuzzRender(f *testing.F) {
	f.Add("Presiden *tiba* di [Jakarta](x) #1 `kode` 1. dua > tiga _empat_ <b>x</b>", 40)
	f.Add("- daftar\n\n+ plus\n\n1) satu | dua \\ tiga ~ ! & { }", 25)
	f.Add(strings.Repeat("senjata-senjata ", 30), 20)
	r, err := NewRenderer(NoTTY, WrapFor(60))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body string, _ int) {
		if !utf8.ValidString(body) || strings.ContainsAny(body, "\x1b\r\t") || len(body) > 2000 {
			return // bodies are cleaned before they get here
		}
		for _, r := range body {
			if unicode.IsControl(r) && r != '\n' || !unicode.IsPrint(r) && !unicode.IsSpace(r) || unicode.IsSpace(r) && r != ' ' && r != '\n' {
				return
			}
		}
		var spans []Span
		start := -1
		for i, c := range body + " " {
			if unicode.IsLetter(c) {
				if start < 0 {
					start = i
				}
			} else if start >= 0 {
				spans = append(spans, Span{start, i})
				start = -1
			}
		}
		if md := Markdown(body); hasCode(md) {
			t.Fatalf("%q became a code block: %q", body, md)
		}
		p, err := Render(r, body, spans, 60, NoTTY)
		if err != nil {
			t.Fatal(err)
		}
		whole, err := Lines(r, body)
		if err != nil {
			t.Fatal(err)
		}
		if parts, err := linesInParts(NoTTY, WrapFor(60), body, 3); err != nil || !slices.Equal(parts, whole) {
			t.Fatalf("%q in parts: %v, %s", body, err, firstDiff(parts, whole))
		}
		if got := squeeze(ansi.Strip(strings.Join(p.Lines, "\n"))); got != squeeze(body) {
			t.Fatalf("%q rendered as %q", body, got)
		}
		for _, l := range p.Lines {
			if ansi.StringWidth(l) > 60 {
				t.Fatalf("%q: line %q is wider than the page", body, l)
			}
		}
		for i, sp := range spans {
			var got strings.Builder
			for _, s := range p.Segments[i] {
				got.WriteString(ansi.Strip(p.Lines[s.Line][s.Start:s.End]))
			}
			if squeeze(got.String()) != body[sp.Start:sp.End] {
				t.Fatalf("span %q rendered as %q", body[sp.Start:sp.End], got.String())
			}
		}
	})
}
