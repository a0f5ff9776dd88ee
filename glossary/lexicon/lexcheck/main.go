// Command lexcheck validates glossary data files: format, parts of speech,
// duplicates (across all files given) and roots. With no arguments it checks
// every glossary/data/*.tsv. It prints one line per problem and a count per
// file, and exits 1 when anything is wrong.
//
//	go run ./glossary/lexicon/lexcheck [FILE.tsv...]
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/kabar-reader/kabar/glossary/lexicon"
)

func main() {
	files := os.Args[1:]
	if len(files) == 0 {
		files, _ = filepath.Glob("glossary/data/*.tsv")
	}
	if len(files) == 0 {
		fmt.Fprintln(os.Stderr, "lexcheck: no files (run from the repository root or name them)")
		os.Exit(2)
	}
	sort.Strings(files)
	var all []lexicon.Entry
	var problems []error
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "lexcheck:", err)
			os.Exit(2)
		}
		entries, errs := lexicon.Parse(fh, f)
		fh.Close()
		words, phrases := 0, 0
		for _, e := range entries {
			if e.IsPhrase() {
				phrases++
			} else {
				words++
			}
		}
		fmt.Printf("%-40s %6d words %6d phrases\n", f, words, phrases)
		all = append(all, entries...)
		problems = append(problems, errs...)
	}
	problems = append(problems, lexicon.Check(all)...)
	heads := map[string]bool{}
	for _, e := range all {
		heads[e.Headword] = true
	}
	fmt.Printf("total: %d entries, %d distinct headwords, %d problems\n", len(all), len(heads), len(problems))
	for _, p := range problems {
		fmt.Println(p)
	}
	if len(problems) > 0 {
		os.Exit(1)
	}
}
