package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/glossary/annotate"
	"github.com/kabar-reader/kabar/glossary/officials"
	"github.com/kabar-reader/kabar/ui/render"
)

func seedText(b testing.TB) []byte {
	data, err := articles.ReadFile("../articles/samples/kontan-kim-jong-un-russia.txt", nil)
	if err != nil {
		b.Fatal(err)
	}
	return []byte(data.Body)
}

// BenchmarkSeedRender compares, in one run, a plain glamour render of the
// seed's markdown with kabar's whole pipeline on the seed: parse, analyse,
// glamour, locate terms, highlight every line. The bar: the
// pipeline costs at most 1.3x the plain render.
func BenchmarkSeedRender(b *testing.B) {
	raw, err := articles.ReadFile("../articles/samples/kontan-kim-jong-un-russia.txt", nil)
	if err != nil {
		b.Fatal(err)
	}
	md := render.Markdown(raw.Body)
	const width = 120
	glamour := func(b *testing.B) {
		r, err := render.NewRenderer(render.Dark, render.WrapFor(width))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := r.Render(md); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("glamour", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			glamour(b)
		}
	})
	data := []byte(strings.Join([]string{"Reporter: Barratut Taqiyyah Rafie | Editor: Barratut Taqiyyah Rafie",
		"KONTAN.CO.ID - MOSKOW. " + strings.ReplaceAll(raw.Body, "\n\n", "\n")}, "\n"))
	an := testAnalyzer(b)
	st := NewStyles(DefaultPalette())
	parse := func(b *testing.B) articles.Article {
		a, err := articles.ParseText("seed.txt", data)
		if err != nil {
			b.Fatal(err)
		}
		return a
	}
	// analyse is the loader the app gives Prepare and RenderArticle.
	analyse := func(finder *officials.Finder) func(articles.Article) (*annotate.Document, error) {
		return func(a articles.Article) (*annotate.Document, error) { return annotate.New(a, an, finder), nil }
	}
	// The reader model exists before any document arrives (the app builds
	// it once); a document only resets it.
	pipeline := func(b *testing.B, finder *officials.Finder) {
		r := NewReader(st, an, render.Dark)
		b.ReportAllocs()
		for b.Loop() {
			a := parse(b)
			doc := annotate.New(a, an, finder)
			r.SetDocument(doc, nil)
			rr, err := render.NewRenderer(render.Dark, render.WrapFor(width))
			if err != nil {
				b.Fatal(err)
			}
			p, err := render.Render(rr, a.Body, r.spans, width, render.Dark)
			if err != nil {
				b.Fatal(err)
			}
			for i := range p.Lines {
				_ = p.Line(i, r.markFor)
			}
		}
	}
	// The pipeline as the reader runs it (Prepare): parse, then
	// the analysis, officials included, beside glamour, then the terms
	// located and every line highlighted.
	kabar := func(b *testing.B, r *Reader, finder *officials.Finder) {
		doc, p, err := Prepare(parse(b), analyse(finder), width, render.Dark)
		if err != nil {
			b.Fatal(err)
		}
		r.SetDocument(doc, nil)
		for i := range p.Lines {
			_ = p.Line(i, r.markFor)
		}
	}
	b.Run("kabar", func(b *testing.B) {
		finder := testFinder(b)
		r := NewReader(st, an, render.Dark)
		b.ReportAllocs()
		for b.Loop() {
			kabar(b, r, finder)
		}
	})
	// The same steps one after the other, on one core: the CPU the
	// pipeline costs, without and with the officials.
	b.Run("kabar-serial", func(b *testing.B) { pipeline(b, nil) })
	b.Run("kabar+officials-serial", func(b *testing.B) { pipeline(b, testFinder(b)) })
	// The bar itself: the two renders above taken in turns, in the order
	// glamour-kabar, kabar-glamour, …, so that the machine's drift, the
	// collector's cycles and what each leaves in the caches for the next
	// fall on both alike (always glamour first measures kabar 25% faster,
	// its glamour warmed by the one before). The metric is the ratio of
	// their median times. It moves with the collector: the process holds
	// about 2 MB live, so it collects every 2 MB allocated, and a cycle
	// costs the pipeline more than glamour, whose second core is idle for
	// the collector to use. With GOGC=off the ratio is about 1.15; with
	// chroma's 1 MB of themes live (before it left the build) about 1.2.
	b.Run("kabar-vs-glamour", func(b *testing.B) {
		finder := testFinder(b)
		r := NewReader(st, an, render.Dark)
		var plain, full []time.Duration
		timed := func(d *[]time.Duration, run func()) {
			start := time.Now()
			run()
			*d = append(*d, time.Since(start))
		}
		for n := 0; b.Loop(); n++ {
			g := func() { glamour(b) }
			k := func() { kabar(b, r, finder) }
			if n%2 == 0 {
				timed(&plain, g)
				timed(&full, k)
			} else {
				timed(&full, k)
				timed(&plain, g)
			}
		}
		median := func(d []time.Duration) float64 {
			slices.Sort(d)
			return float64(d[len(d)/2])
		}
		b.ReportMetric(median(full)/median(plain), "x-glamour")
		b.ReportMetric(median(full)/1e3, "us-kabar")
		b.ReportMetric(median(plain)/1e3, "us-glamour")
	})
	// kabar render as shipped: analysis (officials included) beside
	// glamour, then the article printed with its notes.
	b.Run("kabar-render-with-notes", func(b *testing.B) {
		finder := testFinder(b)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := RenderArticle(parse(b), analyse(finder), width, render.Dark, st); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// benchTab measures one tab press, Update and View, on a rendered article.
func benchTab(b *testing.B, load Loader) {
	m := New(Config{Analyzer: testAnalyzer(b), Finder: testFinder(b), Styles: NewStyles(DefaultPalette()), Style: render.Dark, Load: load})
	drive(b, m, m.Init()())
	drive(b, m, tea.WindowSizeMsg{Width: 120, Height: 40})
	if m.reader.page == nil {
		b.Fatal("not rendered")
	}
	tab := tea.KeyMsg{Type: tea.KeyTab}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		m.Update(tab)
		_ = m.View()
	}
}

func BenchmarkTabSeed(b *testing.B) { benchTab(b, articles.Default) }

// BenchmarkTab20kWords: a 20,000-word article (the seed's paragraphs
// repeated, each copy numbered so it is not one long repetition).
func BenchmarkTab20kWords(b *testing.B) {
	body := string(seedText(b))
	var paras []string
	for i := 0; len(strings.Fields(strings.Join(paras, " "))) < 20000; i++ {
		paras = append(paras, strings.Split(body, "\n\n")...)
	}
	text := []byte("KONTAN.CO.ID - MOSKOW. " + strings.Join(paras, "\n"))
	benchTab(b, func() (articles.Article, error) { return articles.ParseText("long.txt", text) })
}
