package lexicon

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	text := "# comment\n\npejabat\tnoun\tjabat\tofficial; public servant\tnews sense first\r\nKorea Utara\tplace\t\tNorth Korea\n"
	entries, errs := ParseString(text, "words-x.tsv")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(entries) != 2 {
		t.Fatalf("%d entries", len(entries))
	}
	e := entries[0]
	if e.Headword != "pejabat" || e.POS != Noun || e.Root != "jabat" || len(e.Glosses) != 2 || e.Glosses[1] != "public servant" ||
		e.Note != "news sense first" || e.Line != 3 || e.CaseSensitive() || e.IsPhrase() {
		t.Errorf("entry %+v", e)
	}
	if k := entries[1]; !k.CaseSensitive() || !k.IsPhrase() || !k.POS.IsName() || k.POS.String() != "place" {
		t.Errorf("entry %+v", k)
	}
	if en, _ := ParseString("think tank\tnoun\t\tpolicy institute\n", "english.tsv"); !en[0].English {
		t.Error("english.tsv entries are not marked English")
	}
}

func TestParseErrors(t *testing.T) {
	for line, want := range map[string]string{
		"a\tnoun\tb":                   "4 or 5",
		"a\tnoun\t\tx\ty\tz":           "got more",
		"a\tthing\t\tx":                "unknown part of speech",
		"a\tnoun\t\tx;;y":              "empty gloss",
		" a\tnoun\t\tx":                "stray spaces",
		"a<b\tnoun\t\tx":               "character",
		"\tnoun\t\tx":                  "empty headword",
		"caf\xe9\tnoun\t\tcoffee shop": "not UTF-8",
	} {
		_, errs := ParseString(line+"\n", "f.tsv")
		if len(errs) != 1 || !strings.Contains(errs[0].Error(), want) || !strings.HasPrefix(errs[0].Error(), "f.tsv:1: ") {
			t.Errorf("%q: errors %v, want one saying %q", line, errs, want)
		}
	}
}

func TestCheck(t *testing.T) {
	text := strings.Join([]string{
		"pejabat\tnoun\tjabat\tofficial",
		"pejabat\tnoun\t\tofficer",            // duplicate headword+pos
		"menulis\tverb\ttulis\tto write",      // t dropped by meN-: fine
		"bekerja\tverb\tsenang\tto work",      // root not in the word
		"kapal selam\tnoun\tkapal\tsubmarine", // phrase with a root
		"DPR\tnoun\t\tHouse",                  // capitals outside names-*.tsv
		"senjata\tnoun\t\tweapon; Weapon",     // repeated gloss
		"jakarta\tplace\t\tJakarta",           // a name in lowercase
	}, "\n")
	entries, errs := ParseString(text, "words-x.tsv")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	got := Check(entries)
	wants := []string{"already at", "does not occur", "should have no root", "lowercase", "repeated", "capitals"}
	if len(got) != len(wants) {
		t.Fatalf("got %d problems, want %d: %v", len(got), len(wants), got)
	}
	for i, w := range wants {
		if !strings.Contains(got[i].Error(), w) {
			t.Errorf("problem %d: %v, want %q", i, got[i], w)
		}
	}
}

func FuzzParseString(f *testing.F) {
	f.Add("pejabat\tnoun\tjabat\tofficial; public servant\tnote\n# c\nKorea Utara\tplace\t\tNorth Korea\n")
	f.Add("a\tnoun\t\t;\n\t\t\t\t\t\n")
	f.Fuzz(func(t *testing.T, text string) {
		entries, _ := ParseString(text, "f.tsv")
		for _, e := range entries {
			if e.Headword == "" || len(e.Glosses) == 0 || e.POS.String() == "" {
				t.Fatalf("bad entry accepted: %+v", e)
			}
		}
		_ = Check(entries)
	})
}
