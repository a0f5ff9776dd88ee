package ui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/kabar-reader/kabar/ui/render"
)

// Palette names kabar's colours by role.
type Palette struct {
	Text, Faint, Accent, Highlight, Phrase, Official, Place, Learning, Known, Error, Border lipgloss.TerminalColor
}

// DefaultPalette suits a dark or a light terminal.
func DefaultPalette() Palette {
	return Palette{
		Text:      lipgloss.AdaptiveColor{Light: "236", Dark: "252"},
		Faint:     lipgloss.AdaptiveColor{Light: "245", Dark: "243"},
		Accent:    lipgloss.AdaptiveColor{Light: "25", Dark: "75"},
		Highlight: lipgloss.AdaptiveColor{Light: "30", Dark: "116"},
		Phrase:    lipgloss.AdaptiveColor{Light: "28", Dark: "114"},
		Official:  lipgloss.AdaptiveColor{Light: "126", Dark: "213"},
		Place:     lipgloss.AdaptiveColor{Light: "130", Dark: "222"},
		Learning:  lipgloss.AdaptiveColor{Light: "166", Dark: "215"},
		Known:     lipgloss.AdaptiveColor{Light: "240", Dark: "250"},
		Error:     lipgloss.AdaptiveColor{Light: "160", Dark: "203"},
		Border:    lipgloss.AdaptiveColor{Light: "250", Dark: "238"},
	}
}

// Styles is every style the TUI draws with, built once from a Palette.
type Styles struct {
	Title, Meta, Status, StatusKey, Error, Faint                lipgloss.Style
	Panel, PanelHead, PanelLabel, Gloss, Sentence, SentenceTerm lipgloss.Style
	// Term highlights, by kind and learning status.
	Word, Phrase, Name, Place, Official, Selected, Learning, Known lipgloss.Style

	marks *marks // the highlights as escape sequences, made once
}

// highlightMarks returns the styles' highlights as escape sequences,
// making them on first use.
func (st *Styles) highlightMarks() marks {
	if st.marks == nil {
		st.marks = &marks{word: markOf(st.Word), phrase: markOf(st.Phrase), name: markOf(st.Name),
			place: markOf(st.Place), official: markOf(st.Official), selected: markOf(st.Selected),
			learning: markOf(st.Learning), known: markOf(st.Known)}
	}
	return *st.marks
}

// NewStyles builds the styles from a palette.
func NewStyles(p Palette) Styles {
	s := lipgloss.NewStyle
	st := Styles{
		Title:        s().Bold(true).Foreground(p.Accent),
		Meta:         s().Foreground(p.Faint),
		Status:       s().Foreground(p.Faint),
		StatusKey:    s().Foreground(p.Accent),
		Error:        s().Foreground(p.Error).Bold(true),
		Faint:        s().Foreground(p.Faint),
		Panel:        s().Border(lipgloss.RoundedBorder()).BorderForeground(p.Border).Padding(0, 1),
		PanelHead:    s().Bold(true).Foreground(p.Accent),
		PanelLabel:   s().Foreground(p.Faint),
		Gloss:        s().Foreground(p.Text),
		Sentence:     s().Foreground(p.Faint).Italic(true),
		SentenceTerm: s().Foreground(p.Highlight).Bold(true),
		Word:         s().Foreground(p.Highlight),
		Phrase:       s().Foreground(p.Phrase).Underline(true),
		Name:         s().Foreground(p.Place),
		Place:        s().Foreground(p.Place).Underline(true),
		Official:     s().Foreground(p.Official).Bold(true),
		Selected:     s().Reverse(true).Bold(true),
		Learning:     s().Foreground(p.Learning).Underline(true),
		Known:        s().Foreground(p.Known).Faint(true),
	}
	st.highlightMarks()
	return st
}

// PlainStyles draws nothing: for tests and colourless terminals. The
// panel keeps its border so layouts are the same size.
func PlainStyles() Styles {
	s := lipgloss.NewStyle
	return Styles{Panel: s().Border(lipgloss.NormalBorder()).Padding(0, 1),
		Title: s(), Meta: s(), Status: s(), StatusKey: s(), Error: s(), Faint: s(), PanelHead: s(),
		PanelLabel: s(), Gloss: s(), Sentence: s(), SentenceTerm: s(), Word: s(), Phrase: s(), Name: s(),
		Place: s(), Official: s(), Selected: s(), Learning: s(), Known: s()}
}

// MonoStyles draws without colour, for a terminal whose user asks for
// none (NO_COLOR): only the highlights that matter most are marked, with
// the terminal's own attributes: the selection reversed, officials bold,
// phrases and words being learned underlined. Lip Gloss drops every
// attribute when it may not use colour, so the marks are written here.
func MonoStyles() Styles {
	st := PlainStyles()
	const reset = "\x1b[0m"
	st.marks = &marks{
		selected: render.Mark{Open: "\x1b[1;7m", Close: reset},
		official: render.Mark{Open: "\x1b[1m", Close: reset},
		phrase:   render.Mark{Open: "\x1b[4m", Close: reset},
		learning: render.Mark{Open: "\x1b[1;4m", Close: reset},
	}
	return st
}

// markOf turns a style into the escape sequences that open and close it,
// so highlighting a span costs two string writes, not a lipgloss render.
func markOf(st lipgloss.Style) render.Mark {
	out := st.Render("M")
	i := strings.Index(out, "M")
	if i < 0 {
		return render.Mark{}
	}
	return render.Mark{Open: out[:i], Close: out[i+1:]}
}
