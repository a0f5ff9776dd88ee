package library

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/articles/store"
)

func testLibrary(t testing.TB) *Library {
	t.Helper()
	l, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	l.Index = func(a articles.Article) store.Index {
		if strings.Contains(a.Body, "memperingatkan") {
			return store.Index{Roots: "ingat", Headwords: []string{"memperingatkan"}}
		}
		return store.Index{}
	}
	return l
}

const page = `<!DOCTYPE html><html><head><meta charset="%s"><title>%s</title></head><body>
<article><h1>%s</h1><p>KOMPAS.com - Harga beras naik 5 persen pekan ini, kata pedagang di Pasar Induk Cipinang. Kenaikan dipicu pasokan yang berkurang dari sentra produksi.</p>
<p>Menteri Perdagangan Budi Santoso mengatakan pemerintah akan menggelar operasi pasar pekan depan di sejumlah kota besar.</p>
<p>%s</p></article></body></html>`

func feedXML(base string, items int, summary bool) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Berita Uji</title><link>` + base + `</link>`)
	for i := range items {
		content := "Ringkasan singkat."
		if !summary {
			content = "&lt;p&gt;" + strings.Repeat("Harga beras naik lagi di pasar induk. ", 40) + "&lt;/p&gt;"
		}
		fmt.Fprintf(&b, `<item><title>Berita %d</title><link>%s/artikel/%d</link><pubDate>Tue, 12 Sep 2023 10:00:00 +0700</pubDate><description>%s</description></item>`, i, base, i, content)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

func server(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(feedXML(srv.URL, 3, true)))
	})
	mux.HandleFunc("/full.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(feedXML(srv.URL+"/full", 2, false)))
	})
	mux.HandleFunc("/broken.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<?xml version="1.0"?><rss><channel><title>Rusak<item></rss`))
	})
	mux.HandleFunc("/artikel/", func(w http.ResponseWriter, r *http.Request) {
		n := strings.TrimPrefix(r.URL.Path, "/artikel/")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, page, "utf-8", "Berita "+n, "Berita "+n, "Nomor "+n+" dari pasar.")
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		fmt.Fprintf(w, page, "windows-1252", "Kafe", "Kafe", "Caf\xe9 dekat pasar menaikkan harga nasi.")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestAddURLAndCharset(t *testing.T) {
	srv := server(t)
	l := testLibrary(t)
	r := l.AddURL(context.Background(), srv.URL+"/latin1")
	if r.Err != nil || !r.New {
		t.Fatalf("%+v", r)
	}
	a, err := l.Get(r.ID)
	if err != nil || !strings.Contains(a.Body, "Café dekat pasar") || a.URL != srv.URL+"/latin1" || a.Source != "KOMPAS.com" {
		t.Fatalf("windows-1252 page: %q %v", a.Body, err)
	}
	if r := l.AddURL(context.Background(), srv.URL+"/feed.xml"); r.Err == nil || !strings.Contains(r.Err.Error(), "feeds add") {
		t.Errorf("a feed added as a page: %+v", r)
	}
}

func TestFeeds(t *testing.T) {
	srv := server(t)
	l := testLibrary(t)
	ctx := context.Background()
	for _, u := range []string{"/feed.xml", "/full.xml"} {
		if _, err := l.AddFeed(ctx, srv.URL+u); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := l.AddFeed(ctx, srv.URL+"/broken.xml"); err == nil || !strings.Contains(err.Error(), "broken.xml") {
		t.Errorf("malformed feed: %v", err)
	}
	// A feed that breaks after being followed does not stop the others.
	if _, err := l.Store.AddFeed(srv.URL+"/broken.xml", "Rusak"); err != nil {
		t.Fatal(err)
	}
	reports, err := l.UpdateFeeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	total, failed := 0, 0
	for _, r := range reports {
		total += r.New
		if r.Err != nil {
			failed++
		}
	}
	if total != 5 || failed != 1 {
		t.Fatalf("update: %d new, %d failed; want 5 and 1: %+v", total, failed, reports)
	}
	// Summaries were fetched as pages; full items were read as they are.
	entries, _ := l.Store.List()
	for _, e := range entries {
		a, _ := l.Get(e.ID)
		if strings.HasPrefix(e.URL, srv.URL+"/artikel/") && !strings.Contains(a.Body, "Menteri Perdagangan") {
			t.Errorf("%s: the page was not fetched: %q", e.URL, a.Body)
		}
		if e.Published.IsZero() {
			t.Errorf("%s: no date", e.URL)
		}
	}
	again, _ := l.UpdateFeeds(ctx)
	for _, r := range again {
		if r.New != 0 {
			t.Errorf("second update added %d from %s", r.New, r.Feed.URL)
		}
	}
}

// TestAddFolder: valid files land, each invalid one is reported with its
// reason, and nothing half-written stays.
func TestAddFolder(t *testing.T) {
	l := testLibrary(t)
	dir := t.TempDir()
	files := map[string]string{
		"satu.txt":     "KOMPAS.com - Presiden memperingatkan para menteri soal anggaran.",
		"dua.md":       "---\ntitle: Judul Markdown\nsource: Uji\ndate: 2024-01-02\n---\n\nIni **teks** dengan [tautan](http://x).\n",
		"tiga.html":    fmt.Sprintf(page, "utf-8", "Tiga", "Tiga", "Penutup."),
		"kosong.txt":   "",
		"biner.txt":    "\x00\x01\x02",
		"latin.txt":    "Caf\xe9",
		".hidden.txt":  "tersembunyi",
		"catatan.json": `{"bukan": "artikel"}`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	results := l.AddPath(dir)
	var added, failed []string
	for _, r := range results {
		if r.Err != nil {
			failed = append(failed, filepath.Base(r.Source)+": "+r.Err.Error())
		} else {
			added = append(added, filepath.Base(r.Source))
		}
	}
	if len(added) != 3 || len(failed) != 3 {
		t.Fatalf("added %v, failed %v", added, failed)
	}
	for _, f := range failed {
		if !strings.Contains(f, "empty") && !strings.Contains(f, "binary") && !strings.Contains(f, "UTF-8") {
			t.Errorf("failure without a reason: %s", f)
		}
	}
	if n, _ := l.Store.Count(); n != 3 {
		t.Errorf("%d stored, want 3", n)
	}
	hits, err := l.Search("ingat", 10)
	if err != nil || len(hits) == 0 {
		t.Errorf("search by root: %v %v", hits, err)
	}
	md, _ := l.Store.Search([][]string{{"tautan"}}, 10)
	if len(md) != 1 || md[0].Title != "Judul Markdown" || md[0].Published.Year() != 2024 {
		t.Errorf("markdown: %+v", md)
	}
}

func TestHugeFileRefused(t *testing.T) {
	l := testLibrary(t)
	path := filepath.Join(t.TempDir(), "besar.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	r := l.AddPath(path)
	if len(r) != 1 || r[0].Err == nil || !strings.Contains(r[0].Err.Error(), "too large") {
		t.Errorf("100 MB file: %+v", r)
	}
}

// TestSampleCounts: the samples carry learning counts like stored articles.
func TestSampleCounts(t *testing.T) {
	l := testLibrary(t)
	sample := func() store.Entry {
		entries, err := l.Entries()
		if err != nil {
			t.Fatal(err)
		}
		return entries[len(entries)-1] // the library holds nothing newer than the sample
	}
	// The reader's library loads entries in commands that may overlap.
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			entries, err := l.Entries()
			if err != nil || len(entries) == 0 || entries[0].Distinct != 1 || entries[0].Known != 0 {
				t.Errorf("entries %+v, %v; want the sample first with 1 distinct, 0 known", entries, err)
			}
		})
	}
	wg.Wait()
	if err := l.Store.Mark(store.Word{Headword: "memperingatkan", Status: store.Known}); err != nil {
		t.Fatal(err)
	}
	if e := sample(); e.Known != 1 {
		t.Errorf("after marking: %d known, want 1", e.Known)
	}
}
