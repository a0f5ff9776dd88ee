package glossary

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzAnalyze: on any text, terms come in order, never overlap, lie on
// token boundaries of the text they were cut from, and never panic.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"AS memperingatkan bahwa senjata-senjata Korea Selatan-AS-Jepang.",
		"Rp 5 triliun naik 2,65% pada 12/9/2023 pukul 10.30 WIB", "“Ini,” kata Leif-Eric --- ke-an -nya- meN-",
		"MOSKOW. Kapal selam berbondong-bondong sebaik-baiknya tembak-menembak",
		"Baca (https://www.kompas.com/a_(b)), www.x.id atau surel redaksi.pagi@kompas.co.id; 0@0."} {
		f.Add(s)
	}
	a := NewAnalyzer(testGlossary(f))
	f.Fuzz(func(t *testing.T, text string) {
		end := 0
		for _, tk := range Tokenize(text) {
			if tk.Start < end || tk.End <= tk.Start || tk.End > len(text) {
				t.Fatalf("token [%d,%d) after %d in %q", tk.Start, tk.End, end, text)
			}
			if tk.Kind == LinkToken && strings.ContainsFunc(text[tk.Start:tk.End], unicode.IsSpace) {
				t.Fatalf("address %q has a space", text[tk.Start:tk.End])
			}
			end = tk.End
		}
		prev := 0
		for _, tm := range a.Analyze(text) {
			if tm.Start < prev || tm.End <= tm.Start || tm.End > len(text) {
				t.Fatalf("term %q at [%d,%d) after %d in %q", tm.Text, tm.Start, tm.End, prev, text)
			}
			if text[tm.Start:tm.End] != tm.Text {
				t.Fatalf("term text %q != %q", tm.Text, text[tm.Start:tm.End])
			}
			if utf8.ValidString(text) && !utf8.ValidString(tm.Text) {
				t.Fatalf("term %q splits a character", tm.Text)
			}
			prev = tm.End
		}
		_ = a.Lookup(text)
	})
}
