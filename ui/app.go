// Package ui is kabar's terminal interface: a Bubble Tea program whose root
// model routes messages to the screen that owns them.
package ui

import (
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/articles/library"
	"github.com/kabar-reader/kabar/articles/store"
	"github.com/kabar-reader/kabar/glossary"
	"github.com/kabar-reader/kabar/glossary/annotate"
	"github.com/kabar-reader/kabar/glossary/officials"
	"github.com/kabar-reader/kabar/ui/render"
)

// Loader fetches the article to show. It runs inside a tea.Cmd.
type Loader func() (articles.Article, error)

// Config is what the program is built from: everything heavy is made once
// by the caller and injected.
type Config struct {
	Analyzer *glossary.Analyzer
	Finder   *officials.Finder // nil: no officials
	Styles   Styles
	Style    render.Style     // glamour style
	Load     Loader           // the article to open; nil opens the library
	Fallback Loader           // what esc opens from the error screen
	Library  *library.Library // nil: no library screen
	Vocab    Vocab            // nil: no learning statuses
	Speaker  string           // espeak-ng's path; "" disables speech
}

// docMsg carries an analysed article and the learner's word statuses;
// seq says which load it answers.
type docMsg struct {
	seq      int
	doc      *annotate.Document
	page     *render.Page // doc's body at the reader's width, nil if unknown
	statuses map[string]store.Status
	own      map[string]string
	notes    map[string]string
	err      error
}

// screen is what the root model shows.
type screen uint8

const (
	readerScreen screen = iota
	libraryScreen
	reviewScreen
)

func (s screen) String() string {
	switch s {
	case libraryScreen:
		return "library"
	case reviewScreen:
		return "review"
	}
	return "reader"
}

// Model is the root model: it routes messages and lays out the screen.
type Model struct {
	cfg     Config
	reader  *Reader
	library *Library // nil without a library
	review  *Review  // while reviewing
	back    screen   // where the review returns
	screen  screen
	seq     int
	err     error // the error screen, when set
	width   int
	height  int
}

// New builds the root model.
func New(cfg Config) *Model {
	m := &Model{cfg: cfg, reader: NewReader(cfg.Styles, cfg.Analyzer, cfg.Style)}
	m.reader.vocab, m.reader.speaker = cfg.Vocab, cfg.Speaker
	if cfg.Library != nil {
		m.library = NewLibrary(cfg.Library, cfg.Styles)
		m.reader.keys.Back.SetHelp("esc", "back to library")
	}
	return m
}

// Init opens the first article, or the library.
func (m *Model) Init() tea.Cmd {
	if m.cfg.Load == nil && m.library != nil {
		m.screen = libraryScreen
		return m.library.Load()
	}
	return m.load(m.cfg.Load)
}

func (m *Model) load(l Loader) tea.Cmd {
	m.seq++
	seq, an, finder, vocab := m.seq, m.cfg.Analyzer, m.cfg.Finder, m.cfg.Vocab
	width, style := m.reader.bodyW, m.reader.style
	return func() tea.Msg {
		a, err := l()
		if err != nil {
			return docMsg{seq: seq, err: err}
		}
		statuses, own, notes := map[string]store.Status{}, map[string]string{}, map[string]string{}
		if vocab != nil {
			if statuses, err = vocab.Statuses(); err != nil {
				return docMsg{seq: seq, err: err}
			}
			if own, notes, err = vocab.OwnGlosses(); err != nil {
				return docMsg{seq: seq, err: err}
			}
		}
		doc, page, err := Prepare(a, func(a articles.Article) (*annotate.Document, error) {
			return annotate.New(a, an, finder), nil
		}, width, style)
		if err != nil {
			return docMsg{seq: seq, err: err}
		}
		return docMsg{seq: seq, doc: doc, page: page, statuses: statuses, own: own, notes: notes}
	}
}

// Update routes messages:
//   - window size → every child;
//   - keys and mouse → global bindings (quit), then the screen showing (the
//     error screen, the library or the reader); a text input with focus
//     (search, filter) takes every key but ctrl+c;
//   - loaded data → its owner whatever has focus, stale answers dropped.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		if m.library != nil {
			m.library.SetSize(msg.Width, msg.Height)
		}
		return m, m.reader.SetSize(msg.Width, msg.Height)
	case docMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		if msg.err != nil {
			m.err = msg.err
			return m, nil
		}
		m.err, m.screen = nil, readerScreen
		m.reader.statuses, m.reader.own, m.reader.notes = msg.statuses, msg.own, msg.notes
		return m, m.reader.SetDocument(msg.doc, msg.page)
	case entriesMsg, feedsUpdatedMsg, deletedMsg:
		return m, m.updateLibrary(msg)
	case spinner.TickMsg:
		var cmds []tea.Cmd
		if m.library != nil {
			cmds = append(cmds, m.updateLibrary(msg))
		}
		return m, tea.Batch(append(cmds, m.reader.Update(msg))...)
	case reviewDoneMsg:
		m.screen, m.review = m.back, nil
		if m.screen == libraryScreen {
			return m, m.library.Load() // due counts changed
		}
		return m, nil
	case tea.KeyMsg:
		typing := (m.reader.searching || m.reader.editing) && m.screen == readerScreen || m.screen == libraryScreen && m.library.filtering()
		if keys := eachKey(msg); keys != nil && !typing {
			// One at a time: "/rusia" starts a search with its first
			// key, and the rest are typed into it.
			return m, updateEach(keys, m.Update)
		}
		if m.screen == reviewScreen {
			_, cmd := m.review.Update(msg)
			return m, cmd
		}
		if msg.String() == "ctrl+c" || msg.String() == "q" && !typing {
			return m, tea.Quit
		}
		if m.err != nil {
			return m, m.errorKey(msg)
		}
		// R reviews the words being learned, from the library or the reader.
		if msg.String() == "R" && !typing && m.cfg.Library != nil && m.cfg.Library.Store != nil {
			m.back, m.screen = m.screen, reviewScreen
			m.review = NewReview(m.cfg.Library.Store, m.cfg.Styles)
			m.review.inApp = true
			m.review.Update(tea.WindowSizeMsg{Width: m.width, Height: m.height})
			return m, m.review.Init()
		}
		if m.screen == libraryScreen {
			return m, m.updateLibrary(msg)
		}
		if msg.Type == tea.KeyEsc && m.library != nil && !typing && !m.reader.clearable() {
			m.screen = libraryScreen
			return m, m.library.Load()
		}
	}
	if m.err != nil {
		return m, nil
	}
	switch m.screen {
	case reviewScreen:
		_, cmd := m.review.Update(msg)
		return m, cmd
	case libraryScreen:
		return m, m.updateLibrary(msg) // mouse, the list's own messages
	}
	return m, m.reader.Update(msg)
}

func (m *Model) errorKey(msg tea.KeyMsg) tea.Cmd {
	if msg.Type != tea.KeyEsc {
		return nil
	}
	m.err = nil
	if m.library != nil {
		m.screen = libraryScreen
		return m.library.Load()
	}
	if m.cfg.Fallback != nil {
		return m.load(m.cfg.Fallback)
	}
	return nil
}

// updateLibrary passes msg to the library and opens what it chose.
func (m *Model) updateLibrary(msg tea.Msg) tea.Cmd {
	if m.library == nil {
		return nil
	}
	cmd, open := m.library.Update(msg)
	if open == "" {
		return cmd
	}
	lib := m.cfg.Library
	return tea.Batch(cmd, m.load(func() (articles.Article, error) { return lib.Get(open) }))
}

// View draws the error screen, the library or the reader.
func (m *Model) View() string {
	switch {
	case m.err != nil:
		return m.errorView()
	case m.screen == libraryScreen:
		return m.library.View()
	case m.screen == reviewScreen:
		return m.review.View()
	}
	return m.reader.View()
}

func (m *Model) errorView() string {
	st := m.cfg.Styles
	w := max(m.width-4, 10)
	msg := lipgloss.NewStyle().Width(w).Render(st.Error.Render("Could not open the article") + "\n\n" +
		ansi.Strip(m.err.Error()))
	hint := "q quit"
	switch {
	case m.library != nil:
		hint = "esc back to the library · q quit"
	case m.cfg.Fallback != nil:
		hint = "esc open the sample article · q quit"
	}
	return lipgloss.NewStyle().Padding(1, 2).Render(msg + "\n\n" + st.Faint.Render(hint))
}
