package articles

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestDefaultSeed(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if a.Source != "KONTAN.CO.ID" || a.Dateline != "MOSKOW" {
		t.Errorf("source %q dateline %q", a.Source, a.Dateline)
	}
	if want := time.Date(2023, 9, 12, 0, 0, 0, 0, time.UTC); !a.Published.Equal(want) {
		t.Errorf("published %v, want %v", a.Published, want)
	}
	if len(a.Byline) != 2 || a.Byline[0] != (Person{"Barratut Taqiyyah Rafie", "Reporter"}) || a.Byline[1].Role != "Editor" {
		t.Errorf("byline %+v", a.Byline)
	}
	if len(a.Related) != 2 || a.Related[0].Title != "Rombongan Kim Jong Un Tiba di Rusia" {
		t.Errorf("related %+v", a.Related)
	}
	if strings.Contains(a.Body, "Baca Juga") || strings.Contains(a.Body, "KONTAN.CO.ID") || strings.Contains(a.Body, "Reporter:") {
		t.Errorf("body keeps apparatus: %.120q", a.Body)
	}
	if !strings.HasPrefix(a.Body, "Pemimpin Korea Utara Kim Jong Un tiba di Rusia") {
		t.Errorf("body starts %.60q", a.Body)
	}
	if got := len(a.Paragraphs()); got != 12 {
		t.Errorf("%d paragraphs, want 12", got)
	}
	if a.Title == "" || utf8.RuneCountInString(a.Title) > 100 || strings.Contains(a.Title, "KONTAN") {
		t.Errorf("derived title %q", a.Title)
	}
}

// TestDesksInitials: the writers' initials closing an article are not
// its text; a bracketed remark is.
func TestDesksInitials(t *testing.T) {
	for line, want := range map[string]bool{"(nkr/adr)": true, "(rzr/dal/tsa)": true, "(nkr)": false, "(Kompas/Ani)": false,
		"(12/9)": false, "(a/b)": false, "(antara/reuters)": false, "nkr/adr": false} {
		if got := desksInitials(line); got != want {
			t.Errorf("desksInitials(%q) = %v", line, got)
		}
	}
	a, err := ParseText("t.txt", []byte("JAKARTA, CNN Indonesia -- Menteri tiba di Jakarta.\n\n(nkr/adr)\n"))
	if err != nil || strings.Contains(a.Body, "nkr") {
		t.Errorf("body %q, %v", a.Body, err)
	}
}

func TestDatelines(t *testing.T) {
	tests := []struct{ first, source, place, rest string }{
		{"KONTAN.CO.ID - MOSKOW. Pemimpin tiba.", "KONTAN.CO.ID", "MOSKOW", "Pemimpin tiba."},
		{"KOMPAS.com - Presiden tiba.", "KOMPAS.com", "", "Presiden tiba."},
		{"Jakarta, CNN Indonesia -- Menteri tiba.", "CNN Indonesia", "Jakarta", "Menteri tiba."},
		{"Jakarta (ANTARA) - Gubernur tiba.", "ANTARA", "Jakarta", "Gubernur tiba."},
		{"TEMPO.CO, Jakarta - Bupati tiba.", "TEMPO.CO", "Jakarta", "Bupati tiba."},
		{"Liputan6.com, Jakarta - Warga tiba.", "Liputan6.com", "Jakarta", "Warga tiba."},
		{"Jakarta - Polisi tiba.", "", "Jakarta", "Polisi tiba."},
		{"JAKARTA - Polisi tiba.", "", "JAKARTA", "Polisi tiba."},
		{"KUALA LUMPUR – Anwar tiba.", "", "KUALA LUMPUR", "Anwar tiba."},
		{"KPK - lembaga itu menyatakan.", "", "", "KPK - lembaga itu menyatakan."},
		{"TRIBUN-MEDAN.COM, LUBUK PAKAM - Jaksa tiba.", "TRIBUN-MEDAN.COM", "LUBUK PAKAM", "Jaksa tiba."},
		{"JAKARTA, kumparan - Ketua tiba.", "kumparan", "JAKARTA", "Ketua tiba."},
		{"Yogyakarta, IDN Times - Rektor tiba.", "IDN Times", "Yogyakarta", "Rektor tiba."},
		{"Gianyar, Bali (ANTARA) - Tim tiba.", "ANTARA", "Gianyar, Bali", "Tim tiba."},
		{"Budi, kepala desa - tiba.", "", "", "Budi, kepala desa - tiba."},
		{"Presiden tiba di Jakarta - Bogor.", "", "", "Presiden tiba di Jakarta - Bogor."},
	}
	for _, tt := range tests {
		a, err := ParseText("t.txt", []byte(tt.first))
		if err != nil {
			t.Fatal(err)
		}
		if a.Source != tt.source || a.Dateline != tt.place || a.Body != tt.rest {
			t.Errorf("%q: source %q place %q body %q", tt.first, a.Source, a.Dateline, a.Body)
		}
	}
}

func TestTitleLineAndBoilerplate(t *testing.T) {
	text := "Harga Beras Naik Lagi di Pasar Induk\nKOMPAS.com - Harga beras naik.\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\nPedagang mengeluh.\nBaca juga: Stok Beras Aman"
	a, err := ParseText("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Harga Beras Naik Lagi di Pasar Induk" || a.Body != "Harga beras naik.\n\nPedagang mengeluh." {
		t.Errorf("title %q body %q", a.Title, a.Body)
	}
}

// TestRelatedLinks: the lines that head a link to another article, as each
// site writes them, leave the body for the related links; a sentence that
// only starts with the same words stays.
func TestRelatedLinks(t *testing.T) {
	text := strings.Join([]string{
		"TEMPO.CO, Jakarta - Menteri Keuangan menjelaskan anggaran.",
		"Pilihan Editor: Anggaran Pendidikan Naik Tahun Depan",
		"Baca juga: Sri Mulyani Bicara Soal Pajak",
		"BACA JUGA : Harga Emas Turun",
		"Lihat Juga : Video Banjir di Jakarta",
		"Simak juga: Daftar Sekolah Penerima Bantuan",
		"Baca selengkapnya: Rapat Kerja DPR",
		"Pilihan editor kami kali ini jatuh pada liputan banjir.",
		"Lihat juga bagaimana warga bergotong royong.",
	}, "\n")
	a, err := ParseText("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Anggaran Pendidikan Naik Tahun Depan", "Sri Mulyani Bicara Soal Pajak", "Harga Emas Turun",
		"Video Banjir di Jakarta", "Daftar Sekolah Penerima Bantuan", "Rapat Kerja DPR"}
	var got []string
	for _, l := range a.Related {
		got = append(got, l.Title)
	}
	if !slices.Equal(got, want) {
		t.Errorf("related %q, want %q", got, want)
	}
	if body := "Menteri Keuangan menjelaskan anggaran.\n\nPilihan editor kami kali ini jatuh pada liputan banjir.\n\nLihat juga bagaimana warga bergotong royong."; a.Body != body {
		t.Errorf("body %q", a.Body)
	}
}

func TestBadInput(t *testing.T) {
	tests := map[string]struct {
		data []byte
		want string
	}{
		"empty":    {[]byte(" \n\t\n"), "empty file"},
		"binary":   {[]byte("PK\x03\x04\x00\x00binary"), "binary file"},
		"latin1":   {[]byte("Caf\xe9 di Jakarta"), "not UTF-8"},
		"controls": {[]byte("\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17abc"), "binary file"},
		"byline":   {[]byte("Reporter: A | Editor: B\n"), "no article text"},
	}
	for name, tt := range tests {
		_, err := ParseText(name+".txt", tt.data)
		var pe *ParseError
		if !errors.As(err, &pe) || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), name+".txt: ") {
			t.Errorf("%s: error %v, want one naming the file and saying %q", name, err, tt.want)
		}
	}
}

func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadFile(filepath.Join(dir, "missing.txt"), nil); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := ReadFile(dir, nil); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("directory: %v", err)
	}
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat("kata ", MaxFileSize/5+10)), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(big, nil); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("big file: %v", err)
	}
	if a, err := ReadFile("-", strings.NewReader("Halo dunia, ini berita.")); err != nil || a.Body != "Halo dunia, ini berita." {
		t.Errorf("stdin: %v %q", err, a.Body)
	}
}

func TestCleanRemovesEscapes(t *testing.T) {
	in := "Harga \x1b[31mnaik\x1b[0m \x1b]0;pwned\x07tajam\x9b2J \u202eabc\u202c\r\nbaris\tdua\x00"
	got := Clean(in)
	if want := "Harga naik tajam2J abc\nbaris dua"; got != want {
		t.Errorf("Clean = %q, want %q", got, want)
	}
}

// TestBylinePeople: a label may name several people, or describe the
// writer before the name; a name followed by a degree stays one name.
func TestBylinePeople(t *testing.T) {
	for line, want := range map[string][]Person{
		"Reporter: Kontributor Sintang, Agustinus Rangga | Editor: Theresia Wulandari": {
			{"Agustinus Rangga", "Kontributor Sintang"}, {"Theresia Wulandari", "Editor"}},
		"Penulis: Ani Lestari, Budi Santoso dan Citra Dewi": {
			{"Ani Lestari", "Penulis"}, {"Budi Santoso", "Penulis"}, {"Citra Dewi", "Penulis"}},
		"Reporter: Dedi & Eka | Editor: Fajar": {{"Dedi", "Reporter"}, {"Eka", "Reporter"}, {"Fajar", "Editor"}},
		"Penulis: Budi Santoso, S.H.":          {{"Budi Santoso, S.H.", "Penulis"}},
		"Editor: Rina Kusumawardani":           {{"Rina Kusumawardani", "Editor"}},
		"Pewarta: Wartawan Antara, Gita":       {{"Gita", "Wartawan Antara"}},
	} {
		people, ok := parseByline(line)
		if !ok || !slices.Equal(people, want) {
			t.Errorf("%q: %+v, want %+v", line, people, want)
		}
	}
}

func TestBylineDesk(t *testing.T) {
	for line, want := range map[string]string{
		"Reporter: Galih Setyo Pambudi - detikJateng | Editor: Rina Kusumawardani": "Galih Setyo Pambudi",
		"Penulis: Siti Aminah – Kompas.com | Editor: Budi":                         "Siti Aminah",
		"Reporter: Ahmad Jaya-Putra | Editor: Budi":                                "Ahmad Jaya-Putra",
	} {
		people, ok := parseByline(line)
		if !ok || people[0].Name != want {
			t.Errorf("%q: %+v, want %q first", line, people, want)
		}
	}
}
