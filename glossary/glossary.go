// Package glossary explains Indonesian news text in English: it tokenizes
// text, resolves every word to its root and affixes, matches multi-word
// expressions and names longest-first, and looks up English glosses in the
// glossary data we write (glossary/data).
//
// The package is pure: the data is parsed once into a Glossary (Embedded or
// New), an Analyzer is built from it and injected wherever text is read.
package glossary

import (
	"fmt"
	"strings"

	"github.com/kabar-reader/kabar/glossary/lexicon"
)

// Glossary is the parsed dictionary: entries indexed by headword, phrases by
// their first word, and the roots the morphology may stop at.
type Glossary struct {
	entries []lexicon.Entry
	// words maps a single-word headword to its entries. Lowercase
	// headwords are stored lowercase; case-sensitive ones as written.
	words map[string][]int32
	// upper maps the lowercase form of a case-sensitive headword to it,
	// for queries typed without capitals ("dpr").
	upper map[string][]string
	// phrases maps the first word of a multi-word headword (lowercase for
	// lowercase entries, as written otherwise) to its candidates, longest
	// first.
	phrases map[string][]phrase
	// roots maps a word the morphology may stop at to its root and the
	// number of derived entries that root has.
	roots map[string]rootInfo
}

type phrase struct {
	words []string
	entry int32
	fold  bool // matched case-insensitively
}

type rootInfo struct {
	root         string
	productivity int
}

// New indexes entries. It fails only on data no checker would pass: an
// entry without a headword.
func New(entries []lexicon.Entry) (*Glossary, error) {
	g := &Glossary{
		entries: entries,
		words:   make(map[string][]int32, len(entries)),
		upper:   make(map[string][]string),
		phrases: make(map[string][]phrase),
		roots:   make(map[string]rootInfo, len(entries)),
	}
	for i, e := range entries {
		if e.Headword == "" {
			return nil, fmt.Errorf("glossary: %s:%d: empty headword", e.File, e.Line)
		}
		fold := !e.CaseSensitive()
		if e.IsPhrase() {
			words := strings.Fields(e.Headword)
			key := words[0] // lowercase already for folded entries
			g.phrases[key] = append(g.phrases[key], phrase{words: words, entry: int32(i), fold: fold})
			if !fold {
				lower := strings.ToLower(e.Headword)
				g.upper[lower] = appendUnique(g.upper[lower], e.Headword)
			}
			continue
		}
		g.words[e.Headword] = append(g.words[e.Headword], int32(i))
		if !fold {
			lower := strings.ToLower(e.Headword)
			g.upper[lower] = appendUnique(g.upper[lower], e.Headword)
			continue
		}
		if e.English || e.POS.IsName() {
			continue
		}
		root := e.Root
		if root == "" {
			root = e.Headword
		}
		if _, ok := g.roots[e.Headword]; !ok || e.Root != "" {
			g.roots[e.Headword] = rootInfo{root: root}
		}
		if _, ok := g.roots[root]; !ok {
			g.roots[root] = rootInfo{root: root}
		}
	}
	// Productivity: how many headwords derive from each root.
	counts := make(map[string]int, len(g.roots))
	for _, e := range entries {
		if e.Root != "" {
			counts[e.Root]++
		}
	}
	for w, ri := range g.roots {
		ri.productivity = counts[ri.root]
		g.roots[w] = ri
	}
	for k, ps := range g.phrases {
		sortPhrases(ps)
		g.phrases[k] = ps
	}
	return g, nil
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// sortPhrases puts longer phrases first so matching is longest-first.
func sortPhrases(ps []phrase) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// Len is the number of entries.
func (g *Glossary) Len() int { return len(g.entries) }

// Entries returns the entries for an exact headword (a word or a phrase):
// lowercase headwords are found from any capitalisation, names and
// acronyms as written or, failing that, from their lowercase form.
func (g *Glossary) Entries(headword string) []lexicon.Entry {
	headword = strings.Join(strings.Fields(headword), " ")
	var out []lexicon.Entry
	add := func(ids []int32) {
		for _, id := range ids {
			out = append(out, g.entries[id])
		}
	}
	if !strings.Contains(headword, " ") {
		add(g.words[headword])
		if lower := strings.ToLower(headword); len(out) == 0 {
			add(g.words[lower])
			for _, u := range g.upper[lower] {
				if u != headword {
					add(g.words[u])
				}
			}
		}
		return out
	}
	words := strings.Fields(headword)
	lower := strings.ToLower(headword)
	for _, key := range []string{words[0], strings.ToLower(words[0])} {
		for _, p := range g.phrases[key] {
			h := g.entries[p.entry].Headword
			if h == headword || (p.fold && h == lower) {
				out = append(out, g.entries[p.entry])
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	for _, u := range g.upper[lower] {
		out = append(out, g.Entries(u)...)
	}
	return out
}

// Root implements morph.Lexicon.
func (g *Glossary) Root(stem string) (string, int, bool) {
	ri, ok := g.roots[stem]
	return ri.root, ri.productivity, ok
}

// Stats counts what the glossary holds.
type Stats struct {
	Entries, Headwords, Phrases, Names, English int
}

// Stats counts entries, distinct headwords, phrases, names and English
// terms.
func (g *Glossary) Stats() Stats {
	heads := make(map[string]bool, len(g.entries))
	var s Stats
	s.Entries = len(g.entries)
	for _, e := range g.entries {
		if heads[e.Headword] {
			continue
		}
		heads[e.Headword] = true
		switch {
		case e.English:
			s.English++
		case e.POS.IsName():
			s.Names++
		case e.IsPhrase():
			s.Phrases++
		}
	}
	s.Headwords = len(heads)
	return s
}
