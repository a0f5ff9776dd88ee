package articles

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseText: any input gives an article or a ParseError, never a panic,
// and nothing that reaches the screen carries control characters.
func FuzzParseText(f *testing.F) {
	seed, _ := samplesFS.ReadFile("samples/kontan-kim-jong-un-russia.txt")
	f.Add(seed)
	f.Add([]byte("KOMPAS.com - Harga naik.\nBaca juga: X"))
	f.Add([]byte("Reporter: A | Editor: B\nJakarta (ANTARA) - Teks \x1b[2J berita."))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseText("fuzz.txt", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.txt: ") {
				t.Fatalf("error does not name the input: %v", err)
			}
			return
		}
		for _, s := range []string{a.Title, a.Body, a.Source, a.Dateline} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in %q", s)
			}
			for _, r := range s {
				if r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r <= 0x9f {
					t.Fatalf("control character %U in %q", r, s)
				}
			}
		}
		if a.Body == "" {
			t.Fatal("article without body")
		}
	})
}

// FuzzParse: the content-sniffing parser (HTML, markdown, text) on any
// bytes: an article or a ParseError, never a panic, never a control
// character in what reaches the screen.
func FuzzParse(f *testing.F) {
	f.Add([]byte("<!DOCTYPE html><html><head><title>T</title></head><body><p>KOMPAS.com - Teks berita panjang di sini.</p></body></html>"), "text/html; charset=windows-1252")
	f.Add([]byte("---\ntitle: Judul\ndate: 2024-01-02\n---\n\n# Kepala\n\nIsi **tebal** [tautan](x).\n"), "")
	f.Add([]byte("CafÃ© dan Ã© lagi Â± teks"), "")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		a, err := Parse("fuzz", data, contentType)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz: ") {
				t.Fatalf("error does not name the input: %v", err)
			}
			return
		}
		for _, s := range []string{a.Title, a.Body, a.Source} {
			for _, r := range s {
				if r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r <= 0x9f || r == 0x1b {
					t.Fatalf("control character %U in %q", r, s)
				}
			}
		}
	})
}

// FuzzClean: Clean's output is valid UTF-8 with no control, bidi or
// zero-width character; cleaning twice changes nothing more; and text
// that has none of those comes out as it went in.
func FuzzClean(f *testing.F) {
	f.Add("Harga \x1b[31mnaik\x1b[0m \x1b]0;x\x07tajam\x9b2J \u202eabc\u202c\r\nbaris\tdua\x00")
	f.Add("Sri Mulyani: “Kami siap” — 2,5%\n\nBaris kedua é 北京 🎉")
	f.Fuzz(func(t *testing.T, s string) {
		got := Clean(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Clean(%q) = %q: invalid UTF-8", s, got)
		}
		for _, r := range got {
			if r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r <= 0x9f || r == 0xa0 || r == 0x202f ||
				r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200b || r == 0xfeff || r == 0x200e || r == 0x200f {
				t.Fatalf("Clean(%q) = %q keeps %U", s, got, r)
			}
		}
		if again := Clean(got); again != got {
			t.Fatalf("Clean(%q) = %q, and again %q", s, got, again)
		}
		if utf8.ValidString(s) && !strings.ContainsFunc(s, func(r rune) bool {
			return r < 0x20 && r != '\n' || r >= 0x7f && r <= 0xa0 || r == 0x202f || r >= 0x2000 && r <= 0x206f || r == 0xfeff
		}) && got != s {
			t.Fatalf("Clean(%q) = %q, want it unchanged", s, got)
		}
	})
}
