package ui

import (
	"strings"
	"testing"
	"unicode"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/glossary"
	"github.com/kabar-reader/kabar/glossary/annotate"
	"github.com/kabar-reader/kabar/ui/render"
)

func nonSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// escapesWhole reports whether every escape sequence in s is complete.
func escapesWhole(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != 0x1b {
			continue
		}
		if i+1 >= len(s) || s[i+1] != '[' {
			return false
		}
		j := i + 2
		for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
			if s[j] == 0x1b {
				return false
			}
			j++
		}
		if j >= len(s) {
			return false
		}
		i = j
	}
	return true
}

// TestHighlightPlacement renders the seed with its real terms at every
// width from 20 to 200 and checks each highlight covers exactly its term,
// whole words only, phrases wrapped across lines included, with every
// escape sequence intact.
func TestHighlightPlacement(t *testing.T) {
	a, err := articles.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := annotate.New(a, testAnalyzer(t), testFinder(t))
	spans := Spans(doc)
	r := NewReader(NewStyles(DefaultPalette()), nil, render.Dark)
	r.SetDocument(doc, nil)
	r.sel = 3
	splitPhrases := 0
	for width := 20; width <= 200; width++ {
		rr, err := render.NewRenderer(render.Dark, render.WrapFor(width))
		if err != nil {
			t.Fatal(err)
		}
		p, err := render.Render(rr, a.Body, spans, width, render.Dark)
		if err != nil {
			t.Fatal(err)
		}
		for i, tm := range doc.Terms {
			segs := p.Segments[i]
			if len(segs) == 0 {
				t.Fatalf("width %d: %q not found", width, tm.Text)
			}
			if len(segs) > 1 && tm.Kind == glossary.KindPhrase {
				splitPhrases++
			}
			var got strings.Builder
			for _, s := range segs {
				line := p.Lines[s.Line]
				got.WriteString(ansi.Strip(line[s.Start:s.End]))
				before := []rune(ansi.Strip(line[:s.Start]))
				after := []rune(ansi.Strip(line[s.End:]))
				if len(before) > 0 && unicode.IsLetter(before[len(before)-1]) || len(after) > 0 && unicode.IsLetter(after[0]) {
					t.Fatalf("width %d: highlight of %q cuts into a word: %q", width, tm.Text, ansi.Strip(line))
				}
			}
			if nonSpace(got.String()) != nonSpace(tm.Text) {
				t.Fatalf("width %d: %q highlighted as %q", width, tm.Text, got.String())
			}
		}
		for i := range p.Lines {
			line := p.Line(i, r.markFor)
			if !escapesWhole(line) {
				t.Fatalf("width %d line %d: broken escape sequence in %q", width, i, line)
			}
			if ansi.Strip(line) != ansi.Strip(p.Lines[i]) {
				t.Fatalf("width %d line %d: highlighting changed the text", width, i)
			}
		}
	}
	if splitPhrases == 0 {
		t.Error("no phrase wrapped across lines at any width: the test lost its point")
	}
	t.Logf("%d phrase highlights spanned two lines across widths 20-200", splitPhrases)
}

// TestClickSelectsWord clicks on "memperingatkan" on screen.
func TestClickSelectsWord(t *testing.T) {
	m := newTestModel(t, nil)
	drive(t, m, tea.WindowSizeMsg{Width: 120, Height: 36})
	lines := strings.Split(m.View(), "\n")
	for y, l := range lines {
		if x := strings.Index(l, "memperingatkan"); x >= 0 {
			col := ansi.StringWidth(l[:x]) + 3
			drive(t, m, tea.MouseMsg{X: col, Y: y, Action: tea.MouseActionPress, Button: tea.MouseButtonLeft})
			if v := m.View(); !strings.Contains(v, "WORD  memperingatkan") || !strings.Contains(v, "to warn") {
				t.Fatalf("click did not select the word:\n%s", v)
			}
			return
		}
	}
	t.Fatal("memperingatkan is not on screen")
}

// TestHelpAndPanelToggle: ? shows every binding, p hides the panel.
func TestHelpAndPanelToggle(t *testing.T) {
	m := newTestModel(t, nil)
	drive(t, m, tea.WindowSizeMsg{Width: 120, Height: 36})
	drive(t, m, press("?"))
	if v := m.View(); !strings.Contains(v, "shift+tab") || !strings.Contains(v, "page down") {
		t.Errorf("full help missing:\n%s", v)
	}
	// Every column, each key beside its description: the columns that do
	// not fit beside the panel go below, not wrapped or cut.
	for _, want := range []string{"D highlight density", "p toggle panel", "q quit", "G    bottom"} {
		if v := m.View(); !strings.Contains(v, want) {
			t.Errorf("full help lacks %q:\n%s", want, v)
		}
	}
	checkFrame(t, m.View(), 120, 36)
	drive(t, m, press("?"))
	drive(t, m, press("p"))
	if v := m.View(); strings.Contains(v, "│") {
		t.Errorf("p did not hide the panel:\n%s", v)
	}
	checkFrame(t, m.View(), 120, 36)
}

// TestIndentWrap holds the short cut for notes that fit to the word wrap
// it skips, and wraps the ones that do not.
func TestIndentWrap(t *testing.T) {
	slow := func(s string, limit int) string {
		return "  " + strings.Join(strings.Split(ansi.Wordwrap(s, limit, ""), "\n"), "\n  ") + "\n"
	}
	wrapped := func(s string, limit int) string {
		var b strings.Builder
		indentWrap(&b, s, limit)
		return b.String()
	}
	for _, s := range []string{"", "a", "kata — word", "dua  spasi ", " awal", "akhir ", "Kim Jong Un — Supreme Leader of North Korea (“Pemimpin Korea Utara”), 3 mentions",
		"ñandú — rhea; 北京 — Beijing", "pemerintah (root perintah: pe-…-an, noun) — government", "a\u00a0b c\u200bd", "baris\nkedua", "tab\there"} {
		for _, limit := range []int{10, 16, 40, 76, 116} {
			if got, want := wrapped(s, limit), slow(s, limit); got != want {
				t.Errorf("indentWrap(%q, %d) = %q, want %q", s, limit, got, want)
			}
		}
	}
	if got := wrapped("satu dua tiga empat lima", 10); got != "  satu dua\n  tiga empat\n  lima\n" {
		t.Errorf("long note wrapped as %q", got)
	}
}
