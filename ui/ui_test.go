package ui

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/glossary"
	"github.com/kabar-reader/kabar/glossary/officials"
	"github.com/kabar-reader/kabar/ui/render"
)

var update = flag.Bool("update", false, "rewrite golden files")

var (
	anOnce sync.Once
	an     *glossary.Analyzer
	anErr  error
)

func testAnalyzer(t testing.TB) *glossary.Analyzer {
	t.Helper()
	anOnce.Do(func() {
		g, err := glossary.Embedded()
		if err != nil {
			anErr = err
			return
		}
		an = glossary.NewAnalyzer(g)
	})
	if anErr != nil {
		t.Fatal(anErr)
	}
	return an
}

var (
	finderOnce sync.Once
	finder     *officials.Finder
	finderErr  error
)

func testFinder(t testing.TB) *officials.Finder {
	t.Helper()
	an := testAnalyzer(t)
	finderOnce.Do(func() { finder, finderErr = officials.Embedded(an) })
	if finderErr != nil {
		t.Fatal(finderErr)
	}
	return finder
}

func init() { lipgloss.SetColorProfile(termenv.Ascii) }

// drive feeds msg to m and then every message its commands produce, the
// way the Bubble Tea runtime would, skipping timers (spinner ticks).
func drive(t testing.TB, m *Model, msg tea.Msg) {
	t.Helper()
	queue := []tea.Msg{msg}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 1000 {
			t.Fatal("message loop does not settle")
		}
		msg, queue = queue[0], queue[1:]
		_, cmd := m.Update(msg)
		queue = append(queue, run(cmd)...)
	}
}

func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		if batch, ok := msg.(tea.BatchMsg); ok {
			var out []tea.Msg
			for _, c := range batch {
				out = append(out, run(c)...)
			}
			return out
		}
		if _, tick := msg.(spinner.TickMsg); tick || msg == nil || strings.Contains(fmt.Sprintf("%T", msg), "link") {
			return nil // animation only (spinners, blinking cursors): the runtime would keep ticking
		}
		return []tea.Msg{msg}
	case <-time.After(10 * time.Second):
		return nil
	}
}

func newTestModel(t testing.TB, load Loader) *Model {
	t.Helper()
	if load == nil {
		load = articles.Default
	}
	m := New(Config{Analyzer: testAnalyzer(t), Finder: testFinder(t), Styles: PlainStyles(), Style: render.NoTTY, Load: load, Fallback: articles.Default})
	drive(t, m, m.Init()())
	return m
}

func press(s string) tea.KeyMsg {
	switch s {
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "shift+tab":
		return tea.KeyMsg{Type: tea.KeyShiftTab}
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}
}

func typeText(t testing.TB, m *Model, s string) {
	for _, r := range s {
		drive(t, m, press(string(r)))
	}
}

// checkFrame: the view fills the terminal exactly and no line overflows.
func checkFrame(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) != h {
		t.Errorf("%dx%d: view has %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("%dx%d: line %d is %d wide: %q", w, h, i, lw, l)
		}
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -update)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from golden:\n--- got ---\n%s\n--- want ---\n%s", name, got, want)
	}
}

func TestGoldenViews(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		m := newTestModel(t, nil)
		drive(t, m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		drive(t, m, press("tab"))
		v := m.View()
		checkFrame(t, v, size[0], size[1])
		golden(t, fmt.Sprintf("reader-%dx%d", size[0], size[1]), v)
	}
}

func TestTabShowsGlossInPanel(t *testing.T) {
	m := newTestModel(t, nil)
	drive(t, m, tea.WindowSizeMsg{Width: 120, Height: 36})
	drive(t, m, press("tab"))
	v := m.View()
	if !strings.Contains(v, "WORD  Pemimpin") || !strings.Contains(v, "leader") || !strings.Contains(v, "root pimpin") {
		t.Errorf("panel does not explain the first word:\n%s", v)
	}
	drive(t, m, press("tab"))
	if v := m.View(); !strings.Contains(v, "North Korea") {
		t.Errorf("second tab should select Korea Utara:\n%s", v)
	}
	drive(t, m, press("shift+tab"))
	if v := m.View(); !strings.Contains(v, "leader") {
		t.Errorf("shift+tab should go back to Pemimpin:\n%s", v)
	}
}

func TestResizeKeepsLayout(t *testing.T) {
	m := newTestModel(t, nil)
	for _, size := range [][2]int{{120, 40}, {40, 12}, {99, 30}, {100, 30}, {41, 13}, {200, 60}, {40, 12}} {
		drive(t, m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		drive(t, m, press("tab"))
		checkFrame(t, m.View(), size[0], size[1])
	}
}

func TestSearchByRoot(t *testing.T) {
	m := newTestModel(t, nil)
	drive(t, m, tea.WindowSizeMsg{Width: 120, Height: 36})
	drive(t, m, press("/"))
	typeText(t, m, "ingat")
	drive(t, m, press("enter"))
	v := m.View()
	if !strings.Contains(v, "memperingatkan") || !strings.Contains(v, "/ingat  1 of") {
		t.Fatalf("search for the root did not select memperingatkan:\n%s", v)
	}
	drive(t, m, press("n"))
	if v := m.View(); !strings.Contains(v, "/ingat  2 of") {
		t.Errorf("n did not move to the next match:\n%s", v)
	}
}

// TestKeyBursts: keys that reach the program in one read ("jjj" while j
// is held down, "/ingat" typed fast) act as the same keys one by one; a
// paste does not.
func TestKeyBursts(t *testing.T) {
	burst := newTestModel(t, nil)
	single := newTestModel(t, nil)
	for _, m := range []*Model{burst, single} {
		drive(t, m, tea.WindowSizeMsg{Width: 120, Height: 36})
	}
	top := burst.View()
	drive(t, burst, press("jjj"))
	typeText(t, single, "jjj")
	if v := burst.View(); v == top || v != single.View() {
		t.Errorf("a burst of j did not scroll as three j's:\n%s", v)
	}
	drive(t, burst, press("g/rusia"))
	drive(t, burst, press("enter"))
	drive(t, burst, press("nn"))
	if v := burst.View(); !strings.Contains(v, "/rusia  3 of 7") {
		t.Errorf("bursts did not search and step twice:\n%s", v)
	}
	drive(t, burst, press("/"))
	drive(t, burst, press("q n")) // typed into the search box, whole
	if v := burst.View(); !strings.Contains(v, "/q n") {
		t.Errorf("a burst typed into the search box was not kept whole:\n%s", v)
	}
	drive(t, burst, press("esc"))
	drive(t, burst, press("esc"))
	before := burst.View()
	drive(t, burst, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("jjj"), Paste: true})
	if burst.View() != before {
		t.Error("a pasted jjj scrolled")
	}
}

// TestMouseWheel: the wheel scrolls the article, and the status line's
// position follows, as it does for j.
func TestMouseWheel(t *testing.T) {
	wheel, keys := newTestModel(t, nil), newTestModel(t, nil)
	for _, m := range []*Model{wheel, keys} {
		drive(t, m, tea.WindowSizeMsg{Width: 120, Height: 20})
	}
	drive(t, wheel, tea.MouseMsg{X: 10, Y: 8, Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown})
	typeText(t, keys, "jjj") // the wheel moves three lines
	if v := wheel.View(); v != keys.View() || strings.Contains(v, " 0%") {
		t.Errorf("after the wheel:\n%s\nafter jjj:\n%s", v, keys.View())
	}
}

func TestSearchInputTakesQ(t *testing.T) {
	m := newTestModel(t, nil)
	drive(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	drive(t, m, press("/"))
	_, cmd := m.Update(press("q"))
	if cmd != nil {
		if _, quit := cmd().(tea.QuitMsg); quit {
			t.Fatal("q quit while typing a search")
		}
	}
	if v := m.View(); !strings.Contains(v, "/q") {
		t.Errorf("q was not typed into the search box:\n%s", v)
	}
}

func TestErrorScreenHasWayBack(t *testing.T) {
	m := newTestModel(t, func() (articles.Article, error) {
		return articles.Article{}, errors.New("bad.txt: binary file (contains NUL bytes), not article text")
	})
	drive(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	v := m.View()
	if !strings.Contains(v, "bad.txt: binary file") || !strings.Contains(v, "esc") {
		t.Fatalf("error screen:\n%s", v)
	}
	drive(t, m, press("esc"))
	drive(t, m, press("tab"))
	if v := m.View(); !strings.Contains(v, "leader") {
		t.Errorf("esc did not open the sample:\n%s", v)
	}
}

// TestOfficialCard: ] steps to the first official and the panel says who
// it is; [ goes back round to the last.
func TestOfficialCard(t *testing.T) {
	m := newTestModel(t, nil)
	drive(t, m, tea.WindowSizeMsg{Width: 120, Height: 40})
	drive(t, m, press("]"))
	v := m.View()
	for _, want := range []string{"OFFICIAL  Kim Jong Un", "Leader of North Korea", "“Pemimpin Korea Utara”", "7 mentions in this article"} {
		if !strings.Contains(v, want) {
			t.Errorf("official card lacks %q:\n%s", want, v)
		}
	}
	drive(t, m, press("]"))
	if v := m.View(); !strings.Contains(v, "OFFICIAL  Vladimir Putin") || !strings.Contains(v, "President of Russia") {
		t.Errorf("second ] should show Putin:\n%s", v)
	}
}

// TestOpenRendersAtOnce: when the size is known, opening an article
// renders glamour beside the analysis (Prepare): the document arrives with
// its page, and no second render is asked for.
func TestOpenRendersAtOnce(t *testing.T) {
	m := New(Config{Analyzer: testAnalyzer(t), Finder: testFinder(t), Styles: NewStyles(DefaultPalette()), Style: render.Dark, Load: articles.Default})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	msg := m.Init()()
	doc, ok := msg.(docMsg)
	if !ok || doc.err != nil || doc.page == nil || doc.page.Width != m.reader.bodyW {
		t.Fatalf("Init gave %T %+v, want a document with its page at width %d", msg, doc.err, m.reader.bodyW)
	}
	_, cmd := m.Update(msg)
	if m.reader.page == nil || len(m.reader.lines) == 0 {
		t.Fatal("the page is not shown with the document")
	}
	if cmd != nil {
		t.Errorf("opening asked for more work (%T): the page came with the document", cmd())
	}
	// A document loaded before the size is known is rendered afterwards.
	m = New(Config{Analyzer: testAnalyzer(t), Finder: testFinder(t), Styles: NewStyles(DefaultPalette()), Style: render.Dark, Load: articles.Default})
	if doc := m.Init()().(docMsg); doc.page != nil {
		t.Error("a page was rendered for an unknown width")
	}
}

// TestBeside: joining the article and the panel without measuring gives
// what lipgloss.JoinHorizontal gives for blocks of even width, whatever
// their heights and escape sequences.
func TestBeside(t *testing.T) {
	red := "\x1b[31m"
	for _, c := range []struct {
		left, right   string
		leftW, rightW int
	}{
		{"ab\ncd", "XYZ\nUVW", 2, 3},
		{"ab\ncd\nef", "XYZ", 2, 3},
		{"ab", "XYZ\nUVW\nRST", 2, 3},
		{red + "ké\x1b[0m\n" + red + "日\x1b[0m", "│ panel │\n│ 日本  │", 2, 9},
		{"", "", 0, 0},
	} {
		want := lipgloss.JoinHorizontal(lipgloss.Top, c.left, c.right)
		if got := beside(c.left, c.right, c.leftW, c.rightW); got != want {
			t.Errorf("beside(%q, %q) = %q, want %q", c.left, c.right, got, want)
		}
	}
}

// TestColumnsEvenlyWide holds the reader to what beside relies on: in the
// side layout every line of the article column is bodyW cells wide and
// every line of the panel panelW, whatever the size, the selection, the
// scroll position or the help screen.
func TestColumnsEvenlyWide(t *testing.T) {
	m := newTestModel(t, nil)
	r := m.reader
	even := func(block string, w int) bool {
		for _, l := range strings.Split(block, "\n") {
			if ansi.StringWidth(l) != w {
				return false
			}
		}
		return true
	}
	for _, size := range [][2]int{{100, 30}, {120, 40}, {157, 33}, {200, 60}} {
		drive(t, m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		for _, key := range []string{"tab", "]", "G", "?", "?"} {
			drive(t, m, press(key))
			if !r.side {
				t.Fatalf("%dx%d: no side panel", size[0], size[1])
			}
			if !even(r.bodyView, r.bodyW) || !even(r.panel, r.panelW) {
				t.Errorf("%dx%d after %s: columns of uneven width", size[0], size[1], key)
			}
		}
	}
}
