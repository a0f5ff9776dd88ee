package ui

import (
	"fmt"
	"os/exec"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kabar-reader/kabar/articles/store"
	"github.com/kabar-reader/kabar/glossary"
)

// Vocab is where word statuses live (the library's store).
type Vocab interface {
	Statuses() (map[string]store.Status, error)
	OwnGlosses() (glosses, notes map[string]string, err error)
	Mark(store.Word) error
}

// VocabKey is the word a term's status belongs to: its headword, so every
// form of a word shares it (memperingatkan marks its entry), or its root
// when it has no entry. Names, numbers and English have none.
func VocabKey(t *glossary.Term) string {
	if t.Kind != glossary.KindWord && t.Kind != glossary.KindPhrase || t.Person {
		return ""
	}
	if t.Headword != "" {
		return strings.ToLower(t.Headword)
	}
	return strings.ToLower(t.Root)
}

// Headwords lists the distinct vocabulary keys of terms.
func Headwords(terms []glossary.Term) []string {
	seen := map[string]bool{}
	var out []string
	for i := range terms {
		if k := VocabKey(&terms[i]); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// Density is how many terms are highlighted.
type Density uint8

// Densities, cycled by a key.
const (
	NotKnown     Density = iota // new and learning words (the default)
	All                         // every term, known ones faint
	NoHighlights                // none: a clean page
)

func (d Density) String() string {
	switch d {
	case All:
		return "all words"
	case NoHighlights:
		return "no highlights"
	}
	return "words not yet known"
}

// markedMsg answers a status change; err set when it was not saved.
type markedMsg struct {
	keys   []string
	status store.Status
	err    error
}

// statusOf is the learning status of term i.
func (r *Reader) statusOf(i int) (store.Status, string) {
	k := VocabKey(&r.doc.Terms[i])
	if k == "" {
		return store.New, ""
	}
	return r.statuses[k], k
}

// mark sets the selected word's status: at once on screen, saved in a
// command (every change is committed, no save step).
func (r *Reader) mark(st store.Status) tea.Cmd {
	if r.sel < 0 || r.vocab == nil {
		return nil
	}
	_, key := r.statusOf(r.sel)
	if key == "" {
		r.setStatus("names and numbers have no learning status", true)
		return nil
	}
	t := r.doc.Terms[r.sel]
	w := store.Word{Headword: key, Status: st, Form: t.Text, Example: r.doc.Sentence(r.sel), ArticleID: r.doc.Article.ID,
		Source: r.doc.Article.Title, Root: t.Root, Analysis: t.Analysis, Glosses: t.Glosses}
	return r.apply([]store.Word{w}, st)
}

// markAllKnown marks every word of the article still new as known.
func (r *Reader) markAllKnown() tea.Cmd {
	if r.vocab == nil {
		return nil
	}
	var words []store.Word
	seen := map[string]bool{}
	for i := range r.doc.Terms {
		st, key := r.statusOf(i)
		if key == "" || st != store.New || seen[key] {
			continue
		}
		seen[key] = true
		t := r.doc.Terms[i]
		words = append(words, store.Word{Headword: key, Status: store.Known, Form: t.Text, Example: r.doc.Sentence(i),
			ArticleID: r.doc.Article.ID, Source: r.doc.Article.Title, Root: t.Root, Analysis: t.Analysis, Glosses: t.Glosses})
	}
	if len(words) == 0 {
		r.setStatus("no new words left", false)
		return nil
	}
	return r.apply(words, store.Known)
}

func (r *Reader) apply(words []store.Word, st store.Status) tea.Cmd {
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = w.Headword
		r.statuses[w.Headword] = st
	}
	r.restyle()
	r.refreshPanel()
	if len(words) == 1 {
		r.setStatus(fmt.Sprintf("%s: %s", words[0].Headword, st), false)
	} else {
		r.setStatus(fmt.Sprintf("%d words marked %s", len(words), st), false)
	}
	vocab := r.vocab
	return func() tea.Msg {
		for _, w := range words {
			if err := vocab.Mark(w); err != nil {
				return markedMsg{keys: keys, status: st, err: err}
			}
		}
		return markedMsg{keys: keys, status: st}
	}
}

// refreshStops lists the terms tab steps through: the highlighted ones.
func (r *Reader) refreshStops() {
	r.stops = r.stops[:0]
	for i := range r.doc.Terms {
		if r.look(i) != hlNone {
			r.stops = append(r.stops, i)
		}
	}
}

// restyle recomposes the page after statuses or density changed; glamour
// does not run.
func (r *Reader) restyle() {
	r.refreshStops()
	r.header = r.headerView()
	if r.page == nil {
		return
	}
	for i := range r.lines {
		r.lines[i] = r.page.Line(i, r.markFor)
	}
	r.refreshBody()
}

// articleStats: distinct words, how many known, how many new.
func (r *Reader) articleStats() (distinct, known, fresh int) {
	seen := map[string]bool{}
	for i := range r.doc.Terms {
		st, key := r.statusOf(i)
		if key == "" || seen[key] {
			continue
		}
		seen[key] = true
		distinct++
		switch {
		case st == store.Known || st == store.Ignored:
			known++
		case st == store.New:
			fresh++
		}
	}
	return
}

// setLearnKeys enables the learning keys when there is a vocabulary, and
// speech when espeak-ng is installed: help shows only what works.
func (r *Reader) setLearnKeys() {
	on := r.vocab != nil
	for _, b := range []*key.Binding{&r.keys.Learn, &r.keys.Known, &r.keys.Ignore, &r.keys.AllKnown, &r.keys.Gloss, &r.keys.Note, &r.keys.Review} {
		b.SetEnabled(on)
	}
	r.keys.Speak.SetEnabled(r.speaker != "")
}

// speak says word with espeak-ng's Indonesian voice.
func (r *Reader) speak() tea.Cmd {
	if r.sel < 0 || r.speaker == "" {
		return nil
	}
	word, bin := r.doc.Terms[r.sel].Text, r.speaker
	return func() tea.Msg {
		if err := exec.Command(bin, "-v", "id", "--", word).Run(); err != nil {
			return markedMsg{err: fmt.Errorf("espeak-ng: %w", err)}
		}
		return nil
	}
}

// learnKey handles the learning keys; ok is false for other keys.
func (r *Reader) learnKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	switch {
	case key.Matches(msg, r.keys.Learn):
		return r.mark(store.Status(msg.String()[0] - '0')), true
	case key.Matches(msg, r.keys.Known):
		return r.mark(store.Known), true
	case key.Matches(msg, r.keys.Ignore):
		return r.mark(store.Ignored), true
	case key.Matches(msg, r.keys.AllKnown):
		return r.markAllKnown(), true
	case key.Matches(msg, r.keys.Density):
		r.density = (r.density + 1) % 3
		r.restyle()
		r.setStatus("highlighting "+r.density.String(), false)
		return nil, true
	case key.Matches(msg, r.keys.Speak):
		return r.speak(), true
	case key.Matches(msg, r.keys.Gloss):
		return r.editGloss(false), true
	case key.Matches(msg, r.keys.Note):
		return r.editGloss(true), true
	}
	return nil, false
}

// editGloss opens the box for the learner's own gloss of the selection
// (note: for a note instead).
func (r *Reader) editGloss(note bool) tea.Cmd {
	if r.sel < 0 || r.vocab == nil {
		return nil
	}
	_, key := r.statusOf(r.sel)
	if key == "" {
		r.setStatus("names and numbers have no gloss of yours", true)
		return nil
	}
	r.editing, r.editingNote = true, note
	if note {
		r.gloss.Prompt = "your note: "
		r.gloss.SetValue(r.notes[key])
	} else {
		r.gloss.Prompt = "your gloss: "
		r.gloss.SetValue(r.own[key])
	}
	r.refreshStatus()
	return r.gloss.Focus()
}

// glossKey feeds the gloss box; enter saves, esc cancels.
func (r *Reader) glossKey(msg tea.KeyMsg) tea.Cmd {
	switch msg.Type {
	case tea.KeyEsc:
		r.editing = false
		r.gloss.Blur()
		r.refreshStatus()
		return nil
	case tea.KeyEnter:
		r.editing = false
		r.gloss.Blur()
		st, key := r.statusOf(r.sel)
		if st == store.New {
			st = store.Learning1 // a word glossed is a word being learned
		}
		text := strings.TrimSpace(r.gloss.Value())
		t := r.doc.Terms[r.sel]
		w := store.Word{Headword: key, Status: st, Form: t.Text, Example: r.doc.Sentence(r.sel),
			ArticleID: r.doc.Article.ID, Source: r.doc.Article.Title, Root: t.Root, Analysis: t.Analysis, Glosses: t.Glosses}
		if r.editingNote {
			r.notes[key], w.Note = text, text
		} else {
			r.own[key], w.Gloss = text, text
		}
		return r.apply([]store.Word{w}, st)
	}
	var cmd tea.Cmd
	r.gloss, cmd = r.gloss.Update(msg)
	r.refreshStatus()
	return cmd
}
