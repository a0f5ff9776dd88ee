// Command kabar is a terminal reader for Indonesian news with a built-in
// Indonesian→English glossary. See README.md for the commands.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"
	"github.com/muesli/termenv"

	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/glossary"
	"github.com/kabar-reader/kabar/glossary/annotate"
	"github.com/kabar-reader/kabar/glossary/officials"
	"github.com/kabar-reader/kabar/ui"
	"github.com/kabar-reader/kabar/ui/render"
)

const usage = `kabar — read Indonesian news with an English glossary

usage:
  kabar                                  open the reader on the sample article
  kabar read [FILE|ID|-]                 open the reader on one article
  kabar render [--width N] [--style dark|light|notty] [FILE|ID|-]
                                         print the article with highlights and notes
  kabar annotate --json [FILE|ID|-]      print the analysis as JSON
  kabar lookup [--json] WORD|PHRASE...   gloss words or phrases ("-": one query a line)
  kabar who [--json] NAME                who an official is: the register and the articles
`

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// run is main with its edges injected, for tests.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := "read"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	var err error
	switch cmd {
	case "read":
		err = cmdRead(args, stdin)
	case "render":
		err = cmdRender(args, stdin, stdout)
	case "annotate":
		err = cmdAnnotate(args, stdin, stdout)
	case "lookup":
		err = cmdLookup(args, stdin, stdout)
	case "help":
		fmt.Fprint(stdout, usage)
	case "who":
		err = cmdWho(args, stdout)
	case "add", "list", "search", "feeds", "vocab", "review":
		err = fmt.Errorf("%q is not available yet in this version of kabar", cmd)
	default:
		err = fmt.Errorf("unknown command %q (try: kabar help)", cmd)
	}
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintln(stderr, "kabar:", oneLine(err.Error()))
		return 1
	}
	return 0
}

// oneLine keeps error messages to one line of plain text.
func oneLine(s string) string {
	return strings.Join(strings.Fields(articles.Clean(s)), " ")
}

func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Print(usage)
			return err
		}
		return fmt.Errorf("%s: %v", fs.Name(), err)
	}
	return nil
}

// analyzer builds the glossary, the analyzer and the officials finder once;
// the register is parsed while the glossary's index is built.
func analyzer() (*glossary.Analyzer, *officials.Finder, error) {
	type loaded struct {
		titles *officials.Titles
		reg    *officials.Register
		err    error
	}
	regDone := make(chan loaded, 1)
	go func() {
		t, r, err := officials.LoadEmbedded()
		regDone <- loaded{t, r, err}
	}()
	g, err := glossary.Embedded()
	if err != nil {
		return nil, nil, fmt.Errorf("glossary data: %w", err)
	}
	an := glossary.NewAnalyzer(g)
	l := <-regDone
	if l.err != nil {
		return nil, nil, fmt.Errorf("officials register: %w", l.err)
	}
	return an, officials.NewFinder(an, l.titles, l.reg), nil
}

// openArticle resolves FILE, a sample ID or "-"; no argument is the
// default article.
func openArticle(arg string, stdin io.Reader) (articles.Article, error) {
	if arg == "" {
		return articles.Default()
	}
	if strings.HasPrefix(arg, "sample-") {
		all, err := articles.Samples()
		if err != nil {
			return articles.Article{}, err
		}
		for _, a := range all {
			if a.ID == arg {
				return a, nil
			}
		}
	}
	if strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://") {
		return articles.Article{}, &articles.ParseError{Name: arg, Reason: "reading web pages is not available yet"}
	}
	return articles.ReadFile(arg, stdin)
}

func oneArg(fs *flag.FlagSet) (string, error) {
	switch fs.NArg() {
	case 0:
		return "", nil
	case 1:
		return fs.Arg(0), nil
	}
	return "", fmt.Errorf("%s: want one article, got %d arguments", fs.Name(), fs.NArg())
}

func cmdRead(args []string, stdin io.Reader) error {
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
	style := render.Light
	if lipgloss.HasDarkBackground() {
		style = render.Dark
	}
	cfg := ui.Config{
		Analyzer: an,
		Finder:   finder,
		Styles:   ui.NewStyles(ui.DefaultPalette()),
		Style:    style,
		Load: func() (articles.Article, error) {
			if arg == "-" {
				return articles.ParseText("standard input", input)
			}
			return openArticle(arg, stdin)
		},
		Fallback: articles.Default,
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
	if tty {
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
	a, err := openArticle(arg, stdin)
	if err != nil {
		return err
	}
	// Analysis and glamour do not need each other until the end: run them
	// side by side.
	type analysed struct {
		doc *annotate.Document
		err error
	}
	done := make(chan analysed, 1)
	go func() {
		an, finder, err := analyzer()
		if err != nil {
			done <- analysed{err: err}
			return
		}
		done <- analysed{doc: annotate.New(a, an, finder)}
	}()
	rr, err := render.NewRenderer(style, render.WrapFor(*width))
	if err != nil {
		return fmt.Errorf("render: %v", err)
	}
	lines, err := render.Lines(rr, a.Body)
	if err != nil {
		return fmt.Errorf("render: %v", err)
	}
	res := <-done
	if res.err != nil {
		return res.err
	}
	st := ui.PlainStyles()
	if style != render.NoTTY {
		st = ui.NewStyles(ui.DefaultPalette())
		lipgloss.SetHasDarkBackground(style == render.Dark)
		if !tty {
			lipgloss.SetColorProfile(termenv.ANSI256)
		}
	}
	page := render.NewPage(lines, a.Body, ui.Spans(res.doc), *width, style)
	_, err = io.WriteString(stdout, ui.Print(res.doc, page, st))
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
	a, err := openArticle(arg, stdin)
	if err != nil {
		return err
	}
	an, finder, err := analyzer()
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(annotate.New(a, an, finder))
}

func cmdLookup(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlags("lookup")
	asJSON := fs.Bool("json", false, "print one JSON object per query")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("lookup: give a word or phrase, or - to read one query a line")
	}
	g, err := glossary.Embedded()
	if err != nil {
		return err
	}
	an := glossary.NewAnalyzer(g)
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	emit := func(q string) error {
		r := an.Lookup(q)
		if *asJSON {
			return enc.Encode(r)
		}
		printLookup(w, r)
		return nil
	}
	if fs.NArg() == 1 && fs.Arg(0) == "-" {
		sc := bufio.NewScanner(stdin)
		sc.Buffer(make([]byte, 64*1024), 1024*1024)
		for sc.Scan() {
			if err := emit(articles.Clean(sc.Text())); err != nil {
				return err
			}
		}
		return sc.Err()
	}
	// Several arguments: each is a query, unless together they form a
	// phrase the glossary knows ("kabar lookup kapal selam").
	if fs.NArg() > 1 {
		if joined := strings.Join(fs.Args(), " "); an.Lookup(joined).Found {
			return emit(joined)
		}
	}
	for _, q := range fs.Args() {
		if err := emit(q); err != nil {
			return err
		}
	}
	return nil
}

func printLookup(w io.Writer, r glossary.LookupResult) {
	if !r.Found {
		fmt.Fprintf(w, "%s: no gloss", r.Query)
		if r.Root != "" && r.Root != strings.ToLower(r.Query) {
			fmt.Fprintf(w, " (root %s: %s)", r.Root, r.Analysis)
		}
		fmt.Fprintln(w)
		return
	}
	fmt.Fprintf(w, "%s  %s  %s\n", r.Headword, r.POS, strings.Join(r.Glosses, "; "))
	if r.Root != "" && r.Root != r.Headword {
		fmt.Fprintf(w, "  root %s · %s\n", r.Root, r.Analysis)
	}
	if r.Note != "" {
		fmt.Fprintf(w, "  note: %s\n", r.Note)
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// whoArticle is an article that names a person.
type whoArticle struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Role     string `json:"role"`
	RoleEN   string `json:"role_en"`
	Mentions int    `json:"mentions"`
}

// whoPerson is one answer of kabar who.
type whoPerson struct {
	ID          string           `json:"id"`
	Name        string           `json:"name"`
	Aliases     []string         `json:"aliases"`
	Roles       []officials.Role `json:"roles"`
	Description string           `json:"description"`
	Articles    []whoArticle     `json:"articles"`
}

func cmdWho(args []string, stdout io.Writer) error {
	fs := newFlags("who")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	query := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(query) == "" {
		return errors.New("who: give a name, e.g. kabar who Tito")
	}
	an, finder, err := analyzer()
	if err != nil {
		return err
	}
	var people []*whoPerson
	byID := map[string]*whoPerson{}
	for _, p := range finder.Register().Search(query) {
		wp := &whoPerson{ID: p.ID, Name: p.Name, Aliases: p.Aliases, Roles: p.Roles, Description: p.Description, Articles: []whoArticle{}}
		people = append(people, wp)
		byID[p.ID] = wp
	}
	// The library: for now the articles kabar ships with.
	samples, err := articles.Samples()
	if err != nil {
		return err
	}
	q := strings.ToLower(query)
	for _, a := range samples {
		doc := annotate.New(a, an, finder)
		for _, o := range doc.Officials {
			match := strings.Contains(strings.ToLower(o.Name), q) || byID[o.ID] != nil
			for _, m := range o.Mentions {
				match = match || strings.EqualFold(m.Text, query)
			}
			if !match {
				continue
			}
			wp := byID[o.ID]
			if wp == nil {
				wp = &whoPerson{ID: o.ID, Name: o.Name, Aliases: []string{}, Roles: []officials.Role{{Title: o.Role, TitleEN: o.RoleEN}},
					Description: o.Description, Articles: []whoArticle{}}
				people = append(people, wp)
				byID[o.ID] = wp
			}
			wp.Articles = append(wp.Articles, whoArticle{ID: a.ID, Title: a.Title, Role: o.Role, RoleEN: o.RoleEN, Mentions: len(o.Mentions)})
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		if people == nil {
			people = []*whoPerson{}
		}
		return enc.Encode(struct {
			Query  string       `json:"query"`
			Found  bool         `json:"found"`
			People []*whoPerson `json:"people"`
		}{query, len(people) > 0, people})
	}
	if len(people) == 0 {
		return fmt.Errorf("who: nobody called %q in the register or the library", query)
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	for i, p := range people {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w, p.Name)
		if len(p.Aliases) > 0 {
			fmt.Fprintf(w, "  also: %s\n", strings.Join(p.Aliases, ", "))
		}
		for _, r := range p.Roles {
			asOf := ""
			if r.AsOf != "" {
				asOf = " (as of " + r.AsOf + ")"
			}
			fmt.Fprintf(w, "  %s — %s%s\n", r.TitleEN, r.Title, asOf)
		}
		if p.Description != "" {
			fmt.Fprintf(w, "  %s\n", p.Description)
		}
		for _, a := range p.Articles {
			fmt.Fprintf(w, "  in %q (%s): %s, %d mentions\n", a.Title, a.ID, a.Role, a.Mentions)
		}
	}
	return nil
}
