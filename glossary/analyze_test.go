package glossary

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/kabar-reader/kabar/glossary/lexicon"
)

// smallGlossary builds a glossary from TSV lines, as the data files are.
func smallGlossary(t testing.TB, files map[string]string) *Glossary {
	t.Helper()
	var all []lexicon.Entry
	for name, text := range files {
		entries, errs := lexicon.Parse(strings.NewReader(text), name)
		if len(errs) > 0 {
			t.Fatal(errs[0])
		}
		all = append(all, entries...)
	}
	g, err := New(all)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

const smallWords = "ingat\tverb\t\tto remember\n" +
	"memperingatkan\tverb\tingat\tto warn; to remind\n" +
	"jabat\tverb\t\tto hold (office)\n" +
	"pejabat\tnoun\tjabat\tofficial\n" +
	"senjata\tnoun\t\tweapon\n" +
	"kapal\tnoun\t\tship\n" +
	"selam\tverb\t\tto dive\n" +
	"bal\tnoun\t\tbale\n" +
	"tua\tadj\t\told\n" +
	"pak\tnoun\t\tMr.; sir\n" +
	"yang\tpron\t\twhich; who\n" +
	"kerja\tnoun\t\twork\n" +
	"sama\tadj\t\tsame\n" +
	"luar\tnoun\t\toutside\n" +
	"negeri\tnoun\t\tcountry\n" +
	"menteri\tnoun\t\tminister\n"

const smallPhrases = "kapal selam\tnoun\t\tsubmarine\n" +
	"kerja sama\tnoun\t\tcooperation\n" +
	"menteri luar negeri\tnoun\t\tforeign minister\n" +
	"luar negeri\tnoun\t\tabroad; foreign countries\n"

const smallNames = "Korea Utara\tplace\t\tNorth Korea\n" +
	"Korea Selatan\tplace\t\tSouth Korea\n" +
	"Korea\tplace\t\tKorea\n" +
	"AS\tplace\t\tUnited States\n" +
	"Jepang\tplace\t\tJapan\n" +
	"Moskow\tplace\t\tMoscow\n"

func smallAnalyzer(t testing.TB) *Analyzer {
	return NewAnalyzer(smallGlossary(t, map[string]string{
		"words-x.tsv": smallWords, "phrases-x.tsv": smallPhrases, "names-x.tsv": smallNames,
		"english.tsv": "think tank\tnoun\t\tpolicy research institute\n"}))
}

type termWant struct {
	text, kind, root, headword string
}

func checkTerms(t *testing.T, text string, got []Term, want []termWant) {
	t.Helper()
	var g []termWant
	for _, tm := range got {
		if text[tm.Start:tm.End] != tm.Text {
			t.Errorf("term %q: offsets [%d,%d) give %q", tm.Text, tm.Start, tm.End, text[tm.Start:tm.End])
		}
		g = append(g, termWant{tm.Text, tm.Kind.String(), tm.Root, tm.Headword})
	}
	if len(g) != len(want) {
		t.Fatalf("%q:\n got %v\nwant %v", text, g, want)
	}
	for i := range want {
		if g[i] != want[i] {
			t.Errorf("%q term %d: got %v, want %v", text, i, g[i], want[i])
		}
	}
}

func TestAnalyzeSmall(t *testing.T) {
	a := smallAnalyzer(t)
	tests := []struct {
		text string
		want []termWant
	}{
		{"AS memperingatkan pejabat.", []termWant{
			{"AS", "name", "", "AS"}, {"memperingatkan", "word", "ingat", "memperingatkan"}, {"pejabat", "word", "jabat", "pejabat"}}},
		// Longest phrase first; phrases match across capitals.
		{"Menteri Luar Negeri tiba", []termWant{{"Menteri Luar Negeri", "phrase", "", "menteri luar negeri"}, {"tiba", "word", "tiba", ""}}},
		{"di luar negeri", []termWant{{"di", "word", "di", ""}, {"luar negeri", "phrase", "", "luar negeri"}}},
		// Hyphenated names split into known parts; the phrase still matches.
		{"kerja sama Korea Selatan-AS-Jepang", []termWant{{"kerja sama", "phrase", "", "kerja sama"},
			{"Korea Selatan", "name", "", "Korea Selatan"}, {"AS", "name", "", "AS"}, {"Jepang", "name", "", "Jepang"}}},
		// Reduplication undone; clitic stripped.
		{"senjata-senjata senjatanya", []termWant{{"senjata-senjata", "word", "senjata", "senjata"}, {"senjatanya", "word", "senjata", "senjata"}}},
		// A capital inside a sentence is a name, never stemmed: Bali is not bal+i.
		{"ke Bali dan Sung-wook", []termWant{{"ke", "word", "ke", ""}, {"Bali", "name", "", ""}, {"dan", "word", "dan", ""}, {"Sung-wook", "name", "", ""}}},
		// Consecutive unknown names are one term.
		{"bertemu Kim Jong Un", []termWant{{"bertemu", "word", "bertemu", ""}, {"Kim Jong Un", "name", "", ""}}},
		// Datelines in capitals find the name.
		{"MOSKOW. Kapal selam", []termWant{{"MOSKOW", "name", "", "Moskow"}, {"Kapal selam", "phrase", "", "kapal selam"}}},
		{"Lembaga think tank Korea", []termWant{{"Lembaga", "name", "", ""}, {"think tank", "english", "", "think tank"}, {"Korea", "name", "", "Korea"}}},
		{"pada 12/9/2023 naik 2,65 persen", []termWant{{"pada", "word", "pada", ""}, {"12/9/2023", "number", "", ""},
			{"naik", "word", "naik", ""}, {"2,65", "number", "", ""}, {"persen", "word", "persen", ""}}},
	}
	for _, tt := range tests {
		checkTerms(t, tt.text, a.Analyze(tt.text), tt.want)
	}
}

func TestNumberGlosses(t *testing.T) {
	for in, want := range map[string]string{
		"12/9/2023": "12 September 2023 (date: day/month/year)",
		"2,65":      "2.65 (Indonesian writes 2,65)",
		"5.000":     "5,000 (Indonesian writes 5.000)",
		"10.30":     "10:30 (time of day, written 10.30)",
		"2023":      "2023",
		"3,5%":      "3.5% (Indonesian writes 3,5%)",
	} {
		if got := readNumber(in); got != want {
			t.Errorf("readNumber(%q) = %q, want %q", in, got, want)
		}
	}
}

// tokens writes the tokens of text as kind:text, space-separated.
func tokens(text string) string {
	var out []string
	for _, tk := range Tokenize(text) {
		out = append(out, tk.Kind.String()+":"+text[tk.Start:tk.End])
	}
	return strings.Join(out, " ")
}

func TestTokenizeOffsets(t *testing.T) {
	text := "“Ini,” kata Leif-Eric (12/9/2023)—COVID-19 naik 2,65%.\nBaru"
	want := "punct:“ word:Ini punct:, punct:” word:kata word:Leif-Eric punct:( number:12/9/2023 punct:) punct:— word:COVID-19 word:naik number:2,65% punct:. word:Baru"
	if got := tokens(text); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestTokenizeAddresses: a web or email address is one token, without the
// sentence's punctuation after it; text that only looks like one is words.
func TestTokenizeAddresses(t *testing.T) {
	for text, want := range map[string]string{
		"Baca di https://www.kompas.com/read/2025/01/01/x?utm=a&b=c, lalu tutup.": "word:Baca word:di link:https://www.kompas.com/read/2025/01/01/x?utm=a&b=c punct:, word:lalu word:tutup punct:.",
		"Simak www.Kompas.com.":                       "word:Simak link:www.Kompas.com punct:.",
		"(lihat http://a.co/b_(c)) dan “www.x.id”":    "punct:( word:lihat link:http://a.co/b_(c) punct:) word:dan punct:“ link:www.x.id punct:”",
		"Surel: redaksi.pagi@kompas.co.id; atau 0@0.": "word:Surel punct:: link:redaksi.pagi@kompas.co.id punct:; word:atau number:0 punct:@ number:0 punct:.",
		"kata www. dan http:// saja, KOMPAS.com":      "word:kata word:www punct:. word:dan word:http punct:: punct:/ punct:/ word:saja punct:, word:KOMPAS punct:. word:com",
		"@kompas dan nama@ dan a@b":                   "punct:@ word:kompas word:dan word:nama punct:@ word:dan word:a punct:@ word:b",
	} {
		if got := tokens(text); got != want {
			t.Errorf("%q:\ngot  %s\nwant %s", text, got, want)
		}
	}
}

// TestSeedFullyGlossed: every word of the seed that is not a name has a gloss.
func TestSeedFullyGlossed(t *testing.T) {
	a := NewAnalyzer(testGlossary(t))
	b, err := os.ReadFile("../articles/samples/kontan-kim-jong-un-russia.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	words, glossed := 0, 0
	for _, tm := range a.Analyze(text) {
		if tm.Kind == KindName || tm.Kind == KindNumber {
			continue
		}
		words++
		if tm.Glossed() {
			glossed++
		} else {
			t.Errorf("no gloss for %q (root %q)", tm.Text, tm.Root)
		}
	}
	t.Logf("seed: %d of %d non-name terms glossed", glossed, words)
}

// TestSeedWords checks the words the issue names.
func TestSeedWords(t *testing.T) {
	a := NewAnalyzer(testGlossary(t))
	tests := []struct{ word, root, headword, analysis string }{
		{"memperingatkan", "ingat", "memperingatkan", "meN-+per-+ingat+-kan"},
		{"persediaan", "sedia", "persediaan", "per-+sedia+-an"},
		{"senjata-senjata", "senjata", "senjata", "senjata+(redup)"},
		{"kekurangan", "kurang", "kekurangan", "ke-+kurang+-an"},
		{"berkemampuan", "mampu", "", "ber-+ke-+mampu+-an"},
		{"pejabat", "jabat", "pejabat", ""},
		{"tersebut", "sebut", "tersebut", "ter-+sebut"},
		{"memutuskan", "putus", "", "meN-+putus+-kan"},
		{"menurut", "turut", "", ""},
		{"menunjukkan", "tunjuk", "", "meN-+tunjuk+-kan"},
		{"pengeluaran", "keluar", "", ""},
		{"menarik", "tarik", "", ""},
		{"menolak", "tolak", "", ""},
		{"pemain", "main", "", ""},
		{"perhatian", "hati", "", ""},
		{"kerusakan", "rusak", "", ""},
		{"memukul", "pukul", "", ""},
		{"menulis", "tulis", "", ""},
		{"mengirim", "kirim", "", ""},
		{"menyapu", "sapu", "", ""},
		{"mengebom", "bom", "", ""},
		{"berbondong-bondong", "bondong", "", ""},
		{"sebaik-baiknya", "baik", "", ""},
		{"tembak-menembak", "tembak", "", ""},
		{"sehari-hari", "hari", "", ""},
	}
	for _, tt := range tests {
		r := a.Lookup(tt.word)
		if r.Root != tt.root || (tt.headword != "" && r.Headword != tt.headword) || (tt.analysis != "" && r.Analysis != tt.analysis) {
			t.Errorf("Lookup(%q) = root %q headword %q analysis %q; want %q %q %q", tt.word, r.Root, r.Headword, r.Analysis, tt.root, tt.headword, tt.analysis)
		}
		if !r.Found {
			t.Errorf("Lookup(%q): no gloss", tt.word)
		}
	}
}

// TestActiveForms: a bare or di- verb the glossary lists only as its meN-
// verb is glossed by it, and a bare -kan verb by its meN- verb rather than
// by its root (lakukan is "to do", not laku, "sold").
func TestActiveForms(t *testing.T) {
	a := NewAnalyzer(testGlossary(t))
	for word, want := range map[string]string{
		"hadapi": "menghadapi", "hubungi": "menghubungi", "lakukan": "melakukan", "lakukanlah": "melakukan",
		"tingkatkan": "meningkatkan", "pastikan": "memastikan", "dihadapi": "dihadapi", "bangunan": "bangunan",
	} {
		if r := a.Lookup(word); r.Headword != want || !r.Found {
			t.Errorf("Lookup(%q) = headword %q (found %v), want %q", word, r.Headword, r.Found, want)
		}
	}
}

func TestLookupPhraseAndName(t *testing.T) {
	a := NewAnalyzer(testGlossary(t))
	for q, want := range map[string]string{"kapal selam": "kapal selam", "Kapal  Selam": "kapal selam",
		"korea utara": "Korea Utara", "DPR": "DPR", "dpr": "DPR", "bertanggung jawab": "bertanggung jawab"} {
		r := a.Lookup(q)
		if !r.Found || r.Headword != want {
			t.Errorf("Lookup(%q) = found %v headword %q, want %q", q, r.Found, r.Headword, want)
		}
	}
	if r := a.Lookup("qwxyzzy"); r.Found {
		t.Errorf("Lookup(nonsense) found %+v", r)
	}
}

// TestLongerNameInsidePhrase: a name that starts inside a two-word phrase
// and runs past it wins; the phrase's first word goes on alone.
func TestLongerNameInsidePhrase(t *testing.T) {
	a := NewAnalyzer(testGlossary(t))
	for text, want := range map[string][]string{
		"Kepala Badan Nasional Penanggulangan Bencana meninjau lokasi.": {"Kepala", "Badan Nasional Penanggulangan Bencana"},
		"Direktur PT Pertamina Patra Niaga hadir.":                      {"Direktur", "PT", "Pertamina Patra Niaga"},
		"Kepala badan itu hadir.":                                       {"Kepala badan"},
	} {
		terms := a.Analyze(text)
		var got []string
		for _, term := range terms[:min(len(want), len(terms))] {
			got = append(got, term.Text)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s\n got %q, want %q", text, got, want)
		}
	}
}
