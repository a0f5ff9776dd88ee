package render

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/kabar-reader/kabar/articles"
)

// TestParallelLines: the body rendered in parts side by side is, line for
// line and byte for byte, the body rendered whole, in every style and at
// widths from 20 to 200, for the sample, articles of the dev set and odd
// bodies (a one-line paragraph, blank lines, markup at a cut).
func TestParallelLines(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	}
	bodies := []string{seedBody(t)}
	files, err := filepath.Glob("../../glossary/testdata/dev/*.txt")
	if err != nil || len(files) < 8 {
		t.Fatalf("dev articles: %d, %v", len(files), err)
	}
	for _, f := range files[:8] {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := articles.ParseText(f, b)
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, a.Body)
	}
	long := strings.Repeat("Kata "+strings.Repeat("x", 1100)+" akhir.\n\n", 3)
	odd := strings.Repeat("Satu.\n\n", 150) + "1. bukan daftar\n\n# bukan judul\n\n\n\n- bukan butir\n\n" + strings.Repeat("Dua tiga.\n\n", 150)
	bodies = append(bodies, long, odd, strings.TrimSuffix(odd, "\n\n"))
	for _, style := range []Style{Dark, Light, NoTTY} {
		for _, width := range []int{20, 57, 120, 200} {
			r, err := NewRenderer(style, WrapFor(width))
			if err != nil {
				t.Fatal(err)
			}
			for i, body := range bodies {
				want, err := Lines(r, body)
				if err != nil {
					t.Fatal(err)
				}
				got, err := ParallelLines(style, WrapFor(width), body)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(got, want) {
					t.Errorf("%s at %d, body %d: %s", style, width, i, firstDiff(got, want))
				}
			}
		}
	}
}

func firstDiff(got, want []string) string {
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			return fmt.Sprintf("line %d is %q, want %q", i, got[i], want[i])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(got), len(want))
}

// TestCut: parts of about equal size, cut at paragraph breaks only, that
// give the body back joined by the breaks.
func TestCut(t *testing.T) {
	body := strings.Repeat("satu dua tiga.\n\n", 100) + "akhir"
	for n := 1; n <= 5; n++ {
		parts := cut(body, n)
		if len(parts) != n || strings.Join(parts, "\n\n") != body {
			t.Fatalf("cut in %d: %d parts, joined back equal: %v", n, len(parts), strings.Join(parts, "\n\n") == body)
		}
		for _, p := range parts {
			if d := len(p) - len(body)/n; d > 20 || d < -20 {
				t.Errorf("cut in %d: a part of %d bytes", n, len(p))
			}
		}
	}
	for _, body := range []string{"", "satu paragraf saja", "\n\n\n\nx", "x\n\n\n\n"} {
		if parts := cut(body, 3); strings.Join(parts, "\n\n") != body {
			t.Errorf("cut(%q) = %q", body, parts)
		}
	}
}
