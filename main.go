// Command kabar is a terminal reader for Indonesian news with a built-in
// Indonesian→English glossary. See README.md for the commands.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/adrg/xdg"
	"github.com/charmbracelet/x/term"

	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/articles/fetch"
	"github.com/kabar-reader/kabar/articles/library"
	"github.com/kabar-reader/kabar/articles/store"
	"github.com/kabar-reader/kabar/glossary"
	"github.com/kabar-reader/kabar/glossary/annotate"
	"github.com/kabar-reader/kabar/glossary/officials"
	"github.com/kabar-reader/kabar/ui"
)

const usage = `kabar — read Indonesian news with an English glossary

usage:
  kabar                                  the library: the sample article and yours
  kabar read [FILE|URL|ID|-]             open the reader on one article (kabar FILE|URL too)
  kabar render [--width N] [--style dark|light|notty] [FILE|URL|ID|-]
                                         print the article with highlights and notes
  kabar annotate --json [FILE|URL|ID|-]  print the analysis as JSON
  kabar lookup [--json] WORD|PHRASE...   gloss words or phrases ("-": one query a line)
  kabar who [--json] NAME                who an official is: the register and the articles
  kabar add FILE|DIR|URL...              add articles to the library
  kabar list [--json]                    the library
  kabar search [--json] QUERY            search the library (words match by their root too)
  kabar feeds add URL | list | update | import FILE.opml | export [FILE]
  kabar vocab mark WORD STATUS           STATUS: new, 1-5 (learning), known, ignored
  kabar vocab list [--json] | stats | export --format anki|csv FILE
  kabar review                           flashcards of the words being learned
`

func main() {
	if len(os.Args) > 1 && (os.Args[1] == "render" || os.Args[1] == "annotate") {
		oneShot()
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main with its edges injected, for tests.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := "kabar"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	var err error
	switch cmd {
	case "kabar":
		err = cmdRead(args, stdin, true)
	case "read":
		err = cmdRead(args, stdin, false)
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
	case "add":
		err = cmdAdd(args, stdout, stderr)
	case "list":
		err = cmdList(args, stdout)
	case "search":
		err = cmdSearch(args, stdout)
	case "feeds":
		err = cmdFeeds(args, stdout, stderr)
	case "vocab":
		err = cmdVocab(args, stdout)
	case "review":
		err = cmdReview(args)
	default:
		// "kabar berita.txt", like a pager: a file or a web page that is
		// no command opens in the reader.
		if _, statErr := os.Stat(cmd); statErr == nil || isWebAddress(cmd) {
			err = cmdRead(append([]string{cmd}, args...), stdin, false)
			break
		}
		err = fmt.Errorf("unknown command %q (try: kabar help)", cmd)
	}
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		if errors.Is(err, errReported) {
			return 1
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

// jsonEncoder writes JSON for the --json outputs: Indonesian text and
// URLs as they are, no \u003c escapes for <, > and &.
func jsonEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

// analyzer builds the glossary, the analyzer and the officials finder once.
func analyzer() (*glossary.Analyzer, *officials.Finder, error) {
	l := startAnalysis()
	finder, err := l.finder()
	if err != nil {
		return nil, nil, err
	}
	an, _ := l.analyzer() // ready: the finder is built on it
	return an, finder, nil
}

// analysis is the analyzer and the officials finder being built (see
// startAnalysis); each function waits for its part, once.
type analysis struct {
	analyzer func() (*glossary.Analyzer, error)
	finder   func() (*officials.Finder, error)
}

// startAnalysis starts parsing the officials' tables, the slow part of
// start-up, in the background. A one-shot command reads its article
// meanwhile, and analyses it with the glossary before it needs the
// finder (annotate.NewLoading).
func startAnalysis() analysis {
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
	an := sync.OnceValues(func() (*glossary.Analyzer, error) {
		g, err := glossary.Embedded()
		if err != nil {
			return nil, fmt.Errorf("glossary data: %w", err)
		}
		return glossary.NewAnalyzer(g), nil
	})
	finder := sync.OnceValues(func() (*officials.Finder, error) {
		a, err := an()
		if err != nil {
			return nil, err
		}
		l := <-regDone
		if l.err != nil {
			return nil, fmt.Errorf("officials register: %w", l.err)
		}
		return officials.NewFinder(a, l.titles, l.reg), nil
	})
	return analysis{an, finder}
}

// analyse is the loader a one-shot command gives ui.RenderArticle.
func (l analysis) analyse(a articles.Article) (*annotate.Document, error) {
	an, err := l.analyzer()
	if err != nil {
		return nil, err
	}
	return annotate.NewLoading(a, an, l.finder)
}

// openArticle resolves FILE, URL, a library ID or "-"; no argument is the
// default article.
func openArticle(arg string, stdin io.Reader) (articles.Article, error) {
	switch {
	case arg == "":
		return articles.Default()
	case arg == "-":
		data, err := io.ReadAll(io.LimitReader(stdin, articles.MaxFileSize+1))
		if err != nil {
			return articles.Article{}, fmt.Errorf("standard input: %w", err)
		}
		return articles.Parse("standard input", data, "")
	case isWebAddress(arg):
		lib := &library.Library{Client: fetch.New()}
		ctx, cancel := context.WithTimeout(context.Background(), fetch.RequestTimeout)
		defer cancel()
		return lib.Fetch(ctx, arg)
	}
	if st, err := os.Stat(arg); err == nil || strings.ContainsAny(arg, "/.") {
		if err == nil && st.IsDir() {
			return articles.Article{}, &articles.ParseError{Name: arg, Reason: "is a directory, not an article (kabar add " + arg + " imports it)"}
		}
		return articles.ReadFile(arg, stdin)
	}
	lib, closeLib, err := openLibrary(nil, nil)
	if err != nil {
		return articles.Article{}, err
	}
	defer closeLib()
	a, err := lib.Get(arg)
	if err != nil {
		return a, fmt.Errorf("%s: no such file, and no article with that id in the library (kabar list shows them)", arg)
	}
	return a, nil
}

// dataDir is where kabar keeps the user's data: $KABAR_DATA_DIR, else
// $XDG_DATA_HOME/kabar.
func dataDir() string {
	if d := os.Getenv("KABAR_DATA_DIR"); d != "" {
		return d
	}
	xdg.Reload()
	return filepath.Join(xdg.DataHome, "kabar")
}

// openLibrary opens the user's library; an, when given, indexes roots.
func openLibrary(an *glossary.Analyzer, finder *officials.Finder) (*library.Library, func(), error) {
	lib, err := library.Open(dataDir())
	if err != nil {
		return nil, nil, err
	}
	if an != nil {
		lib.Index = func(a articles.Article) store.Index { return indexOf(an, finder, a) }
		lib.Forms = func(w string) []string {
			if r := an.Lookup(w); r.Root != "" && r.Root != w {
				return []string{w, r.Root}
			}
			return []string{w}
		}
	}
	return lib, func() { lib.Close() }, nil
}

// openIndexedLibrary opens the library with the analysis that indexes and
// searches it.
func openIndexedLibrary() (*library.Library, func(), error) {
	an, finder, err := analyzer()
	if err != nil {
		return nil, nil, err
	}
	return openLibrary(an, finder)
}

// wordAnalyzer builds the glossary's analyzer alone, for commands that
// need no officials.
func wordAnalyzer() (*glossary.Analyzer, error) {
	g, err := glossary.Embedded()
	if err != nil {
		return nil, fmt.Errorf("glossary data: %w", err)
	}
	return glossary.NewAnalyzer(g), nil
}

// indexOf analyses an article for the library: the roots of its words
// that differ from the words, title included (search), and the distinct
// headwords of its body (learning) from the document the reader shows, so
// the library's "N new" is the reader's.
func indexOf(an *glossary.Analyzer, finder *officials.Finder, a articles.Article) store.Index {
	var b strings.Builder
	roots := func(terms []glossary.Term) {
		for _, t := range terms {
			if t.Root != "" && !strings.EqualFold(t.Root, t.Text) {
				b.WriteString(t.Root)
				b.WriteByte(' ')
			}
		}
	}
	body := annotate.New(a, an, finder).Terms
	roots(an.Analyze(a.Title))
	roots(body)
	return store.Index{Roots: b.String(), Headwords: ui.Headwords(body)}
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

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// oneShotMemory bounds the memory of a one-shot command (see oneShot).
const oneShotMemory = 24 << 20

// oneShot tunes the garbage collector for a command that reads one
// article, prints it and exits (render, annotate). Start-up leaves
// megabytes of its own garbage behind, already collected, and the
// article's work fits in that room: a collection in the middle of it
// costs milliseconds of a 30-millisecond run and frees nothing the run
// needs. So the collector waits for a memory limit instead of the heap's
// growth, which also keeps a 17,000-word article 4 MB lower than the
// default pacing did. A GOGC or GOMEMLIMIT in the environment wins.
// main calls it, not run, so the tests' process keeps the default.
func oneShot() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetGCPercent(-1)
		debug.SetMemoryLimit(oneShotMemory)
	}
}

// isWebAddress reports whether s is an address kabar fetches: http or https.
func isWebAddress(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// writeFileAtomic writes data to a new file beside path and renames it
// over path, so that path is either as it was or wholly data.
func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if pe, ok := err.(*fs.PathError); ok {
		return &fs.PathError{Op: "create", Path: path, Err: pe.Err} // not the temporary name
	} else if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}
