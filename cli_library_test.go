package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLibraryCommands(t *testing.T) {
	t.Setenv("KABAR_DATA_DIR", t.TempDir())
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("KOMPAS.com - Presiden memperingatkan para menteri soal anggaran negara."), 0o600)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte{0, 1, 2}, 0o600)
	out, errs, code := runKabar(t, "", "add", dir)
	if code == 0 || !strings.Contains(out, "1 added") || !strings.Contains(errs, "b.txt") || strings.Count(errs, "\n") != 1 {
		t.Fatalf("add: %d %q %q", code, out, errs)
	}
	out, _, code = runKabar(t, "", "list", "--json")
	var list []map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &list) != nil || len(list) != 2 {
		t.Fatalf("list: %d %s", code, out)
	}
	for _, k := range []string{"id", "title", "source", "url", "published"} {
		if _, ok := list[1][k]; !ok {
			t.Errorf("list --json lacks %q", k)
		}
	}
	id := list[1]["id"].(string)
	// Search by root: "ingat" finds memperingatkan.
	out, _, code = runKabar(t, "", "search", "--json", "ingat")
	if code != 0 || !strings.Contains(out, id) {
		t.Errorf("search ingat: %d %s", code, out)
	}
	// Render by id.
	out, errs, code = runKabar(t, "", "render", "--style", "notty", id)
	if code != 0 || !strings.Contains(out, "memperingatkan") {
		t.Errorf("render %s: %d %q", id, code, errs)
	}
	if _, errs, code := runKabar(t, "", "render", "nosuchid"); code == 0 || !strings.Contains(errs, "nosuchid") {
		t.Errorf("unknown id: %d %q", code, errs)
	}
}

func TestFeedCommands(t *testing.T) {
	t.Setenv("KABAR_DATA_DIR", t.TempDir())
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/rss":
			w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Uji</title><item><title>Satu</title><link>` +
				srv.URL + `/a</link><description><![CDATA[<p>` + strings.Repeat("Harga beras naik di pasar. ", 40) + `</p>]]></description></item></channel></rss>`))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	if out, errs, code := runKabar(t, "", "feeds", "add", srv.URL+"/rss"); code != 0 || !strings.Contains(out, "Uji") {
		t.Fatalf("feeds add: %d %q %q", code, out, errs)
	}
	if out, _, code := runKabar(t, "", "feeds", "update"); code != 0 || !strings.Contains(out, "1 new") {
		t.Fatalf("feeds update: %d %q", code, out)
	}
	if out, _, _ := runKabar(t, "", "feeds", "list"); !strings.Contains(out, srv.URL+"/rss") {
		t.Errorf("feeds list: %q", out)
	}
	opml := filepath.Join(t.TempDir(), "feeds.opml")
	if out, _, code := runKabar(t, "", "feeds", "export", opml); code != 0 || out != "1 feed written to "+opml+" (OPML)\n" {
		t.Fatalf("export: %d %q", code, out)
	}
	t.Setenv("KABAR_DATA_DIR", t.TempDir())
	if out, _, code := runKabar(t, "", "feeds", "import", opml); code != 0 || !strings.Contains(out, "following 1 feed from") {
		t.Errorf("import: %d %q", code, out)
	}
	if _, errs, code := runKabar(t, "", "feeds", "add", srv.URL+"/missing"); code == 0 || !strings.Contains(errs, "404") {
		t.Errorf("bad feed: %d %q", code, errs)
	}
}
