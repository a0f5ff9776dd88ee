package ui

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/kabar-reader/kabar/articles/store"
	"github.com/kabar-reader/kabar/glossary/srs"
)

// Reviews is where review cards come from and go back to.
type Reviews interface {
	Due(now time.Time, limit int) ([]store.Word, error)
	Reviewed(headword string, g srs.Grade, card srs.Card) error
}

// ReviewKeyMap is the review screen's bindings.
type ReviewKeyMap struct {
	Show, Again, Hard, Good, Easy, Quit key.Binding
}

// DefaultReviewKeyMap returns the review screen's bindings.
func DefaultReviewKeyMap() ReviewKeyMap {
	return ReviewKeyMap{
		Show:  key.NewBinding(key.WithKeys(" ", "enter"), key.WithHelp("space", "show answer")),
		Again: key.NewBinding(key.WithKeys("1"), key.WithHelp("1", "again")),
		Hard:  key.NewBinding(key.WithKeys("2"), key.WithHelp("2", "hard")),
		Good:  key.NewBinding(key.WithKeys("3"), key.WithHelp("3", "good")),
		Easy:  key.NewBinding(key.WithKeys("4"), key.WithHelp("4", "easy")),
		Quit:  key.NewBinding(key.WithKeys("q", "esc", "ctrl+c"), key.WithHelp("q", "stop")),
	}
}

// ShortHelp is the one-line help.
func (k ReviewKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Show, k.Again, k.Hard, k.Good, k.Easy, k.Quit}
}

// FullHelp is the same, in one column.
func (k ReviewKeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

type (
	cardsMsg struct {
		cards []store.Word
		err   error
	}
	gradedMsg struct{ err error }
)

// Review shows flashcards of the words being learned: the front is the
// sentence the word was met in with the word blanked out (cloze), the back
// its gloss, root and analysis.
type Review struct {
	store   Reviews
	styles  Styles
	keys    ReviewKeyMap
	help    help.Model
	cards   []store.Word
	i       int
	back    bool
	done    int
	loading bool
	err     error
	now     func() time.Time
	width   int
	// inApp: the review runs inside kabar's TUI; stopping goes back to the
	// screen it was opened from instead of quitting.
	inApp bool
}

// reviewDoneMsg says the review opened from the app is over.
type reviewDoneMsg struct{}

// NewReview makes the review screen.
func NewReview(r Reviews, st Styles) *Review {
	k := DefaultReviewKeyMap()
	return &Review{store: r, styles: st, keys: k, help: help.New(), loading: true, now: time.Now}
}

// Init loads the due cards.
func (m *Review) Init() tea.Cmd {
	rs, now := m.store, m.now()
	return func() tea.Msg {
		cards, err := rs.Due(now, 200)
		return cardsMsg{cards, err}
	}
}

// Update handles keys and loaded cards.
func (m *Review) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width = msg.Width
		m.help.Width = msg.Width
	case cardsMsg:
		m.loading, m.cards, m.err = false, msg.cards, msg.err
		m.setKeys()
	case gradedMsg:
		if msg.err != nil {
			m.err = msg.err
		}
	case tea.KeyMsg:
		if keys := eachKey(msg); keys != nil {
			return m, updateEach(keys, m.Update)
		}
		switch {
		case key.Matches(msg, m.keys.Quit):
			if m.inApp && msg.String() != "ctrl+c" {
				return m, func() tea.Msg { return reviewDoneMsg{} }
			}
			return m, tea.Quit
		case m.i >= len(m.cards):
			return m, nil
		case key.Matches(msg, m.keys.Show):
			m.back = true
		case m.back && key.Matches(msg, m.keys.Again, m.keys.Hard, m.keys.Good, m.keys.Easy):
			g := srs.Grade(msg.String()[0] - '0')
			c := m.cards[m.i]
			card := c.Card
			if card.Ease == 0 {
				card = srs.New(m.now())
			}
			card = card.Review(g, m.now())
			m.i++
			m.done++
			m.back = false
			m.setKeys()
			rs := m.store
			return m, func() tea.Msg { return gradedMsg{rs.Reviewed(c.Headword, g, card)} }
		}
		m.setKeys()
	}
	return m, nil
}

func (m *Review) setKeys() {
	m.keys.Show.SetEnabled(!m.back && m.i < len(m.cards))
	for _, b := range []*key.Binding{&m.keys.Again, &m.keys.Hard, &m.keys.Good, &m.keys.Easy} {
		b.SetEnabled(m.back)
	}
}

// Count counts n things: "1 card", "2 cards" (the CLI counts with it too).
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// cloze blanks every whole-word occurrence of form out of text, in any
// case ("Tiba" in a headline too); a word inside a longer one stays:
// "tiba" is not blanked in "setibanya".
func cloze(text, form string) string {
	if form == "" {
		return text
	}
	blank := strings.Repeat("_", max(utf8.RuneCountInString(form), 3))
	lower, lform := strings.ToLower(text), strings.ToLower(form)
	if len(lower) != len(text) || len(lform) != len(form) {
		lower, lform = text, form // case changes the bytes: match as written
	}
	var b strings.Builder
	for {
		i := strings.Index(lower, lform)
		if i < 0 {
			b.WriteString(text)
			return b.String()
		}
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(form):])
		b.WriteString(text[:i])
		if i > 0 && unicode.IsLetter(before) || i+len(form) < len(text) && unicode.IsLetter(after) {
			b.WriteString(text[i : i+len(form)])
		} else {
			b.WriteString(blank)
		}
		text, lower = text[i+len(form):], lower[i+len(form):]
	}
}

// View draws the card.
func (m *Review) View() string {
	st := m.styles
	w := max(min(m.width, 80)-4, 20)
	wrap := lipgloss.NewStyle().Width(w)
	var b strings.Builder
	b.WriteString(st.Title.Render("kabar — review") + "\n\n")
	switch {
	case m.loading:
		b.WriteString("loading…")
	case m.err != nil:
		b.WriteString(st.Error.Render(m.err.Error()))
	case m.i >= len(m.cards):
		if m.done == 0 {
			b.WriteString("Nothing is due. Mark words 1–5 in the reader to learn them.")
		} else {
			b.WriteString("Done: " + Count(m.done, "card", "cards") + " reviewed. See you at the next review.")
		}
	default:
		c := m.cards[m.i]
		b.WriteString(st.Faint.Render(fmt.Sprintf("card %d of %d · %s", m.i+1, len(m.cards), c.Status)) + "\n\n")
		front := cloze(c.Example, c.Form)
		if front == "" {
			front = c.Headword
		}
		b.WriteString(wrap.Render(front) + "\n")
		if source := c.Source; source != "" {
			if !m.back {
				source = cloze(source, c.Form) // the headline often repeats the sentence
			}
			b.WriteString(st.Faint.Render(wrap.Render("— "+source)) + "\n")
		}
		if m.back {
			// The answer names the word, unless the front already did (a
			// word marked without a sentence).
			if c.Example != "" {
				b.WriteString("\n" + st.PanelHead.Render(c.Form))
				if c.Form != c.Headword {
					b.WriteString(st.Faint.Render("  entry " + c.Headword))
				}
			}
			b.WriteString("\n")
			for _, g := range c.Glosses {
				b.WriteString(wrap.Render("• "+g) + "\n")
			}
			if c.Gloss != "" {
				b.WriteString(wrap.Render("• "+c.Gloss+" (yours)") + "\n")
			}
			if c.Root != "" && c.Analysis != "" && c.Analysis != c.Root {
				b.WriteString(st.Faint.Render("root "+c.Root+" · "+c.Analysis) + "\n")
			} else if c.Root != "" && c.Root != c.Headword {
				b.WriteString(st.Faint.Render("root "+c.Root) + "\n")
			}
		}
	}
	b.WriteString("\n\n" + m.help.View(m.keys))
	return lipgloss.NewStyle().Padding(1, 2).Render(b.String())
}
