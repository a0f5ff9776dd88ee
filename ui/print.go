package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/glossary"
	"github.com/kabar-reader/kabar/glossary/annotate"
	"github.com/kabar-reader/kabar/ui/render"
)

// RenderArticle is `kabar render`: the article prepared at width (see
// Prepare) and printed with Print.
func RenderArticle(a articles.Article, analyse Analyse, width int, style render.Style, st Styles) (string, error) {
	doc, page, err := Prepare(a, analyse, width, style)
	if err != nil {
		return "", err
	}
	return Print(doc, page, st), nil
}

// Spans lists where the terms of doc lie, for render.
func Spans(doc *annotate.Document) []render.Span {
	spans := make([]render.Span, len(doc.Terms))
	for i, t := range doc.Terms {
		spans[i] = render.Span{Start: t.Start, End: t.End}
	}
	return spans
}

// Print writes doc for `kabar render`: the header, the page (doc's body
// rendered, see render.NewPage) with its terms highlighted as the reader
// shows them, the related links, then the notes: every highlighted term once
// with its gloss, and every official with role. With the notty style st
// should be PlainStyles: the output then has no escape sequences at all.
func Print(doc *annotate.Document, page *render.Page, st Styles) string {
	r := NewReader(st, nil, page.Style)
	r.doc = doc
	r.sel = -1
	width := page.Width
	var b strings.Builder
	size := 1024 + 80*len(doc.Terms) // the notes, about a line a term at most
	for _, l := range page.Lines {
		size += len(l) + 16 // and the highlights' escape sequences
	}
	b.Grow(size)
	r.width = width
	b.WriteString(r.headerView())
	b.WriteString("\n\n")
	for i := range page.Lines {
		b.WriteString(strings.TrimRight(page.Line(i, r.markFor), " "))
		b.WriteByte('\n')
	}
	// Notes are plain text: a word wrap and an indent, no lipgloss layout
	// (a hundred notes would cost more than the article).
	wrap := func(s string) { indentWrap(&b, s, max(width-4, 10)) }
	if rel := doc.Article.Related; len(rel) > 0 {
		b.WriteString("\n" + st.PanelHead.Render("Baca juga (related)") + "\n")
		for _, l := range rel {
			wrap("• " + l.Title)
		}
	}
	if len(doc.Officials) > 0 {
		b.WriteString("\n" + st.PanelHead.Render("Officials") + "\n")
		for _, o := range doc.Officials {
			line := o.Name + " — " + o.RoleEN
			if o.Role != "" && !o.Byline {
				line += " (“" + o.Role + "”)"
			}
			if n := len(o.Mentions); n > 1 {
				line += fmt.Sprintf(", %d mentions", n)
			}
			wrap(line)
		}
	}
	b.WriteString("\n" + st.PanelHead.Render("Notes") + "\n")
	for _, n := range notes(doc) {
		wrap(n)
	}
	return b.String()
}

// notes lists each highlighted term once (by headword, or text for names),
// in order of first appearance.
func notes(doc *annotate.Document) []string {
	seen := map[string]bool{}
	var out []string
	for i, t := range doc.Terms {
		if !t.Glossed() || t.Person || highlightOf(&doc.Terms[i]) == hlNone {
			continue
		}
		key := strings.ToLower(t.Headword)
		if key == "" {
			key = strings.ToLower(t.Text)
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, noteLine(t))
	}
	return out
}

func noteLine(t glossary.Term) string {
	head := t.Headword
	if head == "" {
		head = t.Text
	}
	var extra []string
	if t.Kind == glossary.KindWord && t.Root != "" && t.Root != head {
		extra = append(extra, "root "+t.Root+": "+t.Analysis)
	}
	if t.POS != "" {
		extra = append(extra, t.POS)
	}
	s := head
	if len(extra) > 0 {
		s += " (" + strings.Join(extra, ", ") + ")"
	}
	return fmt.Sprintf("%s — %s", s, strings.Join(t.Glosses, "; "))
}

// indentWrap writes s to b word-wrapped at limit columns, each line
// indented by two spaces and ended. Most notes fit on one line: those skip
// the wrap, since a string of no more bytes than limit is no wider than
// limit (the wrap would only drop a trailing space).
func indentWrap(b *strings.Builder, s string, limit int) {
	if len(s) > limit || strings.ContainsAny(s, "\n\t") || strings.HasSuffix(s, " ") {
		s = strings.ReplaceAll(ansi.Wordwrap(s, limit, ""), "\n", "\n  ")
	}
	b.WriteString("  ")
	b.WriteString(s)
	b.WriteByte('\n')
}
