package render

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkNewPage: locating every word of the seed article in its
// rendered lines, the step after glamour on the way to the screen.
func BenchmarkNewPage(b *testing.B) {
	data, err := os.ReadFile("../../articles/samples/kontan-kim-jong-un-russia.txt")
	if err != nil {
		b.Fatal(err)
	}
	body := string(data)
	r, err := NewRenderer(Dark, WrapFor(120))
	if err != nil {
		b.Fatal(err)
	}
	lines, err := Lines(r, body)
	if err != nil {
		b.Fatal(err)
	}
	var spans []Span
	for i := 0; i < len(body); {
		for i < len(body) && (body[i] == ' ' || body[i] == '\n') {
			i++
		}
		start := i
		for i < len(body) && body[i] != ' ' && body[i] != '\n' {
			i++
		}
		if i > start {
			spans = append(spans, Span{start, i})
		}
	}
	b.ReportMetric(float64(len(spans)), "spans")
	b.ReportAllocs()
	for b.Loop() {
		NewPage(lines, body, spans, 120, Dark)
	}
}

// BenchmarkLines: glamour's render of the seed and of a 20,000-word body
// (the seed's paragraphs repeated), with one renderer and in parts side by
// side as the reader does it. The seed is below two parts' worth and
// renders in one.
func BenchmarkLines(b *testing.B) {
	seed := seedBody(b)
	long := seed
	for len(strings.Fields(long)) < 20000 {
		long += "\n\n" + seed
	}
	for _, c := range []struct {
		name, body string
	}{{"seed", seed}, {"20k-words", long}} {
		b.Run(c.name+"/serial", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r, err := NewRenderer(Dark, WrapFor(120))
				if err != nil {
					b.Fatal(err)
				}
				if _, err := Lines(r, c.body); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(c.name+"/parallel", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParallelLines(Dark, WrapFor(120), c.body); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
