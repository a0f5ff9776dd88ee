package ui

import (
	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/glossary/annotate"
	"github.com/kabar-reader/kabar/ui/render"
)

// Analyse turns an article into its document: terms, glosses, officials.
type Analyse func(articles.Article) (*annotate.Document, error)

// Prepare is the whole pipeline from article to page, shared by the reader
// and `kabar render`: analyse runs while glamour renders the body at width —
// neither needs the other until the highlights are placed — then the terms
// are located on the rendered lines. On two cores the analysis costs almost
// nothing in wall time. With width <= 0 only the analysis runs and the page
// is nil.
func Prepare(a articles.Article, analyse Analyse, width int, style render.Style) (*annotate.Document, *render.Page, error) {
	if width <= 0 {
		doc, err := analyse(a)
		return doc, nil, err
	}
	type analysed struct {
		doc *annotate.Document
		err error
	}
	done := make(chan analysed, 1)
	go func() {
		doc, err := analyse(a)
		done <- analysed{doc, err}
	}()
	lines, err := renderLines(a.Body, width, style)
	res := <-done
	if res.err != nil {
		return nil, nil, res.err
	}
	if err != nil {
		return nil, nil, err
	}
	return res.doc, render.NewPage(lines, a.Body, Spans(res.doc), width, style), nil
}

// renderLines is glamour's part of the pipeline: body rendered at width,
// in parts side by side when it is long.
func renderLines(body string, width int, style render.Style) ([]string, error) {
	return render.ParallelLines(style, render.WrapFor(width), body)
}
