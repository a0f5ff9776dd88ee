// Package articles is kabar's model of a news article and the parsers that
// build one from what users have: text copied from Indonesian news sites.
//
// Parsing is pure (bytes in, Article out); reading files is in load.go.
package articles

import (
	"strings"
	"time"
)

// Article is one news story as kabar shows it.
type Article struct {
	ID        string
	Title     string
	Source    string // outlet, e.g. "KONTAN.CO.ID"
	URL       string
	Published time.Time // zero when unknown
	Byline    []Person
	Dateline  string // place the story was filed from, e.g. "MOSKOW"
	// Body is the text as the reader shows it: plain paragraphs separated
	// by blank lines, cleaned of control characters.
	Body     string
	Related  []Link // "Baca Juga" links, kept apart from the body
	Language string // BCP 47, "id"
}

// Person is someone named in the byline.
type Person struct {
	Name string `json:"name"`
	Role string `json:"role"`
}

// Link is a related article.
type Link struct {
	Title string `json:"title"`
	URL   string `json:"url,omitempty"`
}

// Paragraphs splits the body into its paragraphs.
func (a Article) Paragraphs() []string {
	if a.Body == "" {
		return nil
	}
	return strings.Split(a.Body, "\n\n")
}

// Words counts the words of the body, for lengths shown in lists.
func (a Article) Words() int { return len(strings.Fields(a.Body)) }
