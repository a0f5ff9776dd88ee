package articles

import (
	"bytes"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ParseHTML extracts the article of a web page with a readability
// extractor and reads its blocks as the plain-text parser reads copied
// text (bylines, datelines and "Baca Juga" links included). pageURL (may be
// "") resolves relative links and is kept as the article's URL.
func ParseHTML(name string, data []byte, pageURL string) (Article, error) {
	var u *url.URL
	if pageURL != "" {
		u, _ = url.Parse(pageURL)
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return Article{}, &ParseError{name, "not readable HTML: " + err.Error()}
	}
	ra, err := readability.FromDocument(doc, u)
	if err != nil || ra.Node == nil {
		return Article{}, &ParseError{name, "no article found in the page"}
	}
	var lines []string
	blocks(ra.Node, &lines)
	a, err := ParseText(name, []byte(strings.Join(lines, "\n")))
	if err != nil {
		return Article{}, err
	}
	if t := strings.TrimSpace(Clean(ra.Title())); t != "" {
		a.Title = t
	}
	if a.Source == "" {
		a.Source = Clean(ra.SiteName())
	}
	if t, err := ra.PublishedTime(); err == nil && a.Published.IsZero() {
		a.Published = t
	}
	if by := strings.TrimSpace(Clean(ra.Byline())); by != "" && len(a.Byline) == 0 {
		a.Byline = []Person{{Name: by, Role: "Penulis"}}
	}
	if lang := ra.Language(); lang != "" {
		a.Language = lang
	}
	a.URL = pageURL
	return a, nil
}

// blocks collects the text of block elements, one line each.
func blocks(n *html.Node, out *[]string) {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Figure, atom.Figcaption, atom.Nav, atom.Aside, atom.Form:
		return
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Blockquote, atom.Pre, atom.Td:
		if t := strings.Join(strings.Fields(text(n)), " "); t != "" {
			*out = append(*out, t)
		}
		return
	}
	// Text directly inside a div counts as a block of its own.
	var loose strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode || c.Type == html.ElementNode && inline[c.DataAtom] {
			loose.WriteString(text(c))
			continue
		}
		if t := strings.Join(strings.Fields(loose.String()), " "); t != "" {
			*out = append(*out, t)
		}
		loose.Reset()
		blocks(c, out)
	}
	if t := strings.Join(strings.Fields(loose.String()), " "); t != "" {
		*out = append(*out, t)
	}
}

var inline = map[atom.Atom]bool{atom.A: true, atom.B: true, atom.Strong: true, atom.I: true, atom.Em: true,
	atom.Span: true, atom.Sup: true, atom.Sub: true, atom.Small: true, atom.Mark: true, atom.Abbr: true, atom.Br: true, atom.U: true}

func text(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	if n.DataAtom == atom.Br {
		return " "
	}
	if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
		return ""
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(text(c))
	}
	return b.String()
}
