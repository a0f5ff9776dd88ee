package officials

import (
	"slices"
	"strings"
	"testing"
	"time"
)

const sampleRegister = "# comment\n" +
	"muhammad-tito-karnavian\tMuhammad Tito Karnavian\tTito|Tito Karnavian\tMenteri Dalam Negeri\tMinister of Home Affairs\t2019-10\tID\tPolice general turned minister.\n" +
	"muhammad-tito-karnavian\tMuhammad Tito Karnavian\tTito|Tito Karnavian\tKepala Kepolisian Negara Republik Indonesia\tChief of the Indonesian National Police\t2016-07\tID\tPolice general turned minister.\n" +
	"joe-biden\tJoe Biden\tBiden\tPresiden Amerika Serikat\tPresident of the United States\t2021-01\tUS\tUS president 2021-2025.\n"

func TestParseRegister(t *testing.T) {
	r, errs := ParseRegister(sampleRegister, "r.tsv")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if r.Len() != 2 {
		t.Fatalf("%d people", r.Len())
	}
	tito := r.Find("tito")
	if len(tito) != 1 || len(tito[0].Roles) != 2 || tito[0].Latest().TitleEN != "Minister of Home Affairs" {
		t.Errorf("Find(tito) = %+v", tito)
	}
	if got := roleAt(tito[0], time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)); got.TitleEN != "Chief of the Indonesian National Police" {
		t.Errorf("role in 2018 = %q", got.TitleEN)
	}
	if got := r.Search("home affairs"); len(got) != 1 || got[0].ID != "muhammad-tito-karnavian" {
		t.Errorf("Search(home affairs) = %+v", got)
	}
}

// TestParseRegisterScattered: the lines of one person need not follow
// each other, and people share no roles or names whatever the order.
func TestParseRegisterScattered(t *testing.T) {
	text := "a\tAni\tA\tR1\tr1\t2020-01\tID\td\n" +
		"b\tBudi\t\tR2\tr2\t2020-01\tID\td\n" +
		"a\tAni\tA\tR3\tr3\t2021-01\tID\td\n" +
		"a\tAni\tA\tR4\tr4\t2022-01\tID\td\n" +
		"b\tBudi\t\tR5\tr5\t2023-01\tID\td\n" +
		"c\tCici\tA\tR6\tr6\t2023-01\tID\td\n"
	r, errs := ParseRegister(text, "r.tsv")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	checkRegister(t, r, text)
	roles := func(name string) (out []string) {
		for _, p := range r.Find(name) {
			for _, ro := range p.Roles {
				out = append(out, p.ID+":"+ro.Title)
			}
		}
		return out
	}
	if got := strings.Join(roles("Ani"), " "); got != "a:R1 a:R3 a:R4" {
		t.Errorf("Ani's roles: %s", got)
	}
	if got := strings.Join(roles("budi"), " "); got != "b:R2 b:R5" {
		t.Errorf("Budi's roles: %s", got)
	}
	if got := strings.Join(roles("A"), " "); got != "a:R1 a:R3 a:R4 c:R6" { // an alias of two
		t.Errorf("A's roles: %s", got)
	}
}

// checkRegister checks r against text read line by line, plainly: each
// person's roles are lines of that person, in the file's order, and the
// person is found by name and by every alias.
func checkRegister(t *testing.T, r *Register, text string) {
	t.Helper()
	lines := map[string][]string{} // id → "role\tas_of" of its lines, in order
	for _, line := range strings.Split(text, "\n") {
		if f := strings.Split(line, "\t"); len(f) == 8 {
			id := strings.TrimSpace(f[0])
			lines[id] = append(lines[id], strings.TrimSpace(f[3])+"\t"+strings.TrimSpace(f[5]))
		}
	}
	for _, p := range r.people {
		have := lines[p.ID]
		for _, ro := range p.Roles {
			k := slices.Index(have, ro.Title+"\t"+ro.AsOf)
			if k < 0 {
				t.Fatalf("%s has role %q (%s), not on any of its lines", p.ID, ro.Title, ro.AsOf)
			}
			have = have[k+1:]
		}
		for _, name := range append([]string{p.Name}, p.Aliases...) {
			if !slices.ContainsFunc(r.Find(name), func(q Person) bool { return q.ID == p.ID }) {
				t.Fatalf("%s is not found by %q", p.ID, name)
			}
		}
	}
}

func TestParseRegisterErrors(t *testing.T) {
	for line, want := range map[string]string{
		"Bad Id\tX\t\tR\tR\t2020-01\tID\td":                          "id",
		"x\tX\t\tR\tR\t2020\tID\td":                                  "as_of",
		"x\tX\t\tR\tR\t2020-13\tID\td":                               "as_of",
		"x\tX\t\tR\tR\t2020-00\tID\td":                               "as_of",
		"kim--jong\tX\t\tR\tR\t2020-01\tID\td":                       "id",
		"kim-\tX\t\tR\tR\t2020-01\tID\td":                            "id",
		"x\tX\t\tR\tR\t2020-01\tID":                                  "8 tab-separated",
		"x\t\t\tR\tR\t2020-01\tID\td":                                "empty",
		"x\tX\t\tR\tR\t2020-01\tID\td\nx\tY\t\tS\tS\t2021-01\tID\td": "named",
		"x\tX\t\tR\tR\t2020-01\tID\td\nx\tX\t\tR\tR\t2020-01\tID\td": "twice",
	} {
		_, errs := ParseRegister(line+"\n", "r.tsv")
		if len(errs) == 0 || !strings.Contains(errs[0].Error(), want) || !strings.HasPrefix(errs[0].Error(), "r.tsv:") {
			t.Errorf("%q: %v, want an error saying %q", line, errs, want)
		}
	}
}

// TestEmbeddedRegisterClean: the shipped register and title table parse.
func TestEmbeddedRegisterClean(t *testing.T) {
	r, errs := ParseRegister(registerTSV, "register.tsv")
	for _, e := range errs {
		t.Error(e)
	}
	if r.Len() < 300 {
		t.Errorf("register has %d people", r.Len())
	}
	for _, name := range []string{"Kim Jong Un", "Vladimir Putin", "Choe Sun Hui", "Prabowo Subianto", "Sri Mulyani Indrawati", "Tito",
		"Ferdinand Marcos Jr.", "ferdinand  marcos jr"} { // case, spacing and full stops aside
		if len(r.Find(name)) == 0 {
			t.Errorf("register lacks %s", name)
		}
	}
	if _, err := ParseTitles(titlesTSV, "titles.tsv"); err != nil {
		t.Error(err)
	}
	if _, err := ParseTitles("menteri\tMinister\toffice\nMenteri\tMinister\toffice\n", "dup.tsv"); err == nil {
		t.Error("a title listed twice was accepted")
	}
	// Each error names the line it is on.
	for text, line := range map[string]string{
		"# c\nmenteri\tMinister\toffice\nmenteri\tMinister\toffice\n": "f.tsv:3:",
		"# c\n\nmenteri\tMinister\tofice\n":                           "f.tsv:3:",
		"menteri\tMinister\n":                                         "f.tsv:1:",
		"menteri\tMinister\toffice\n \tx\toffice\n":                   "f.tsv:2:",
	} {
		if _, err := ParseTitles(text, "f.tsv"); err == nil || !strings.HasPrefix(err.Error(), line) {
			t.Errorf("%q: %v, want an error at %s", text, err, line)
		}
	}
}

func FuzzParseRegister(f *testing.F) {
	f.Add(sampleRegister)
	f.Add("a\tb\tc|d|\te\tf\t2020-13\tg\th\n\t\t\t\t\t\t\t\n")
	f.Add("a\tA\tX\tR\tr\t2020-01\tID\td\nb\tB\tX\tR\tr\t2020-01\tID\td\na\tA\t\tS\ts\t2021-01\tID\td\na\tA\t\tT\tt\t2022-01\tID\td\n")
	f.Fuzz(func(t *testing.T, text string) {
		r, _ := ParseRegister(text, "f.tsv")
		for _, p := range r.people {
			if p.ID == "" || p.Name == "" || len(p.Roles) == 0 {
				t.Fatalf("bad person accepted: %+v", p)
			}
		}
		checkRegister(t, r, text)
		_ = r.Search(text)
	})
}

// FuzzParseTitles: any text gives a table or an error, never a panic,
// and a table's titles have words and a kind.
func FuzzParseTitles(f *testing.F) {
	f.Add("menteri\tMinister\toffice\nmenteri dalam negeri\tMinister of Home Affairs\tfull\nmantan\tformer\tprefix\n")
	f.Add("  Wali   Kota \tMayor\toffice\nwali kota\tMayor\toffice\n")
	f.Fuzz(func(t *testing.T, text string) {
		tt, err := ParseTitles(text, "f.tsv")
		if err != nil {
			return
		}
		for first, list := range tt.byFirst {
			for _, ti := range list {
				if len(ti.Words) == 0 || ti.Words[0] != first || ti.Kind == 0 {
					t.Fatalf("bad title accepted: %+v", ti)
				}
				tt.match(ti.Words)
			}
		}
	})
}

func FuzzFind(f *testing.F) {
	f.Add("Menteri Dalam Negeri (Mendagri) Muhammad Tito Karnavian meminta. Tito menilai.")
	f.Add("Marsekal Tentara Rakyat Korea Ri Pyong Chol dan Pak Jong Chon, kata Leif-Eric Easley, profesor di Seoul, kepada CNN.")
	f.Add("Kepala , dan ( ) Pak Pak . H. , Prof. Dr.")
	// This session's patterns: degrees, an age, appointments, nicknames.
	f.Add("Ketua Majelis Hakim Putu Agus Wiranata, S.H., M.H., dan Suparman (52), Kepala Dusun Krajan, hadir.")
	f.Add("Kursi Menteri Koperasi kini diisi oleh Ferry. Bahlil dilantik sebagai Menteri ESDM. Ia akrab disapa Mas Ipin")
	f.Add("Wakil Menteri Dalam Negeri Bima Arya Sugiarto, Raja Juli Antoni, Kolonel Laut (P) Heru, al-Hayya disapa")
	fd := testFinder(f)
	f.Fuzz(func(t *testing.T, text string) {
		for _, o := range fd.Find(text, nil, nil, time.Time{}) {
			for _, m := range append(o.Mentions, o.Titles...) {
				if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Text {
					t.Fatalf("bad span %+v in %q", m, text)
				}
			}
			if o.Name == "" || o.ID == "" {
				t.Fatalf("official without name or id: %+v", o)
			}
		}
	})
}
