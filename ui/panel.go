package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/kabar-reader/kabar/glossary"
	"github.com/kabar-reader/kabar/glossary/annotate"
	"github.com/kabar-reader/kabar/glossary/officials"
)

// panelContent writes what the side panel says about term i of doc, in
// width columns; a panel under height 9 gets the compact form, the gloss
// always near the top. It runs in Update when the selection changes, never in
// View.
func panelContent(st Styles, an *glossary.Analyzer, doc *annotate.Document, i, width, height int, status string) string {
	if width < 4 {
		return ""
	}
	wrap := lipgloss.NewStyle().Width(width)
	var b strings.Builder
	line := func(s string) {
		b.WriteString(wrap.Render(s))
		b.WriteByte('\n')
	}
	if i < 0 || i >= len(doc.Terms) {
		glossed, words := 0, 0
		for _, t := range doc.Terms {
			if t.Kind == glossary.KindNumber {
				continue
			}
			words++
			if t.Glossed() {
				glossed++
			}
		}
		line(st.PanelHead.Render("kabar"))
		line(fmt.Sprintf("%d terms, %d with a gloss.", words, glossed))
		b.WriteByte('\n')
		line(st.Faint.Render("tab steps through the highlighted words, ] through officials; click a word to look it up; / searches; ? shows every key."))
		return strings.TrimRight(b.String(), "\n")
	}
	t := doc.Terms[i]
	compact := height < 9
	if o, ok := doc.Official(t.Official); ok && t.Person {
		return officialCard(st, doc, o, t, compact, line, &b)
	}
	line(st.PanelLabel.Render(strings.ToUpper(kindLabel(t))) + "  " + st.PanelHead.Render(t.Text))
	pos := ""
	if t.POS != "" && t.Kind != glossary.KindName {
		pos = st.PanelLabel.Render(t.POS) + " "
	}
	switch {
	case t.Glossed() && compact:
		line(pos + st.Gloss.Render(strings.Join(t.Glosses, "; ")))
	case t.Glossed():
		if pos != "" {
			line(pos)
		}
		for _, g := range t.Glosses {
			line(st.Gloss.Render("• " + g))
		}
	case t.Kind == glossary.KindName:
		line(st.Faint.Render("A name; not in the glossary."))
	default:
		line(pos + st.Faint.Render("No gloss in kabar's glossary yet."))
	}
	var morph []string
	if t.Headword != "" && !strings.EqualFold(t.Headword, t.Text) {
		morph = append(morph, st.PanelLabel.Render("entry ")+t.Headword)
	}
	if t.Root != "" && t.Kind == glossary.KindWord {
		morph = append(morph, st.PanelLabel.Render("root ")+t.Root)
		if t.Analysis != "" && t.Analysis != t.Root {
			morph = append(morph, st.PanelLabel.Render("parts ")+t.Analysis)
		}
	}
	if compact {
		if len(morph) > 0 {
			line(strings.Join(morph, st.Faint.Render(" · ")))
		}
	} else {
		for _, m := range morph {
			line(m)
		}
	}
	if t.Note != "" {
		line(st.Faint.Render("note: " + t.Note))
	}
	if status != "" {
		line(st.PanelLabel.Render("you: ") + status)
	}
	if o, ok := doc.Official(t.Official); ok {
		line(st.PanelLabel.Render("in the title of ") + o.Name + st.Faint.Render(" ("+o.RoleEN+")"))
	}
	if t.Kind == glossary.KindPhrase && an != nil {
		if !compact {
			b.WriteByte('\n')
		}
		var parts []string
		for _, w := range strings.Fields(t.Text) {
			r := an.Lookup(w)
			g := "—"
			if len(r.Glosses) > 0 {
				g = r.Glosses[0]
			}
			parts = append(parts, w+st.Faint.Render(" ("+g+")"))
		}
		line(st.PanelLabel.Render("parts ") + strings.Join(parts, " + "))
	}
	if s := doc.Sentence(i); s != "" {
		b.WriteByte('\n')
		line(emphasize(st, s, t.Text))
	}
	return strings.TrimRight(b.String(), "\n")
}

// officialCard: who the person is, in the article's words and in English.
func officialCard(st Styles, doc *annotate.Document, o officials.Official, t glossary.Term, compact bool, line func(string), b *strings.Builder) string {
	line(st.PanelLabel.Render("OFFICIAL") + "  " + st.PanelHead.Render(o.Name))
	if o.RoleEN != "" {
		line(st.Gloss.Render(o.RoleEN))
	}
	if o.Role != "" {
		line(st.Faint.Render("“" + o.Role + "”"))
	}
	if !compact && o.Description != "" {
		b.WriteByte('\n')
		line(o.Description)
	}
	mentions := fmt.Sprintf("%d mention", len(o.Mentions))
	if len(o.Mentions) != 1 {
		mentions += "s"
	}
	if t.Text != o.Name {
		mentions = "“" + t.Text + "” · " + mentions
	}
	line(st.PanelLabel.Render(mentions + " in this article"))
	if !compact {
		for _, i := range termIndex(doc, t) {
			if s := doc.Sentence(i); s != "" {
				b.WriteByte('\n')
				line(emphasize(st, s, t.Text))
			}
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// termIndex finds term t in doc, for its sentence.
func termIndex(doc *annotate.Document, t glossary.Term) []int {
	for i, x := range doc.Terms {
		if x.Start == t.Start {
			return []int{i}
		}
	}
	return nil
}

func kindLabel(t glossary.Term) string {
	switch {
	case t.Person:
		return "official"
	case t.Kind == glossary.KindName && t.Place:
		return "place"
	case t.Kind == glossary.KindName && t.Glossed():
		return "organisation"
	}
	return t.Kind.String()
}

// emphasize styles the sentence with the term in it picked out.
func emphasize(st Styles, sentence, term string) string {
	i := strings.Index(sentence, term)
	if i < 0 {
		return st.Sentence.Render(sentence)
	}
	return st.Sentence.Render(sentence[:i]) + st.SentenceTerm.Render(term) + st.Sentence.Render(sentence[i+len(term):])
}
