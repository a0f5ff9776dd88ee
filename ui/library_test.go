package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/articles/library"
	"github.com/kabar-reader/kabar/articles/store"
	"github.com/kabar-reader/kabar/ui/render"
)

func testLibraryModel(t *testing.T) (*Model, *library.Library) {
	t.Helper()
	lib, err := library.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	st := lib.Store
	for i, title := range []string{"Harga Beras Naik di Pasar Induk", "Banjir Rendam Ribuan Rumah di Sukabumi"} {
		a := articles.Article{Title: title, Source: "UJI", Body: fmt.Sprintf("Isi berita nomor %d. Presiden memperingatkan menteri.", i),
			Published: time.Date(2024, 1, i+1, 0, 0, 0, 0, time.UTC)}
		if _, _, err := st.Add(a, store.Index{}, 0); err != nil {
			t.Fatal(err)
		}
	}
	m := New(Config{Analyzer: testAnalyzer(t), Finder: testFinder(t), Styles: PlainStyles(), Style: render.NoTTY, Library: lib})
	drive(t, m, m.Init()())
	drive(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	return m, lib
}

func TestLibraryScreen(t *testing.T) {
	m, lib := testLibraryModel(t)
	v := m.View()
	for _, want := range []string{"kabar — library", "3 articles", "Pemimpin Korea Utara Kim Jong Un", "Banjir Rendam Ribuan Rumah", "UJI · 2 Jan 2024"} {
		if !strings.Contains(v, want) {
			t.Errorf("library lacks %q:\n%s", want, v)
		}
	}
	checkFrame(t, v, 100, 30)
	// Newest first, the sample (2023) among them by its date.
	if b, h, p := strings.Index(v, "Banjir Rendam"), strings.Index(v, "Harga Beras"), strings.Index(v, "Pemimpin Korea"); !(b < h && h < p) {
		t.Errorf("library not newest first:\n%s", v)
	}
	// Open the newest article, read, go back with esc.
	drive(t, m, press("enter"))
	if v := m.View(); !strings.Contains(v, "Banjir Rendam Ribuan Rumah di Sukabumi") || !strings.Contains(v, "tab next word") {
		t.Fatalf("enter did not open the article:\n%s", v)
	}
	drive(t, m, press("esc"))
	if v := m.View(); !strings.Contains(v, "kabar — library") {
		t.Fatalf("esc did not go back:\n%s", v)
	}
	// Delete it: d asks, y confirms.
	drive(t, m, press("d"))
	if v := m.View(); !strings.Contains(v, "y to confirm") {
		t.Fatalf("delete did not ask:\n%s", v)
	}
	drive(t, m, press("y"))
	if n, _ := lib.Store.Count(); n != 1 {
		t.Errorf("%d articles after delete, want 1", n)
	}
	// R opens the review, q comes back to the library.
	drive(t, m, press("R"))
	if v := m.View(); !strings.Contains(v, "kabar — review") || !strings.Contains(v, "Nothing is due") {
		t.Fatalf("R did not open the review:\n%s", v)
	}
	drive(t, m, press("q"))
	if v := m.View(); !strings.Contains(v, "kabar — library") {
		t.Fatalf("q in the review did not come back:\n%s", v)
	}
	// The sample stays.
	drive(t, m, press("G"))
	drive(t, m, press("d"))
	if v := m.View(); !strings.Contains(v, "stays") {
		t.Errorf("the sample can be deleted:\n%s", v)
	}
}

// TestEscClearsBeforeLeaving: after a search that found nothing, esc
// dismisses its message; only the next esc goes back to the library.
func TestEscClearsBeforeLeaving(t *testing.T) {
	m, _ := testLibraryModel(t)
	drive(t, m, press("enter"))
	drive(t, m, press("/"))
	typeText(t, m, "zzzz")
	drive(t, m, press("enter"))
	if v := m.View(); !strings.Contains(v, "no match") {
		t.Fatalf("no message after a search that found nothing:\n%s", v)
	}
	drive(t, m, press("esc"))
	if v := m.View(); strings.Contains(v, "no match") || !strings.Contains(v, "tab next word") {
		t.Fatalf("esc did not just dismiss the message:\n%s", v)
	}
	drive(t, m, press("esc"))
	if v := m.View(); !strings.Contains(v, "kabar — library") {
		t.Fatalf("the second esc did not go back:\n%s", v)
	}
}

func TestLibraryFilterTakesQ(t *testing.T) {
	m, _ := testLibraryModel(t)
	drive(t, m, press("/"))
	_, cmd := m.Update(press("q"))
	if cmd != nil {
		if _, quit := cmd().(tea.QuitMsg); quit {
			t.Fatal("q quit while filtering")
		}
	}
}

// BenchmarkLibraryOpen10k: the library screen on 10,000 articles, from
// the list of entries to the first frame (bar: 200 ms).
func BenchmarkLibraryOpen10k(b *testing.B) {
	entries := make([]store.Entry, 10000)
	for i := range entries {
		entries[i] = store.Entry{ID: fmt.Sprint(i), Title: fmt.Sprintf("Berita nomor %d tentang harga beras", i), Source: "UJI",
			Published: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Words: 300}
	}
	b.ReportAllocs()
	for b.Loop() {
		m := NewLibrary(&library.Library{}, NewStyles(DefaultPalette()))
		m.SetSize(120, 40)
		m.seq = 1
		m.Update(entriesMsg{seq: 1, entries: entries})
		_ = m.View()
	}
}

var _ = list.Item(item{})

func TestWordFilter(t *testing.T) {
	targets := []string{"Pemimpin Korea Utara Kim Jong Un tiba di Rusia KONTAN.CO.ID",
		"Eri Cahyadi Wajibkan Bayar Parkir Tepi Jalan detik", "Polda Metro Tilang Pengendara CNN Indonesia"}
	for _, tt := range []struct {
		term string
		want []int
	}{
		{"parkir", []int{1}},
		{"KIM rusia", []int{0}},
		{"an", []int{0, 1, 2}},
		{"tilang kim", nil},
	} {
		var got []int
		for _, r := range wordFilter(tt.term, targets) {
			got = append(got, r.Index)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.term, got, tt.want)
		}
	}
	if r := wordFilter("parkir", targets); len(r) != 1 || len(r[0].MatchedIndexes) != 6 || r[0].MatchedIndexes[0] != strings.Index(targets[1], "Parkir") {
		t.Errorf("highlight of parkir: %+v", r)
	}
}

// TestItemCounts: the library says how many words are known and how many
// are still to learn — learning ones included, which the reader's "new"
// leaves out, so the library does not call them new.
func TestItemCounts(t *testing.T) {
	d := item{e: store.Entry{Title: "t", Source: "KONTAN.CO.ID", Words: 368, Distinct: 158, Known: 1}}.Description()
	if !strings.Contains(d, "0% known, 157 to learn") || strings.Contains(d, "new") {
		t.Errorf("description %q", d)
	}
}
