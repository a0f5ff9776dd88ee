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
	// index maps a single word (a headword, or a root the data names) to
	// its slot in words. Lowercase headwords are stored lowercase;
	// case-sensitive ones as written. One map serves both, so building
	// the glossary costs one map insert per word.
	index   map[string]int32
	words   []wordInfo
	entryID []int32 // entry ids grouped by word (see wordInfo.first)
	// upper maps the lowercase form of a case-sensitive headword to it,
	// for queries typed without capitals ("dpr").
	upper map[string][]string
	// phrases maps the first word of a multi-word headword (lowercase for
	// lowercase entries, as written otherwise) to its candidates, longest
	// first.
	phrases map[string][]phrase
}

// wordInfo is what the glossary knows of one written word.
type wordInfo struct {
	first, n     int32  // its entries are ids[first : first+n] of Glossary.ids
	root         string // for the morphology: its root, "" if it is no Indonesian word
	productivity int32  // entries derived from it, when it is a root
}

type phrase struct {
	words []string
	entry int32
	fold  bool // matched case-insensitively
}

// New indexes entries. It fails only on data no checker would pass: an
// entry without a headword.
func New(entries []lexicon.Entry) (*Glossary, error) {
	g := &Glossary{
		entries: entries,
		index:   make(map[string]int32, len(entries)+len(entries)/8),
		words:   make([]wordInfo, 0, len(entries)+len(entries)/8),
		upper:   make(map[string][]string),
		phrases: make(map[string][]phrase, len(entries)/8),
	}
	slot := func(w string) int32 {
		i, ok := g.index[w]
		if !ok {
			i = int32(len(g.words))
			g.index[w] = i
			g.words = append(g.words, wordInfo{})
		}
		return i
	}
	// One pass counts each word's entries and notes its slot; a second
	// lays the entry ids out in one array, so no word owns a slice.
	slotOf := make([]int32, len(entries))
	for i := range entries {
		e := &entries[i]
		slotOf[i] = -1
		if e.Headword == "" {
			return nil, fmt.Errorf("glossary: %s:%d: empty headword", e.File, e.Line)
		}
		fold := !e.CaseSensitive()
		if !fold {
			lower := strings.ToLower(e.Headword)
			g.upper[lower] = appendUnique(g.upper[lower], e.Headword)
		}
		if e.IsPhrase() {
			words := strings.Fields(e.Headword)
			key := words[0] // lowercase already for folded entries
			g.phrases[key] = append(g.phrases[key], phrase{words: words, entry: int32(i), fold: fold})
			continue
		}
		si := slot(e.Headword)
		slotOf[i] = si
		g.words[si].n++
		if !fold || e.English || e.POS.IsName() {
			continue
		}
		if w := &g.words[si]; w.root == "" || e.Root != "" {
			w.root = e.Root
			if w.root == "" {
				w.root = e.Headword
			}
		}
		if e.Root != "" {
			r := &g.words[slot(e.Root)]
			if r.root == "" {
				r.root = e.Root
			}
			r.productivity++
		}
	}
	total := int32(0)
	for i := range g.words {
		g.words[i].first = total
		total += g.words[i].n
		g.words[i].n = 0
	}
	g.entryID = make([]int32, total)
	for i, si := range slotOf {
		if si >= 0 {
			w := &g.words[si]
			g.entryID[w.first+w.n] = int32(i)
			w.n++
		}
	}
	for _, ps := range g.phrases {
		sortPhrases(ps)
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
		add(g.ids(headword))
		if lower := strings.ToLower(headword); len(out) == 0 {
			add(g.ids(lower))
			for _, u := range g.upper[lower] {
				if u != headword {
					add(g.ids(u))
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

// ids returns the entries of a single word.
func (g *Glossary) ids(w string) []int32 {
	if i, ok := g.index[w]; ok {
		wi := &g.words[i]
		return g.entryID[wi.first : wi.first+wi.n]
	}
	return nil
}

// Root implements morph.Lexicon: known Indonesian words and the roots the
// data names.
func (g *Glossary) Root(stem string) (string, int, bool) {
	i, ok := g.index[stem]
	if !ok || g.words[i].root == "" {
		return "", 0, false
	}
	w := &g.words[i]
	if w.root != stem {
		// A derived headword: its root's productivity decides ties.
		if j, ok := g.index[w.root]; ok {
			return w.root, int(g.words[j].productivity), true
		}
	}
	return w.root, int(w.productivity), true
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
