package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"
	"github.com/muesli/termenv"

	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/ui"
	"github.com/kabar-reader/kabar/ui/render"
)

// cmdRead opens the TUI: on the library when asked for nothing (kabar),
// on one article otherwise (kabar read X), esc leading back to the library.
func cmdRead(args []string, stdin io.Reader, library bool) error {
	fs := newFlags("read")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	arg, err := oneArg(fs)
	if err != nil {
		return err
	}
	an, finder, err := analyzer()
	if err != nil {
		return err
	}
	if !term.IsTerminal(os.Stdout.Fd()) {
		return errors.New("read: standard output is not a terminal (use kabar render)")
	}
	var input []byte
	if arg == "-" {
		// The program needs the terminal for keys: read the article first.
		if input, err = io.ReadAll(io.LimitReader(stdin, articles.MaxFileSize+1)); err != nil {
			return err
		}
	}
	style, styles := render.Light, ui.NewStyles(ui.DefaultPalette())
	switch {
	case noColor():
		style, styles = render.NoTTY, ui.MonoStyles()
	case lipgloss.HasDarkBackground():
		style = render.Dark
	}
	cfg := ui.Config{
		Analyzer: an,
		Finder:   finder,
		Styles:   styles,
		Style:    style,
		Load: func() (articles.Article, error) {
			if arg == "-" {
				return articles.Parse("standard input", input, "")
			}
			return openArticle(arg, stdin)
		},
		Fallback: articles.Default,
	}
	lib, closeLib, err := openLibrary(an, finder)
	if err != nil {
		if library {
			return err
		}
	} else {
		defer closeLib()
		cfg.Library, cfg.Vocab = lib, lib.Store
		// With no library yet, kabar opens the reader on the sample.
		if n, _ := lib.Store.Count(); library && arg == "" && n > 0 {
			cfg.Load = nil // start on the library
		}
	}
	if p, err := exec.LookPath("espeak-ng"); err == nil {
		cfg.Speaker = p
	}
	opts := []tea.ProgramOption{tea.WithAltScreen(), tea.WithMouseCellMotion()}
	if arg == "-" {
		tty, err := os.Open("/dev/tty")
		if err != nil {
			return fmt.Errorf("read: no terminal for keys: %v", err)
		}
		defer tty.Close()
		opts = append(opts, tea.WithInput(tty))
	}
	_, err = tea.NewProgram(ui.New(cfg), opts...).Run()
	return err
}

func cmdRender(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlags("render")
	width := fs.Int("width", 0, "width in columns (default: the terminal's, or 80)")
	styleName := fs.String("style", "", "dark, light or notty (default: dark on a terminal, notty otherwise)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	arg, err := oneArg(fs)
	if err != nil {
		return err
	}
	tty := isTerminal(stdout)
	style := render.NoTTY
	if tty && !noColor() {
		style = render.Dark
	}
	if *styleName != "" {
		if style, err = render.ParseStyle(*styleName); err != nil {
			return fmt.Errorf("render: %v", err)
		}
	}
	if *width == 0 {
		*width = 80
		if f, ok := stdout.(*os.File); ok && tty {
			if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
				*width = w
			}
		}
	}
	if *width < 20 || *width > 1000 {
		return fmt.Errorf("render: --width %d is out of range (20 to 1000)", *width)
	}
	loading := startAnalysis()
	a, err := openArticle(arg, stdin)
	if err != nil {
		return err
	}
	st := ui.PlainStyles()
	if style != render.NoTTY {
		st = ui.NewStyles(ui.DefaultPalette())
		lipgloss.SetHasDarkBackground(style == render.Dark)
		if !tty {
			lipgloss.SetColorProfile(termenv.ANSI256)
		}
	}
	out, err := ui.RenderArticle(a, loading.analyse, *width, style, st)
	if err != nil {
		return fmt.Errorf("render: %v", err)
	}
	_, err = io.WriteString(stdout, out)
	return err
}

func cmdAnnotate(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlags("annotate")
	asJSON := fs.Bool("json", false, "print JSON (the only format)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if !*asJSON {
		return errors.New("annotate: only --json output exists; run kabar annotate --json")
	}
	arg, err := oneArg(fs)
	if err != nil {
		return err
	}
	loading := startAnalysis()
	a, err := openArticle(arg, stdin)
	if err != nil {
		return err
	}
	doc, err := loading.analyse(a)
	if err != nil {
		return err
	}
	return jsonEncoder(stdout).Encode(doc)
}

// noColor reports whether the user asks programs for no colour
// (NO_COLOR, https://no-color.org): kabar render then prints plain text
// on a terminal too, and the reader marks only with bold, underline and
// reverse.
func noColor() bool { return os.Getenv("NO_COLOR") != "" }
