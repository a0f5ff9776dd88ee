// Package render turns an article body into terminal lines with glamour and
// finds where every analysed term landed after wrapping, so that terms can
// be highlighted and re-highlighted without rendering again.
//
// Glamour keeps every non-space character of the text in order; it only
// adds spaces, line breaks and escape sequences. Render therefore maps the
// i-th non-space character of the body to the i-th of the output, and a term
// becomes one segment per line it occupies — a phrase wrapped across two
// lines is two segments of one term, and no segment can fall inside another
// word.
package render

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/x/ansi"

	"github.com/kabar-reader/kabar/articles"
)

// Style names the glamour style: "dark", "light" or "notty" (no escape
// sequences at all).
type Style string

// Styles kabar renders with.
const (
	Dark  Style = "dark"
	Light Style = "light"
	NoTTY Style = "notty"
)

// ParseStyle checks a style name.
func ParseStyle(s string) (Style, error) {
	switch Style(s) {
	case Dark, Light, NoTTY:
		return Style(s), nil
	}
	return "", fmt.Errorf("unknown style %q (want dark, light or notty)", s)
}

// Span is where a term sits in the body: byte offsets [Start, End).
type Span struct{ Start, End int }

// Segment is the part of a term on one rendered line: bytes [Start, End)
// of that line, escape sequences included.
type Segment struct {
	Line, Start, End int
	restore          string // SGR sequences in force after End, re-emitted after a highlight
}

// Page is a rendered body with its terms located.
type Page struct {
	Lines    []string    // glamour's output, one entry per terminal line
	Segments [][]Segment // per span, in order of lines
	lineSegs [][]lineSeg // per line: the segments on it, left to right
	Width    int         // the width it was rendered for
	Style    Style
}

type lineSeg struct {
	span int
	seg  Segment
}

// Markdown writes body (plain paragraphs separated by blank lines) as
// markdown that renders back to the same characters: everything markdown
// would read as markup is escaped.
func Markdown(body string) string {
	var b strings.Builder
	b.Grow(len(body) + len(body)/20)
	for i, para := range strings.Split(body, "\n\n") {
		if i > 0 {
			b.WriteString("\n\n")
		}
		para = strings.Join(strings.Fields(para), " ")
		for j := 0; j < len(para); j++ {
			c := para[j]
			switch c {
			case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '!', '{', '}', '(', ')', '+':
				b.WriteByte('\\')
			case '&', '~', '@':
				// Written as entities: glamour prints the backslash of
				// "\&", "\~" and "\@", a bare "&amp;" would be decoded, a
				// bare "~" strikes through, and a bare "@" makes an email
				// address a link that glamour follows with "mailto:…".
				b.WriteString(entity[c])
				continue
			case '-':
				// A non-breaking hyphen: glamour's wrapper breaks after a
				// hyphen and then re-wraps the rest badly, stranding words
				// on lines of their own. Render turns it back.
				b.WriteString(nbHyphen)
				continue
			case ':':
				// A paragraph that starts with ":" defines the one before
				// (and glamour prints the backslash of "\:").
				if j == 0 {
					b.WriteString("&#58;")
					continue
				}
			case '.':
				// "1. " opens a list only at the start; escape there.
				// "www." starts a link that glamour prints as "http://www.".
				if isDigitRun(para[:j]) || strings.HasSuffix(para[:j], "www") {
					b.WriteByte('\\')
				}
			}
			b.WriteByte(c)
		}
	}
	b.WriteByte('\n')
	return b.String()
}

const nbHyphen = "\u2011"

var entity = map[byte]string{'&': "&amp;", '~': "&#126;", '@': "&#64;"}

func isDigitRun(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// NewRenderer makes the glamour renderer for a style and wrap width.
// Building one is costly: do it once per (width, style).
func NewRenderer(style Style, wrap int) (*glamour.TermRenderer, error) {
	return glamour.NewTermRenderer(glamour.WithStandardStyle(string(style)), glamour.WithWordWrap(wrap))
}

// Render renders body at the given width (the whole line, margins
// included) and locates spans in the output.
func Render(r *glamour.TermRenderer, body string, spans []Span, width int, style Style) (*Page, error) {
	lines, err := Lines(r, body)
	if err != nil {
		return nil, err
	}
	return NewPage(lines, body, spans, width, style), nil
}

// Lines is the glamour half of Render: body rendered into terminal lines.
// It needs no analysis, so a caller may run it while the text is analysed.
func Lines(r *glamour.TermRenderer, body string) ([]string, error) {
	out, err := r.Render(Markdown(body))
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.Trim(out, "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.ReplaceAll(l, nbHyphen, "-") // a copy only where there is one
	}
	return lines, nil
}

// minPart is the least body worth a renderer of its own. The seed (2.7 KB)
// renders no faster in two parts: the second renderer, the goroutines and
// the collector's share eat the gain, which is 20% at 8 KB.
const minPart = 4096

// ParallelLines is Lines for a new renderer of style and wrap width, with
// the body cut at paragraph breaks into as many parts as there are cores
// (at most one for every minPart bytes), rendered side by side. Glamour
// lays out each paragraph on its own and puts the same blank line between
// any two, so the parts' lines joined by that line are the whole body's.
// On two cores a 20,000-word article renders in 124 ms instead of 221, so
// a resize redraws it sooner.
func ParallelLines(style Style, wrap int, body string) ([]string, error) {
	return linesInParts(style, wrap, body, min(runtime.GOMAXPROCS(0), len(body)/minPart))
}

// linesInParts renders body cut in at most n parts.
func linesInParts(style Style, wrap int, body string, n int) ([]string, error) {
	parts := cut(body, n)
	if len(parts) == 1 {
		r, err := NewRenderer(style, wrap)
		if err != nil {
			return nil, err
		}
		return Lines(r, body)
	}
	out := make([][]string, len(parts))
	errs := make([]error, len(parts))
	var sep string // the line glamour writes between two paragraphs
	var wg sync.WaitGroup
	for i, part := range parts {
		wg.Go(func() {
			r, err := NewRenderer(style, wrap)
			if err == nil && i == 0 {
				var two []string
				if two, err = Lines(r, "a\n\nb"); err == nil && len(two) == 3 {
					sep = two[1]
				} else if err == nil {
					err = fmt.Errorf("glamour rendered two words as %d lines", len(two))
				}
			}
			if err == nil {
				out[i], err = Lines(r, part)
			}
			errs[i] = err
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	size := len(parts) - 1
	for _, l := range out {
		size += len(l)
	}
	lines := make([]string, 0, size)
	for i, l := range out {
		if i > 0 {
			lines = append(lines, sep)
		}
		lines = append(lines, l...)
	}
	return lines, nil
}

// cut splits body into at most n parts of about equal size at paragraph
// breaks ("\n\n"), each holding some text.
func cut(body string, n int) []string {
	var parts []string
	for ; n > 1; n-- {
		i := strings.Index(body[len(body)/n:], "\n\n")
		if i < 0 {
			break
		}
		at := len(body)/n + i
		if strings.TrimSpace(body[:at]) == "" || strings.TrimSpace(body[at:]) == "" {
			break
		}
		parts = append(parts, body[:at])
		body = body[at+2:]
	}
	return append(parts, body)
}

// NewPage is the other half: it locates spans in lines rendered from body.
func NewPage(lines []string, body string, spans []Span, width int, style Style) *Page {
	if longerWord(body, WrapFor(width)) {
		lines = fit(lines, width)
	}
	p := &Page{Lines: lines, Width: width, Style: style}
	p.locate(body, spans)
	return p
}

// longerWord reports whether body has a word of more than n bytes, the one
// thing that makes glamour write a line wider than its wrap width n (a
// word of n bytes is no wider than n cells).
func longerWord(body string, n int) bool {
	run := 0
	for i := 0; i < len(body); i++ {
		if body[i] == ' ' || body[i] == '\n' {
			run = 0
		} else if run++; run > n {
			return true
		}
	}
	return false
}

// runeAt is the character of the output at o.
func (p *Page) runeAt(o pos) rune {
	r, _ := utf8.DecodeRuneInString(p.Lines[o.line][o.start:])
	return r
}

// asciiSpace is unicode.IsSpace for an ASCII byte.
func asciiSpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

// fit breaks the lines glamour could not wrap, where one word is wider than
// the page (a long web address), so that no line is wider than width: the
// reader would cut them, and a terminal would wrap them under the margin.
// Each piece after the first keeps the document's margin.
func fit(lines []string, width int) []string {
	var out []string // nil while no line is too wide
	for i, line := range lines {
		if ansi.StringWidth(line) <= width {
			if out != nil {
				out = append(out, line)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(lines)+4), lines[:i]...)
		}
		const margin = "  "
		pieces := strings.Split(ansi.Hardwrap(line, max(width-len(margin), 1), false), "\n")
		out = append(out, pieces[0])
		for _, piece := range pieces[1:] {
			out = append(out, margin+piece)
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// WrapFor is the glamour wrap width that fills width columns: glamour's
// document margin (2) is added on both sides.
func WrapFor(width int) int { return max(width-4, 10) }

// pos is where one non-space character of the body landed.
type pos struct{ line, start, end int32 }

func (p *Page) locate(body string, spans []Span) {
	// Non-space characters of the output, in order: about as many as the
	// body has bytes, so one allocation.
	out := make([]pos, 0, len(body)+len(body)/8)
	for li, line := range p.Lines {
		for i := 0; i < len(line); {
			switch c := line[i]; {
			case c == 0x1b:
				i += articles.EscapeLen(line[i:])
				continue
			case c < utf8.RuneSelf: // most of it: no decoding
				if !asciiSpace(c) {
					out = append(out, pos{int32(li), int32(i), int32(i + 1)})
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(line[i:])
			if !unicode.IsSpace(r) {
				out = append(out, pos{int32(li), int32(i), int32(i + n)})
			}
			i += n
		}
	}
	// Walk the body's non-space characters alongside; where glamour
	// changed a character, resynchronise on the next equal one.
	bodyPos := make([]int32, 0, len(out)) // byte offset in body of each matched char
	outIdx := make([]int32, 0, len(out))
	k := 0
	for i := 0; i < len(body) && k < len(out); {
		r, n := rune(body[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(body[i:])
		}
		if r < utf8.RuneSelf && asciiSpace(byte(r)) || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			i += n
			continue
		}
		// The same ASCII character needs no decoding; where glamour
		// changed a character, look a little ahead for this one.
		if o := out[k]; (r >= utf8.RuneSelf || p.Lines[o.line][o.start] != byte(r)) && p.runeAt(o) != r {
			found := -1
			for j := k + 1; j < len(out) && j < k+8; j++ {
				if p.runeAt(out[j]) == r {
					found = j
					break
				}
			}
			if found < 0 {
				i += n // a character glamour dropped
				continue
			}
			k = found
		}
		bodyPos = append(bodyPos, int32(i))
		outIdx = append(outIdx, int32(k))
		k++
		i += n
	}
	p.Segments = make([][]Segment, len(spans))
	// Every span's segments live in one array (most spans have one).
	all := make([]Segment, 0, len(spans)+len(spans)/8)
	j := 0 // spans are in body order: advance one cursor through bodyPos
	for si, sp := range spans {
		for j > 0 && int(bodyPos[j-1]) >= sp.Start {
			j-- // overlapping or unordered spans: step back
		}
		for j < len(bodyPos) && int(bodyPos[j]) < sp.Start {
			j++
		}
		first := len(all)
		for m := j; m < len(bodyPos) && int(bodyPos[m]) < sp.End; m++ {
			o := out[outIdx[m]]
			if n := len(all); n > first && all[n-1].Line == int(o.line) {
				all[n-1].End = int(o.end)
				continue
			}
			all = append(all, Segment{Line: int(o.line), Start: int(o.start), End: int(o.end)})
		}
		segs := all[first:len(all):len(all)]
		if len(segs) == 0 {
			segs = nil
		}
		p.Segments[si] = segs
	}
	p.groupByLine(len(all))
	p.computeRestores()
}

// groupByLine files the n segments of p.Segments under their lines, each
// line's in the order of the spans, all in one array.
func (p *Page) groupByLine(n int) {
	start := make([]int, len(p.Lines)+1) // line i's segments: [start[i], start[i+1])
	for _, segs := range p.Segments {
		for _, s := range segs {
			start[s.Line+1]++
		}
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	flat := make([]lineSeg, n)
	next := slices.Clone(start[:len(p.Lines)])
	for si, segs := range p.Segments {
		for _, s := range segs {
			flat[next[s.Line]] = lineSeg{span: si, seg: s}
			next[s.Line]++
		}
	}
	p.lineSegs = make([][]lineSeg, len(p.Lines))
	for i := range p.lineSegs {
		if start[i] < start[i+1] {
			p.lineSegs[i] = flat[start[i]:start[i+1]:start[i+1]]
		}
	}
}

// computeRestores records, for every segment, the SGR state in force at its
// end, so a highlight can hand the line back to glamour's style.
func (p *Page) computeRestores() {
	for li, segs := range p.lineSegs {
		if len(segs) == 0 {
			continue
		}
		line := p.Lines[li]
		var active strings.Builder
		next := 0
		for i := 0; i <= len(line) && next < len(segs); {
			for next < len(segs) && segs[next].seg.End <= i {
				segs[next].seg.restore = active.String()
				next++
			}
			if i == len(line) {
				break
			}
			if line[i] == 0x1b {
				n := articles.EscapeLen(line[i:])
				seq := line[i : i+n]
				if seq == "\x1b[0m" || seq == "\x1b[m" {
					active.Reset()
				} else if strings.HasSuffix(seq, "m") && strings.HasPrefix(seq, "\x1b[") {
					active.WriteString(seq)
				}
				i += n
				continue
			}
			i++
		}
		for ; next < len(segs); next++ {
			segs[next].seg.restore = active.String()
		}
	}
}

// Mark is how one span is drawn: the sequences that open and close its
// style. The zero Mark leaves the span as glamour drew it.
type Mark struct{ Open, Close string }

// Line composes line i with the marks mark returns for the spans on it.
func (p *Page) Line(i int, mark func(span int) Mark) string {
	segs := p.lineSegs[i]
	line := p.Lines[i]
	if len(segs) == 0 {
		return line
	}
	var b strings.Builder
	b.Grow(len(line) + 32*len(segs))
	last := 0
	for _, ls := range segs {
		m := mark(ls.span)
		if m == (Mark{}) || ls.seg.Start < last {
			continue
		}
		b.WriteString(line[last:ls.seg.Start])
		b.WriteString("\x1b[0m")
		b.WriteString(m.Open)
		b.WriteString(ansi.Strip(line[ls.seg.Start:ls.seg.End]))
		b.WriteString(m.Close)
		b.WriteString("\x1b[0m")
		b.WriteString(ls.seg.restore)
		last = ls.seg.End
	}
	b.WriteString(line[last:])
	return b.String()
}

// SpansOnLine lists the spans with a segment on line i, left to right.
func (p *Page) SpansOnLine(i int) []int {
	if i < 0 || i >= len(p.lineSegs) {
		return nil
	}
	out := make([]int, 0, len(p.lineSegs[i]))
	for _, ls := range p.lineSegs[i] {
		out = append(out, ls.span)
	}
	return out
}

// SpanAt returns the span drawn at column col of line i, or -1.
func (p *Page) SpanAt(i, col int) int {
	if i < 0 || i >= len(p.lineSegs) {
		return -1
	}
	line := p.Lines[i]
	for _, ls := range p.lineSegs[i] {
		from := ansi.StringWidth(line[:ls.seg.Start])
		to := from + ansi.StringWidth(line[ls.seg.Start:ls.seg.End])
		if col >= from && col < to {
			return ls.span
		}
	}
	return -1
}
