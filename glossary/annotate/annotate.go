// Package annotate joins an article with its analysis: the terms the
// glossary explains, the sentence each stands in, and the JSON shape of
// `kabar annotate --json`.
package annotate

import (
	"encoding/json"
	"strings"

	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/glossary"
)

// Document is an article with its terms, ready to read.
type Document struct {
	Article articles.Article
	Terms   []glossary.Term
	// sentences[i] is the sentence span of Terms[i].
	sentences []span
}

type span struct{ start, end int }

// New analyses the article body.
func New(a articles.Article, an *glossary.Analyzer) *Document {
	d := &Document{Article: a, Terms: an.Analyze(a.Body)}
	d.sentences = sentenceSpans(a.Body, d.Terms)
	return d
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
