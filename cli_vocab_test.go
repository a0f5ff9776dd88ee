package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kabar-reader/kabar/articles/library"
	"github.com/kabar-reader/kabar/articles/store"
)

func TestVocabCommands(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("KABAR_DATA_DIR", dir)
	out, errs, code := runKabar(t, "", "vocab", "mark", "memperingatkan", "2")
	if code != 0 || !strings.HasPrefix(out, "memperingatkan: ") {
		t.Fatalf("mark: %d %q %q", code, out, errs)
	}
	for _, bad := range [][]string{{"vocab", "mark", "Jakarta", "2"}, {"vocab", "mark", "kata", "maybe"}, {"vocab", "mark"}, {"vocab", "nothing"}} {
		if _, errs, code := runKabar(t, "", bad...); code == 0 || errs == "" || strings.Count(errs, "\n") != 1 {
			t.Errorf("%v: exit %d, %q", bad, code, errs)
		}
	}
	out, _, code = runKabar(t, "", "vocab", "list")
	if code != 0 || !strings.Contains(out, "memperingatkan") || !strings.Contains(out, "to warn") || strings.Contains(out, "yours:") {
		t.Fatalf("list: %d %q", code, out)
	}
	// The learner's own gloss (the reader's e) comes first.
	lib, err := library.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := lib.Store.Mark(store.Word{Headword: "memperingatkan", Status: store.Status(2), Gloss: "caution"}); err != nil {
		t.Fatal(err)
	}
	lib.Close()
	out, _, _ = runKabar(t, "", "vocab", "list")
	if !strings.Contains(out, "yours: caution · to warn") {
		t.Errorf("list lacks the own gloss: %q", out)
	}
	out, _, _ = runKabar(t, "", "vocab", "list", "--json")
	var words []map[string]any
	if err := json.Unmarshal([]byte(out), &words); err != nil || len(words) != 1 || words[0]["own_gloss"] != "caution" || words[0]["due"] == nil {
		t.Errorf("list --json: %v %s", err, out)
	}
	csv := filepath.Join(dir, "words.csv")
	if _, errs, code := runKabar(t, "", "vocab", "export", "--format", "csv", csv); code != 0 {
		t.Fatalf("export: %s", errs)
	}
	if data, _ := os.ReadFile(csv); !strings.Contains(string(data), "caution") {
		t.Errorf("csv: %s", data)
	}
	// A bad format or place leaves an existing file as it was.
	if err := os.WriteFile(csv, []byte("precious"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errs, code := runKabar(t, "", "vocab", "export", "--format", "xml", csv); code == 0 || !strings.Contains(errs, "unknown format") {
		t.Errorf("export --format xml: %d %q", code, errs)
	}
	if data, _ := os.ReadFile(csv); string(data) != "precious" {
		t.Errorf("a failed export changed the file: %q", data)
	}
	missing := filepath.Join(dir, "no-such-dir", "words.csv")
	if _, errs, code := runKabar(t, "", "vocab", "export", missing); code == 0 || !strings.Contains(errs, missing) {
		t.Errorf("export to a missing directory: %d %q", code, errs)
	}
	if out, _, code := runKabar(t, "", "vocab", "export", "--format", "anki", csv); code != 0 || out != "1 word written to "+csv+" (anki)\n" {
		t.Errorf("export: %d %q", code, out)
	}
	if out, _, code := runKabar(t, "", "vocab", "stats"); code != 0 || !strings.Contains(out, "1 due for review now") {
		t.Errorf("stats: %d %q", code, out)
	}
}

// TestChart: a bar a day, the fullest day full height, totals counted in
// words.
func TestChart(t *testing.T) {
	days := []store.Day{{Date: "2026-11-26", Known: 0, Reviewed: 2}, {Date: "2026-11-27", Known: 1}, {Date: "2026-11-28", Known: 0, Reviewed: 4}}
	want := "last 3 days (2026-11-26 to 2026-11-28)\nknown      ▂   1 word\nreviewed  ▄ █  6 reviews\n"
	if got := chart(days); got != want {
		t.Errorf("chart:\n%s\nwant:\n%s", got, want)
	}
}
