package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/glossary"
)

func cmdLookup(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlags("lookup")
	asJSON := fs.Bool("json", false, "print one JSON object per query")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("lookup: give a word or phrase, or - to read one query a line")
	}
	queries := fs.Args()
	for i, q := range queries {
		// Queries are echoed: no control character reaches the terminal.
		if queries[i] = articles.Clean(q); strings.TrimSpace(queries[i]) == "" {
			return fmt.Errorf("lookup: query %d is empty: give a word or phrase", i+1)
		}
	}
	an, err := wordAnalyzer()
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	enc := jsonEncoder(w)
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
	if len(queries) > 1 {
		if joined := strings.Join(queries, " "); an.Lookup(joined).Found {
			return emit(joined)
		}
	}
	for _, q := range queries {
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
	// "pascapanen → panen": say which entry answers a form that has none.
	head := r.Headword
	if q := strings.ToLower(r.Query); q != strings.ToLower(r.Headword) && r.Kind == glossary.KindWord {
		head = q + " → " + r.Headword
	}
	fmt.Fprintf(w, "%s  %s  %s\n", head, r.POS, strings.Join(r.Glosses, "; "))
	if r.Root != "" && (r.Root != r.Headword || head != r.Headword) && r.Analysis != r.Root {
		fmt.Fprintf(w, "  root %s · %s\n", r.Root, r.Analysis)
	}
	if r.Note != "" {
		fmt.Fprintf(w, "  note: %s\n", r.Note)
	}
}
