package render

import (
	"os"
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
