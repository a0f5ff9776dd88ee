package ui

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/kabar-reader/kabar/articles/library"
	"github.com/kabar-reader/kabar/articles/store"
)

// LibraryKeyMap is the library screen's bindings (the list's own filter
// and movement keys come with bubbles/list).
type LibraryKeyMap struct {
	Open, Delete, Confirm, Update, Review key.Binding
}

// DefaultLibraryKeyMap returns the library's default bindings.
func DefaultLibraryKeyMap() LibraryKeyMap {
	return LibraryKeyMap{
		Open:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read")),
		Delete:  key.NewBinding(key.WithKeys("d", "delete"), key.WithHelp("d", "delete")),
		Confirm: key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "confirm delete")),
		Update:  key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "update feeds")),
		Review:  key.NewBinding(key.WithKeys("R"), key.WithHelp("R", "review words")),
	}
}

// item is an article in the list.
type item struct{ e store.Entry }

func (i item) Title() string { return i.e.Title }

func (i item) Description() string {
	var parts []string
	if i.e.Source != "" {
		parts = append(parts, i.e.Source)
	}
	if !i.e.Published.IsZero() {
		parts = append(parts, i.e.Published.Format("2 Jan 2006"))
	}
	parts = append(parts, fmt.Sprintf("%d words", i.e.Words))
	if i.e.Distinct > 0 {
		// Learning words are not known yet either: the reader counts them
		// apart from its "new", the store does not.
		parts = append(parts, fmt.Sprintf("%d%% known, %d to learn", i.e.Known*100/i.e.Distinct, i.e.Distinct-i.e.Known))
	}
	return strings.Join(parts, " · ")
}

// wordFilter keeps the articles whose title or source contains every word
// typed, in any case, in library order. bubbles' default fuzzy filter
// matched scattered letters: "parkir" found "Pemimpin Korea … Rusia".
func wordFilter(term string, targets []string) []list.Rank {
	words := strings.Fields(strings.ToLower(term))
	var out []list.Rank
	for i, target := range targets {
		lower := strings.ToLower(target)
		var matched []int
		all := true
		for _, w := range words {
			at := strings.Index(lower, w)
			if at < 0 {
				all = false
				break
			}
			if len(lower) == len(target) { // rune positions to highlight
				first := utf8.RuneCountInString(target[:at])
				for r := range utf8.RuneCountInString(w) {
					matched = append(matched, first+r)
				}
			}
		}
		if all {
			out = append(out, list.Rank{Index: i, MatchedIndexes: matched})
		}
	}
	return out
}

func (i item) FilterValue() string { return i.e.Title + " " + i.e.Source }

// Messages of the library screen; seq says which request they answer.
type (
	entriesMsg struct {
		seq     int
		entries []store.Entry
		due     int
		err     error
	}
	feedsUpdatedMsg struct {
		total, failed int
		err           error
	}
	deletedMsg struct {
		id  string
		err error
	}
)

// Library is the screen that lists the articles.
type Library struct {
	lib     *library.Library
	list    list.Model
	keys    LibraryKeyMap
	spin    spinner.Model
	styles  Styles
	seq     int
	loading bool
	working string // "updating feeds…"
	confirm string // id awaiting delete confirmation
	status  string
	isErr   bool
	width   int
	height  int
	// entries is how many articles are listed, for the title.
	entries int
}

// NewLibrary makes the library screen.
func NewLibrary(lib *library.Library, st Styles) *Library {
	d := list.NewDefaultDelegate()
	l := list.New(nil, d, 0, 0)
	l.Title = "kabar — library"
	l.SetStatusBarItemName("article", "articles")
	l.Filter = wordFilter
	l.DisableQuitKeybindings()
	keys := DefaultLibraryKeyMap()
	l.AdditionalShortHelpKeys = func() []key.Binding { return []key.Binding{keys.Open, keys.Update, keys.Review} }
	l.AdditionalFullHelpKeys = func() []key.Binding { return []key.Binding{keys.Open, keys.Delete, keys.Update, keys.Review} }
	return &Library{lib: lib, list: l, keys: keys, styles: st, spin: spinner.New(spinner.WithSpinner(spinner.MiniDot))}
}

// Load asks for the list of articles.
func (m *Library) Load() tea.Cmd {
	m.seq++
	m.loading = true
	seq, lib := m.seq, m.lib
	return func() tea.Msg {
		entries, err := lib.Entries()
		due := 0
		if lib.Store != nil && err == nil {
			due, err = lib.Store.DueCount(time.Now())
		}
		return entriesMsg{seq: seq, entries: entries, due: due, err: err}
	}
}

// SetSize lays the list out.
func (m *Library) SetSize(w, h int) {
	m.width, m.height = w, h
	m.list.SetSize(w, max(h-1, 1))
}

// filtering reports whether the list's filter has the keyboard.
func (m *Library) filtering() bool { return m.list.FilterState() == list.Filtering }

// Update handles the library's messages; opening an article is the root
// model's job, so Update returns the id to open.
func (m *Library) Update(msg tea.Msg) (cmd tea.Cmd, open string) {
	switch msg := msg.(type) {
	case entriesMsg:
		if msg.seq != m.seq {
			return nil, ""
		}
		m.loading = false
		if msg.err != nil {
			m.setStatus("library: "+msg.err.Error(), true)
			return nil, ""
		}
		items := make([]list.Item, len(msg.entries))
		for i, e := range msg.entries {
			items[i] = item{e}
		}
		m.list.Title = "kabar — library"
		if msg.due > 0 {
			m.list.Title += " · " + Count(msg.due, "word", "words") + " due for review (R)"
		}
		m.entries = len(items)
		return m.list.SetItems(items), ""
	case feedsUpdatedMsg:
		m.working = ""
		switch {
		case msg.err != nil:
			m.setStatus("feeds: "+msg.err.Error(), true)
		case msg.failed > 0:
			m.setStatus(Count(msg.total, "new article", "new articles")+"; "+Count(msg.failed, "feed", "feeds")+" failed (kabar feeds list says why)", true)
		default:
			m.setStatus(Count(msg.total, "new article", "new articles"), false)
		}
		return m.Load(), ""
	case deletedMsg:
		if msg.err != nil {
			m.setStatus("delete: "+msg.err.Error(), true)
			return nil, ""
		}
		m.setStatus("deleted", false)
		return m.Load(), ""
	case spinner.TickMsg:
		if m.working == "" {
			return nil, ""
		}
		var c tea.Cmd
		m.spin, c = m.spin.Update(msg)
		return c, ""
	case tea.KeyMsg:
		if m.filtering() {
			break
		}
		if m.confirm != "" {
			id := m.confirm
			m.confirm = ""
			if key.Matches(msg, m.keys.Confirm) {
				return m.delete(id), ""
			}
			m.setStatus("not deleted", false)
			return nil, ""
		}
		switch {
		case key.Matches(msg, m.keys.Open):
			if it, ok := m.list.SelectedItem().(item); ok {
				return nil, it.e.ID
			}
			return nil, ""
		case key.Matches(msg, m.keys.Delete):
			if it, ok := m.list.SelectedItem().(item); ok {
				if strings.HasPrefix(it.e.ID, "sample-") {
					m.setStatus("the sample article comes with kabar and stays", true)
					return nil, ""
				}
				m.confirm = it.e.ID
				m.setStatus("delete “"+ansi.Truncate(it.e.Title, 40, "…")+"”? y to confirm", false)
			}
			return nil, ""
		case key.Matches(msg, m.keys.Update):
			if m.working != "" || m.lib.Store == nil {
				return nil, ""
			}
			m.working = "updating feeds"
			return tea.Batch(m.updateFeeds(), m.spin.Tick), ""
		}
	}
	var c tea.Cmd
	m.list, c = m.list.Update(msg)
	return c, ""
}

func (m *Library) delete(id string) tea.Cmd {
	lib := m.lib
	return func() tea.Msg { return deletedMsg{id: id, err: lib.Store.Delete(id)} }
}

func (m *Library) updateFeeds() tea.Cmd {
	lib := m.lib
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		reports, err := lib.UpdateFeeds(ctx)
		var msg feedsUpdatedMsg
		msg.err = err
		for _, r := range reports {
			msg.total += r.New
			if r.Err != nil {
				msg.failed++
			}
		}
		return msg
	}
}

func (m *Library) setStatus(s string, isErr bool) { m.status, m.isErr = s, isErr }

// View draws the list and a status line.
func (m *Library) View() string {
	var status string
	switch {
	case m.working != "":
		status = m.spin.View() + " " + m.working + "…"
	case m.loading:
		status = "loading…"
	case m.status != "" && m.isErr:
		status = m.styles.Error.Render(m.status)
	default:
		status = m.styles.Status.Render(m.status)
	}
	return lipgloss.JoinVertical(lipgloss.Left, m.list.View(), ansi.Truncate(status, m.width, "…"))
}
