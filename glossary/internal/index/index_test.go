package index

import (
	"encoding/binary"
	"slices"
	"strings"
	"testing"

	"github.com/kabar-reader/kabar/glossary/lexicon"
)

func sample(t testing.TB) []lexicon.Entry {
	t.Helper()
	text := "ingat\tverb\t\tto remember\n" +
		"memperingatkan\tverb\tingat\tto warn; to remind\n" +
		"peringatan\tnoun\tingat\twarning\tnote here\n" +
		"kepala\tnoun\t\thead\n" +
		"kepala desa\tnoun\t\tvillage head\n" +
		"kepala dinas kesehatan\tnoun\t\thead of the health office\n" +
		"kepala dinas\tnoun\t\thead of a regional office\n" +
		"Korea Utara\tplace\t\tNorth Korea\n" +
		"DPR\torg\t\tHouse of Representatives\n" +
		"dpr\tnoun\t\tnot a real entry, lowercase twin\n"
	entries, errs := lexicon.ParseString(text, "words-test.tsv")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return entries
}

func open(t testing.TB, entries []lexicon.Entry) *Index {
	t.Helper()
	data, err := Build(entries)
	if err != nil {
		t.Fatal(err)
	}
	x, err := Open(string(data))
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Verify(); err != nil {
		t.Fatal(err)
	}
	return x
}

// mustWord is the word record of w, which the test data has.
func mustWord(t *testing.T, x *Index, w string) int {
	t.Helper()
	wi, ok := x.Word(w)
	if !ok {
		t.Fatalf("%q is not indexed", w)
	}
	return wi
}

func ids(x *Index, w string) []int32 {
	wi, ok := x.Word(w)
	if !ok {
		return nil
	}
	first, n := x.IDs(wi)
	var out []int32
	for k := first; k < first+n; k++ {
		out = append(out, x.ID(k))
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	entries := sample(t)
	x := open(t, entries)
	if x.Entries() != len(entries) {
		t.Fatalf("%d entries, want %d", x.Entries(), len(entries))
	}
	for id, want := range entries {
		got := x.Entry(int32(id))
		if got.Headword != want.Headword || got.Root != want.Root || got.Note != want.Note || got.POS != want.POS ||
			!slices.Equal(got.Glosses, want.Glosses) || got.File != want.File || got.Line != want.Line {
			t.Errorf("entry %d: got %+v, want %+v", id, got, want)
		}
	}
	if got := ids(x, "ingat"); !slices.Equal(got, []int32{0}) {
		t.Errorf("ingat: ids %v", got)
	}
	wi := mustWord(t, x, "ingat")
	if x.Root(wi) != "ingat" || x.Productivity(wi) != 2 {
		t.Errorf("ingat: root %q, productivity %d", x.Root(wi), x.Productivity(wi))
	}
	wi = mustWord(t, x, "peringatan")
	if x.Root(wi) != "ingat" {
		t.Errorf("peringatan: root %q", x.Root(wi))
	}
	if _, ok := x.Word("tidak ada"); ok {
		t.Error("a word not in the data was found")
	}
}

func TestPhrasesLongestFirst(t *testing.T) {
	x := open(t, sample(t))
	wi := mustWord(t, x, "kepala")
	first, n := x.Phrases(wi)
	var got []string
	for k := first; k < first+n; k++ {
		id, words, fold := x.Phrase(k)
		if !fold || words != len(strings.Fields(x.Headword(id))) {
			t.Errorf("phrase %q: words %d fold %v", x.Headword(id), words, fold)
		}
		got = append(got, x.Headword(id))
	}
	want := []string{"kepala dinas kesehatan", "kepala desa", "kepala dinas"}
	if !slices.Equal(got, want) {
		t.Errorf("phrases of kepala: %q, want %q", got, want)
	}
	if !x.MayFollow(first+1, "Desa") || x.MayFollow(first+1, "dinas") || x.MayFollow(first+1, "d") {
		t.Error("MayFollow tests the second word's first two letters, whatever the case")
	}
	// A second word of one letter, or not in ASCII, cannot be tested.
	es, _ := lexicon.ParseString("vitamin C\tnoun\t\tvitamin C\nkafe élite\tnoun\t\ttest\n", "phrases-test.tsv")
	x = open(t, es)
	for _, w := range []string{"vitamin", "kafe"} {
		wi, _ := x.Word(w)
		first, _ := x.Phrases(wi)
		if !x.MayFollow(first, "C") || !x.MayFollow(first, "Élite") {
			t.Errorf("%s: a phrase whose second word cannot be tested is ruled out", w)
		}
	}
}

func TestUppersAndFlags(t *testing.T) {
	x := open(t, sample(t))
	wi := mustWord(t, x, "korea utara") // a name's lowercase form
	first, n := x.Uppers(wi)
	if n != 1 || x.Upper(first) != "Korea Utara" {
		t.Errorf("uppers of korea utara: %d", n)
	}
	dpr := ids(x, "DPR")
	if len(dpr) != 1 || x.Flags(dpr[0])&FlagCaseSensitive == 0 || x.Flags(dpr[0])&FlagPhrase != 0 {
		t.Errorf("DPR: ids %v", dpr)
	}
	ku := ids(x, "Korea")
	if len(ku) != 0 {
		t.Errorf("a phrase's first word is no entry of its own: %v", ku)
	}
}

func TestBuildRejects(t *testing.T) {
	for _, e := range []lexicon.Entry{
		{Headword: "", File: "x.tsv", Line: 1},
		{Headword: "kepala  desa", Glosses: []string{"x"}, File: "x.tsv", Line: 2},
		{Headword: "desa", Glosses: []string{"village" + glossSep + "hamlet"}, File: "x.tsv", Line: 3},
	} {
		if _, err := Build([]lexicon.Entry{e}); err == nil {
			t.Errorf("%q was built", e.Headword)
		}
	}
}

func TestOpenRejects(t *testing.T) {
	data, err := Build(sample(t))
	if err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string]string{
		"empty":     "",
		"magic":     "XXXX" + string(data[4:]),
		"truncated": string(data[:len(data)-1]),
		"longer":    string(data) + "x",
	} {
		if _, err := Open(bad); err == nil {
			t.Errorf("%s: opened", name)
		}
	}
	// An entry pointing past the pool opens (Open reads only the header)
	// but does not verify.
	corrupt := []byte(string(data))
	corrupt[headerSize+4] = 0xff // first entry's headword length
	corrupt[headerSize+5] = 0xff
	x, err := Open(string(corrupt))
	if err != nil {
		t.Fatal(err)
	}
	if x.Verify() == nil {
		t.Error("an entry pointing outside the index verified")
	}
	// A slot whose fingerprint is not its word's.
	x, _ = Open(string(data))
	for i := range x.n.slots {
		p := x.off.slots + i*slotSize
		if v := u32(x.s, p); v != 0 {
			corrupt = []byte(string(data))
			binary.LittleEndian.PutUint32(corrupt[p:], v^1<<31)
			break
		}
	}
	if x, _ = Open(string(corrupt)); x.Verify() == nil {
		t.Error("a slot with a wrong fingerprint verified")
	}
}

// FuzzOpen: any bytes either fail to open or verify, or can be read
// whole without a panic.
func FuzzOpen(f *testing.F) {
	data, err := Build(sample(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		x, err := Open(string(data))
		if err != nil || x.Verify() != nil {
			return
		}
		for id := range int32(x.Entries()) {
			x.Entry(id)
		}
		for w := range x.n.words {
			key := x.Key(w)
			x.Word(key)
			x.Root(w)
			first, n := x.Phrases(w)
			for k := first; k < first+n; k++ {
				x.Phrase(k)
				x.MayFollow(k, "ab")
			}
			first, n = x.Uppers(w)
			for k := first; k < first+n; k++ {
				x.Upper(k)
			}
			first, n = x.IDs(w)
			for k := first; k < first+n; k++ {
				x.ID(k)
			}
		}
	})
}
