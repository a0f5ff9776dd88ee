package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kabar-reader/kabar/articles/store"
	"github.com/kabar-reader/kabar/glossary"
	"github.com/kabar-reader/kabar/ui"
)

func cmdVocab(args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return errors.New("vocab: say mark WORD STATUS, list, export --format anki|csv FILE, or stats")
	}
	sub, args := args[0], args[1:]
	lib, closeLib, err := openLibrary(nil, nil)
	if err != nil {
		return err
	}
	defer closeLib()
	st := lib.Store
	switch sub {
	case "mark":
		if len(args) < 2 {
			return errors.New("vocab mark: give a word and a status (new, 1-5, known, ignored)")
		}
		status, err := store.ParseStatus(args[len(args)-1])
		if err != nil {
			return fmt.Errorf("vocab mark: %v", err)
		}
		g, err := glossary.Embedded()
		if err != nil {
			return err
		}
		an := glossary.NewAnalyzer(g)
		word := strings.Join(args[:len(args)-1], " ")
		r := an.Lookup(word)
		key := strings.ToLower(r.Headword)
		if key == "" {
			key = strings.ToLower(r.Root)
		}
		if key == "" || r.Kind == glossary.KindName || r.Kind == glossary.KindNumber {
			return fmt.Errorf("vocab mark: %q is not a word kabar can learn", word)
		}
		if err := st.Mark(store.Word{Headword: key, Status: status, Form: word, Root: r.Root, Analysis: r.Analysis, Glosses: r.Glosses}); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: %s\n", key, status)
		return nil
	case "list":
		fs := newFlags("vocab list")
		asJSON := fs.Bool("json", false, "print JSON")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		words, err := st.Vocab()
		if err != nil {
			return err
		}
		if *asJSON {
			type listedWord struct {
				store.Word
				Status string `json:"status"`
				Due    string `json:"due,omitempty"`
			}
			out := make([]listedWord, 0, len(words))
			for _, w := range words {
				lw := listedWord{Word: w, Status: w.Status.String()}
				if w.Status.Learning() && !w.Card.Due.IsZero() {
					lw.Due = w.Card.Due.Format(time.RFC3339)
				}
				out = append(out, lw)
			}
			enc := jsonEncoder(stdout)
			return enc.Encode(out)
		}
		w := bufio.NewWriter(stdout)
		defer w.Flush()
		for _, v := range words {
			meaning := strings.Join(v.Glosses, "; ")
			if v.Gloss != "" {
				meaning = "yours: " + v.Gloss + " · " + meaning // the learner's words first, as in the reader
			}
			fmt.Fprintf(w, "%-24s %-11s %s\n", v.Headword, v.Status, meaning)
		}
		return nil
	case "export":
		fs := newFlags("vocab export")
		format := fs.String("format", "anki", "anki or csv")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() != 1 {
			return errors.New("vocab export: give the file to write (- for standard output)")
		}
		export := map[string]func(io.Writer, []store.Word) error{"anki": exportAnki, "csv": exportCSV}[*format]
		if export == nil {
			return fmt.Errorf("vocab export: unknown format %q (anki or csv)", *format)
		}
		words, err := st.Vocab()
		if err != nil {
			return err
		}
		path := fs.Arg(0)
		if path == "-" {
			return export(stdout, words)
		}
		// Written whole beside the file, then renamed over it: a failed
		// export leaves an existing file as it was.
		var buf bytes.Buffer
		if err := export(&buf, words); err != nil {
			return fmt.Errorf("vocab export: %v", err)
		}
		if err := writeFileAtomic(path, buf.Bytes()); err != nil {
			return fmt.Errorf("vocab export: %v", err)
		}
		fmt.Fprintf(stdout, "%s written to %s (%s)\n", ui.Count(len(words), "word", "words"), path, *format)
		return nil
	case "stats":
		days, err := st.History(14, time.Now())
		if err != nil {
			return err
		}
		due, _ := st.DueCount(time.Now())
		fmt.Fprint(stdout, chart(days))
		fmt.Fprintf(stdout, "%d due for review now\n", due)
		return nil
	}
	return fmt.Errorf("vocab: unknown %q (mark, list, export, stats)", sub)
}

// exportAnki writes a tab-separated file Anki imports: word, meaning,
// root and analysis, the example with the word in bold, source, tags.
func exportAnki(w io.Writer, words []store.Word) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "#separator:tab")
	fmt.Fprintln(bw, "#html:true")
	fmt.Fprintln(bw, "#columns:Word\tMeaning\tRoot\tExample\tSource\tTags")
	fmt.Fprintln(bw, "#tags column:6")
	clean := func(s string) string {
		return strings.NewReplacer("\t", " ", "\n", " ", "<", "&lt;", ">", "&gt;").Replace(s)
	}
	for _, v := range words {
		if v.Status == store.Ignored {
			continue
		}
		meaning := strings.Join(v.Glosses, "; ")
		if v.Gloss != "" {
			meaning = v.Gloss + " — " + meaning
		}
		example := clean(v.Example)
		if v.Form != "" {
			example = strings.Replace(example, clean(v.Form), "<b>"+clean(v.Form)+"</b>", 1)
		}
		root := v.Root
		if v.Analysis != "" && v.Analysis != v.Root {
			root += " (" + v.Analysis + ")"
		}
		tags := "kabar kabar::" + strings.ReplaceAll(v.Status.String(), " ", "-")
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%s\n", clean(v.Headword), clean(meaning), clean(root), example, clean(v.Source), tags)
	}
	return bw.Flush()
}

func exportCSV(w io.Writer, words []store.Word) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"word", "status", "meaning", "own gloss", "note", "root", "analysis", "form", "example", "source"})
	for _, v := range words {
		_ = cw.Write([]string{v.Headword, v.Status.String(), strings.Join(v.Glosses, "; "), v.Gloss, v.Note, v.Root,
			v.Analysis, v.Form, v.Example, v.Source})
	}
	cw.Flush()
	return cw.Error()
}

// chart draws the last days as two rows of bars.
func chart(days []store.Day) string {
	bars := []rune(" ▁▂▃▄▅▆▇█")
	most := 1
	for _, d := range days {
		most = max(most, d.Known, d.Reviewed)
	}
	row := func(pick func(store.Day) int) string {
		var b strings.Builder
		for _, d := range days {
			b.WriteRune(bars[pick(d)*(len(bars)-1)/most])
		}
		return b.String()
	}
	var total [2]int
	for _, d := range days {
		total[0] += d.Known
		total[1] += d.Reviewed
	}
	first, last := days[0].Date, days[len(days)-1].Date
	return fmt.Sprintf("last %d days (%s to %s)\nknown     %s  %s\nreviewed  %s  %s\n",
		len(days), first, last, row(func(d store.Day) int { return d.Known }), ui.Count(total[0], "word", "words"),
		row(func(d store.Day) int { return d.Reviewed }), ui.Count(total[1], "review", "reviews"))
}

func cmdReview(args []string) error {
	fs := newFlags("review")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if !isTerminal(os.Stdout) {
		return errors.New("review: standard output is not a terminal (kabar vocab list shows the words)")
	}
	lib, closeLib, err := openLibrary(nil, nil)
	if err != nil {
		return err
	}
	defer closeLib()
	_, err = tea.NewProgram(ui.NewReview(lib.Store, ui.NewStyles(ui.DefaultPalette())), tea.WithAltScreen()).Run()
	return err
}
