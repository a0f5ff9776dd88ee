package ui

import (
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/articles/store"
	"github.com/kabar-reader/kabar/glossary/srs"
	"github.com/kabar-reader/kabar/ui/render"
)

// fakeVocab keeps statuses in memory.
type fakeVocab struct {
	mu    sync.Mutex
	words map[string]store.Word
}

func (f *fakeVocab) Statuses() (map[string]store.Status, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := map[string]store.Status{}
	for k, w := range f.words {
		out[k] = w.Status
	}
	return out, nil
}

func (f *fakeVocab) OwnGlosses() (map[string]string, map[string]string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	glosses, notes := map[string]string{}, map[string]string{}
	for k, w := range f.words {
		if w.Gloss != "" {
			glosses[k] = w.Gloss
		}
		if w.Note != "" {
			notes[k] = w.Note
		}
	}
	return glosses, notes, nil
}

func (f *fakeVocab) Mark(w store.Word) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.words[w.Headword] = w
	return nil
}

func TestMarkingWords(t *testing.T) {
	v := &fakeVocab{words: map[string]store.Word{"pemimpin": {Headword: "pemimpin", Status: store.Known}}}
	m := New(Config{Analyzer: testAnalyzer(t), Finder: testFinder(t), Styles: PlainStyles(), Style: render.NoTTY,
		Load: articles.Default, Vocab: v})
	drive(t, m, m.Init()())
	drive(t, m, tea.WindowSizeMsg{Width: 120, Height: 40})
	if v := m.View(); !strings.Contains(v, "% known") {
		t.Fatalf("header has no statistics:\n%s", v)
	}
	// Pemimpin is known: tab skips it and goes to Korea Utara.
	drive(t, m, press("tab"))
	if v := m.View(); strings.Contains(v, "WORD  Pemimpin") {
		t.Errorf("a known word is still a tab stop:\n%s", v)
	}
	// Mark the word under the selection for learning: every form shares it.
	m.reader.select_(indexOf(t, m, "memperingatkan"))
	drive(t, m, press("2"))
	if w, ok := v.words["memperingatkan"]; !ok || w.Status != 2 || !strings.Contains(w.Example, "AS memperingatkan") {
		t.Fatalf("mark 2: %+v", v.words)
	}
	if view := m.View(); !strings.Contains(view, "you: learning 2") {
		t.Errorf("panel does not show the status:\n%s", view)
	}
	// The answer to K shows even while a search holds the status line.
	drive(t, m, press("/"))
	typeText(t, m, "senjata")
	drive(t, m, press("enter"))
	m.reader.select_(indexOf(t, m, "memperingatkan"))
	drive(t, m, press("K"))
	if v.words["memperingatkan"].Status != store.Known {
		t.Error("K did not mark known")
	}
	if view := m.View(); !strings.Contains(view, "memperingatkan: known") {
		t.Errorf("the status line does not say what K did:\n%s", view)
	}
	drive(t, m, press("j"))
	if view := m.View(); !strings.Contains(view, "/senjata") {
		t.Errorf("the search position does not come back after the next key:\n%s", view)
	}
	// A name has no status: the keys say so, and the message stays until
	// the next key.
	drive(t, m, press("]"))
	for _, k := range []string{"K", "2", "e"} {
		drive(t, m, press(k))
		if view := m.View(); !strings.Contains(view, "names and numbers have no") {
			t.Errorf("%s on an official says nothing:\n%s", k, view)
		}
	}
	drive(t, m, press("j"))
	if view := m.View(); strings.Contains(view, "names and numbers have no") {
		t.Errorf("the message outlived the next key:\n%s", view)
	}
	m.reader.select_(indexOf(t, m, "memperingatkan"))
	// Own gloss: e opens a box that takes every key (q too).
	drive(t, m, press("e"))
	typeText(t, m, "to give a warning, quietly")
	drive(t, m, press("enter"))
	if g := v.words["memperingatkan"].Gloss; g != "to give a warning, quietly" {
		t.Errorf("own gloss %q", g)
	}
	if view := m.View(); !strings.Contains(view, "yours: to give") || !strings.Contains(view, "quietly") {
		t.Errorf("panel does not show the own gloss:\n%s", view)
	}
	drive(t, m, press("E"))
	typeText(t, m, "formal")
	drive(t, m, press("enter"))
	if w := v.words["memperingatkan"]; w.Note != "formal" {
		t.Errorf("note %q", w.Note)
	}
	// All remaining new words known.
	drive(t, m, press("A"))
	_, known, fresh := m.reader.articleStats()
	if fresh != 0 || known == 0 {
		t.Errorf("after A: %d known, %d new", known, fresh)
	}
	// Density: with everything known, nothing is highlighted by default;
	// "all" shows them again.
	stops := len(m.reader.stops)
	drive(t, m, press("D"))
	if len(m.reader.stops) <= stops || m.reader.density != All {
		t.Errorf("density all: %d stops, was %d", len(m.reader.stops), stops)
	}
	drive(t, m, press("D"))
	if len(m.reader.stops) != 0 {
		t.Errorf("density none: %d stops", len(m.reader.stops))
	}
	// With nothing highlighted, tab says why it does not move.
	drive(t, m, press("tab"))
	if !strings.Contains(m.View(), "D shows them again") {
		t.Errorf("tab on a clean page is silent:\n%s", m.View())
	}
}

func indexOf(t *testing.T, m *Model, text string) int {
	for i, tm := range m.reader.doc.Terms {
		if tm.Text == text {
			return i
		}
	}
	t.Fatalf("%q not a term", text)
	return -1
}

// fakeReviews serves two due cards and records grades.
type fakeReviews struct {
	cards  []store.Word
	graded map[string]srs.Grade
}

func (f *fakeReviews) Due(time.Time, int) ([]store.Word, error) { return f.cards, nil }
func (f *fakeReviews) Reviewed(h string, g srs.Grade, c srs.Card) error {
	f.graded[h] = g
	return nil
}

// TestReviewWithoutSentence: a word marked from the command line has no
// sentence; its card shows the word once, then the answer below it.
func TestReviewWithoutSentence(t *testing.T) {
	f := &fakeReviews{graded: map[string]srs.Grade{}, cards: []store.Word{
		{Headword: "senjata", Form: "senjata", Status: 1, Glosses: []string{"weapon"}},
	}}
	m := NewReview(f, PlainStyles())
	model, _ := m.Update(m.Init()())
	m = model.(*Review)
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m.Update(press(" "))
	v := m.View()
	if strings.Count(v, "senjata") != 1 || !strings.Contains(v, "weapon") {
		t.Errorf("back shows the word %d times:\n%s", strings.Count(v, "senjata"), v)
	}
}

func TestReviewScreen(t *testing.T) {
	f := &fakeReviews{graded: map[string]srs.Grade{}, cards: []store.Word{
		{Headword: "memperingatkan", Form: "memperingatkan", Status: 2, Example: "AS memperingatkan bahwa kedua negara.",
			Glosses: []string{"to warn"}, Root: "ingat", Analysis: "meN-+per-+ingat+-kan"},
		{Headword: "senjata", Form: "senjata", Status: 1, Example: "kesepakatan senjata.", Glosses: []string{"weapon"}},
	}}
	m := NewReview(f, PlainStyles())
	model, _ := m.Update(m.Init()())
	m = model.(*Review)
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	v := m.View()
	if !strings.Contains(v, "AS ______________ bahwa") || strings.Contains(v, "to warn") {
		t.Fatalf("front is not a cloze:\n%s", v)
	}
	m.Update(press(" "))
	if v := m.View(); !strings.Contains(v, "to warn") || !strings.Contains(v, "root ingat") {
		t.Fatalf("back:\n%s", v)
	}
	_, cmd := m.Update(press("3"))
	if cmd != nil {
		cmd()
	}
	m.Update(press(" "))
	_, cmd = m.Update(press("1"))
	if cmd != nil {
		cmd()
	}
	if f.graded["memperingatkan"] != srs.Good || f.graded["senjata"] != srs.Again {
		t.Errorf("grades %v", f.graded)
	}
	if v := m.View(); !strings.Contains(v, "2 cards reviewed") {
		t.Errorf("end:\n%s", v)
	}
}

// TestReviewKeyBursts: " 3" arriving in one read turns the card and
// grades it, as the two keys would.
func TestReviewKeyBursts(t *testing.T) {
	f := &fakeReviews{graded: map[string]srs.Grade{}, cards: []store.Word{
		{Headword: "tiba", Form: "tiba", Status: 1, Glosses: []string{"to arrive"}},
		{Headword: "senjata", Form: "senjata", Status: 1, Glosses: []string{"weapon"}},
	}}
	m := NewReview(f, PlainStyles())
	model, _ := m.Update(m.Init()())
	m = model.(*Review)
	for _, keys := range []string{" 3", " 1"} {
		_, cmd := m.Update(press(keys))
		for _, msg := range run(cmd) {
			m.Update(msg)
		}
	}
	if f.graded["tiba"] != srs.Good || f.graded["senjata"] != srs.Again {
		t.Errorf("grades %v", f.graded)
	}
}

func TestCloze(t *testing.T) {
	for _, tt := range []struct{ text, form, want string }{
		{"Kim tiba di Rusia.", "tiba", "Kim ____ di Rusia."},
		{"Setibanya di sana, rombongan tiba lagi; Tiba!", "tiba", "Setibanya di sana, rombongan ____ lagi; ____!"},
		{"di dalam dirinya", "di", "___ dalam dirinya"},
		{"tanpa kata itu", "senjata", "tanpa kata itu"},
		{"Senjata", "", "Senjata"},
	} {
		if got := cloze(tt.text, tt.form); got != tt.want {
			t.Errorf("cloze(%q, %q) = %q, want %q", tt.text, tt.form, got, tt.want)
		}
	}
}

// TestReviewSourceHidesAnswer: a headline that repeats the sentence does
// not give the word away on the front of the card.
func TestReviewSourceHidesAnswer(t *testing.T) {
	f := &fakeReviews{graded: map[string]srs.Grade{}, cards: []store.Word{
		{Headword: "tiba", Form: "tiba", Status: 2, Example: "Kim tiba di Rusia.", Source: "Kim Jong Un Tiba di Rusia, Kim tiba pagi", Glosses: []string{"to arrive"}},
	}}
	m := NewReview(f, PlainStyles())
	model, _ := m.Update(m.Init()())
	m = model.(*Review)
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if v := m.View(); strings.Contains(v, "Kim tiba") || strings.Contains(v, "Tiba") || !strings.Contains(v, "Kim ____ pagi") {
		t.Fatalf("the front gives the answer away:\n%s", v)
	}
	m.Update(press(" "))
	if v := m.View(); !strings.Contains(v, "Kim tiba pagi") {
		t.Fatalf("the back should show the whole source:\n%s", v)
	}
}
