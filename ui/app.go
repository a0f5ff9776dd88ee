// Package ui is kabar's terminal interface: a Bubble Tea program whose root
// model routes messages to the screen that owns them.
package ui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/kabar-reader/kabar/articles"
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
	Style    render.Style // glamour style
	Load     Loader       // the article to open
	Fallback Loader       // what esc opens from the error screen
}

// docMsg carries an analysed article; seq says which load it answers.
type docMsg struct {
	seq int
	doc *annotate.Document
	err error
}

// Model is the root model: it routes messages and lays out the screen.
type Model struct {
	cfg    Config
	reader *Reader
	seq    int
	err    error // the error screen, when set
	width  int
	height int
}

// New builds the root model.
func New(cfg Config) *Model {
	return &Model{cfg: cfg, reader: NewReader(cfg.Styles, cfg.Analyzer, cfg.Style)}
}

// Init loads the first article.
func (m *Model) Init() tea.Cmd { return m.load(m.cfg.Load) }

func (m *Model) load(l Loader) tea.Cmd {
	m.seq++
	seq, an, finder := m.seq, m.cfg.Analyzer, m.cfg.Finder
	return func() tea.Msg {
		a, err := l()
		if err != nil {
			return docMsg{seq: seq, err: err}
		}
		return docMsg{seq: seq, doc: annotate.New(a, an, finder)}
	}
}

// Update routes messages:
//   - window size → every child;
//   - keys and mouse → global bindings (quit), then the error screen or the
//     reader, whichever is showing;
//   - loaded data → its owner whatever has focus, stale answers dropped.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m, m.reader.SetSize(msg.Width, msg.Height)
	case docMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		if msg.err != nil {
			m.err = msg.err
			return m, nil
		}
		m.err = nil
		return m, m.reader.SetDocument(msg.doc)
	case tea.KeyMsg:
		if msg.String() == "ctrl+c" || (msg.String() == "q" && !m.reader.searching) {
			return m, tea.Quit
		}
		if m.err != nil {
			if msg.Type == tea.KeyEsc && m.cfg.Fallback != nil {
				m.err = nil
				return m, m.load(m.cfg.Fallback)
			}
			return m, nil
		}
	}
	if m.err != nil {
		return m, nil
	}
	return m, m.reader.Update(msg)
}

// View draws the error screen or the reader.
func (m *Model) View() string {
	if m.err != nil {
		return m.errorView()
	}
	return m.reader.View()
}

func (m *Model) errorView() string {
	st := m.cfg.Styles
	w := max(m.width-4, 10)
	msg := lipgloss.NewStyle().Width(w).Render(st.Error.Render("Could not open the article") + "\n\n" +
		ansi.Strip(m.err.Error()))
	hint := "q quit"
	if m.cfg.Fallback != nil {
		hint = "esc open the sample article · q quit"
	}
	return lipgloss.NewStyle().Padding(1, 2).Render(msg + "\n\n" + st.Faint.Render(hint))
}
