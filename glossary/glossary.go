// Package glossary explains Indonesian news text in English: it tokenizes
// text, resolves every word to its root and affixes, matches multi-word
// expressions and names longest-first, and looks up English glosses in the
// glossary data we write (glossary/data).
//
// The package is pure: the data is compiled ahead of time into an index the
// binary embeds and reads in place (Embedded; New builds one from entries),
// an Analyzer is built on it and injected wherever text is read.
package glossary

import (
	"strings"
	"sync/atomic"

	"github.com/kabar-reader/kabar/glossary/internal/index"
	"github.com/kabar-reader/kabar/glossary/lexicon"
)

// Glossary is the dictionary, read in place from its compiled index
// (internal/index): entries, a hash table of words, phrases by their first
// word and names by their lowercase form.
type Glossary struct {
	x *index.Index

	// glosses holds each entry's glosses once decoded, shared by the
	// terms that use them; read without a lock on the hot path.
	glosses []atomic.Pointer[[]string]
}

// New indexes entries. It fails only on data no checker would pass: an
// entry without a headword.
func New(entries []lexicon.Entry) (*Glossary, error) {
	data, err := index.Build(entries)
	if err != nil {
		return nil, err
	}
	g, err := open(string(data))
	if err != nil {
		return nil, err
	}
	return g, g.x.Verify()
}

func open(data string) (*Glossary, error) {
	x, err := index.Open(data)
	if err != nil {
		return nil, err
	}
	return &Glossary{x: x, glosses: make([]atomic.Pointer[[]string], x.Entries())}, nil
}

// glossesOf returns the glosses of entry id. The slice is shared: read-only.
func (g *Glossary) glossesOf(id int32) []string {
	if p := g.glosses[id].Load(); p != nil {
		return *p
	}
	gl := g.x.Glosses(id)
	g.glosses[id].CompareAndSwap(nil, &gl)
	return *g.glosses[id].Load()
}

// entry decodes entry id, its glosses shared.
func (g *Glossary) entry(id int32) lexicon.Entry {
	e := lexicon.Entry{Headword: g.x.Headword(id), POS: g.x.POS(id), Root: g.x.EntryRoot(id), Note: g.x.Note(id),
		English: g.x.Flags(id)&index.FlagEnglish != 0, Glosses: g.glossesOf(id)}
	e.File, e.Line = g.x.Source(id)
	return e
}

// Len is the number of entries.
func (g *Glossary) Len() int { return g.x.Entries() }

// Entries returns the entries for an exact headword (a word or a phrase):
// lowercase headwords are found from any capitalisation, names and
// acronyms as written or, failing that, from their lowercase form.
func (g *Glossary) Entries(headword string) []lexicon.Entry {
	headword = strings.Join(strings.Fields(headword), " ")
	var out []lexicon.Entry
	add := func(w string) {
		if wi, ok := g.x.Word(w); ok {
			first, n := g.x.IDs(wi)
			for k := first; k < first+n; k++ {
				out = append(out, g.entry(g.x.ID(k)))
			}
		}
	}
	lower := strings.ToLower(headword)
	if !strings.Contains(headword, " ") {
		add(headword)
		if len(out) == 0 {
			add(lower)
			for _, u := range g.uppers(lower) {
				if u != headword {
					add(u)
				}
			}
		}
		return out
	}
	first, _, _ := strings.Cut(headword, " ")
	for _, key := range []string{first, strings.ToLower(first)} {
		if wi, ok := g.x.Word(key); ok {
			pf, pn := g.x.Phrases(wi)
			for k := pf; k < pf+pn; k++ {
				id, _, fold := g.x.Phrase(k)
				if h := g.x.Headword(id); h == headword || (fold && h == lower) {
					out = append(out, g.entry(id))
				}
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	for _, u := range g.uppers(lower) {
		out = append(out, g.Entries(u)...)
	}
	return out
}

// uppers lists the case-sensitive headwords written lower in lowercase.
func (g *Glossary) uppers(lower string) []string {
	wi, ok := g.x.Word(lower)
	if !ok {
		return nil
	}
	first, n := g.x.Uppers(wi)
	out := make([]string, n)
	for k := range out {
		out[k] = g.x.Upper(first + k)
	}
	return out
}

// Root implements morph.Lexicon: known Indonesian words and the roots the
// data names.
func (g *Glossary) Root(stem string) (string, int, bool) {
	i, ok := g.x.Word(stem)
	if !ok {
		return "", 0, false
	}
	root := g.x.Root(i)
	if root == "" {
		return "", 0, false
	}
	if root != stem {
		// A derived headword: its root's productivity decides ties.
		if j, ok := g.x.Word(root); ok {
			return root, g.x.Productivity(j), true
		}
	}
	return root, g.x.Productivity(i), true
}

// Stats counts what the glossary holds.
type Stats struct {
	Entries, Headwords, Phrases, Names, English int
}

// Stats counts entries, distinct headwords, phrases, names and English
// terms.
func (g *Glossary) Stats() Stats {
	n := g.x.Entries()
	heads := make(map[string]bool, n)
	s := Stats{Entries: n}
	for id := range int32(n) {
		h := g.x.Headword(id)
		if heads[h] {
			continue
		}
		heads[h] = true
		switch flags := g.x.Flags(id); {
		case flags&index.FlagEnglish != 0:
			s.English++
		case g.x.POS(id).IsName():
			s.Names++
		case flags&index.FlagPhrase != 0:
			s.Phrases++
		}
	}
	s.Headwords = len(heads)
	return s
}
