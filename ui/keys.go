package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// eachKey splits a burst of typed characters into a key each, or returns
// nil when msg is one key. Bubble Tea reports the characters that arrive
// in one read as one message: "jjjj" while j is held down, "nn" or
// "/rusia" typed faster than the program reads. No binding matches such a
// message, so outside a text input each character is a key of its own.
// A paste stays whole, and so does an alt burst (only its first character
// carries the alt).
func eachKey(msg tea.KeyMsg) []tea.KeyMsg {
	if msg.Type != tea.KeyRunes || len(msg.Runes) < 2 || msg.Paste || msg.Alt {
		return nil
	}
	keys := make([]tea.KeyMsg, len(msg.Runes))
	for i, r := range msg.Runes {
		keys[i] = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}}
		if r == ' ' {
			keys[i].Type = tea.KeySpace
		}
	}
	return keys
}

// updateEach passes keys to update in turn and batches their commands.
func updateEach(keys []tea.KeyMsg, update func(tea.Msg) (tea.Model, tea.Cmd)) tea.Cmd {
	cmds := make([]tea.Cmd, len(keys))
	for i, k := range keys {
		_, cmds[i] = update(k)
	}
	return tea.Batch(cmds...)
}

// ReaderKeyMap is the reader's key bindings.
type ReaderKeyMap struct {
	NextTerm, PrevTerm           key.Binding
	NextOfficial, PrevOfficial   key.Binding
	Down, Up, PageDown, PageUp   key.Binding
	Top, Bottom                  key.Binding
	Search, NextMatch, PrevMatch key.Binding
	Panel, Help, Back, Quit      key.Binding
	Learn, Known, Ignore         key.Binding
	Density, AllKnown, Speak     key.Binding
	Gloss, Note, Review          key.Binding
}

// DefaultReaderKeyMap returns the reader's default bindings.
func DefaultReaderKeyMap() ReaderKeyMap {
	return ReaderKeyMap{
		NextTerm:     key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next word")),
		PrevTerm:     key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous word")),
		NextOfficial: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next official")),
		PrevOfficial: key.NewBinding(key.WithKeys("["), key.WithHelp("[", "previous official")),
		Down:         key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "scroll down")),
		Up:           key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "scroll up")),
		PageDown:     key.NewBinding(key.WithKeys("pgdown", "space", "f"), key.WithHelp("pgdn", "page down")),
		PageUp:       key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
		Top:          key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:       key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
		Search:       key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		NextMatch:    key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch:    key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),
		Panel:        key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "toggle panel")),
		Help:         key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Back:         key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear")),
		Quit:         key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Learn:        key.NewBinding(key.WithKeys("1", "2", "3", "4", "5"), key.WithHelp("1-5", "learning level")),
		Known:        key.NewBinding(key.WithKeys("K"), key.WithHelp("K", "mark known")),
		Ignore:       key.NewBinding(key.WithKeys("I"), key.WithHelp("I", "ignore word")),
		Density:      key.NewBinding(key.WithKeys("D"), key.WithHelp("D", "highlight density")),
		AllKnown:     key.NewBinding(key.WithKeys("A"), key.WithHelp("A", "all new words known")),
		Speak:        key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "say the word")),
		Gloss:        key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "your own gloss")),
		Note:         key.NewBinding(key.WithKeys("E"), key.WithHelp("E", "your note")),
		Review:       key.NewBinding(key.WithKeys("R"), key.WithHelp("R", "review words")),
	}
}

// ShortHelp is the one-line help.
func (k ReaderKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.NextTerm, k.Help, k.NextOfficial, k.Search, k.NextMatch, k.Quit}
}

// FullHelp is the help screen, in columns.
func (k ReaderKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.NextTerm, k.PrevTerm, k.NextOfficial, k.PrevOfficial},
		{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
		{k.Search, k.NextMatch, k.PrevMatch, k.Back},
		{k.Learn, k.Known, k.Ignore, k.AllKnown, k.Density, k.Gloss, k.Note, k.Speak, k.Review},
		{k.Panel, k.Help, k.Quit},
	}
}
