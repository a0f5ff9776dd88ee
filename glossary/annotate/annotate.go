// Package annotate joins an article with its analysis: the terms the
// glossary explains, the sentence each stands in, and the JSON shape of
// `kabar annotate --json`.
package annotate

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/glossary"
	"github.com/kabar-reader/kabar/glossary/officials"
)

// Document is an article with its terms and officials, ready to read.
type Document struct {
	Article   articles.Article
	Terms     []glossary.Term
	Officials []officials.Official
	// sentences[i] is the sentence span of Terms[i].
	sentences []span
}

type span struct{ start, end int }

// New analyses the article body and, with a finder, finds its officials.
func New(a articles.Article, an *glossary.Analyzer, finder *officials.Finder) *Document {
	d, _ := NewLoading(a, an, func() (*officials.Finder, error) { return finder, nil })
	return d
}

// NewLoading is New with a finder that may still be loading: load is
// called, and waited for, once the glossary's analysis is done. Its error
// is NewLoading's.
func NewLoading(a articles.Article, an *glossary.Analyzer, load func() (*officials.Finder, error)) (*Document, error) {
	toks := an.Tokens(a.Body) // once, for the analysis and the finder
	d := &Document{Article: a, Terms: an.AnalyzeTokens(a.Body, toks)}
	finder, err := load()
	if err != nil {
		return nil, err
	}
	if finder != nil {
		d.Officials = finder.FindTokens(a.Body, toks, d.Terms, a.Byline, a.Published)
		d.Terms = markOfficials(a.Body, d.Terms, d.Officials)
	}
	d.sentences = sentenceSpans(a.Body, d.Terms)
	return d, nil
}

// Official returns the official with the given id.
func (d *Document) Official(id string) (officials.Official, bool) {
	for _, o := range d.Officials {
		if o.ID == id {
			return o, true
		}
	}
	return officials.Official{}, false
}

// markOfficials makes each mention of an official one name term carrying
// the official's id (Pak Thae Song, not "Pak" the honorific and a name),
// and marks the terms of each written role with the id too.
func markOfficials(body string, terms []glossary.Term, offs []officials.Official) []glossary.Term {
	type mark struct {
		m    officials.Mention
		id   string
		name bool
		en   string
	}
	var marks []mark
	for _, o := range offs {
		for _, m := range o.Mentions {
			marks = append(marks, mark{m, o.ID, true, o.RoleEN})
		}
		for _, m := range o.Titles {
			marks = append(marks, mark{m, o.ID, false, ""})
		}
	}
	if len(marks) == 0 {
		return terms
	}
	// Marks in text order, terms in text order: one pass with a cursor.
	// The result is never longer than terms, so it is written in place.
	slices.SortStableFunc(marks, func(a, b mark) int { return a.m.Start - b.m.Start })
	longest := 0
	for _, mk := range marks {
		longest = max(longest, mk.m.End-mk.m.Start)
	}
	out := terms[:0]
	first := 0
	for _, t := range terms {
		replaced := false
		for first < len(marks) && marks[first].m.Start+longest <= t.Start {
			first++ // no mark from here back can reach this term
		}
		for _, mk := range marks[first:] {
			if mk.m.Start >= t.End {
				break
			}
			if t.End <= mk.m.Start || t.Start >= mk.m.End {
				continue
			}
			if !mk.name {
				t.Official = mk.id
				continue
			}
			replaced = true
			if t.Start == mk.m.Start || t.Start < mk.m.Start {
				// The first term of the mention stands for all of it.
				out = append(out, glossary.Term{Start: mk.m.Start, End: mk.m.End, Text: body[mk.m.Start:mk.m.End],
					Kind: glossary.KindName, Official: mk.id, Person: true, Glosses: []string{mk.en}})
			}
			break
		}
		if !replaced {
			out = append(out, t)
		}
	}
	return out
}

// Sentence returns the sentence term i stands in.
func (d *Document) Sentence(i int) string {
	if i < 0 || i >= len(d.sentences) {
		return ""
	}
	s := d.sentences[i]
	return strings.TrimSpace(d.Article.Body[s.start:s.end])
}

// sentenceSpans finds, for each term, the sentence around it: bounded by
// . ! ? followed by a space and a capital or quote, or by a paragraph break.
func sentenceSpans(body string, terms []glossary.Term) []span {
	out := make([]span, len(terms))
	start := 0
	ti := 0
	for i := 0; i <= len(body) && ti < len(terms); i++ {
		end := i == len(body) || isSentenceEnd(body, i)
		if !end {
			continue
		}
		stop := i
		if i < len(body) && body[i] != '\n' {
			stop = i + 1
		}
		for ti < len(terms) && terms[ti].Start < stop {
			out[ti] = span{start, stop}
			ti++
		}
		start = stop
	}
	for ; ti < len(terms); ti++ {
		out[ti] = span{start, len(body)}
	}
	return out
}

func isSentenceEnd(body string, i int) bool {
	switch body[i] {
	case '\n':
		return true
	case '.', '!', '?':
		// Not inside a number (2.5), after a title or an initial (Dr.,
		// Prof., H., M.), or before a lowercase word.
		if body[i] == '.' && abbreviationBefore(body, i) {
			return false
		}
		j := i + 1
		for j < len(body) && (body[j] == '"' || strings.HasPrefix(body[j:], "”") || body[j] == ')') {
			if body[j] == '"' || body[j] == ')' {
				j++
			} else {
				j += len("”")
			}
		}
		if j >= len(body) {
			return true
		}
		if body[j] != ' ' && body[j] != '\n' {
			return false
		}
		for j < len(body) && body[j] == ' ' {
			j++
		}
		return j >= len(body) || !(body[j] >= 'a' && body[j] <= 'z')
	}
	return false
}

// JSON is the shape of `kabar annotate --json` (PRODUCT.md).
type JSON struct {
	Title     string            `json:"title"`
	Source    string            `json:"source"`
	URL       string            `json:"url,omitempty"`
	Dateline  string            `json:"dateline"`
	Published string            `json:"published"`
	Byline    []articles.Person `json:"byline"`
	Related   []articles.Link   `json:"related,omitempty"`
	Body      string            `json:"body"`
	Terms     []TermJSON        `json:"terms"`
	Officials []OfficialJSON    `json:"officials"`
}

// TermJSON is one term in JSON.
type TermJSON struct {
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Text     string   `json:"text"`
	Kind     string   `json:"kind"`
	Root     string   `json:"root,omitempty"`
	Headword string   `json:"headword,omitempty"`
	Analysis string   `json:"analysis,omitempty"`
	POS      string   `json:"pos,omitempty"`
	Glosses  []string `json:"glosses"`
	Note     string   `json:"note,omitempty"`
	Official string   `json:"official,omitempty"`
}

// OfficialJSON is one official in JSON.
type OfficialJSON struct {
	ID          string        `json:"id"`
	Name        string        `json:"name"`
	Role        string        `json:"role"`
	RoleEN      string        `json:"role_en"`
	Description string        `json:"description"`
	Mentions    []MentionJSON `json:"mentions"`
}

// MentionJSON is where an official is named.
type MentionJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// MarshalJSON writes the document as PRODUCT.md specifies.
func (d *Document) MarshalJSON() ([]byte, error) {
	a := d.Article
	j := JSON{Title: a.Title, Source: a.Source, URL: a.URL, Dateline: a.Dateline, Byline: a.Byline,
		Related: a.Related, Body: a.Body, Terms: make([]TermJSON, 0, len(d.Terms)), Officials: []OfficialJSON{}}
	if j.Byline == nil {
		j.Byline = []articles.Person{}
	}
	if !a.Published.IsZero() {
		j.Published = a.Published.Format("2006-01-02")
	}
	for _, o := range d.Officials {
		ms := make([]MentionJSON, 0, len(o.Mentions))
		for _, m := range o.Mentions {
			ms = append(ms, MentionJSON{Start: m.Start, End: m.End, Text: m.Text})
		}
		j.Officials = append(j.Officials, OfficialJSON{ID: o.ID, Name: o.Name, Role: o.Role, RoleEN: o.RoleEN,
			Description: o.Description, Mentions: ms})
	}
	for _, t := range d.Terms {
		g := t.Glosses
		if g == nil {
			g = []string{}
		}
		j.Terms = append(j.Terms, TermJSON{Start: t.Start, End: t.End, Text: t.Text, Kind: t.Kind.String(),
			Root: t.Root, Headword: t.Headword, Analysis: t.Analysis, POS: t.POS, Glosses: g, Note: t.Note,
			Official: t.Official})
	}
	return json.Marshal(j)
}

// abbreviationBefore reports whether the word ending at i is a title or an
// initial that takes a full stop.
func abbreviationBefore(body string, i int) bool {
	start := i
	for start > 0 && body[start-1] != ' ' && body[start-1] != '\n' && body[start-1] != '(' {
		start--
	}
	w := body[start:i]
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	switch w {
	case "Dr", "dr", "Prof", "Ir", "H", "Hj", "KH", "St", "Jl", "No", "Tbk", "Drs", "Dra", "Sdr", "Bpk", "Kol", "Brigjen", "Mayjen", "Letjen", "Jend":
		return true
	}
	return false
}
