package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/kabar-reader/kabar/articles/feeds"
	"github.com/kabar-reader/kabar/articles/library"
	"github.com/kabar-reader/kabar/articles/store"
	"github.com/kabar-reader/kabar/ui"
)

// errReported: the problems were already printed, one a line.
var errReported = errors.New("")

func cmdAdd(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("add")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("add: give files, folders or URLs")
	}
	lib, closeLib, err := openIndexedLibrary()
	if err != nil {
		return err
	}
	defer closeLib()
	var results []library.Result
	for _, src := range fs.Args() {
		if isWebAddress(src) {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			results = append(results, lib.AddURL(ctx, src))
			cancel()
			continue
		}
		results = append(results, lib.AddPath(src)...)
	}
	return report(results, stdout, stderr)
}

// report prints what was added and each failure with its reason.
func report(results []library.Result, stdout, stderr io.Writer) error {
	added, known, failed := 0, 0, 0
	for _, r := range results {
		switch {
		case r.Err != nil:
			failed++
			fmt.Fprintln(stderr, "kabar: add:", oneLine(r.Err.Error()))
		case r.New:
			added++
			fmt.Fprintf(stdout, "added %s  %s\n", r.ID, r.Title)
		default:
			known++
			fmt.Fprintf(stdout, "already there %s  %s\n", r.ID, r.Title)
		}
	}
	fmt.Fprintf(stdout, "%d added, %d already in the library, %d failed\n", added, known, failed)
	if failed > 0 {
		return errReported
	}
	return nil
}

// listed is an entry of list --json and search --json.
type listed struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Words     int    `json:"words"`
	Snippet   string `json:"snippet,omitempty"`
}

func toListed(e store.Entry) listed {
	l := listed{ID: e.ID, Title: e.Title, Source: e.Source, URL: e.URL, Words: e.Words}
	if !e.Published.IsZero() {
		l.Published = e.Published.Format("2006-01-02")
	}
	return l
}

func cmdList(args []string, stdout io.Writer) error {
	fs := newFlags("list")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	lib, closeLib, err := openLibrary(nil, nil)
	if err != nil {
		return err
	}
	defer closeLib()
	entries, err := lib.Entries()
	if err != nil {
		return err
	}
	out := make([]listed, 0, len(entries))
	for _, e := range entries {
		out = append(out, toListed(e))
	}
	return printListed(out, *asJSON, stdout)
}

func printListed(out []listed, asJSON bool, stdout io.Writer) error {
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if asJSON {
		enc := jsonEncoder(w)
		return enc.Encode(out)
	}
	for _, l := range out {
		date := l.Published
		if date == "" {
			date = "          "
		}
		fmt.Fprintf(w, "%-12s  %s  %-14.14s  %s\n", l.ID, date, l.Source, l.Title)
		if l.Snippet != "" {
			fmt.Fprintf(w, "              %s\n", l.Snippet)
		}
	}
	return nil
}

func cmdSearch(args []string, stdout io.Writer) error {
	fs := newFlags("search")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	lib, closeLib, err := openIndexedLibrary()
	if err != nil {
		return err
	}
	defer closeLib()
	hits, err := lib.Search(strings.Join(fs.Args(), " "), 50)
	if err != nil {
		return err
	}
	out := make([]listed, 0, len(hits))
	for _, h := range hits {
		l := toListed(h.Entry)
		l.Snippet = h.Snippet
		out = append(out, l)
	}
	return printListed(out, *asJSON, stdout)
}

func cmdFeeds(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return errors.New("feeds: say add URL, list, update, import FILE or export FILE")
	}
	sub, args := args[0], args[1:]
	lib, closeLib, err := openIndexedLibrary()
	if err != nil {
		return err
	}
	defer closeLib()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	switch sub {
	case "add":
		if len(args) == 0 {
			return errors.New("feeds add: give the feed's URL")
		}
		for _, u := range args {
			if !isWebAddress(u) {
				return fmt.Errorf("feeds add: %s is not a web address (http:// or https://)", u)
			}
			f, err := lib.AddFeed(ctx, u)
			if err != nil {
				return fmt.Errorf("feeds add: %v", err)
			}
			fmt.Fprintf(stdout, "following %s (%s)\n", f.URL, f.Title)
		}
		return nil
	case "list":
		list, err := lib.Store.Feeds()
		if err != nil {
			return err
		}
		for _, f := range list {
			state := "never fetched"
			if !f.Fetched.IsZero() {
				state = "fetched " + f.Fetched.Local().Format("2 Jan 15:04")
			}
			if f.LastError != "" {
				state += "; last error: " + oneLine(f.LastError)
			}
			fmt.Fprintf(stdout, "%s  %s  (%s)\n", f.URL, f.Title, state)
		}
		return nil
	case "update":
		reports, err := lib.UpdateFeeds(ctx)
		if err != nil {
			return err
		}
		failed := false
		total := 0
		for _, r := range reports {
			if r.Err != nil {
				failed = true
				fmt.Fprintln(stderr, "kabar: feeds update:", oneLine(r.Err.Error()))
				continue
			}
			total += r.New
			fmt.Fprintf(stdout, "%s: %d new\n", r.Feed.URL, r.New)
			for _, it := range r.Items {
				if it.Err != nil {
					fmt.Fprintln(stderr, "kabar: feeds update:", oneLine(it.Err.Error()))
				}
			}
		}
		fmt.Fprintf(stdout, "%d new articles from %d feeds\n", total, len(reports))
		if failed {
			return errReported
		}
		return nil
	case "import":
		if len(args) != 1 {
			return errors.New("feeds import: give one OPML file")
		}
		data, err := os.ReadFile(args[0])
		if err != nil {
			return fmt.Errorf("feeds import: %s: %v", args[0], errReasonOf(err))
		}
		subs, err := feeds.ParseOPML(args[0], data)
		if err != nil {
			return fmt.Errorf("feeds import: %v", err)
		}
		for _, o := range subs {
			if _, err := lib.Store.AddFeed(o.URL, o.Title); err != nil {
				return err
			}
		}
		fmt.Fprintf(stdout, "following %s from %s\n", ui.Count(len(subs), "feed", "feeds"), args[0])
		return nil
	case "export":
		list, err := lib.Store.Feeds()
		if err != nil {
			return err
		}
		var subs []feeds.Outline
		for _, f := range list {
			subs = append(subs, feeds.Outline{Title: f.Title, Text: f.Title, Type: "rss", URL: f.URL})
		}
		out, err := feeds.WriteOPML("kabar feeds", subs)
		if err != nil {
			return err
		}
		if len(args) == 0 || args[0] == "-" {
			_, err = stdout.Write(out)
			return err
		}
		if err := writeFileAtomic(args[0], out); err != nil {
			return fmt.Errorf("feeds export: %v", err)
		}
		fmt.Fprintf(stdout, "%s written to %s (OPML)\n", ui.Count(len(subs), "feed", "feeds"), args[0])
		return nil
	}
	return fmt.Errorf("feeds: unknown %q (add, list, update, import, export)", sub)
}

func errReasonOf(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
