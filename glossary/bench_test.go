package glossary

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkAnalyze measures tokenize + analyse + look up over news text and
// reports tokens per second (the bar: 1,000,000 on one core).
func BenchmarkAnalyze(b *testing.B) {
	data, err := os.ReadFile("../articles/samples/kontan-kim-jong-un-russia.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(data)+"\n", 20)
	a := NewAnalyzer(testGlossary(b))
	tokens := len(Tokenize(text))
	a.Analyze(text) // the word cache fills once per process, as in use
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		a.Analyze(text)
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkAnalyzeCold is the same with an empty cache every time: every
// distinct word goes through the morphology.
func BenchmarkAnalyzeCold(b *testing.B) {
	data, err := os.ReadFile("../articles/samples/kontan-kim-jong-un-russia.txt")
	if err != nil {
		b.Fatal(err)
	}
	g := testGlossary(b)
	tokens := len(Tokenize(string(data)))
	b.ReportAllocs()
	for b.Loop() {
		NewAnalyzer(g).Analyze(string(data))
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkEmbedded(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Embedded(); err != nil {
			b.Fatal(err)
		}
	}
}
