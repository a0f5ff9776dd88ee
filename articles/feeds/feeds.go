// Package feeds reads RSS, Atom and JSON feeds (through gofeed) and OPML
// subscription lists.
package feeds

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/kabar-reader/kabar/articles"
)

// Feed is a parsed feed.
type Feed struct {
	Title string
	Items []Item
}

// Item is one entry of a feed.
type Item struct {
	Title     string
	Link      string
	Published time.Time
	HTML      string // the item's content, or its summary when that is all it has
	Full      bool   // HTML is the whole article, not a summary
}

// Parse reads a feed. name is used in errors.
func Parse(name string, data []byte) (Feed, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return Feed{}, fmt.Errorf("%s: not a feed: %s", name, articles.Clean(err.Error()))
	}
	out := Feed{Title: articles.Clean(strings.TrimSpace(f.Title))}
	for _, it := range f.Items {
		item := Item{Title: articles.Clean(strings.TrimSpace(it.Title)), Link: strings.TrimSpace(it.Link)}
		if it.PublishedParsed != nil {
			item.Published = *it.PublishedParsed
		} else if it.UpdatedParsed != nil {
			item.Published = *it.UpdatedParsed
		}
		item.HTML = it.Content
		if item.HTML == "" {
			item.HTML = it.Description
		}
		// A summary is short; an article runs to several paragraphs.
		item.Full = len(strings.Fields(textOf(item.HTML))) >= 150
		out.Items = append(out.Items, item)
	}
	return out, nil
}

func textOf(html string) string {
	var b strings.Builder
	in := false
	for _, r := range html {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Outline is one subscription of an OPML file.
type Outline struct {
	Title string    `xml:"title,attr"`
	Text  string    `xml:"text,attr"`
	Type  string    `xml:"type,attr"`
	URL   string    `xml:"xmlUrl,attr"`
	Inner []Outline `xml:"outline"`
}

type opml struct {
	XMLName xml.Name  `xml:"opml"`
	Version string    `xml:"version,attr"`
	Title   string    `xml:"head>title"`
	Body    []Outline `xml:"body>outline"`
}

// ParseOPML returns the feed subscriptions of an OPML file, folders
// flattened.
func ParseOPML(name string, data []byte) ([]Outline, error) {
	var doc opml
	if err := xml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: not OPML: %v", name, err)
	}
	var out []Outline
	var walk func([]Outline)
	walk = func(list []Outline) {
		for _, o := range list {
			if o.URL != "" {
				o.Title = articles.Clean(strings.TrimSpace(o.Title))
				if o.Title == "" {
					o.Title = articles.Clean(strings.TrimSpace(o.Text))
				}
				out = append(out, Outline{Title: o.Title, Text: o.Title, Type: "rss", URL: o.URL})
			}
			walk(o.Inner)
		}
	}
	walk(doc.Body)
	return out, nil
}

// WriteOPML writes subscriptions as OPML 2.0.
func WriteOPML(title string, subs []Outline) ([]byte, error) {
	doc := opml{Version: "2.0", Title: title, Body: subs}
	out, err := xml.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), append(out, '\n')...), nil
}
