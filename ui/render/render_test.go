package render

import (
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

func seedBody(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../../articles/samples/kontan-kim-jong-un-russia.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	return strings.Join(lines[1:], "\n\n")
}

// wordSpans makes a span of every run of letters, and of every pair of
// adjacent words, so that spans cross line breaks at every width.
func wordSpans(body string) []Span {
	var words []Span
	start := -1
	for i, r := range body {
		if unicode.IsLetter(r) || r == '-' {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			words = append(words, Span{start, i})
			start = -1
		}
	}
	var out []Span
	for i := 0; i+1 < len(words); i += 2 {
		out = append(out, words[i])
		if body[words[i+1].Start-1] == ' ' && words[i+1].Start-words[i].End == 1 {
			out = append(out, Span{words[i+1].Start, words[i+1].End})
		}
	}
	return out
}

func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// renderAt renders body at width in style and locates spans.
func renderAt(t *testing.T, body string, spans []Span, width int, style Style) *Page {
	t.Helper()
	r, err := NewRenderer(style, WrapFor(width))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Render(r, body, spans, width, style)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSpansSurviveWrapping(t *testing.T) {
	body := seedBody(t)
	spans := wordSpans(body)
	// Two-word spans: every "Korea Utara" is one span.
	for i := 0; i+len("Korea Utara") <= len(body); i++ {
		if strings.HasPrefix(body[i:], "Korea Utara") {
			spans = append(spans, Span{i, i + len("Korea Utara")})
		}
	}
	sortSpans(spans)
	for width := 20; width <= 200; width += 7 {
		p := renderAt(t, body, spans, width, Dark)
		wrapped := 0
		for si, sp := range spans {
			segs := p.Segments[si]
			if len(segs) == 0 {
				t.Fatalf("width %d: span %q not found", width, body[sp.Start:sp.End])
			}
			if len(segs) > 1 {
				wrapped++
			}
			var got strings.Builder
			for _, s := range segs {
				got.WriteString(ansi.Strip(p.Lines[s.Line][s.Start:s.End]))
			}
			want := squeeze(body[sp.Start:sp.End])
			if squeeze(got.String()) != want {
				t.Fatalf("width %d: span %q rendered as %q", width, want, got.String())
			}
			// The highlight never lands inside another word.
			for _, s := range segs {
				before := []rune(ansi.Strip(p.Lines[s.Line][:s.Start]))
				after := []rune(ansi.Strip(p.Lines[s.Line][s.End:]))
				if len(before) > 0 && unicode.IsLetter(before[len(before)-1]) ||
					len(after) > 0 && unicode.IsLetter(after[0]) {
					t.Fatalf("width %d: span %q cuts a word on line %q", width, want, ansi.Strip(p.Lines[s.Line]))
				}
			}
		}
		// Composed lines keep their text and every escape sequence whole.
		mark := Mark{Open: "\x1b[7m", Close: "\x1b[27m"}
		for i := range p.Lines {
			composed := p.Line(i, func(int) Mark { return mark })
			if ansi.Strip(composed) != ansi.Strip(p.Lines[i]) {
				t.Fatalf("width %d line %d: text changed:\n%q\n%q", width, i, ansi.Strip(composed), ansi.Strip(p.Lines[i]))
			}
		}
		if width < 60 && wrapped == 0 {
			t.Errorf("width %d: no span crossed a line break; the test lost its point", width)
		}
	}
}

func sortSpans(s []Span) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].Start < s[j-1].Start; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// TestMarkupKept: the body is text, not markdown. Whatever punctuation it
// has, alone, doubled or in links and addresses, glamour prints it as
// written: nothing dropped, added, struck through or linked.
func TestMarkupKept(t *testing.T) {
	r, err := NewRenderer(NoTTY, WrapFor(60))
	if err != nil {
		t.Fatal(err)
	}
	var bodies []string
	for c := byte('!'); c <= '~'; c++ {
		if unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)) {
			continue
		}
		s := string(c)
		bodies = append(bodies, s+"a "+s+s+"b"+s+s+" c"+s+"d "+s, "x "+s+" y", s)
	}
	bodies = append(bodies,
		"Kirim ke redaksi@kompas.com atau www.kompas.com, http://a.co/b dan https://kontan.co.id.",
		"AT&T, R&D, &amp; &copy; &#39; dan ~~coret~~ ~satu~ 5~6 :fire: 10:30",
		"Istilah\n\n: definisi\n\n:: dua",
		"1. satu\n\n2) dua\n\n- tiga\n\n+ empat\n\n> lima\n\n# enam\n\n---\n\n***\n\n===",
		"<b>tebal</b> [teks](url) ![gambar](x.png) `kode` *miring* _garis_ __tebal__ \\ akhir\\")
	for _, body := range bodies {
		lines, err := Lines(r, body)
		if err != nil {
			t.Fatal(err)
		}
		if got := squeeze(strings.Join(lines, "\n")); got != squeeze(body) {
			t.Errorf("%q rendered as %q", body, strings.TrimSpace(strings.Join(lines, " ")))
		}
	}
}

// TestLongWordsFit: a word wider than the page (a long web address) is
// broken across lines that fit, its characters all kept, and the words
// around it are still found.
func TestLongWordsFit(t *testing.T) {
	body := "Tautan lengkapnya https://www.kompas.com/nasional/read/2025/01/01/123456789/sangat-panjang-sekali-tautan-ini-tidak-akan-muat-di-satu-baris?utm_source=xyz dibagikan " +
		strings.Repeat("panjang", 20) + " kemarin."
	var spans []Span
	for _, w := range []string{"lengkapnya", "dibagikan", "kemarin"} {
		i := strings.Index(body, w)
		spans = append(spans, Span{i, i + len(w)})
	}
	for width := 20; width <= 200; width += 9 {
		for _, style := range []Style{NoTTY, Dark} {
			p := renderAt(t, body, spans, width, style)
			for i, l := range p.Lines {
				if w := ansi.StringWidth(l); w > width {
					t.Errorf("%s at %d: line %d is %d wide: %q", style, width, i, w, l)
				}
			}
			if got := squeeze(ansi.Strip(strings.Join(p.Lines, "\n"))); got != squeeze(body) {
				t.Errorf("%s at %d: text changed: %q", style, width, got)
			}
			for i, sp := range spans {
				if segs := p.Segments[i]; len(segs) != 1 || ansi.Strip(p.Lines[segs[0].Line][segs[0].Start:segs[0].End]) != body[sp.Start:sp.End] {
					t.Errorf("%s at %d: %q is not found beside the long words: %+v", style, width, body[sp.Start:sp.End], segs)
				}
			}
		}
	}
}
