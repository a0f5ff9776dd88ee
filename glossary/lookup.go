package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// LookupResult answers one query of `kabar lookup` (PRODUCT.md).
type LookupResult struct {
	Query    string   `json:"query"`
	Found    bool     `json:"found"`
	Kind     Kind     `json:"kind"`
	Root     string   `json:"root"`
	Headword string   `json:"headword"`
	Analysis string   `json:"analysis"`
	POS      string   `json:"pos"`
	Glosses  []string `json:"glosses"`
	Note     string   `json:"note,omitempty"`
}

// Lookup glosses a word or phrase typed by a user. A word is analysed
// whatever its capitals (a query has no sentence around it), but names and
// acronyms written with capitals are found as written first.
func (a *Analyzer) Lookup(query string) LookupResult {
	q := strings.Join(strings.Fields(query), " ")
	res := LookupResult{Query: query, Glosses: []string{}}
	if q == "" {
		return res
	}
	if strings.Contains(q, " ") {
		return a.lookupPhrase(q, res)
	}
	if r, _ := utf8.DecodeRuneInString(q); unicode.IsUpper(r) {
		if id := a.g.exact(q); id >= 0 {
			return a.fill(res, id, KindWord)
		}
	}
	if r, _ := utf8.DecodeRuneInString(q); unicode.IsDigit(r) {
		t := numberTerm(q, 0, len(q))
		res.Found, res.Kind, res.POS, res.Glosses = true, KindNumber, t.POS, t.Glosses
		return res
	}
	lower := strings.ToLower(q)
	w := a.word(lower)
	res.Kind, res.Root, res.Analysis = KindWord, w.root, w.analysis
	if w.entry >= 0 {
		res.Headword = w.headword
		return a.fill(res, w.entry, KindWord)
	}
	// Names and acronyms typed in lowercase: "dpr", "korea utara".
	if es := a.g.uppers(lower); len(es) > 0 {
		if id := a.g.exact(es[0]); id >= 0 {
			return a.fill(res, id, KindWord)
		}
	}
	return res
}

func (a *Analyzer) lookupPhrase(q string, res LookupResult) LookupResult {
	entries := a.g.Entries(q)
	if len(entries) == 0 {
		// Not a listed phrase: analyse it as text, and answer if it is
		// one term (a phrase with an inflected last word, a name).
		terms := a.Analyze(q)
		if len(terms) == 1 && terms[0].Glossed() {
			t := terms[0]
			res.Found, res.Kind, res.Headword, res.POS, res.Glosses, res.Note = true, t.Kind, t.Headword, t.POS, t.Glosses, t.Note
			res.Root, res.Analysis = t.Root, t.Analysis
		}
		return res
	}
	e := entries[0]
	res.Found, res.Kind, res.Headword, res.POS, res.Glosses, res.Note = true, KindPhrase, e.Headword, e.POS.String(), e.Glosses, e.Note
	switch {
	case e.POS.IsName():
		res.Kind = KindName
	case e.English:
		res.Kind = KindEnglish
	}
	return res
}

func (a *Analyzer) fill(res LookupResult, id int32, kind Kind) LookupResult {
	e := a.g.entry(id)
	res.Found, res.Kind, res.POS, res.Glosses, res.Note = true, kind, e.POS.String(), e.Glosses, e.Note
	if res.Headword == "" {
		res.Headword = e.Headword
	}
	switch {
	case e.POS.IsName():
		res.Kind = KindName
	case e.English:
		res.Kind = KindEnglish
	}
	if res.Root == "" {
		res.Root = e.Root
		if res.Root == "" {
			res.Root = e.Headword
		}
		res.Analysis = res.Root
	}
	return res
}
