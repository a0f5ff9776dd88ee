package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

func runKabar(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestRenderNoTTYHasNoEscapes(t *testing.T) {
	out, errs, code := runKabar(t, "", "render", "--style", "notty", "--width", "90")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if strings.Contains(out, "\x1b") || strings.ContainsRune(out, 0x9b) {
		t.Error("notty output contains escape sequences")
	}
	for _, want := range []string{"Pemimpin Korea Utara Kim Jong Un tiba di Rusia", "KONTAN.CO.ID · MOSKOW · 12 Sep 2023",
		"Notes", "memperingatkan (root ingat: meN-+per-+ingat+-kan, verb) — to warn", "Korea Utara (place) — North Korea",
		"kapal selam", "Baca juga", "Rombongan Kim Jong Un Tiba di Rusia", "Officials", "Kim Jong Un — Leader of North Korea (“Pemimpin Korea Utara”), 7 mentions", "Choe Sun Hui — Foreign Minister of North Korea"} {
		if !strings.Contains(out, want) {
			t.Errorf("render output lacks %q", want)
		}
	}
	if strings.Count(out, "\n  memperingatkan (") != 1 {
		t.Error("a term should appear once in the notes")
	}
	for i, line := range strings.Split(out, "\n") {
		if n := len([]rune(line)); n > 90 {
			t.Errorf("line %d is %d wide", i, n)
		}
	}
}

func TestRenderDarkHighlights(t *testing.T) {
	out, errs, code := runKabar(t, "", "render", "--style", "dark", "--width", "100")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "\x1b[") {
		t.Error("dark style printed no colours")
	}
}

func TestAnnotateJSON(t *testing.T) {
	out, errs, code := runKabar(t, "", "annotate", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc struct {
		Title, Source, Dateline, Published, Body string
		Byline                                   []struct{ Name, Role string }
		Terms                                    []struct {
			Start, End                      int
			Text, Kind, Root, Headword, POS string
			Glosses                         []string
		}
		Officials []json.RawMessage
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Source != "KONTAN.CO.ID" || doc.Dateline != "MOSKOW" || doc.Published != "2023-09-12" ||
		len(doc.Byline) != 2 || doc.Byline[0].Role != "Reporter" || doc.Officials == nil {
		t.Errorf("header fields: %+v", doc)
	}
	found := false
	for _, tm := range doc.Terms {
		if doc.Body[tm.Start:tm.End] != tm.Text {
			t.Fatalf("term %q: offsets give %q", tm.Text, doc.Body[tm.Start:tm.End])
		}
		if tm.Text == "memperingatkan" {
			found = tm.Root == "ingat" && tm.Headword == "memperingatkan" && tm.POS == "verb" && tm.Kind == "word" && len(tm.Glosses) > 0
		}
	}
	if !found {
		t.Error("memperingatkan is not annotated as PRODUCT.md shows")
	}
}

func TestLookupJSON(t *testing.T) {
	out, _, code := runKabar(t, "", "lookup", "--json", "memperingatkan")
	if code != 0 {
		t.Fatal(code)
	}
	var r struct {
		Query, Root, Headword, Analysis, POS string
		Found                                bool
		Glosses                              []string
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if !r.Found || r.Root != "ingat" || r.Headword != "memperingatkan" || r.Analysis != "meN-+per-+ingat+-kan" || r.POS != "verb" || len(r.Glosses) == 0 {
		t.Errorf("lookup: %+v", r)
	}
	// A phrase given as several arguments.
	out, _, _ = runKabar(t, "", "lookup", "--json", "kapal", "selam")
	if !strings.Contains(out, `"headword":"kapal selam"`) || strings.Count(out, "\n") != 1 {
		t.Errorf("phrase lookup: %s", out)
	}
}

// TestLookupArguments: an empty query is an error, and a query's control
// characters are not echoed to the terminal.
func TestLookupArguments(t *testing.T) {
	for _, args := range [][]string{{"lookup", ""}, {"lookup", "senjata", "  "}} {
		out, errOut, code := runKabar(t, "", args...)
		if code == 0 || out != "" || strings.Count(strings.TrimSpace(errOut), "\n") != 0 || !strings.Contains(errOut, "empty") {
			t.Errorf("%q: code %d, out %q, err %q", args, code, out, errOut)
		}
	}
	out, _, code := runKabar(t, "", "lookup", "sen\x1b[31mjata")
	if code != 0 || strings.ContainsRune(out, 0x1b) || !strings.Contains(out, "senjata  noun") {
		t.Errorf("code %d: %q", code, out)
	}
}

func TestLookupStream(t *testing.T) {
	in := "senjata-senjata\nkapal selam\nqwxyzzy\n\x1b[31mpejabat\n"
	out, _, code := runKabar(t, in, "lookup", "--json", "-")
	if code != 0 {
		t.Fatal(code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines for 4 queries:\n%s", len(lines), out)
	}
	want := []string{`"root":"senjata"`, `"headword":"kapal selam"`, `"found":false`, `"headword":"pejabat"`}
	for i, w := range want {
		if !strings.Contains(lines[i], w) {
			t.Errorf("line %d: %s lacks %s", i, lines[i], w)
		}
	}
}

func TestBadInputOneLineError(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{"empty.txt": nil, "binary.bin": {0x7f, 'E', 'L', 'F', 0, 0, 1}, "latin1.txt": []byte("Caf\xe9 enak")}
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		for _, cmd := range [][]string{{"render", "--style", "notty", path}, {"annotate", "--json", path}} {
			out, errs, code := runKabar(t, "", cmd...)
			if code == 0 || out != "" {
				t.Errorf("%v: exit %d, stdout %q", cmd, code, out)
			}
			if strings.Count(errs, "\n") != 1 || !strings.Contains(errs, name) || strings.Contains(errs, "goroutine") {
				t.Errorf("%v: stderr %q, want one line naming the file", cmd, errs)
			}
		}
	}
	if _, errs, code := runKabar(t, "", "render", filepath.Join(dir, "missing.txt")); code == 0 || !strings.Contains(errs, "missing.txt") {
		t.Errorf("missing file: %d %q", code, errs)
	}
	if _, errs, code := runKabar(t, "", "frobnicate"); code == 0 || !strings.Contains(errs, "unknown command") {
		t.Errorf("unknown command: %d %q", code, errs)
	}
	// A file that is no command opens in the reader, which needs a terminal.
	seed := filepath.Join("articles", "samples", "kontan-kim-jong-un-russia.txt")
	if _, errs, code := runKabar(t, "", seed); code == 0 || !strings.Contains(errs, "read: standard output is not a terminal") {
		t.Errorf("kabar FILE: %d %q", code, errs)
	}
	if _, errs, code := runKabar(t, "", "render", "--style", "neon"); code == 0 || !strings.Contains(errs, "unknown style") {
		t.Errorf("bad style: %d %q", code, errs)
	}
	t.Setenv("KABAR_DATA_DIR", t.TempDir())
	if _, errs, code := runKabar(t, "", "review"); code == 0 || !strings.Contains(errs, "review: standard output is not a terminal") {
		t.Errorf("review without a terminal: %d %q", code, errs)
	}
	if _, errs, code := runKabar(t, "", "feeds", "add", "kompas.com/rss"); code == 0 || !strings.Contains(errs, "not a web address") {
		t.Errorf("feeds add without a scheme: %d %q", code, errs)
	}
}

// TestOneShot: render and annotate collect at a memory limit, not at the
// heap's growth, unless the environment sets the collector.
func TestOneShot(t *testing.T) {
	gc, limit := debug.SetGCPercent(100), debug.SetMemoryLimit(-1)
	debug.SetGCPercent(gc)
	defer func() { debug.SetGCPercent(gc); debug.SetMemoryLimit(limit) }()
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	oneShot()
	if debug.SetGCPercent(gc) != -1 || debug.SetMemoryLimit(limit) != oneShotMemory {
		t.Error("the collector does not wait for the memory limit")
	}
	t.Setenv("GOGC", "50")
	oneShot()
	if debug.SetGCPercent(gc) != gc || debug.SetMemoryLimit(limit) != limit {
		t.Error("GOGC in the environment was overridden")
	}
}
