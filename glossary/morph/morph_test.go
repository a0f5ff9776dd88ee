package morph

import (
	"strings"
	"testing"
)

// testLex is a small lexicon: roots, and derived headwords with their root.
type testLex map[string]string

func (l testLex) Root(stem string) (string, int, bool) {
	r, ok := l[stem]
	if !ok {
		return "", 0, false
	}
	if r == "" {
		r = stem
	}
	n := 0
	for _, v := range l {
		if v == r {
			n++
		}
	}
	return r, n, true
}

func newTestLex() testLex {
	l := testLex{"pejabat": "jabat", "persediaan": "sedia", "tersebut": "sebut", "pemerintah": "perintah",
		"memakan": "makan", "makanan": "makan", "peradilan": "adil", "prapemerintah": "perintah"}
	for _, r := range strings.Fields(`ingat pukul tulis kirim sapu bom jabat sedia sebut putus turut urut tunjuk unjuk keluar luar
		tarik tolak main hati rusak rusa perintah bondong baik tembak negara senjata kurang mampu dasar untung
		kata ajar kerja hasil daya tahan kira milik produksi kunjung kuat dapat jual bantah cakup datang
		lapor lanjut identifikasi ingin kait oleh belum puluh butuh penuh temu kembang luncur tampak banyak
		dua hari sehari merah makan pakan pakai usaha sepakat uang rasa asa terima sakit nyata jalan guna
		hadir atas pimpin punya tahu adil tidak beri alih takut sia`) {
		l[r] = ""
	}
	return l
}

func TestAnalyze(t *testing.T) {
	s := New(newTestLex(), true)
	tests := []struct{ word, root, analysis string }{
		{"memperingatkan", "ingat", "meN-+per-+ingat+-kan"},
		{"memukul", "pukul", "meN-+pukul"},
		{"menulis", "tulis", "meN-+tulis"},
		{"mengirim", "kirim", "meN-+kirim"},
		{"menyapu", "sapu", "meN-+sapu"},
		{"mengebom", "bom", "meN-+bom"},
		{"pejabat", "jabat", "peN-+jabat"},
		{"persediaan", "sedia", "per-+sedia+-an"},
		{"tersebut", "sebut", "ter-+sebut"},
		{"memutuskan", "putus", "meN-+putus+-kan"},
		{"menurut", "turut", "meN-+turut"},
		{"menunjukkan", "tunjuk", "meN-+tunjuk+-kan"},
		{"pengeluaran", "keluar", "peN-+keluar+-an"},
		{"menarik", "tarik", "meN-+tarik"},
		{"menolak", "tolak", "meN-+tolak"},
		{"pemain", "main", "peN-+main"},
		{"perhatian", "hati", "per-+hati+-an"},
		{"kerusakan", "rusak", "ke-+rusak+-an"},
		{"pemerintahan", "perintah", "peN-+perintah+-an"},
		{"senjata-senjata", "senjata", "senjata+(redup)"},
		{"berbondong-bondong", "bondong", "ber-+bondong+(redup)"},
		{"sebaik-baiknya", "baik", "se-+baik+-nya+(redup)"},
		{"tembak-menembak", "tembak", "meN-+tembak+(redup)"},
		{"negara-negara", "negara", "negara+(redup)"},
		{"kekurangan", "kurang", "ke-+kurang+-an"},
		{"berkemampuan", "mampu", "ber-+ke-+mampu+-an"},
		{"didasarkan", "dasar", "di-+dasar+-kan"},
		{"menguntungkan", "untung", "meN-+untung+-kan"},
		{"mengatakan", "kata", "meN-+kata+-kan"},
		{"belajar", "ajar", "ber-+ajar"},
		{"bekerja", "kerja", "ber-+kerja"},
		{"keberhasilan", "hasil", "ke-+ber-+hasil+-an"},
		{"diperkirakan", "kira", "di-+per-+kira+-kan"},
		{"memiliki", "milik", "meN-+milik+-i"},
		{"memproduksi", "produksi", "meN-+produksi"},
		{"mengunjungi", "kunjung", "meN-+kunjung+-i"},
		{"mendapatkannya", "dapat", "meN-+dapat+-kan+-nya"},
		{"keduanya", "dua", "ke-+dua+-nya"},
		{"sehari-hari", "hari", "se-+hari+(redup)"},
		{"memakan", "makan", "meN-+makan"},
		{"memakai", "pakai", "meN-+pakai"},
		{"perusahaan", "usaha", "per-+usaha+-an"},
		{"kesepakatan", "sepakat", "ke-+sepakat+-an"},
		{"penyakit", "sakit", "peN-+sakit"},
		{"menyatakan", "nyata", "meN-+nyata+-kan"},
		{"mempunyai", "punya", "meN-+punya+-i"},
		{"kepemimpinan", "pimpin", "ke-+peN-+pimpin+-an"},
		{"ketidakadilan", "adil", "ke-+tidak+adil+-an"},
		{"bali", "bali", "bali"},
		{"menakut-nakuti", "takut", "meN-+takut+-i+(redup)"},
		{"menyia-nyiakan", "sia", "meN-+sia+-kan+(redup)"},
		{"dibumihanguskan", "bumihangus", "di-+bumihangus+-kan"},
		// Bound prefixes, joined to a word they modify.
		{"pascadatang", "datang", "pasca-+datang"},
		{"nonpemerintah", "perintah", "non-+peN-+perintah"},
		{"antarnegara", "negara", "antar-+negara"},
		{"praperadilan", "adil", "pra-+per-+adil+-an"},
		// A headword with a bound prefix shows it too.
		{"prapemerintah", "perintah", "pra-+peN-+perintah"},
		// A bound prefix before a stem too short to be a word is none.
		{"nonton", "nonton", "nonton"},
	}
	for _, tt := range tests {
		a := s.Analyze(tt.word)
		if a.Root != tt.root || a.String() != tt.analysis {
			t.Errorf("Analyze(%q) = %q %q, want %q %q", tt.word, a.Root, a.String(), tt.root, tt.analysis)
		}
	}
}
