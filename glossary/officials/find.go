package officials

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/glossary"
)

// Mention is a span of the text: [Start, End) byte offsets.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Official is a titled person of one article.
type Official struct {
	ID          string
	Name        string
	Role        string // as the article writes it (Indonesian)
	RoleEN      string
	Description string
	Mentions    []Mention // where the person is named: the first mention and every later one
	Titles      []Mention // where the role is written
	Byline      bool      // named in the byline
	Person      *Person   // the register's entry, when the register knows the person
}

// Finder finds officials. It is built once and is safe for concurrent use.
type Finder struct {
	an     *glossary.Analyzer
	titles *Titles
	reg    *Register
}

// NewFinder builds a finder on an analyzer, a title table and a register.
func NewFinder(an *glossary.Analyzer, titles *Titles, reg *Register) *Finder {
	if reg == nil {
		reg = &Register{byName: map[string][]int{}}
	}
	return &Finder{an: an, titles: titles, reg: reg}
}

// Register returns the register the finder consults.
func (f *Finder) Register() *Register { return f.reg }

// tok is a token with what the finder needs to know of it.
type tok struct {
	glossary.Token
	text, lower string
	word        bool
	cap, caps   bool           // capitalised; all capitals (an acronym)
	term        *glossary.Term // the word's own analysis
	name        bool           // part of a place or organisation the glossary knows
	nameEN      string         // English of that name, on its first token
	nameEnd     int            // index of its last token, on its first token
	place       bool
	used        bool // already part of an official's name or title
	initials    bool // capitals closing a name (Mahfud MD)
	inNoun      bool // part of a noun phrase of the glossary
}

// doc is one article being read.
type doc struct {
	body string
	toks []tok
	// titleWords are the capitalised words of the roles found so far: in
	// "Dirjen Hubdat Aan" they mark Hubdat as the office, not the name.
	titleWords map[string]bool
	// at lists the positions of each token's text, so the checks that
	// look for a word elsewhere in the text stay linear in its length.
	at map[string][]int
	// forms caches forms(o) for each official, cleared when the register
	// adds aliases.
	forms map[*Official][]string
	nicks map[*Official][]string // nicknames read from the text ("yang akrab disapa Mas Ipin")
	// bracketed holds the words the text writes alone in brackets, the
	// short names of institutions: "(Keuda)", "(BPOM)". Built on first use.
	bracketed map[string]bool
}

func (f *Finder) prepare(body string, terms []glossary.Term) *doc {
	gt := f.an.Tokens(body)
	if terms == nil {
		terms = f.an.Analyze(body)
	}
	words := f.an.WordTerms(body, gt, terms)
	d := &doc{body: body, toks: make([]tok, len(gt))}
	for i, t := range gt {
		text := body[t.Start:t.End]
		r, _ := utf8.DecodeRuneInString(text)
		d.toks[i] = tok{Token: t, text: text, lower: strings.ToLower(text), word: t.Kind == glossary.WordToken,
			cap: unicode.IsUpper(r), caps: isAllCaps(text), term: words[i], nameEnd: i}
	}
	// Words of a noun phrase ("sepak bola") are nouns whatever each
	// word alone would be.
	j := 0
	for _, tm := range terms {
		if tm.Kind != glossary.KindPhrase || tm.POS != "noun" {
			continue
		}
		for j < len(d.toks) && d.toks[j].Start < tm.Start {
			j++
		}
		for k := j; k < len(d.toks) && d.toks[k].End <= tm.End; k++ {
			d.toks[k].inNoun = true
		}
	}
	// Places and organisations, single or multi-word, from the analysis.
	j = 0
	for _, tm := range terms {
		if tm.Kind != glossary.KindName || !tm.Glossed() {
			continue
		}
		for j < len(d.toks) && d.toks[j].Start < tm.Start {
			j++
		}
		first := j
		for k := j; k < len(d.toks) && d.toks[k].End <= tm.End; k++ {
			d.toks[k].name, d.toks[k].place = true, tm.Place
			d.toks[first].nameEnd = k
		}
		if first < len(d.toks) {
			d.toks[first].nameEN = cleanGloss(tm.Glosses[0])
		}
	}
	d.facilityNames()
	d.cityNames()
	d.bracketAcronyms()
	return d
}

// markEverywhere flags every token written text as part of a known name,
// a place when place is set.
func (d *doc) markEverywhere(text string, place bool) {
	for _, m := range d.positions()[text] {
		d.toks[m].name = true
		d.toks[m].place = d.toks[m].place || place
	}
}

// cityNames marks "Davao City", "Quezon City": an unknown capitalised
// word before the English word City is a place.
func (d *doc) cityNames() {
	for i := 1; i < len(d.toks); i++ {
		if d.toks[i].text == "City" && d.toks[i-1].cap && d.toks[i-1].word && d.toks[i-1].unknownWord() && d.adjacent(i-1) {
			d.markEverywhere(d.toks[i-1].text, true)
			d.markEverywhere(d.toks[i].text, true)
		}
	}
}

// bracketAcronyms marks a capitalised word in brackets after a name of
// capitalised words — "Gabungan Industri Kendaraan Bermotor Indonesia
// (Gaikindo)" — as that organisation's short name wherever it occurs, so
// "Ketua Umum Gaikindo Yohannes Nangoi" is not a person called Gaikindo.
func (d *doc) bracketAcronyms() {
	for i := 2; i+2 < len(d.toks); i++ {
		if !d.is(i, "(") || !d.is(i+2, ")") || !d.toks[i+1].cap || !d.toks[i+1].word || !d.toks[i+1].unknownWord() ||
			!d.toks[i-1].cap || !d.toks[i-2].cap || !d.toks[i-1].word || !d.toks[i-2].word {
			continue
		}
		d.markEverywhere(d.toks[i+1].text, false)
	}
}

// pronouns after a title make it a description: "anggota kami".
var pronouns = map[string]bool{"kami": true, "kita": true, "mereka": true, "saya": true, "kamu": true, "anda": true,
	"dia": true, "ia": true, "beliau": true, "kalian": true}

// notOffices follow "calon" when it means prospective, not candidate.
var notOffices = map[string]bool{"penumpang": true, "pembeli": true, "jemaah": true, "jamaah": true, "pengantin": true,
	"siswa": true, "mahasiswa": true, "peserta": true, "pekerja": true, "karyawan": true, "pelanggan": true,
	"nasabah": true, "pemudik": true, "investor": true, "pasien": true, "penghuni": true, "pengguna": true,
	"pemilih": true, "tenaga": true, "guru": true, "dokter": true, "haji": true}

// facilities are followed by their own name: "Bandara Frans Seda", "Gunung
// Lewotobi Laki-laki", "Desa Pululera".
// The number is how many words the name may have: villages and districts
// take one here, since a title's name may follow them ("Kepala Desa
// Sukamaju Ahmad Sukri").
var facilities = map[string]int{"bandara": 3, "udara": 3, "gunung": 3, "pelabuhan": 3, "stasiun": 3,
	"terminal": 3, "stadion": 3, "jalan": 3, "jl": 3, "gedung": 3,
	"pulau": 2, "sungai": 2, "danau": 2, "teluk": 2, "selat": 2, "istana": 2, "museum": 2, "sanggar": 2,
	"lapas": 2, "rutan": 2, "pasar": 2, "masjid": 2, "gereja": 2, "pura": 2, "vihara": 2, "klenteng": 2, "hotel": 2,
	"desa": 1, "dusun": 1, "kampung": 1, "kelurahan": 1, "kecamatan": 1, "kabupaten": 1, "wilayah": 1,
	"kalurahan": 1, "kapanewon": 1, "padukuhan": 1}

// facilityNames marks the unknown capitalised words that name a facility
// or a place after its kind as places wherever they occur, so "Kepala
// UPBU Frans Seda Agustinus Mbete" is not a person called Frans Seda
// Agustinus Mbete when the text also says "Bandara Frans Seda".
func (d *doc) facilityNames() {
	for i := 0; i+1 < len(d.toks); i++ {
		n := facilities[d.toks[i].lower]
		if n == 0 || !d.toks[i].cap || !d.adjacent(i) {
			continue
		}
		var run []int
		k := i + 1
		for ; k < len(d.toks) && k <= i+n && d.toks[k].cap && d.toks[k].word && d.toks[k].unknownWord() && !d.toks[k].caps; k++ {
			run = append(run, k)
			if !d.adjacent(k) {
				k++
				break
			}
		}
		// A long name that runs into more capitals ("Museum Balanga Nova
		// Lestari") does not show where it ends: learn nothing from it.
		if n > 1 && len(run) == n && k < len(d.toks) && d.toks[k].cap && d.toks[k].word && d.adjacent(k-1) {
			continue
		}
		for _, k := range run {
			d.markEverywhere(d.toks[k].text, true)
		}
	}
}

func isAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n > 1
}

// cleanGloss keeps the first sense without its parenthesis:
// "Moscow (capital of Russia)" → "Moscow".
func cleanGloss(g string) string {
	if i := strings.Index(g, " ("); i > 0 {
		g = g[:i]
	}
	return strings.TrimSpace(g)
}

func (d *doc) is(i int, s string) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].text == s
}

// adjacent: tokens i and i+1 are separated by spaces only (no line break).
func (d *doc) adjacent(i int) bool {
	if i+1 >= len(d.toks) {
		return false
	}
	gap := d.body[d.toks[i].End:d.toks[i+1].Start]
	return gap != "" && strings.Trim(gap, " ") == ""
}

var honorifics = map[string]bool{"jaro": true, "haji": true, "hajah": true, "hajjah": true, "bapak": true, "ibu": true, "pak": true, "bu": true, "prof": true, "dr": true,
	"h": true, "hj": true, "ir": true, "kh": true, "drs": true, "dra": true, "sdr": true, "saudara": true,
	"saudari": true, "tuan": true, "nyonya": true, "habib": true, "gus": true, "pdt": true, "ustaz": true,
	"ustadz": true, "ustazah": true, "kiai": true, "kyai": true, "romo": true, "mgr": true, "kardinal": true,
	"syekh": true, "drg": true, "drh": true, "apt": true, "pangeran": true, "sheikh": true, "syeikh": true, "raden": true, "gkr": true, "gbph": true, "kgph": true, "kph": true, "krt": true, "kmt": true, "wedana": true, "mgs": true, "kms": true,
	"tgh": true, "tgb": true}

// timeNext: a day or a month follows token i ("pada Senin", "pada Juli").
func (d *doc) timeNext(i int) bool {
	return i+1 < len(d.toks) && (months[d.toks[i+1].lower] || weekdays[d.toks[i+1].lower])
}

var weekdays = map[string]bool{"senin": true, "selasa": true, "rabu": true, "kamis": true, "jumat": true, "jum'at": true,
	"sabtu": true, "minggu": true, "ahad": true}

var months = map[string]bool{"januari": true, "februari": true, "maret": true, "april": true, "mei": true,
	"juni": true, "juli": true, "agustus": true, "september": true, "oktober": true, "november": true,
	"desember": true, "senin": true, "selasa": true, "rabu": true, "kamis": true, "jumat": true, "sabtu": true, "minggu": true}

// nameLike: a capitalised word that can be part of a person's name.
func (d *doc) nameLike(i int, titles *Titles) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	t := &d.toks[i]
	if t.word && !t.cap && glossary.ArabicCompound(t.text) {
		return true // "Khalil al-Hayya", "Abdel Fattah el-Sisi"
	}
	if !t.word || !t.cap || t.name || t.caps && utf8.RuneCountInString(t.text) > 1 || strings.ContainsAny(t.text, "0123456789") {
		return false // D66, U-20: a party, a team
	}
	if t.SentenceStart && t.term.Kind == glossary.KindWord && t.term.Glossed() && !honorifics[t.lower] && !d.afterHonorific(i) &&
		!(givenNames[t.lower] && i+1 < len(d.toks) && d.adjacent(i) && d.toks[i+1].cap && d.toks[i+1].unknownWord()) {
		return false // "Namun", "Sementara" open sentences; "Lalu Suryadi, …" is a name
	}
	if _, n := titles.match([]string{t.lower}); n > 0 || serviceWords[t.lower] {
		// "Raja Juli Antoni": a title that is a first name before a name.
		// "Raja Sapta Oktohari": the second word may be a word too.
		return t.lower == "raja" && i+2 < len(d.toks) && d.adjacent(i) && d.adjacent(i+1) &&
			d.toks[i+1].word && d.toks[i+1].cap && !d.toks[i+1].caps && !d.toks[i+1].name &&
			d.toks[i+2].word && d.toks[i+2].cap && d.toks[i+2].unknownWord() &&
			(d.toks[i+1].unknownWord() || givenNames[d.toks[i+1].lower] || i+3 >= len(d.toks) || !d.toks[i+3].word || !d.toks[i+3].cap)
	}
	return true
}

// serviceWords follow a rank and belong to neither role nor name:
// "Jenderal Polisi", "Irjen Pol", "Mayjen TNI", "(Purn)".
// The army's corps follow a rank too: "Letkol Inf", "Mayor Czi", "Kolonel Pnb".
var serviceWords = map[string]bool{"pol": true, "polisi": true, "tni": true, "purn": true, "ad": true, "al": true, "au": true,
	"inf": true, "kav": true, "arm": true, "arh": true, "arhanud": true, "czi": true, "cpm": true, "mar": true, "pnb": true,
	"psk": true, "chk": true, "caj": true, "ckm": true, "cku": true, "cba": true, "cpl": true, "lek": true, "tek": true,
	"laut": true, "udara": true}

// givenNames are first names that are also words of the glossary.
var givenNames = map[string]bool{"lalu": true, "dimas": true, "baiq": true, "budi": true, "rahmat": true, "indah": true, "sri": true,
	"dewi": true, "putri": true,
	"agung": true, "wahyu": true, "bintang": true, "surya": true, "ratna": true, "ayu": true, "mulia": true, "cahaya": true,
	"sari": true, "intan": true, "mutiara": true, "bunga": true, "melati": true, "mawar": true, "lestari": true, "setia": true,
	"adi": true, "eka": true, "dwi": true, "tri": true, "bayu": true, "fajar": true, "rizki": true, "rezeki": true, "iman": true,
	"amal": true, "ilham": true, "hidayat": true, "taufik": true, "ikhsan": true, "ihsan": true, "syukur": true, "juli": true,
	"agustus": true, "mei": true, "bambang": true, "joko": true, "agus": true, "yudha": true, "teguh": true, "harapan": true,
	"cinta": true, "kasih": true, "suci": true, "murni": true, "kurnia": true, "karunia": true, "rahayu": true, "damai": true,
	"bahagia": true, "sejahtera": true, "perkasa": true, "jaya": true, "kusuma": true, "permata": true, "pertiwi": true,
	"bima": true, "arya": true, "sakti": true, "slamet": true, "hakim": true, "ni": true, "i": true,
	"made": true, "wayan": true, "nyoman": true, "ketut": true, "komang": true, "putu": true, "gede": true, "kadek": true,
	"gusti": true, "ida": true, "bagus": true, "anak": true, "juni": true, "wati": true, "dian": true,
	"sandi": true, "pratama": true, "putra": true, "dewa": true, "guntur": true, "mega": true, "kartika": true,
	"lintang": true, "samudra": true, "citra": true, "puspa": true, "kencana": true, "tirta": true, "pandu": true,
	"satria": true, "laksana": true, "budiman": true, "darma": true, "dharma": true, "arif": true, "adil": true,
	"permana": true, "wira": true, "jati": true, "hadi": true, "ratu": true, "nur": true, "indra": true, "bagas": true,
	"fitri": true, "ikhlas": true, "sabar": true, "tegar": true, "galih": true, "purnama": true, "wulan": true,
	"mustika": true, "perdana": true, "mulya": true, "lukman": true, "rahman": true, "rahim": true, "kurniawan": true}

// orgHeads open an institution's name, which has at least one more word:
// PT Jaya Abadi, Universitas Tadulako, Bank Mandala, Polres Bogor.
var orgHeads = map[string]bool{"pt": true, "cv": true, "universitas": true, "institut": true, "politeknik": true,
	"bank": true, "yayasan": true, "koperasi": true, "perumda": true, "pdam": true, "stadion": true, "masjid": true,
	"gereja": true, "pesantren": true, "puskesmas": true, "rsud": true, "rsd": true, "rsup": true, "polres": true, "polresta": true, "polda": true,
	"polsek": true, "kodim": true, "korem": true, "kodam": true, "klub": true, "sanggar": true, "museum": true,
	"bandara": true, "pelabuhan": true}

// documents, capitalised, name a regulation by its issuer: "Peraturan
// Menteri Keuangan", "Keputusan Presiden" (but "instruksi Kapolda Irjen
// Pol Nanang Avianto" names him).
var documents = map[string]bool{"peraturan": true, "keputusan": true, "instruksi": true}

// religions are no one's name: "pimpinan ormas Islam".
var religions = map[string]bool{"islam": true, "kristen": true, "katolik": true, "protestan": true, "hindu": true,
	"buddha": true, "budha": true, "konghucu": true}

// quantifiers count the holders of an office.
var quantifiers = map[string]bool{"sejumlah": true, "beberapa": true, "puluhan": true, "ratusan": true, "ribuan": true,
	"banyak": true, "semua": true, "seluruh": true, "dua": true, "tiga": true, "empat": true, "lima": true}

// adminUnits name the level of a region: "Kecamatan Jonggat".
var adminUnits = map[string]bool{"kecamatan": true, "kabupaten": true, "kota": true, "provinsi": true, "desa": true,
	"kelurahan": true, "distrik": true, "kapanewon": true, "kemantren": true, "kalurahan": true, "padukuhan": true}

// placeTails end the names of regions, not of people: Kayan Hilir,
// Kapuas Hulu, Lematang Ilir, Bolaang Mongondow Utara.
var placeTails = map[string]bool{"hilir": true, "hulu": true, "ilir": true, "ulu": true, "utara": true, "selatan": true,
	"barat": true, "timur": true, "tengah": true, "laut": true, "darat": true, "jaya": true, "baru": true,
	"kulon": true, "wetan": true, "lor": true, "kidul": true}

// forAffairs may stand between "untuk" and the field an office is for.
var forAffairs = map[string]bool{"urusan": true, "bidang": true, "kawasan": true, "wilayah": true}

// balineseNames follow I or Ni at the start of a Balinese name.
var balineseNames = map[string]bool{"made": true, "wayan": true, "nyoman": true, "ketut": true, "putu": true, "gede": true,
	"kadek": true, "komang": true, "gusti": true, "luh": true, "nengah": true, "kade": true}

// rankBefore steps back over a rank and its service word ending at e
// ("Jenderal Polisi", "Irjen Pol", "Mayjen TNI") and returns where they
// start, never before from.
func (d *doc) rankBefore(e, from int, titles *Titles) int {
	r := e
	for r > from {
		r0 := r
		for r > from && (serviceWords[d.toks[r-1].lower] || d.toks[r-1].text == "(" || d.toks[r-1].text == ")" ||
			d.toks[r-1].text == "." && r-2 >= from && d.toks[r-2].lower == "purn" || // "(Purn.)"
			d.is(r, ")") && d.toks[r-1].caps && utf8.RuneCountInString(d.toks[r-1].text) <= 3 ||
			d.is(r, ")") && len(d.toks[r-1].text) == 1 && d.toks[r-1].cap) {
			r-- // "Kolonel Laut (P)": the corps in brackets
		}
		stepped := false
		for m := 3; m >= 1; m-- {
			if r-m < from {
				continue
			}
			if t, j, _ := d.titleAt(r-m, titles); t.Kind == Rank && j == r {
				r -= m
				stepped = true
				break
			}
		}
		if !stepped {
			r = r0 // service words without a rank belong to the organisation
			break
		}
	}
	return r
}

// jointOfficeStart: the title at i follows "sekaligus", "merangkap" or
// "yang juga" after another title; it returns where that first title
// starts (the role is both), or -1.
func (d *doc) jointOfficeStart(i int, titles *Titles) int {
	end := -1
	switch {
	case i >= 2 && (d.toks[i-1].lower == "sekaligus" || d.toks[i-1].lower == "merangkap"):
		end = i - 1
	case i >= 3 && d.toks[i-1].lower == "juga" && d.toks[i-2].lower == "yang":
		end = i - 2
	case i >= 2 && d.toks[i-1].lower == "dan":
		end = i - 1 // "Co-founder dan Chief Operating Officer (COO) Lumbunga"
	default:
		return -1
	}
	for t0 := max(0, end-8); t0 < end; t0++ {
		if t, j, _ := d.titleAt(t0, titles); t.Kind == 0 || j > end || d.toks[end].lower == "dan" && j != end {
			continue
		}
		clean := true
		for q := t0; q < end; q++ {
			tk := &d.toks[q]
			if tk.used || !tk.word && tk.text != "(" && tk.text != ")" || q > t0 && tk.SentenceStart && !d.is(q-1, "(") {
				clean = false
				break
			}
		}
		if clean && (t0 == 0 || !d.toks[t0-1].word || !d.toks[t0-1].cap) {
			return t0
		}
	}
	return -1
}

// provinceAfter: the comma at k opens ", Sumatera Selatan," — known
// place names, a comma, then a capitalised word. It returns the index
// after the second comma, or -1.
func (d *doc) provinceAfter(k int) int {
	m := k + 1
	if m < len(d.toks) && adminUnits[d.toks[m].lower] && d.toks[m].cap {
		// "Kepala Desa Ubung, Kecamatan Jonggat, Lalu Sahrul Anwar"
		m++
		for m < len(d.toks) && m < k+5 && d.toks[m].word && d.toks[m].cap && d.adjacent(m-1) {
			m++
		}
		if m == k+2 {
			return -1
		}
	}
	for m < len(d.toks) && m < k+4 && d.toks[m].place && d.toks[m].cap && d.adjacent(m-1) {
		m++
	}
	if m == k+1 || !d.is(m, ",") || !d.capNext(m) {
		return -1
	}
	return m + 1
}

// learnPlaces marks the capitalised words of [s, e), a region the text
// has just shown to be one, as places wherever they occur: "Kepala Dinas
// Kesehatan Lematang Ilir" later is no person called Ilir.
func (d *doc) learnPlaces(s, e int) {
	for i := s; i < e; i++ {
		if d.toks[i].cap && d.toks[i].word {
			d.markEverywhere(d.toks[i].text, true)
		}
	}
}

// placeElsewhere: the word appears elsewhere after "di", "Kabupaten" and
// the like — a place, not the first of a name (Bupati Temanggung Sugeng).
func (d *doc) placeElsewhere(i int) bool {
	for _, k := range d.same(i) {
		if k == i || k == 0 || k+1 < len(d.toks) && i+1 < len(d.toks) && d.toks[k+1].text == d.toks[i+1].text {
			continue
		}
		prev := &d.toks[k-1]
		switch prev.lower {
		case "di", "ke", "dari", "kabupaten", "kota", "provinsi", "wilayah", "warga", "daerah", "pemkab", "pemkot",
			"polres", "polda", "kecamatan", "desa", "kawasan", "kelurahan", "melawan", "kontra", "dihajar", "menjamu",
			"kubu", "tim", "klub", "gol", "suporter", "skuad", "menghadapi", "mengalahkan":
			return true
		}
	}
	return false
}

// positions maps each text to the positions of the tokens written so,
// built once per article.
func (d *doc) positions() map[string][]int {
	if d.at == nil {
		d.at = make(map[string][]int, len(d.toks)/2)
		for k := range d.toks {
			d.at[d.toks[k].text] = append(d.at[d.toks[k].text], k)
		}
	}
	return d.at
}

// same returns the positions of the tokens written like token i.
func (d *doc) same(i int) []int { return d.positions()[d.toks[i].text] }

// mentionCues introduce a person by name: "kata Yoga", "menurut Yoga",
// "tulis Yoga". They are not speechVerbs, which end an appositive: those
// include "kepada", and "kepada DanaCepat" names a company as often as a
// person.
var mentionCues = map[string]bool{"kata": true, "ujar": true, "ucap": true, "tutur": true, "imbuh": true, "ungkap": true,
	"jelas": true, "papar": true, "tegas": true, "terang": true, "tulis": true, "menurut": true, "tambah": true,
	"lanjut": true, "sebut": true}

// spokenName: the word of token i stands alone elsewhere after a cue that
// introduces a person ("kata Yoga,"), so it is a name however many
// meanings the glossary gives it.
func (d *doc) spokenName(i int) bool {
	for _, k := range d.same(i) {
		if k == i || k == 0 {
			continue
		}
		alone := k+1 >= len(d.toks) || !d.toks[k+1].word || !d.toks[k+1].cap
		if d.toks[k-1].word && mentionCues[d.toks[k-1].lower] && d.adjacent(k-1) && (alone || d.surnameRun(k+1)) {
			return true // "kata Yoga", "kata Asri Ludin"
		}
		if !d.toks[k-1].cap && k+1 < len(d.toks) && d.toks[k+1].lower != "kepada" && speechVerbs[d.toks[k+1].lower] {
			return true // "Yoga mengatakan"
		}
	}
	return false
}

// closedBefore: the name ending at a place-word (Aria Bima) starts at i,
// after an organisation an acronym or a bracket closes (Komisi II DPR).
func (d *doc) closedBefore(i int) bool {
	return i >= 1 && d.toks[i+1].place && (d.toks[i-1].caps || d.is(i-1, ")"))
}

// titleEndsAt: token i is the last word of a title ("Bupati", "Wakil
// Bupati").
func (d *doc) titleEndsAt(i int, titles *Titles) bool {
	for s := max(i-3, 0); s <= i; s++ {
		if t, e, _ := d.titleAt(s, titles); t.Kind != 0 && e == i+1 {
			return true
		}
	}
	return false
}

// nameFollows: a person's name starts at i, or after a comma there.
func (d *doc) nameFollows(i int, titles *Titles) bool {
	if d.is(i, ",") {
		i++
	}
	s, e, ok := d.nameAt(i, titles)
	return ok && d.personLike(s, e)
}

// initialsOf is the capitals of the words in [s, e): "HWS" for Hendro
// Wiyono Santoso.
func (d *doc) initialsOf(s, e int) string {
	var b strings.Builder
	for k := max(s, 0); k < e; k++ {
		if r, _ := utf8.DecodeRuneInString(d.toks[k].text); d.toks[k].word && unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// surnameRun: the capitalised words from i on are the rest of a person's
// name: words the glossary does not know, no institution among them
// ("Asri Ludin", not "Bank Mandiri").
func (d *doc) surnameRun(i int) bool {
	n := 0
	for ; i < len(d.toks) && d.toks[i].word && d.toks[i].cap && d.adjacent(i-1); i++ {
		if !d.toks[i].unknownWord() || orgWords[d.toks[i].lower] || d.toks[i].caps {
			return false
		}
		n++
	}
	return n > 0
}

// endsElsewhere: the word at i also ends a name elsewhere, followed by
// something other than the word at next, and by no other name: "Lumbunga
// mengumumkan", "Tirta Mayang Kota Jambi", but not "Ahmad Sahroni".
func (d *doc) endsElsewhere(i, next int) bool {
	for _, q := range d.same(i) {
		if q == i {
			continue
		}
		if q+1 >= len(d.toks) {
			return true
		}
		n := &d.toks[q+1]
		if n.text != d.toks[next].text && (!n.word || !n.cap || n.term.Glossed() && n.term.Kind == glossary.KindWord) {
			return true
		}
	}
	return false
}

// orgRecurs: the words from j through e appear again elsewhere, not after
// a title and not followed by the word that follows e here: an
// organisation the text names on its own, so e is its last word, not a
// person's first.
func (d *doc) orgRecurs(j, e int, titles *Titles) bool {
	n := e - j + 1
	for _, q := range d.same(j) {
		if q == j || q+n > len(d.toks) {
			continue
		}
		match := true
		for m := range n {
			if d.toks[q+m].text != d.toks[j+m].text {
				match = false
				break
			}
		}
		if !match || q > 0 && d.toks[q-1].cap && d.toks[q-1].word && (!d.toks[q-1].SentenceStart || d.titleEndsAt(q-1, titles)) {
			continue // after a title, or inside a longer name
		}
		if after := q + n; after < len(d.toks) && e+1 < len(d.toks) && d.toks[after].text == d.toks[e+1].text {
			continue
		}
		return true
	}
	return false
}

// unknownWord: a token the glossary has no word for, the mark of a
// person's name rather than an institution's.
func (t *tok) unknownWord() bool {
	return t.term.Kind == glossary.KindName && !t.term.Glossed() || t.term.Kind == glossary.KindWord && !t.term.Glossed()
}

// nameAt reads a person's name starting at token i: honorifics skipped
// (Bapak, Prof. Dr.), the Korean surname Pak kept (Pak Thae Song). It
// returns the token range [s, e) of the name, or ok false.
func (d *doc) nameAt(i int, titles *Titles) (s, e int, ok bool) {
	for i < len(d.toks) && d.toks[i].word && honorifics[d.toks[i].lower] {
		if d.toks[i].lower == "pak" && d.korean(i) {
			break
		}
		if d.is(i+1, ".") {
			i++
		}
		i++
	}
	s = i
	e = i
	if i < len(d.toks) && !d.nameLike(i, titles) && d.nameStart(i, titles) {
		e = i + 1 // a first name that is also a word: "Budi Santoso"
	}
	for e < len(d.toks) && e-s < 6 && (d.nameLike(e, titles) || d.toks[e].lower == "pak" && d.korean(e) ||
		e > s && d.inName(e, titles)) {
		e++
		if e < len(d.toks) && !d.adjacent(e-1) {
			break
		}
	}
	// "Aida S. Budiman": a middle initial and its full stop; "Zulkarnain
	// Dt. Rajo Basa": a Minangkabau datuk's title inside the name.
	if e-s >= 1 && e+1 < len(d.toks) && d.is(e, ".") && (utf8.RuneCountInString(d.toks[e-1].text) == 1 || nameAbbrevs[d.toks[e-1].text]) && d.toks[e-1].cap &&
		e-s >= 2 && d.bodyGap(e-1) == "" && d.adjacent(e) && d.nameLike(e+1, titles) && d.toks[e+1].unknownWord() {
		e += 2
		for e < len(d.toks) && e-s < 8 && d.nameLike(e, titles) && d.adjacent(e-1) {
			e++
		}
	}
	// "M.Si.", "S.H.", "Ph.D.": degrees after a name are no name.
	if e-s == 1 && utf8.RuneCountInString(d.toks[s].text) <= 3 && d.is(e, ".") {
		return s, s, false
	}
	return s, e, e > s
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// inName: token i continues the name before it: a particle (Lula da
// Silva), a title word between two unknown names (Yusran Hakim Pulungan),
// or initials closing it (Mahfud MD).
func (d *doc) inName(i int, titles *Titles) bool {
	t := &d.toks[i]
	next := i+1 < len(d.toks) && d.adjacent(i) && d.nameLike(i+1, titles)
	switch {
	case particles[t.lower] && (next || i+1 < len(d.toks) && particles[d.toks[i+1].lower]):
		return true
	case t.word && !t.cap && glossary.ArabicCompound(t.text) && i > 0 && d.adjacent(i-1) && d.toks[i-1].cap:
		return true // "Abdel Fattah el-Sisi"
	case t.name && t.cap && !t.caps && i > 0 && d.adjacent(i-1) && d.toks[i-1].unknownWord() && d.nameLike(i-1, titles) &&
		(i+1 >= len(d.toks) || !d.toks[i+1].word || !d.toks[i+1].cap):
		return true // "Aria Bima": a place that ends a name
	case t.word && t.cap && !t.caps && i > 0 && d.toks[i-1].unknownWord() && next && d.toks[i+1].unknownWord():
		return true
	case d.initials(i, titles) && (i+1 >= len(d.toks) || !d.toks[i+1].word || !d.toks[i+1].cap):
		return true
	}
	return false
}

// nameStart: a name may start at i — a name-like word, or a first name
// that is also a word opening a sentence ("Budi Santoso").
func (d *doc) nameStart(i int, titles *Titles) bool {
	if d.nameLike(i, titles) {
		return true
	}
	t := &d.toks[i]
	return t.word && t.cap && !t.caps && t.SentenceStart && t.term.Glossed() && !closedClass[t.term.POS] && d.adjacent(i) &&
		d.nameLike(i+1, titles) && d.toks[i+1].unknownWord()
}

// closedClass: parts of speech no first name has: "Menurut Puan",
// "Adapun Yosephine Manurung" open sentences, not names.
var closedClass = map[string]bool{"prep": true, "conj": true, "pron": true, "adv": true, "det": true, "part": true, "interj": true}

// korean: "Pak" followed by two short syllables (Pak Thae Song).
func (d *doc) korean(i int) bool {
	if i+2 >= len(d.toks) || !d.adjacent(i) || !d.adjacent(i+1) {
		return false
	}
	for _, k := range []int{i + 1, i + 2} {
		t := &d.toks[k]
		if !t.word || !t.cap || t.caps || utf8.RuneCountInString(t.text) > 5 || !t.unknownWord() {
			return false
		}
	}
	return true
}

// afterHonorific: token i follows an honorific ("H.", "Dr. drh.").
func (d *doc) afterHonorific(i int) bool {
	p := i - 1
	if d.is(p, ".") {
		p--
	}
	return p >= 0 && d.toks[p].word && honorifics[d.toks[p].lower]
}

// afterRank: token i follows a rank or its corps ("Letkol Inf", "AKBP").
func (d *doc) afterRank(i int, titles *Titles) bool {
	p := i - 1
	if p < 0 || !d.toks[p].word {
		return false
	}
	if serviceWords[d.toks[p].lower] {
		return true
	}
	t, n := titles.match([]string{d.toks[p].lower})
	return n > 0 && t.Kind == Rank
}

// givenName: a word of [s, e) is a first name that is also a word
// (Bintang, Cahaya), so words the glossary knows may still be a name.
func (d *doc) givenName(s, e int) bool {
	for k := s; k < e; k++ {
		if givenNames[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// personLike: a run with at least one word the glossary does not know.
func (d *doc) personLike(s, e int) bool {
	for k := s; k < e; k++ {
		if d.toks[k].unknownWord() {
			return true
		}
	}
	return false
}

// titleAt matches a title at token i, with "mantan", "Plt" and the like
// before it. It returns the title, the index after it, and its prefixes.
func (d *doc) titleAt(i int, titles *Titles) (Title, int, []Title) {
	var prefixes []Title
	var buf [4]string
	for {
		words := buf[:0]
		for k := i; k < len(d.toks) && k < i+4 && d.toks[k].word; k++ {
			words = append(words, d.toks[k].lower)
			if !d.adjacent(k) {
				break
			}
		}
		t, n := titles.match(words)
		if n == 0 {
			return Title{}, i, nil
		}
		i += n
		if t.Kind != Prefix {
			return t, i, prefixes
		}
		prefixes = append(prefixes, t)
		// "Pelaksana Tugas (Plt) Kepala": the abbreviation in brackets.
		if d.is(i, "(") && d.is(i+2, ")") {
			i += 3
		}
	}
}

// regionFirst: the run [ns, k) after a regional office opens with its
// region — a word that is a place elsewhere in the text, or the first of
// three or more words, unless that is an unknown word before a given name
// ("Wakil Bupati Syah Muhammad Natanegara").
func (d *doc) regionFirst(ns, k int) bool {
	switch {
	case k-ns < 2:
		return false
	case d.placeElsewhere(ns):
		return true
	}
	return k-ns >= 3 && (placeTails[d.toks[ns+1].lower] || !(d.toks[ns].unknownWord() && !d.toks[ns].place && givenNames[d.toks[ns+1].lower]))
}

// fromAmong: "dari unsur DPD", "dari kalangan buruh": the group an office
// holder comes from.
var fromAmong = map[string]bool{"unsur": true, "kalangan": true, "perwakilan": true, "fraksi": true}

// companyTailIn is the last word in [s, e) of those Indonesian company
// names end with, or -1.
func (d *doc) companyTailIn(s, e int) int {
	for p := e - 1; p >= s; p-- {
		if companyTails[d.toks[p].lower] && d.toks[p].cap {
			return p
		}
	}
	return -1
}

var companyTails = map[string]bool{"makmur": true, "jaya": true, "abadi": true, "sejahtera": true, "mandiri": true,
	"lestari": true, "sentosa": true, "persada": true, "perkasa": true, "nusantara": true, "indonesia": true, "utama": true,
	"tbk": true, "group": true, "sakti": true, "raya": true, "gemilang": true, "mulia": true, "internasional": true,
	"finance": true, "capital": true, "holding": true, "sekuritas": true, "asuransi": true}

// inAssociation: the words [s, e) name an association, whose name may
// hold the trade of its members (Ikatan Dokter Indonesia).
func (d *doc) inAssociation(s, e int) bool {
	for k := s; k < e; k++ {
		if associations[d.toks[k].lower] && d.toks[k].cap {
			return true
		}
	}
	return false
}

var associations = map[string]bool{"perhimpunan": true, "persatuan": true, "ikatan": true, "himpunan": true,
	"perkumpulan": true, "paguyuban": true, "asosiasi": true, "serikat": true, "federasi": true, "gabungan": true}

// nameAbbrevs are parts of names written short with a full stop:
// "Zulkarnain Dt. Rajo Basa", "Moh. Sholeh", "Abd. Rahman".
var nameAbbrevs = map[string]bool{"Dt": true, "Moh": true, "Muh": true, "Moch": true, "Mhd": true, "Abd": true}

// companyStops keep their full stop at the end of a role: "PT Sentosa
// Ritel Nusantara Tbk.", "Freeport-McMoRan Inc.".
var companyStops = map[string]bool{"Tbk": true, "Inc": true, "Ltd": true, "Corp": true, "Co": true}

// orgRegions continue an organisation's name with the part of it meant:
// "Alfamidi wilayah Makassar", "BRI cabang Medan".
var orgRegions = map[string]bool{"wilayah": true, "cabang": true, "area": true, "regional": true, "perwakilan": true, "unit": true}

// regionalBodies are followed by the region they serve.
var regionalBodies = map[string]bool{"dprd": true, "polres": true, "polda": true, "polresta": true, "polsek": true,
	"kodim": true, "korem": true, "kodam": true, "pemkab": true, "pemkot": true, "pemprov": true, "kejari": true,
	"kejati": true, "bpbd": true, "kpud": true, "bappeda": true, "dinkes": true, "disdik": true, "kemenag": true}

// particles stand inside names in lowercase: Lula da Silva, bin, van.
var particles = map[string]bool{"da": true, "de": true, "van": true, "von": true, "der": true, "bin": true,
	"binti": true, "al": true, "el": true, "dos": true, "del": true, "la": true, "los": true, "las": true, "du": true}

// orgWords head the names of institutions, never of people.
var orgWords = map[string]bool{"dinas": true, "badan": true, "pusat": true, "kantor": true, "departemen": true,
	"biro": true, "bagian": true, "divisi": true, "komisi": true, "direktorat": true, "lembaga": true, "balai": true,
	"kementerian": true, "dewan": true, "majelis": true, "partai": true, "universitas": true, "institut": true,
	"sekolah": true, "rumah": true, "sakit": true, "bank": true, "kota": true, "kabupaten": true, "provinsi": true,
	"daerah": true, "umum": true, "negara": true, "nasional": true, "republik": true, "pemerintah": true, "satuan": true,
	"puskesmas": true, "posyandu": true, "rsud": true, "rsd": true, "rsup": true, "rsia": true, "pondok": true, "pesantren": true, "sd": true, "smp": true, "sma": true, "smk": true,
	"polres": true, "polda": true, "polsek": true, "kodam": true, "kodim": true, "korem": true, "pt": true, "cv": true,
	"sekuritas": true, "capital": true, "group": true, "tbk": true, "persero": true, "masjid": true, "gereja": true,
	"stadion": true, "jalan": true, "klub": true, "fc": true, "persekutuan": true, "yayasan": true, "koperasi": true,
	"perseroan": true, "asosiasi": true, "himpunan": true, "ikatan": true, "forum": true, "institute": true,
	"university": true, "initiative": true, "foundation": true, "bandara": true, "pelabuhan": true, "pasar": true,
	"organisasi": true, "riset": true, "pictures": true, "studio": true, "studios": true, "production": true,
	"productions": true, "records": true, "entertainment": true, "media": true, "universiteit": true,
	"dprd": true, "polrestabes": true, "polresta": true, "kejari": true, "kejati": true, "pengadilan": true,
	"holdings": true, "holding": true, "ventures": true, "partners": true, "inc": true, "ltd": true, "corp": true,
	"kanwil": true, "economics": true, "team": true, "futures": true, "securities": true, "llc": true, "plc": true,
	"watch": true, "berjangka": true, "asuransi": true, "multifinance": true,
	"kelurahan": true, "kecamatan": true, "dusun": true, "kampung": true, "gampong": true, "nagari": true, "desa": true,
	"center": true, "centre": true, "school": true, "studies": true, "council": true, "agency": true, "fakultas": true,
	"jurusan": true, "prodi": true, "laboratorium": true, "association": true, "bureau": true, "commission": true, "fund": true}

// englishConnector: lowercase words inside an English institution's name.
var englishConnector = map[string]bool{"of": true, "for": true, "on": true, "the": true, "and": true}

var connector = map[string]bool{"dan": true, "and": true, "for": true, "of": true, "the": true, "&": true, "de": true, "untuk": true}

// Find returns the officials of an article body, in order of first
// mention, then the byline's people. terms is the body's analysis when the
// caller has it (nil: analysed here); published (may be zero) picks the
// register role that was true at the time.
func (f *Finder) Find(body string, terms []glossary.Term, byline []articles.Person, published time.Time) []Official {
	d := f.prepare(body, terms)
	var found []*Official
	d.titleWords = map[string]bool{}
	add := func(o *Official) *Official {
		for _, tm := range o.Titles {
			for _, w := range strings.Fields(tm.Text) {
				if startsUpperASCII(w) {
					d.titleWords[strings.Trim(w, "()")] = true
				}
			}
		}
		// A later "Mendagri Tito" is Muhammad Tito Karnavian again.
		if prev := d.owner(found, o.Name); prev != nil {
			for _, m := range o.Mentions {
				if !slices.ContainsFunc(prev.Mentions, func(p Mention) bool { return p.Start == m.Start }) {
					prev.Mentions = append(prev.Mentions, m)
				}
			}
			prev.Titles = append(prev.Titles, o.Titles...)
			if fuller(prev.Role, o.Role) || o.Name == prev.Name && d.weakRole(prev, f.titles) && !d.weakRole(o, f.titles) {
				// "pelatih Indra Sjafri" in the lead, "Pelatih Timnas
				// Indonesia U-22, Indra Sjafri," below: the fuller role.
				prev.Role, prev.RoleEN = o.Role, o.RoleEN
			}
			return prev
		}
		found = append(found, o)
		return o
	}
	f.titledBefore(d, add)
	f.appositives(d, add)
	f.registerNames(d, found)
	found = d.mergeShortened(found)
	for _, o := range found {
		f.enrich(o, published)
	}
	d.forms = nil // the register may have added aliases
	found = d.mergeAliases(found)
	// Later mentions of the people the text introduced come first, so the
	// register cannot claim "Bambang" for another Bambang it knows.
	f.nicknames(d, found)
	f.laterMentions(d, found)
	f.calledBy(d, found)
	n := len(found)
	f.fromRegister(d, add, published)
	for _, o := range found[n:] {
		f.enrich(o, published)
	}
	d.forms = nil
	f.laterMentions(d, found)
	d.clippedNames(found)
	out := make([]Official, 0, len(found)+len(byline))
	sort.SliceStable(found, func(i, j int) bool { return found[i].Mentions[0].Start < found[j].Mentions[0].Start })
	for _, o := range found {
		sort.Slice(o.Mentions, func(i, j int) bool { return o.Mentions[i].Start < o.Mentions[j].Start })
		out = append(out, *o)
	}
	return append(out, f.bylineOfficials(byline, out, published)...)
}

// weakRole: the official's role is a rank or a description ("Kompol",
// "politikus Partai Golkar"), which an office found later replaces
// ("Kanit 2 Satresnarkoba", "Menteri P2MI").
func (d *doc) weakRole(o *Official, titles *Titles) bool {
	if len(o.Titles) == 0 {
		return false
	}
	k := d.tokenAt(o.Titles[0].Start)
	if k < 0 {
		return false
	}
	t, _, _ := d.titleAt(k, titles)
	return t.Kind == Rank || t.Kind == RoleTitle
}

// fuller: role b says what role a says and more: the same title with its
// organisation ("pelatih" → "Pelatih Timnas Indonesia U-22", "Kapten tim"
// → "Kapten Timnas Indonesia").
func fuller(a, b string) bool {
	aw, bw := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(aw) == 1 && strings.Contains(strings.ToLower(b), "("+aw[0]+")") {
		return true // "JPU" → "Jaksa penuntut umum (JPU) Kejari Denpasar"
	}
	if len(aw) == 0 || len(bw) <= len(aw) || aw[0] != bw[0] {
		return false
	}
	return slices.Equal(aw, bw[:len(aw)]) || len(aw) == 1
}

// registerNames gives back to a name the word a title took from it when
// the register knows the whole: "Raja Juli Antoni" is no king.
func (f *Finder) registerNames(d *doc, found []*Official) {
	for _, o := range found {
		m := o.Mentions[0]
		k := d.tokenAt(m.Start)
		if k < 1 || !d.adjacent(k-1) || !d.toks[k-1].cap {
			continue
		}
		prev := d.toks[k-1]
		full := prev.text + " " + o.Name
		if people := f.reg.Find(full); len(people) != 1 || !strings.EqualFold(people[0].Name, full) {
			continue
		}
		o.Name = full
		o.Mentions[0] = Mention{Start: prev.Start, End: m.End, Text: d.body[prev.Start:m.End]}
		o.Titles = slices.DeleteFunc(o.Titles, func(t Mention) bool { return t.Start == prev.Start && t.End == prev.End })
		switch {
		case strings.EqualFold(o.Role, prev.text):
			o.Role, o.RoleEN = "", ""
		case len(o.Titles) > 0 && o.Titles[0].End == prev.End && o.Titles[0].Start < prev.Start:
			// "Wakil Menteri Dalam Negeri Bima Arya Sugiarto": the role
			// ends before the name.
			s := d.tokenAt(o.Titles[0].Start)
			if s < 0 {
				continue
			}
			role := d.span(s, k-1)
			o.Titles[0], o.Role, o.RoleEN = role, role.Text, f.roleEN(d, s, k-1)
		}
	}
}

// mergeAliases folds an official named by an alias the register gives
// another into that other: "Menko Zulhas" is Zulkifli Hasan.
func (d *doc) mergeAliases(found []*Official) []*Official {
	out := found[:0:0]
	for _, o := range found {
		if prev := d.owner(out, o.Name); prev != nil && prev != o && (o.Person == nil || o.Person == prev.Person || o.Person.ID == prev.ID) {
			prev.Mentions = append(prev.Mentions, o.Mentions...)
			prev.Titles = append(prev.Titles, o.Titles...)
			continue
		}
		out = append(out, o)
	}
	return out
}

// subsequence: the words of a appear in b in order.
func subsequence(a, b []string) bool {
	i := 0
	for _, w := range b {
		if i < len(a) && a[i] == w {
			i++
		}
	}
	return i == len(a)
}

// mergeShortened folds "Dirjen Gakkum Dwi" and "Menteri KP Bambang" into
// the people introduced as Dwi … and Bambang …: a two-word "name" whose
// first word is a word of the office, the second a first name of the text;
// a one-word name another official's full name begins with; and a first
// and last name of a longer name.
func (d *doc) mergeShortened(found []*Official) []*Official {
	out := make([]*Official, 0, len(found))
	words := make(map[*Official][]string, len(found))
	for _, o := range found {
		words[o] = strings.Fields(o.Name)
	}
	for _, o := range found {
		first, rest, two := strings.Cut(o.Name, " ")
		if !two {
			rest = first // "Wamenlu Yosephine" before "Yosephine Manurung, diplomat …"
		}
		var owner *Official
		// "Bupati Toba Effendi Napitupulu" after "Effendi Sintong
		// Panangian Napitupulu": the first and last names of a longer
		// name are that person, and so are the second and last when the
		// first is one people drop ("Hasbi Jayabaya" for Mochamad Hasbi
		// Asyidiki Jayabaya).
		if ow := words[o]; len(ow) >= 2 && len(o.Mentions) == 1 {
			for _, p := range found {
				if pw := words[p]; p != o && len(pw) > len(ow) && pw[len(pw)-1] == ow[len(ow)-1] &&
					(pw[0] == ow[0] && subsequence(ow, pw) || droppedFirst[strings.ToLower(pw[0])] && pw[1] == ow[0] && subsequence(ow, pw[1:])) {
					owner = p
					break
				}
			}
			if owner != nil {
				owner.Mentions = append(owner.Mentions, o.Mentions[0])
				owner.Titles = append(owner.Titles, o.Titles...)
				delete(d.forms, owner)
				continue
			}
		}
		if !strings.Contains(rest, " ") && len(o.Mentions) == 1 {
			for _, p := range found {
				// Two words shorten a name only to its first word
				// ("Dirjen Hubdat Endra" for Endra Wiratmoko): "Dedi
				// Mulyadi" is not Asep Mulyadi, "Teguh Santoso" not
				// Agus Santoso Wibowo.
				if p != o && slices.Contains(d.formsOf(p), rest) && (!two || !slices.Contains(words[p], first) && words[p][0] == rest) {
					owner = p
					break
				}
			}
		}
		if owner == nil {
			out = append(out, o)
			continue
		}
		m := o.Mentions[0]
		m.Start = m.End - len(rest)
		m.Text = rest
		owner.Mentions = append(owner.Mentions, m)
		owner.Titles = append(owner.Titles, o.Titles...)
		delete(d.forms, owner)
	}
	return out
}

// tokenAt returns the index of the token starting at byte offset, or -1.
func (d *doc) tokenAt(offset int) int {
	i, ok := slices.BinarySearchFunc(d.toks, offset, func(t tok, off int) int { return t.Start - off })
	if !ok {
		return -1
	}
	return i
}

func (d *doc) span(s, e int) Mention {
	start, end := d.toks[s].Start, d.toks[e-1].End
	return Mention{Start: start, End: end, Text: d.body[start:end]}
}

func (d *doc) markUsed(s, e int) {
	for k := s; k < e; k++ {
		d.toks[k].used = true
	}
}

// titledBefore finds "TITLE [ORGANISATION] NAME [dan NAME]":
// Presiden Vladimir Putin, Menteri Dalam Negeri (Mendagri) Muhammad Tito
// Karnavian, Marsekal Tentara Rakyat Korea Ri Pyong Chol dan Pak Jong Chon.
func (f *Finder) titledBefore(d *doc, add func(*Official) *Official) {
	for i := 0; i < len(d.toks); i++ {
		if !d.toks[i].word || d.toks[i].used {
			continue
		}
		c, ok := f.introduced(d, i)
		if !ok {
			i = max(i, c.j-1) // a counted title is skipped whole
			continue
		}
		f.runAfter(d, &c)
		f.nameStart(d, &c)
		f.pastOrganisation(d, &c)
		if !f.stops(d, &c) || !f.chooseName(d, &c) {
			continue
		}
		f.trimName(d, &c)
		i = f.record(d, &c, add) - 1
	}
}

// A candidate is a title and what follows it, as titledBefore reads them:
// token indexes into the doc, ends exclusive, -1 for a stop not found.
type candidate struct {
	title     Title
	i, j      int // the title, with what extends it
	roleStart int // the role may open before the title: "Wakil Ketua DPR sekaligus Ketua Harian"
	roleStop  int // where the role ends when words stand between it and the name
	k         int // the end of the run of the organisation and the name
	ns        int // the name
	nameEnd   int

	provinceStop, demoStop, initialsStop int
	companyOnly, orgGoesOn               bool
}

// introduced reads the title at token i and what extends it (a
// profession's modifiers, a unit's number, an ordinal, "dari …") and says
// whether it may introduce a person here. A counted title ("dua hakim")
// introduces no one and comes back with its end, to be skipped whole.
func (f *Finder) introduced(d *doc, i int) (c candidate, ok bool) {
	title, j, _ := d.titleAt(i, f.titles)
	if title.Kind == 0 {
		return candidate{}, false
	}
	// "di Kantor Gubernur Kaltim", "di Jalan Letnan Harun", "Stadion
	// Kapten I Wayan Dipta": a building, or a place named after
	// someone (namedAfter), introduces no one; but "kantor Perdana
	// Menteri Israel Benjamin Netanyahu", lowercase, is the person's
	// office.
	if p := i - 1; p >= 0 && ((namedAfter[d.toks[p].lower] || d.toks[p].lower == "kantor") && d.toks[p].cap || documents[d.toks[p].lower] && d.toks[p].cap ||
		d.is(p, ".") && p > 0 && (d.toks[p-1].lower == "jl" || d.toks[p-1].lower == "jln")) {
		return candidate{}, false
	}
	// "anggota kami dari Langkat": a title owned by a pronoun
	// introduces no one.
	if j < len(d.toks) && pronouns[d.toks[j].lower] {
		return candidate{}, false
	}
	// "calon penumpang", "calon pembeli": a prospective passenger or
	// buyer is no candidate for office.
	if len(title.Words) == 1 && title.Words[0] == "calon" && j < len(d.toks) && notOffices[d.toks[j].lower] {
		return candidate{}, false
	}
	// "Yusran Hakim Pulungan": a title word inside a name.
	if i > 0 && d.adjacent(i-1) && d.nameLike(i-1, f.titles) && d.toks[i-1].unknownWord() && d.toks[i].cap {
		return candidate{}, false
	}
	roleStart := i
	// "Wakil Ketua DPR sekaligus Ketua Harian …": two offices held
	// together are one role.
	if p := d.jointOfficeStart(i, f.titles); p >= 0 {
		roleStart = p
	}
	// Lowercase modifiers of a profession: "ekonom senior", "pengamat politik".
	for m := 0; m < 3 && j < len(d.toks) && d.toks[j].word && !d.toks[j].cap && d.adjacent(j-1) &&
		(d.toks[j].term.POS != "verb" || d.toks[j].inNoun) && d.toks[j].term.POS != "prep" && d.toks[j].term.POS != "conj" && d.toks[j].lower != "berinisial" &&
		!glossaryFunctionWord(d.toks[j].lower) && d.toks[j].lower != "nomor" &&
		!strings.HasPrefix(d.toks[j].term.Analysis, "di-") && d.filledBy(j) < 0; m++ {
		j++
		// "pengamat kelautan dan perikanan"
		if title.Kind == RoleTitle && d.is(j, "dan") && j+1 < len(d.toks) && d.toks[j+1].word && !d.toks[j+1].cap &&
			(d.toks[j+1].term.POS == "noun" || !d.toks[j+1].term.Glossed()) && d.adjacent(j) {
			j++
		}
		// "dokter spesialis dermatologi, venereologi, dan estetika"
		for title.Kind == RoleTitle && d.is(j, ",") && j+2 < len(d.toks) {
			if n := &d.toks[j+1]; n.word && !n.cap && (n.term.POS == "noun" || !n.term.Glossed()) {
				j += 2
				continue
			}
			if n := &d.toks[j+2]; d.toks[j+1].lower == "dan" && n.word && !n.cap && (n.term.POS == "noun" || !n.term.Glossed()) {
				j += 3
			}
			break
		}
	}
	// "120 anggota Banser", "sejumlah lurah": a number of holders of
	// an office are no one in particular, unless a list of them
	// follows ("tiga hakim konstitusi, Enny Nurbaningsih, …").
	if i > 0 && (d.toks[i-1].Kind == glossary.NumberToken && !d.is(i-2, "-") || quantifiers[d.toks[i-1].lower]) && !d.is(j, ",") && !d.is(j, ":") {
		return candidate{j: j}, false // "dua hakim anggota": nor is the rest of the title
	}
	// "Kanit 2 Satresnarkoba …", "Kasubdit III": a unit's number.
	if j+1 < len(d.toks) && d.toks[j].Kind == glossary.NumberToken && d.adjacent(j-1) && d.adjacent(j) && d.toks[j+1].cap && d.toks[j+1].word &&
		len(d.toks[j].text) <= 2 && title.Kind == Office {
		j++
	}
	// "Presiden ke-4 RI Abdurrahman Wahid": an ordinal after the title.
	if j+2 < len(d.toks) && d.toks[j].lower == "ke" && d.is(j+1, "-") && d.toks[j+2].Kind == glossary.NumberToken &&
		d.toks[j+1].Start == d.toks[j].End && d.toks[j+2].Start == d.toks[j+1].End {
		j += 3
	}
	// "Pengamat keamanan maritim dari Indonesia Ocean …"
	if j < len(d.toks) && (d.toks[j].lower == "dari" || d.toks[j].lower == "di" || d.toks[j].lower == "asal" || d.toks[j].lower == "pada" && !d.timeNext(j)) && d.capNext(j) {
		j++
	}
	// "Kepala sekolah itu, Heri Setiawan,": the office just spoken of,
	// and its holder.
	demoStop := -1
	if j+1 < len(d.toks) && (d.toks[j].lower == "itu" || d.toks[j].lower == "tersebut") && d.is(j+1, ",") && d.nameFollows(j+1, f.titles) {
		demoStop, j = j, j+1
	}
	return candidate{title: title, i: i, j: j, roleStart: roleStart, demoStop: demoStop}, true
}

// runAfter reads the organisation and the name after the title:
// capitalised words, names, acronyms, brackets, and commas or connectors
// inside an institution's name. The run ends at c.k.
func (f *Finder) runAfter(d *doc, c *candidate) {
	j, title := c.j, c.title
	k := j
	lastRun := k
	provinceStop := -1 // "Bupati Lematang Ilir, Sumatera Selatan, Syahrial": the role ends before the province
	for k < len(d.toks) {
		t := &d.toks[k]
		switch {
		case t.text == "," && title.Regional && k > j && provinceStop < 0:
			if m := d.provinceAfter(k); m > k {
				d.learnPlaces(j, k)
				provinceStop, k, lastRun = k, m, m
				continue
			}
		case t.word && (t.cap || t.name) && (k == j || d.adjacent(k-1) || d.is(k-1, "(") || d.is(k-1, ",") || d.is(k-1, ")") || d.is(k-1, "/") ||
			d.is(k-1, "-") && d.toks[k-1].End == t.Start):
			k++
			continue
		case t.text == "(" && d.is(k+2, ")") && d.toks[k+1].caps && d.toks[k+1].text == d.initialsOf(lastRunStart(d, j, k), k) &&
			d.personLike(lastRunStart(d, j, k), k) && !d.nameFollows(k+3, f.titles):
			// "Hendro Wiyono Santoso (HWS), Kamis": the person's
			// initials end the run ("PT Sinar Jaya (SJ) Budi Santoso":
			// a company's do not).
		case t.text == "(":
			close := k + 1
			for close < len(d.toks) && close < k+8 && d.toks[close].text != ")" {
				close++
			}
			if close == k+2 && d.toks[k+1].Kind == glossary.NumberToken {
				break // an age after the name: "Ahmad Sukri (47)"
			}
			if close < len(d.toks) && d.toks[close].text == ")" && close > k+1 {
				k = close + 1
				lastRun = k
				continue
			}
		case (t.text == "." || t.text == "–") && k > j && k+1 < len(d.toks) && d.toks[k-1].End == t.Start && t.End == d.toks[k+1].Start &&
			d.toks[k+1].word && d.toks[k+1].cap:
			k += 2 // "I.League", "Tol Betung–Tempino–Jambi": one name, with a stop or a dash inside
			continue
		case t.text == "." && k > j && (len(d.toks[k-1].text) == 1 && d.toks[k-1].cap || orgWords[d.toks[k-1].lower] || serviceWords[d.toks[k-1].lower]) &&
			(k+1 >= len(d.toks) || !d.toks[k+1].SentenceStart):
			k++ // "Anggota DKPP J. Kristiadi"
			continue
		case t.text == "“" || t.text == "\"":
			close := k + 1
			for close < len(d.toks) && close < k+12 && d.toks[close].text != "”" && d.toks[close].text != "\"" {
				close++
			}
			if close < len(d.toks) && close > k+1 {
				k = close + 1 // a title in quotes: Sutradara film “Rumah di Ujung Senja”
				continue
			}
		case t.lower == "nomor" && k+2 < len(d.toks) && d.toks[k+1].lower == "urut" && d.toks[k+2].Kind == glossary.NumberToken:
			k += 3 // calon bupati … nomor urut 2
			continue
		case t.Kind == glossary.NumberToken && d.is(k+1, "/") && d.capNext(k+1):
			k += 2 // "Dandim 0611/Garut"
			continue
		case t.Kind == glossary.NumberToken && k > j && d.adjacent(k-1):
			k++ // "Kepala Sekolah SD Negeri Mangkura 3"
			continue
		case t.text == "/" && k > j && d.capNext(k):
			k++ // "Menteri Agraria dan Tata Ruang/Kepala BPN"
			continue
		case t.text == "-" && k > j && k+1 < len(d.toks) && d.toks[k-1].End == t.Start && d.toks[k+1].Start == t.End && d.toks[k+1].cap:
			k++ // "PT Toyota-Astra Motor": a hyphenated name the analyser split into its words
			continue
		case t.word && (t.lower == "di" || t.lower == "dari" || t.lower == "asal" || t.lower == "pada" && !d.timeNext(k)) && k > j && d.capNext(k) &&
			(title.Kind == RoleTitle || !d.personLike(lastRunStart(d, j, k), k) || orgWords[d.toks[lastRunStart(d, j, k)].lower]):
			if t.lower == "asal" && provinceStop < 0 {
				provinceStop = k // "Anggota DPRD Kalbar asal Singkawang, …": where a member comes from is not the office
			}
			k++ // "Persekutuan Gereja-Gereja di Indonesia"
			continue
		case t.word && t.lower == "dari" && k > j && k+1 < len(d.toks) && fromAmong[d.toks[k+1].lower] && d.capNext(k+1):
			k += 2 // "Wakil Ketua MPR dari unsur DPD"
			continue
		case t.word && !t.cap && orgRegions[t.lower] && k > j && d.capNext(k) && d.toks[k-1].word && d.toks[k-1].cap:
			k++ // "Kepala BRI cabang Medan"
			continue
		case t.text == "." && k > j && (honorifics[d.toks[k-1].lower] || nameAbbrevs[d.toks[k-1].text] && d.capNext(k)):
			k++ // "Bupati Sukabumi H. Marwan Hamami", "Kepala Desa Hendrosari Moh. Sholeh"
			continue
		case t.word && honorifics[t.lower] && k > j && (d.is(k+1, ".") || !t.cap && d.capNext(k)):
			k++ // "Kepala Puskesmas Tambaksari dr. Nanda Prameswari"
			continue
		case t.word && t.lower == "untuk" && k > j && (d.capNext(k) || k+2 < len(d.toks) && forAffairs[d.toks[k+1].lower] && d.capNext(k+1)):
			// "Juru bicara Penjaga Pantai Filipina untuk urusan Laut
			// Filipina Barat", "Utusan Khusus Presiden untuk Ketahanan
			// Pangan": what the office is for.
			k++
			if forAffairs[d.toks[k].lower] {
				k++
			}
			lastRun = k
			continue
		case t.word && englishConnector[t.lower] && k > j && d.adjacent(k-1) && d.capNext(k):
			k++ // "Ekonom Center of Reform on Economics": no name has "of"
			lastRun = k
			continue
		case (t.text == "," || t.word && connector[t.lower]) && (k > j || t.lower == "dan" && len(title.Words) > 1) && d.capNext(k) && d.degreesAfter(k) == k:
			// Continue only inside an institution's name: the run
			// before is no person, and no new title follows.
			if s := lastRunStart(d, lastRun, k); (!d.personLike(s, k) || lastRun == k || d.orgRun(s, k) || d.commonFirst(s)) && !d.twoPeople(k, f.titles) {
				// A title inside an association's name is the
				// association's: "Perhimpunan Pendidikan dan Guru".
				if nt, _, _ := d.titleAt(k+1, f.titles); nt.Kind == 0 || d.inAssociation(j, k) {
					k++
					lastRun = k
					continue
				}
			}
		}
		break
	}
	c.k, c.provinceStop = k, provinceStop
}

// nameStart finds where the person's name begins in the run (c.ns): the
// name-like words at its end, honorifics aside. Particles and initials
// after the run may extend it (c.k).
func (f *Finder) nameStart(d *doc, c *candidate) {
	j, k := c.j, c.k
	// The name is the run of name-like words at the end, initials in
	// capitals included (Jaksa Agung ST Burhanuddin).
	ns := k
	// Trailing initials and particles belong to the name too: "Mahfud
	// MD", "Lula da Silva".
	if k-1 > j && d.toks[k-1].caps && utf8.RuneCountInString(d.toks[k-1].text) <= 3 && !d.toks[k-1].name &&
		d.nameLike(k-2, f.titles) && d.toks[k-2].unknownWord() && d.adjacent(k-2) {
		d.toks[k-1].initials = true
	}
	particle := false // "Bendito dos Santos Freitas": the name goes on after a particle
	for k < len(d.toks) && d.adjacent(k-1) && (d.inName(k, f.titles) || particles[d.toks[k-1].lower] && d.nameLike(k, f.titles) ||
		particle && d.nameLike(k, f.titles) && d.toks[k].unknownWord()) {
		particle = particle || particles[d.toks[k-1].lower]
		k++
	}
	// "Lucky Hakim": a title word that ends a name.
	if k-1 > j && d.toks[k-1].cap && !d.nameLike(k-1, f.titles) && d.adjacent(k-2) && d.toks[k-2].unknownWord() &&
		d.nameLike(k-2, f.titles) && !d.toks[k-1].caps && d.toks[k-1].word {
		if t, n, _ := d.titleAt(k-1, f.titles); t.Kind != 0 && n == k && (k >= len(d.toks) || !d.toks[k].cap) {
			d.toks[k-1].initials = true // let the scan below take it
		}
	}
	for ns > j && (d.nameLike(ns-1, f.titles) || (d.initials(ns-1, f.titles) && k-ns == 1 || d.toks[ns-1].initials) ||
		d.is(ns-1, ".") && ns-2 >= j && nameAbbrevs[d.toks[ns-2].text] ||
		(ns < k || d.closedBefore(ns-2)) && d.inName(ns-1, f.titles)) && (ns == k || d.adjacent(ns-1) || d.is(ns, ".") && nameAbbrevs[d.toks[ns-1].text]) {
		ns--
	}
	// "Toyota-Astra Motor …": a word joined by a hyphen to the one
	// before it belongs to that compound, not to the name.
	if ns < k-1 && ns > j && d.is(ns-1, "-") && d.toks[ns-1].End == d.toks[ns].Start {
		ns++
	}
	// "J. Kristiadi", "Tawfiq F. Al-Rabiah": initials and their full
	// stops, and the names before them.
	for ns-2 >= j && ns < len(d.toks) && d.is(ns-1, ".") && len(d.toks[ns-2].text) == 1 && d.toks[ns-2].cap && d.toks[ns-1].End < d.toks[ns].Start {
		ns -= 2
		for ns > j && d.nameLike(ns-1, f.titles) && d.adjacent(ns-1) {
			ns--
		}
	}
	// Honorific "Pak" is not the name, unless a Korean surname.
	for ns < k && honorifics[d.toks[ns].lower] && !(d.toks[ns].lower == "pak" && d.korean(ns)) {
		ns++
		if d.is(ns, ".") {
			ns++
		}
	}
	c.ns, c.k = ns, k
}

// pastOrganisation moves the name's start (c.ns) past what belongs to the
// organisation or the region: institution words, a company's name, a
// region a regional office names first. It also finds the names that
// open with their own mark (an East Asian or Balinese name, the word the
// text quotes as the person).
func (f *Finder) pastOrganisation(d *doc, c *candidate) {
	j, k, ns, title := c.j, c.k, c.ns, c.title
	// Institution words, places and common nouns are not the name:
	// Dinas Pendidikan Ahmad Yani, Bupati Temanggung Sugeng Riyadi,
	// Direktur Jenderal Pajak Bimo Wijayanto.
	// An institution word inside the run ends the institution:
	// "Managing Director Hanwa Capital Lim Wei Jie".
	for p := k - 1; p >= ns; p-- {
		if orgWords[d.toks[p].lower] && !(p == k-1 && d.toks[p].caps) {
			ns = p + 1
			break
		}
	}
	// An Arabic name right after an institution's word is the
	// institution's: "Masjid Al-Ikhlas Fauzan Basyir".
	if ns < k-1 && ns > 0 && glossary.ArabicCompound(d.toks[ns].text) && orgWords[d.toks[ns-1].lower] {
		ns++
	}
	// Words the glossary knows after PT or CV are all the company's
	// ("direktur utama PT Griya Amanah Sejahtera menawarkan"); and an
	// institution opened by PT, Universitas, Bank and the like keeps
	// its first word ("Direktur Pemasaran PT Jaya Abadi Budi Santoso",
	// "Universitas Tadulako Syamsul Bahri Lasiwa").
	companyOnly := false
	if ns > 0 && (d.toks[ns-1].text == "PT" || d.toks[ns-1].text == "CV") && (!d.personLike(ns, k) || d.companyTailIn(k-1, k) == k-1) {
		companyOnly = true // "Direktur CV Rinjani Sejahtera": a company name ends so
	} else if p := d.companyTailIn(ns, k); ns > 0 && (d.toks[ns-1].text == "PT" || d.toks[ns-1].text == "CV" ||
		ns > 1 && d.toks[ns-1].caps && (d.toks[ns-2].text == "PT" || d.toks[ns-2].text == "CV")) && p > ns && k-p > 2 && d.personLike(p+1, k) {
		ns = p + 1 // "PT Windu Karsa Makmur Gunawan Hartono": company names end in Makmur, Jaya, Abadi…
	} else if ns > 0 && orgHeads[d.toks[ns-1].lower] && k-ns >= 3 && d.personLike(ns+1, k) && !(d.is(k, ",") && d.nameFollows(k, f.titles)) {
		ns++
	}
	// After ")" or an acronym the organisation is complete: what
	// follows is the name (Wamendagri) Bima Arya Sugiarto).
	closed := ns > 0 && (d.toks[ns-1].text == ")" || d.toks[ns-1].caps && d.toks[ns-1].word)
	for k-ns > 1 {
		t := &d.toks[ns]
		long := k-ns > 2 && (!closed || k-ns > 3)
		if d.afterHonorific(ns) || ns-1 >= j && d.afterRank(ns, f.titles) {
			break // "Dr. drh. Arif Budi Santosa", "Letkol Inf Arif …": an honorific or a rank opens the name
		}
		if d.titleWords[t.text] {
			ns++ // "Dirjen Minerba Tri": Minerba was in the role written before
			continue
		}
		// "Kepala Dinas BMBK Sumut Marlon Situmorang": a place or
		// institution the glossary knows before a two-word name.
		if k-ns >= 3 && t.name && !givenNames[t.lower] {
			ns++
			continue
		}
		// "Nusantara Capital Sekuritas Yoga Pratama …, tulis Yoga": a
		// word the text quotes as a person is the name's.
		if spoken := d.spokenName(ns); !spoken && (long && (orgWords[t.lower] || d.placeElsewhere(ns) ||
			t.term.Glossed() && !givenNames[t.lower] && t.term.Kind == glossary.KindWord) ||
			t.term.Affixed && t.term.Glossed() && !givenNames[t.lower]) || orgWords[t.lower] {
			ns++
			continue
		}
		// "Direktur Utama PT Sumber Kopi Sejagad Bambang Hartanto",
		// where the text also names "PT Sumber Kopi Sejagad" alone:
		// the word ends the organisation.
		if ns > j && d.orgRecurs(j, ns, f.titles) && !d.spokenName(ns) {
			ns++
			continue
		}
		break
	}
	// "DPRD Banjarnegara Joko Purwanto": these bodies name their
	// region next, even one the glossary does not know.
	if k-ns >= 3 && ns > j && regionalBodies[d.toks[ns-1].lower] && !d.givenName(ns, ns+1) {
		ns++
	}
	// A regional office names its region first.
	if title.Regional && ns == j && d.regionFirst(ns, k) {
		ns++
		if d.toks[ns-1].lower == "kota" || d.toks[ns-1].lower == "kabupaten" {
			ns++
		}
		if k-ns >= 3 && placeTails[d.toks[ns].lower] {
			ns++ // "Lurah Tamalanrea Jaya Andi Irwan Makkasau"
		}
		// "Kapolsek Sunggal Kompol Bambang …": a rank after the region.
		if r, rj, _ := d.titleAt(ns, f.titles); r.Kind == Rank && rj < k {
			ns = rj
			for ns < k-1 && (serviceWords[d.toks[ns].lower] || d.is(ns, ".")) {
				ns++
			}
		}
	}
	// "Presiden Paraguay Santiago Pena", "Komisioner Perdagangan UE
	// Maros Sefcovic": after the country or body, a place's name
	// followed by one unknown word is a foreigner's first name.
	if k-ns == 1 && ns-2 >= j && !title.Regional && d.toks[ns-1].place && d.toks[ns-2].name {
		if d.toks[ns].unknownWord() && d.adjacent(ns-1) && d.adjacent(ns-2) && d.toks[ns-1].nameEnd == ns-1 && d.toks[ns-2].nameEnd == ns-2 &&
			(k >= len(d.toks) || !d.toks[k].cap) {
			ns--
		}
	}
	// A Korean or Chinese name after an organisation in English:
	// "CEO LG Energy Solution Kim Dong-myung".
	for p := ns + 1; p < k; p++ {
		parts := make([]string, 0, k-p)
		for q := p; q < k; q++ {
			parts = append(parts, d.toks[q].text)
		}
		if eastAsian(parts) {
			ns = p
			break
		}
	}
	// "Pemimpin Cabang BRI Selong I Made Wirawan": a Balinese name
	// opens with I or Ni and a birth-order name.
	for p := max(ns-1, j); p < k-1; p++ {
		if (d.toks[p].text == "I" || d.toks[p].text == "Ni") && balineseNames[d.toks[p+1].lower] && d.adjacent(p) {
			ns = p
			break
		}
	}
	// "CEO Lumbunga Kevin Hartanto …, kata Kevin", where the text
	// also writes "Lumbunga mengumumkan": the name starts with the
	// word the text quotes as a person, after one it uses on its own.
	for p := ns + 1; p < k; p++ {
		if d.spokenName(p) && !d.spokenName(p-1) && d.endsElsewhere(p-1, p) {
			ns = p
			break
		}
	}
	c.ns, c.companyOnly = ns, companyOnly
}

// stops finds words that stand between the role and the name (a royal
// style, "berinisial", "perusahaan itu,", "selaku …,") and where the role
// then ends (c.roleStop). It reports false for a title followed by a place,
// not a person.
func (f *Finder) stops(d *doc, c *candidate) bool {
	j, k, ns, companyOnly := c.j, c.k, c.ns, c.companyOnly
	provinceStop, demoStop := c.provinceStop, c.demoStop
	// "Gubernur DIY Sri Sultan Hamengku Buwono X": the royal style is
	// no part of the name.
	royalStop := -1
	if k-ns > 2 && d.toks[ns].lower == "sri" && d.toks[ns+1].lower == "sultan" {
		royalStop = ns
		ns += 2
	}
	// "bekas Direktur Keuangan PT Andalas Agro Persada berinisial
	// HS": the words before "berinisial" are the office, and the
	// person is known by initials.
	initialsStop := -1
	if d.is(k, "berinisial") || d.is(k, "inisial") {
		p := k + 1
		for p < len(d.toks) && d.toks[p].word && honorifics[d.toks[p].lower] {
			p++ // "berinisial dr RH"
			if d.is(p, ".") {
				p++
			}
		}
		if p < len(d.toks) && d.toks[p].word && d.toks[p].caps {
			initialsStop, ns, k = k, p, p+1
			companyOnly = false
		}
	}
	// "sejumlah lurah di Bumi Sembada": a title, "di" and a name
	// straight after it speak of a place, not a person.
	if ns == j && j > 0 && (d.toks[j-1].lower == "di" || d.toks[j-1].lower == "asal") {
		return false // "Senator asal South Dakota": a place
	}
	// "Area Manager Alfamidi wilayah Makassar, Syamsul Bahri": the
	// organisation goes on with its region after the one-word "name".
	orgGoesOn := false
	if k-ns == 1 && k+1 < len(d.toks) && orgRegions[d.toks[k].lower] && d.toks[k+1].cap {
		e := k + 1
		for e < len(d.toks) && d.toks[e].word && d.toks[e].cap && e-k <= 3 {
			e++
		}
		if d.is(e, ",") && d.nameFollows(e, f.titles) {
			k, orgGoesOn = e, true
		}
	}
	// "Kepala Cabang Tangerang perusahaan itu, Teguh Santosa": the
	// office of the company spoken of, and its holder after the comma.
	thatStop := -1
	if k-ns <= 1 && k+2 < len(d.toks) && d.toks[k].word && !d.toks[k].cap && d.toks[k].term.POS == "noun" &&
		(d.toks[k+1].lower == "itu" || d.toks[k+1].lower == "tersebut") && d.is(k+2, ",") && d.nameFollows(k+2, f.titles) {
		thatStop, k, orgGoesOn = k, k+2, true
	} else if k < len(d.toks) && (d.toks[k].lower == "selaku" || d.toks[k].lower == "sebagai") {
		// "Direktur Operasional PT Suara Nusantara Kreasi selaku
		// promotor konser, Reza Mahendra,": what the company is here,
		// then its officer.
		e := k + 1
		for e < len(d.toks) && e-k <= 4 && d.toks[e].word && !d.toks[e].cap {
			e++
		}
		if e > k+1 && d.is(e, ",") && d.nameFollows(e, f.titles) {
			thatStop, k, orgGoesOn = k, e, true
		}
	}
	nameEnd := k
	roleStop := provinceStop // where the role ends when words stand between it and the name
	for _, stop := range []int{royalStop, initialsStop, demoStop, thatStop} {
		if stop >= 0 {
			roleStop = stop
		}
	}
	c.k, c.ns, c.nameEnd, c.roleStop = k, ns, nameEnd, roleStop
	c.companyOnly, c.orgGoesOn, c.initialsStop = companyOnly, orgGoesOn, initialsStop
	return true
}

// chooseName settles on the person: the run's name, or a name after a
// comma or after the office is filled. It reports false when no person is
// named (a place, a religion, an institution's short name, a nickname).
func (f *Finder) chooseName(d *doc, c *candidate) bool {
	j, k, ns, nameEnd, roleStop, title := c.j, c.k, c.ns, c.nameEnd, c.roleStop, c.title
	initialsStop, companyOnly, orgGoesOn := c.initialsStop, c.companyOnly, c.orgGoesOn
	// "pendiri sekaligus CEO Swapindo, Rangga Aditya,": a one-word
	// "name" before a comma and a longer name after it — the second
	// is the person, the first the organisation.
	commaName := func() (s2, e2 int, honorific, ok bool) {
		if !d.is(k, ",") || d.degreesAfter(k) > k {
			return 0, 0, false, false
		}
		from := k + 1
		for from < len(d.toks) {
			if t, j2, _ := d.titleAt(from, f.titles); t.Kind == Rank {
				from = j2
				for from < len(d.toks) && (serviceWords[d.toks[from].lower] || d.is(from, "(") || d.is(from, ")") || d.is(from, ".")) {
					from++ // "Laksamana (Purn.) Lee Hsi-min"
				}
				continue
			}
			break
		}
		s2, e2, ok = d.nameAt(from, f.titles)
		// … followed by a comma, a full stop, a lowercase word or
		// initials in brackets: "…, Hendro Wiyono Santoso (HWS),".
		if !ok || !d.personLike(s2, e2) || !(d.is(e2, ",") || d.is(e2, ".") || d.is(e2, "–") || e2 < len(d.toks) && d.toks[e2].word && !d.toks[e2].cap ||
			d.is(e2, "(") && d.is(e2+2, ")") && d.toks[e2+1].caps) {
			return 0, 0, false, false
		}
		// An honorific or a rank after the comma marks the person:
		// "…, KH Ahmad Zainuddin,", "Danpos Aji Kuning, Lettu Inf
		// Rizal Mahendra".
		return s2, e2, s2 > k+1 && (honorifics[d.toks[k+1].lower] || from > k+1), true
	}
	if initialsStop < 0 && (companyOnly || ns >= k || !d.personLike(ns, k) && (k-ns < 2 && d.toks[ns].term.Glossed() && !(d.givenName(ns, k) && (d.afterRank(ns, f.titles) || title.Regional && ns > j && d.toks[ns-1].place)) || !d.givenName(ns, k)) ||
		orgWords[d.toks[ns].lower]) {
		// The name after a comma: "Pengamat politik Universitas
		// Gadjah Mada, Prof. Dr. Hendra Wijayakusuma, mengingatkan";
		// or after the office is filled: "kursi Komisaris Utama
		// dipercayakan kepada Prof. Dr. Bambang Wisnu Hardjono".
		s2, e2, _, ok := commaName()
		if by := d.filledBy(k); !ok && by > 0 {
			s2, e2, ok = d.nameAt(by, f.titles)
			ok = ok && d.personLike(s2, e2)
			roleStop = k
		}
		if !ok {
			return false
		}
		ns, nameEnd = s2, e2
		k = e2
	} else if s2, e2, hon, ok := commaName(); ok && (k-ns == 1 && e2-s2 >= 2 || hon || orgGoesOn || d.orgRun(ns, k) || ns > 0 && d.toks[ns-1].lower == "dari" || placeTails[d.toks[k-1].lower] ||
		ns > 0 && d.is(ns-1, ")") && e2-s2 >= 2 || // "Kepala BBWS … (BBWS) Pemali Juana, Sugeng Pramono,": the basin's name, then the person's
		k > j && d.orgRecurs(j, k-1, f.titles) || // "Direktur Utama Perumda Air Minum Tirta Moedal, Bambang Triyono": the text names it alone too
		title.Regional && ns == j && k-ns == 1 || k-ns == 1 && ns > j && regionalBodies[d.toks[ns-1].lower]) {
		// "Pengasuh Pondok Pesantren Nurul Huda, KH Ahmad Zainuddin,":
		// an honorific marks the person.
		ns, nameEnd = s2, e2
		k = e2
	}
	// One word that is a place elsewhere, the region of a regional
	// office, or the name of an institution just named (Masjid
	// Istiqlal) is no person: "pemilihan bupati dan wakil bupati
	// Temanggung, Jawa Tengah".
	// Nor is the short name of an institution the text gives in
	// brackets ("Dirjen Keuda" after "Bina Keuangan Daerah (Keuda)"),
	// nor the last word before "itu" ("dosen … FMIPA Unand itu" speaks
	// of someone named before).
	if nameEnd-ns == 1 && (d.placeElsewhere(ns) || ns == j && title.Regional || religions[d.toks[ns].lower] ||
		ns > 0 && orgWords[d.toks[ns-1].lower] || d.inBrackets(d.toks[ns].text) ||
		d.is(nameEnd, "itu") || d.is(nameEnd, "tersebut")) {
		return false
	}
	// "Pendeta Jacky, sapaan akrab Jacklevyn": a nickname, linked later.
	if d.is(nameEnd, ",") && nameEnd+1 < len(d.toks) && d.toks[nameEnd+1].lower == "sapaan" {
		return false
	}
	c.k, c.ns, c.nameEnd, c.roleStop = k, ns, nameEnd, roleStop
	return true
}

// trimName takes honorifics, ranks, a place that ends an institution and
// degrees off the name.
func (f *Finder) trimName(d *doc, c *candidate) {
	j, k, ns, nameEnd, roleStart := c.j, c.k, c.ns, c.nameEnd, c.roleStart
	// "Bupati Pasangkayu H. Baharuddin Lamase": the honorific is no name.
	for nameEnd-ns > 1 && d.toks[ns].word && honorifics[d.toks[ns].lower] && !(d.toks[ns].lower == "pak" && d.korean(ns)) {
		ns++
		if d.is(ns, ".") {
			ns++
		}
	}
	// "Kasat Reskrim Polresta Pekanbaru Kompol Bima Aryo Wicaksono":
	// the name starts after an abbreviated rank, though its first word
	// is a place ("Universitas Jenderal Soedirman" has a rank spelt
	// out, in its name).
	for p := ns - 1; p > j && p > roleStart && d.toks[p].word && d.toks[p].cap; p-- {
		if r, rj, _ := d.titleAt(p, f.titles); r.Kind == Rank && rj < ns && !spelledRanks[d.toks[p].lower] {
			q := rj
			for q < ns && (serviceWords[d.toks[q].lower] || d.is(q, ".")) {
				q++
			}
			if q < ns {
				ns = q
			}
			break
		}
	}
	// "Kepala Stasiun Meteorologi Djalaluddin Gorontalo Muhammad Fikri
	// Gani": a known place inside the run ends the institution's name.
	for p := nameEnd - 3; p > ns; p-- {
		if d.toks[p].place && d.toks[p].name && d.toks[p].nameEnd == p && !givenNames[d.toks[p].lower] {
			ns = p + 1
			break
		}
	}
	// "Kapolsek Mila Iptu Saiful Bahri": a rank is no name either
	// (but Laksamana is a given name too: Laksamana Sukardi).
	for nameEnd-ns > 1 && d.toks[ns].lower != "laksamana" {
		r, rj, _ := d.titleAt(ns, f.titles)
		if r.Kind != Rank || rj >= nameEnd {
			break
		}
		ns = rj
		for nameEnd-ns > 1 && (serviceWords[d.toks[ns].lower] || d.is(ns, ".")) {
			ns++
		}
	}
	// "dr Hj Sri Wulandari Yusuf MKes": a degree after the name,
	// without a comma, is no name.
	for nameEnd-ns > 1 && isDegree(d.toks[nameEnd-1].text) {
		nameEnd--
	}
	// "Ferdinand Marcos Jr.": the suffix keeps its full stop.
	if nameEnd == k && d.is(k, ".") && k-1 > ns && (d.toks[k-1].text == "Jr" || d.toks[k-1].text == "Sr") {
		nameEnd++
		k++
	}
	c.k, c.ns, c.nameEnd = k, ns, nameEnd
}

// record adds the person and the role, and the people named after them
// under the same title, and returns the token after the last of them.
func (f *Finder) record(d *doc, c *candidate, add func(*Official) *Official) int {
	j, k, ns, nameEnd, roleStart, roleStop := c.j, c.k, c.ns, c.nameEnd, c.roleStart, c.roleStop
	roleEnd := ns
	if roleStop >= 0 {
		roleEnd = roleStop
	}
	// Commas, full stops and honorifics end no role; nor does a rank:
	// "… Kapolri Jenderal Polisi Listyo …", "Kepala BNPT Komjen Pol.
	// Eddy Hartono".
	trim := func() {
		for roleEnd > roleStart && (d.toks[roleEnd-1].text == "," || honorifics[d.toks[roleEnd-1].lower] ||
			d.toks[roleEnd-1].text == "." && !(roleEnd-2 >= roleStart && companyStops[d.toks[roleEnd-2].text])) {
			roleEnd--
		}
	}
	trim()
	if r := d.rankBefore(roleEnd, j, f.titles); r >= j && r < roleEnd {
		roleEnd = r
	}
	trim()
	role := d.span(roleStart, roleEnd)
	name := d.span(ns, nameEnd)
	o := add(&Official{Name: name.Text, Role: role.Text, RoleEN: f.roleEN(d, roleStart, roleEnd),
		Mentions: []Mention{name}, Titles: []Mention{role}})
	k = d.degreesAfter(k) // "Putu Agus Wiranata, S.H., M.H., memberi"
	d.markUsed(roleStart, k)
	// Several people under one title: "… Ri Pyong Chol dan Pak Jong
	// Chon", "Anggota Komisi D, Benny Sihotang, Sri Kumala Dewi, dan
	// Rudi Hartono Bangun".
	for {
		next := k
		switch {
		case d.is(next, ",") && next+1 < len(d.toks) && d.toks[next+1].lower == "dan":
			next += 2
		case d.is(next, ",") || d.is(next, "dan") || d.is(next, "–"):
			next++ // "–": a candidate pair, "Yoseph Boli Tukan – Maria Goreti Lamanepa"

		default:
			next = -1
		}
		if next < 0 {
			break
		}
		// "Perdana Menteri Belgia Bart De Wever dan Luksemburg Luc
		// Frieden": the same office in another country.
		otherRole, otherEN := o.Role, o.RoleEN
		if t := &d.toks[min(next, len(d.toks)-1)]; t.name && t.place && t.cap && roleEnd > j && d.toks[roleEnd-1].place {
			pe := next + 1
			for pe < len(d.toks) && d.toks[pe].name && d.toks[pe].place && d.adjacent(pe-1) {
				pe++
			}
			if ps, _, ok := d.nameAt(pe, f.titles); ok && ps == pe {
				place := d.body[t.Start:d.toks[pe-1].End]
				otherRole = d.body[d.toks[roleStart].Start:d.toks[j-1].End] + " " + place
				otherEN = strings.Replace(o.RoleEN, d.toks[roleEnd-1].nameEN, d.toks[next].nameEN, 1)
				next = pe
			}
		}
		s2, e2, ok := d.nameAt(next, f.titles)
		if !ok || !d.personLike(s2, e2) || d.is(e2, ",") && d.titleFollows(e2+1, f.titles) {
			break
		}
		other := d.span(s2, e2)
		add(&Official{Name: other.Text, Role: otherRole, RoleEN: otherEN, Mentions: []Mention{other}, Titles: []Mention{role}})
		e2 = d.degreesAfter(e2)
		d.markUsed(k, e2)
		k = e2
	}
	return k
}

// initials: capitals that may open a name (ST Burhanuddin), not an
// acronym the glossary knows.
func (d *doc) initials(i int, titles *Titles) bool {
	t := &d.toks[i]
	if d.titleWords[t.text] {
		return false
	}
	if _, n := titles.match([]string{t.lower}); n > 0 {
		return false
	}
	return t.word && t.caps && utf8.RuneCountInString(t.text) <= 3 && !t.name && !t.term.Glossed()
}

// titleFollows: a title starts at i, after an optional "seorang".
func (d *doc) titleFollows(i int, titles *Titles) bool {
	if i < len(d.toks) && (d.toks[i].lower == "seorang" || d.toks[i].lower == "sang") {
		i++
	}
	t, _, _ := d.titleAt(i, titles)
	return t.Kind != 0
}

// orgRun: tokens [s, e) name an institution: an institution word in them
// or just before them (PT Dewata Graha Lestari, Indo Premier Sekuritas).
func (d *doc) orgRun(s, e int) bool {
	for k := max(s-1, 0); k < min(e, len(d.toks)); k++ {
		if orgWords[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// commonFirst: the run at s opens with a word of the language, not a
// given name — "Keuangan Derivatif" is part of an institution's name.
func (d *doc) commonFirst(s int) bool {
	t := &d.toks[s]
	return t.term.Kind == glossary.KindWord && t.term.Glossed() && !givenNames[t.lower] && !honorifics[t.lower] && !t.SentenceStart
}

// twoPeople: the connector at k joins two people's names, not the parts of
// an institution's: "DPRD Banjarnegara Joko Purwanto dan Lilis Nuryani
// juga hadir" — two unknown words before it, a name of two or more after
// it that the sentence goes on from.
func (d *doc) twoPeople(k int, titles *Titles) bool {
	if k < 2 || !d.toks[k-1].unknownWord() || !d.toks[k-2].unknownWord() || !d.nameLike(k-1, titles) || !d.nameLike(k-2, titles) {
		return false
	}
	s, e, ok := d.nameAt(k+1, titles)
	if !ok || e-s < 2 || !d.personLike(s, e) || d.orgRun(s, e+1) {
		return false
	}
	return e >= len(d.toks) || !d.toks[e].word || !d.toks[e].cap
}

// hasWord: the word w is among tokens [s, e).
func (d *doc) hasWord(s, e int, w string) bool {
	for k := s; k < e; k++ {
		if d.toks[k].lower == w {
			return true
		}
	}
	return false
}

// capNext: a capitalised word follows token k, maybe after "dan"
// ("Meteorologi, Klimatologi, dan Geofisika").
func (d *doc) capNext(k int) bool {
	n := k + 1
	if n < len(d.toks) && d.toks[n].word && connector[d.toks[n].lower] && d.toks[k].text == "," {
		n++
	}
	return n < len(d.toks) && d.toks[n].word && d.toks[n].cap
}

// lastRunStart finds where the words ending at k began.
func lastRunStart(d *doc, from, k int) int {
	s := k
	for s > from && d.toks[s-1].word && !d.toks[s-1].name && !d.toks[s-1].caps {
		s--
	}
	return s
}

var speechVerbs = map[string]bool{"kata": true, "ujar": true, "ucap": true, "tutur": true, "imbuh": true, "ungkap": true,
	"jelas": true, "papar": true, "tegas": true, "mengatakan": true, "menjelaskan": true, "menuturkan": true,
	"mengungkapkan": true, "menegaskan": true, "menyampaikan": true, "kepada": true}

// appositives finds "NAME, [seorang] TITLE …,": Nam Sung-wook, mantan
// direktur …; kata Leif-Eric Easley, profesor studi internasional di ….
func (f *Finder) appositives(d *doc, add func(*Official) *Official) {
	for i := 0; i < len(d.toks); i++ {
		if d.toks[i].used || !d.nameStart(i, f.titles) || i > 0 && d.nameLike(i-1, f.titles) && d.adjacent(i-1) {
			continue
		}
		s, e, ok := d.nameAt(i, f.titles)
		// "Budi Santoso selaku Kepala Dinas …" needs no comma, nor does an
		// appointment: "Bahlil Lahadalia dilantik sebagai Menteri …".
		// Degrees stand between a name and its role: "Hj. Endang
		// Sulistyowati, S.Sos., M.Si., Sekda Banjarnegara".
		after := d.degreesAfter(e)
		// "Suparman (52), Kepala Dusun Krajan": the age in brackets.
		if d.is(after, "(") && after+2 < len(d.toks) && d.toks[after+1].Kind == glossary.NumberToken {
			if c := after + 2 + boolInt(d.is(after+2, "tahun") || d.toks[after+2].lower == "tahun"); d.is(c, ")") {
				after = c + 1
			}
		}
		appointed := d.appointedAs(after)
		linked := after < len(d.toks) && (d.toks[after].lower == "selaku" || d.toks[after].lower == "sebagai") || appointed > after ||
			after+1 < len(d.toks) && d.toks[after].lower == "yang" && relativeLead[d.toks[after+1].lower] // "Budi yang merupakan Ketua RT 05"
		if !ok || !d.is(after, ",") && !linked || !(d.personLike(s, e) && (e-s >= 2 || d.toks[s].term.Kind == glossary.KindName)) ||
			e-s == 1 && months[d.toks[s].lower] {
			continue
		}
		p := after + 1
		switch {
		case appointed > after:
			p = appointed
		case linked:
			p = after
		}
		for p < len(d.toks) && appositiveLead[d.toks[p].lower] {
			p++
		}
		title, j, _ := d.titleAt(p, f.titles)
		if title.Kind == 0 || d.toks[p].used {
			continue
		}
		// "…, Presiden Biden memperingatkan": a title with its own name
		// is another person, not this one's role.
		// "…, Sekda Banjarnegara,": one word after a regional office is
		// its region.
		if ns, ne, ok := d.nameAt(j, f.titles); ok && d.personLike(ns, ne) && !(ne-ns == 1 && (title.Regional || d.is(ne, ","))) &&
			!d.orgRun(ns+1, ne+1) {
			continue
		}
		// "Menurut Puan, Presiden memiliki hak …": the title is the
		// subject of a clause (not after "selaku": "Ahmad selaku kepala
		// desa mengatakan").
		if !linked && j < len(d.toks) && d.toks[j].word && !d.toks[j].cap && d.toks[j].term.POS == "verb" {
			continue
		}
		// The role runs to the end of the clause; an institution named
		// after a comma still belongs to it ("…, Institute for …,").
		end := j
		for end < len(d.toks) && end-p < 20 {
			t := &d.toks[end]
			if t.word && (speechVerbs[t.lower] || t.used) && end > j || linked && end == j && t.word && !t.cap && t.term.POS == "verb" {
				break // "Ahmad selaku kepala desa mengatakan"
			}
			// "… sebagai Menteri Luar Negeri di Istana Negara": where the
			// appointment took place is no part of the office, nor is
			// when ("sejak September 2023") or "yang baru".
			if t.lower == "di" && end+1 < len(d.toks) && venues[d.toks[end+1].lower] || t.word && end > j && roleStops[t.lower] ||
				t.lower == "yang" && end+1 < len(d.toks) && (d.toks[end+1].lower == "baru" || d.toks[end+1].lower == "lama") {
				break
			}
			// A verb ends the role, unless inside "yang …" (pejabat yang
			// bertanggung jawab atas amunisi).
			if t.word && !t.cap && t.term.POS == "verb" && end > j && !d.hasWord(p, end, "yang") {
				break
			}
			// "Direktur PT Bahari Mitra Teknik yang menjadi rekanan …": a
			// clause after an office with its organisation is no part of it
			// (but "pejabat yang bertanggung jawab atas amunisi" is).
			if t.lower == "yang" && end > j && d.capitalsIn(j, end) {
				break
			}
			// "periode 2018–2022"
			if (t.text == "–" || t.text == "-") && end > j && d.toks[end-1].Kind == glossary.NumberToken && end+1 < len(d.toks) && d.toks[end+1].Kind == glossary.NumberToken {
				end += 2
				continue
			}
			if !t.word && t.Kind != glossary.NumberToken {
				if t.text == "," && d.capitalisedSegment(end+1) {
					end++
					continue
				}
				if t.text != "-" && t.text != "(" && t.text != ")" && t.text != "/" {
					break
				}
			}
			end++
		}
		if end <= j-1 {
			continue
		}
		name := d.span(s, e)
		role := d.span(p, end)
		mentions := []Mention{name}
		// "Hendi Kurniadi mengaku …; Hendi, yang kini menjabat Camat …":
		// the person was introduced in full before.
		if full, ok := d.introducedAs(s, e, f.titles); ok {
			mentions = []Mention{full, name}
			name = full
		}
		add(&Official{Name: name.Text, Role: role.Text, RoleEN: f.roleEN(d, p, end),
			Mentions: mentions, Titles: []Mention{role}})
		d.markUsed(s, end)
		i = end - 1
	}
}

// degreesAfter reads the academic degrees written after a name ending at
// e: ", S.H., M.H.", ", S.Sos., M.Si.", ", Ph.D.". It returns the index
// after the last degree's full stop, or e when none follows.
func (d *doc) degreesAfter(e int) int {
	end := e
	for d.is(end, ",") {
		k, pairs := end+1, 0
		for k+1 < len(d.toks) && d.toks[k].word && d.toks[k].cap && utf8.RuneCountInString(d.toks[k].text) <= 4 &&
			d.is(k+1, ".") && d.bodyGap(k) == "" && (pairs == 0 || d.bodyGap(k-1) == "") {
			k += 2
			pairs++
		}
		if pairs < 2 {
			// A degree written without full stops: "KH Mahfudz
			// Syamsuddin, Lc, MA,".
			if k := end + 1; k < len(d.toks) && isDegree(d.toks[k].text) {
				end = k + 1
				continue
			}
			break
		}
		end = k
	}
	return end
}

// isDegree: an academic degree written without full stops, listed, or
// of the shapes of Indonesian degrees: a specialist's (SpP, SpJP), a
// master's or bachelor's in a field (MEpid, MHum, SHut).
func isDegree(w string) bool {
	if degreeWords[w] {
		return true
	}
	if len(w) < 3 || len(w) > 6 {
		return false
	}
	rest := w[2:]
	switch {
	case strings.HasPrefix(w, "Sp") && w[2] >= 'A' && w[2] <= 'Z':
		return strings.IndexFunc(w[3:], func(r rune) bool { return !unicode.IsLetter(r) }) < 0
	case (w[0] == 'M' || w[0] == 'S') && w[1] >= 'A' && w[1] <= 'Z':
		return len(rest) > 0 && strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLower(r) }) < 0
	}
	return false
}

// degreeWords are academic degrees written without full stops.
var degreeWords = map[string]bool{"Lc": true, "MA": true, "MSi": true, "MM": true, "MH": true, "SH": true, "SE": true,
	"SPd": true, "SKom": true, "MBA": true, "PhD": true, "MPd": true, "MAg": true, "SAg": true, "SIP": true, "MSc": true,
	"BSc": true, "SSos": true, "MKes": true, "SKM": true, "SpPD": true, "SpA": true, "SpOG": true, "MPH": true,
	"MARS": true, "SGz": true, "MKM": true, "SKep": true, "Ners": true, "MKep": true, "SST": true, "SIKom": true,
	"MT": true, "ST": true, "SP": true, "MP": true, "SPt": true, "MHum": true, "SS": true}

// bodyGap is the text between tokens i and i+1.
func (d *doc) bodyGap(i int) string {
	if i < 0 || i+1 >= len(d.toks) {
		return " "
	}
	return d.body[d.toks[i].End:d.toks[i+1].Start]
}

// filledBy reads an office filled after its title ending at k: "kini
// diisi oleh", "dipercayakan kepada", "dijabat oleh". It returns where the
// person's name starts, or -1.
func (d *doc) filledBy(k int) int {
	for k < len(d.toks) && appointAdverbs[d.toks[k].lower] {
		k++
	}
	if k+1 >= len(d.toks) || !filledVerbs[d.toks[k].lower] {
		return -1
	}
	if by := d.toks[k+1].lower; by == "oleh" || by == "kepada" {
		return k + 2
	}
	if d.toks[k+1].cap && d.adjacent(k) {
		return k + 1 // "kini ditempati Dr. Retno …", without "oleh"
	}
	return -1
}

var filledVerbs = map[string]bool{"diisi": true, "dijabat": true, "dipercayakan": true, "diemban": true, "ditempati": true,
	"diserahkan": true, "dipegang": true}

// appointedAs reads an appointment after a name ending at e: "dilantik
// sebagai", "kembali menjabat", "resmi ditunjuk menjadi". It returns where
// the office starts, or -1.
func (d *doc) appointedAs(e int) int {
	p := e
	for p < len(d.toks) && p < e+2 && appointAdverbs[d.toks[p].lower] {
		p++
	}
	if p >= len(d.toks) || !appointVerbs[d.toks[p].lower] {
		return -1
	}
	p++
	if p < len(d.toks) && (d.toks[p].lower == "sebagai" || d.toks[p].lower == "menjadi") {
		p++
	}
	// "menempati posisi Kepala Dinas …", "menduduki jabatan …".
	if p < len(d.toks) && (d.toks[p].lower == "posisi" || d.toks[p].lower == "jabatan" || d.toks[p].lower == "kursi") {
		p++
	}
	return p
}

var (
	appointAdverbs = map[string]bool{"resmi": true, "kembali": true, "kini": true, "tetap": true, "telah": true,
		"sudah": true, "baru": true, "akhirnya": true, "secara": true, "pun": true}
	appointVerbs = map[string]bool{"dilantik": true, "ditunjuk": true, "diangkat": true, "ditetapkan": true,
		"terpilih": true, "dipilih": true, "dipercaya": true, "menjabat": true, "didapuk": true, "dikukuhkan": true,
		"mengemban": true, "menempati": true, "menduduki": true}
	// venues: where an event happens, never part of an office.
	venues = map[string]bool{"istana": true, "gedung": true, "kantor": true, "kompleks": true, "hotel": true,
		"balai": true, "aula": true, "ruang": true, "wisma": true, "markas": true, "mabes": true, "lapangan": true,
		"pendopo": true, "sela": true, "sela-sela": true, "acara": true, "hadapan": true, "tengah": true}
)

// capitalsIn: a capitalised word among tokens [s, e).
func (d *doc) capitalsIn(s, e int) bool {
	for k := s; k < e; k++ {
		if d.toks[k].word && d.toks[k].cap {
			return true
		}
	}
	return false
}

// relativeLead: "NAME yang merupakan/menjabat/juga TITLE" needs no comma.
var relativeLead = map[string]bool{"merupakan": true, "menjabat": true, "juga": true, "adalah": true, "kini": true}

// roleStops end a role read after a name: time and circumstance.
var roleStops = map[string]bool{"sejak": true, "selama": true, "hingga": true, "sampai": true, "saat": true,
	"ketika": true, "setelah": true, "sebelum": true, "menggantikan": true}

// appositiveLead: words between a name's comma and its title: "Hendi,
// yang kini menjabat Camat Cisurupan", "Jo Chun Ryong, seorang pejabat".
var appositiveLead = map[string]bool{"seorang": true, "sang": true, "selaku": true, "yang": true, "juga": true,
	"sebagai": true, "kini": true, "sekarang": true, "menjabat": true, "adalah": true, "merupakan": true, "ialah": true}

// introducedAs finds an earlier, longer name that the one-word name at
// [s, e) shortens, as a first name.
func (d *doc) introducedAs(s, e int, titles *Titles) (Mention, bool) {
	if e-s != 1 {
		return Mention{}, false
	}
	for k := 0; k < s; k++ {
		if d.toks[k].text != d.toks[s].text || k > 0 && d.nameLike(k-1, titles) && d.adjacent(k-1) {
			continue
		}
		if ks, ke, ok := d.nameAt(k, titles); ok && ks == k && ke-ks >= 2 && d.personLike(ks, ke) {
			return d.span(ks, ke), true
		}
	}
	return Mention{}, false
}

// capitalisedSegment: from i to the next comma or full stop stands the
// name of an institution the glossary knows, and nothing else.
func (d *doc) capitalisedSegment(i int) bool {
	if i >= len(d.toks) || !d.toks[i].word || !d.toks[i].cap {
		return false
	}
	n := 0
	for ; i < len(d.toks); i++ {
		t := &d.toks[i]
		switch {
		case t.text == "," || t.text == ".":
			return n > 1
		case t.word && t.name:
			n++
		default:
			return false
		}
	}
	return false
}

// glossaryFunctionWord: words that end a title's lowercase modifiers.
func glossaryFunctionWord(w string) bool {
	switch w {
	case "yang", "di", "ke", "dari", "dan", "atau", "itu", "ini", "pada", "dalam", "untuk", "dengan", "bahwa", "akan",
		"telah", "sudah", "juga", "tersebut", "mengatakan", "kata", "ujar", "saat", "ketika", "karena":
		return true
	}
	return false
}

// dropParens removes the brackets and what they hold: "Menteri Dalam
// Negeri (Mendagri)" → "Menteri Dalam Negeri".
func dropParens(s string) string {
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return s
		}
		s = strings.TrimRight(s[:i], " ") + s[i+j+1:]
	}
}

// slug makes an id from a name: "Nam Sung-wook" → "nam-sung-wook".
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	s := b.String()
	if s == "" {
		return "person"
	}
	return s
}

// forms are the ways a later mention may name o: the full name, the
// family name of a Korean or Chinese name, otherwise any single name of
// three letters or more, and the register's aliases.
func forms(o *Official) []string {
	parts := strings.Fields(o.Name)
	out := []string{o.Name}
	switch {
	case eastAsian(parts):
		out = append(out, parts[0])
	default:
		for i := len(parts) - 1; i >= 0; i-- {
			if utf8.RuneCountInString(parts[i]) >= 3 && !strings.HasSuffix(parts[i], ".") {
				out = append(out, parts[i])
			}
		}
		// "Sri Mulyani" for Sri Mulyani Indrawati; "von der Leyen" and,
		// opening a sentence, "Von der Leyen".
		// "Tito Karnavian", and the Balinese "Ayu Suryani" for Ni Made Ayu
		// Suryani: the last two words.
		if len(parts) >= 3 {
			out = append(out, parts[0]+" "+parts[1], parts[len(parts)-2]+" "+parts[len(parts)-1])
		}
		for i := 1; i < len(parts)-1; i++ {
			if particles[parts[i]] {
				sur := strings.Join(parts[i:], " ")
				out = append(out, sur, strings.ToUpper(sur[:1])+sur[1:])
				break
			}
		}
	}
	if o.Person != nil {
		out = append(out, o.Person.Aliases...)
		out = append(out, o.Person.Name)
	}
	return out
}

var eastAsianSurnames = map[string]bool{"Lim": true, "Tan": true, "Goh": true, "Ng": true, "Wong": true, "Chua": true,
	"Ong": true, "Teo": true, "Koh": true, "Kim": true, "Lee": true, "Park": true, "Pak": true, "Choe": true, "Choi": true,
	"Ri": true, "Jo": true, "Cho": true, "Nam": true, "Moon": true, "Yoon": true, "Jang": true, "Han": true, "Kang": true,
	"Xi": true, "Li": true, "Wang": true, "Zhang": true, "Hu": true, "Wen": true, "Liu": true, "Chen": true, "Yang": true,
	"Zhao": true, "Huang": true, "Zhou": true, "Wu": true, "Hun": true, "Shin": true, "Yun": true, "Jong": true}

func eastAsian(parts []string) bool {
	if len(parts) < 2 || len(parts) > 3 || !eastAsianSurnames[parts[0]] {
		return false
	}
	return len(parts) == 3 || strings.Contains(parts[1], "-")
}

// owner returns the official a name refers to: the same name, or one of
// the forms of an official already found (the first found wins: the
// salient Kim is the first Kim).
func (d *doc) owner(found []*Official, name string) *Official {
	for _, o := range found {
		if slices.Contains(d.formsOf(o), name) {
			return o
		}
	}
	return nil
}

// formsOf returns forms(o), cached until the register adds aliases.
func (d *doc) formsOf(o *Official) []string {
	if d.forms == nil {
		d.forms = map[*Official][]string{}
	}
	fs, ok := d.forms[o]
	if !ok {
		fs = append(forms(o), d.nicks[o]...)
		d.forms[o] = fs
	}
	return fs
}

// laterMentions links every other naming of a found official: "Putin",
// "Kim", "Tito", and a bare "Mendagri" for the home minister.
func (f *Finder) laterMentions(d *doc, found []*Official) {
	// Every form names the first official that has it, as owner says.
	byForm := map[string]*Official{}
	for _, o := range found {
		for _, form := range d.formsOf(o) {
			if _, ok := byForm[form]; !ok {
				byForm[form] = o
			}
		}
	}
	for i := 0; i < len(d.toks); i++ {
		t := &d.toks[i]
		if t.used || !t.word || !t.cap {
			continue
		}
		// Longest first: "Kim Jong Un" before "Kim".
		matched := false
		for n := 3; n >= 1 && !matched; n-- {
			if i+n > len(d.toks) {
				continue
			}
			ok := true
			for k := i; k < i+n; k++ {
				ok = ok && d.toks[k].word && !d.toks[k].used && (k == i || d.adjacent(k-1))
			}
			if !ok {
				continue
			}
			m := d.span(i, i+n)
			o := byForm[m.Text]
			if o == nil || n == 1 && months[t.lower] && monthContext(d, i) {
				continue
			}
			// A name that is the start of a longer unknown name is another
			// person (Kim Myong Sik is not Kim Jong Un).
			if e := i + n; e < len(d.toks) && d.adjacent(e-1) && d.nameLike(e, f.titles) && d.toks[e].unknownWord() {
				continue
			}
			o.Mentions = append(o.Mentions, m)
			d.markUsed(i, i+n)
			i += n - 1
			matched = true
		}
		if matched {
			continue
		}
		// A title abbreviation standing alone: "Mendagri" in a headline.
		title, j, _ := d.titleAt(i, f.titles)
		if title.Kind == Full && !d.nameLike(j, f.titles) {
			holder := func() *Official {
				for _, o := range found {
					if strings.Contains(strings.ToLower(o.Role), t.lower) || strings.EqualFold(o.RoleEN, title.EN) {
						return o
					}
				}
				return holderOf(found, title.EN) // "Menko Pangan": Coordinating Minister for Food Affairs
			}()
			if holder != nil {
				d.linkMention(holder, i, j)
			}
			continue
		}
		// An office after an honorific, which one official holds: "Pak
		// Gubernur", "Bu Bupati".
		if honorifics[t.lower] && (!d.nameLike(i+1, f.titles) || d.is(i+1, "Wali") && !d.is(i+2, "Kota")) {
			ht, hj, _ := d.titleAt(i+1, f.titles)
			office := ""
			if ht.Kind != 0 {
				office = strings.ToLower(d.span(i+1, hj).Text)
			} else if i+1 < len(d.toks) && d.toks[i+1].lower == "wali" {
				ht, hj, office = Title{Kind: Office}, i+2, "wali kota" // "Pak Wali": the mayor
			}
			if (ht.Kind == Office || ht.Kind == Full) && !d.nameLike(hj, f.titles) {
				if holder := soleHolder(found, func(o *Official) bool {
					role := strings.ToLower(o.Role)
					if ht.Kind == Full { // "Pak Mendagri": the Menteri Dalam Negeri
						return strings.EqualFold(o.RoleEN, ht.EN) || strings.Contains(role, "("+office+")")
					}
					return role == office || strings.HasPrefix(role, office+" ")
				}); holder != nil {
					d.linkMention(holder, i, hj)
					i = hj - 1
					continue
				}
			}
		}
		// An office and its institution standing alone, which one
		// official holds: "Menurut Menteri PPPA, …".
		if title.Kind == Office && j < len(d.toks) && d.adjacent(j-1) && (d.toks[j].name || d.toks[j].word && d.toks[j].cap && (d.toks[j].term.Glossed() || !d.nameLike(j, f.titles))) {
			e := j + 1 // "Dirjen Migas": an acronym that is also a word
			if d.toks[j].name {
				e = d.toks[j].nameEnd + 1
			}
			if e < len(d.toks) && (d.toks[e].cap && d.toks[e].word || d.is(e, "(")) {
				continue // a name, or more of the institution, follows
			}
			en := f.roleEN(d, i, e)
			office, inst := strings.ToLower(d.span(i, j).Text), strings.Fields(d.span(j, e).Text)
			if holder := soleHolder(found, func(o *Official) bool {
				if strings.EqualFold(o.RoleEN, en) {
					return true
				}
				// "Kepala DLH" is the Kepala Dinas Lingkungan Hidup (DLH)
				// met before: the same office, and the institution's
				// name is in the role.
				if !strings.HasPrefix(strings.ToLower(o.Role), office+" ") && !roleBegins(o.RoleEN, title.EN) {
					return false
				}
				words := strings.FieldsFunc(o.Role, func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == ',' })
				for _, w := range inst {
					if !slices.Contains(words, w) {
						return false
					}
				}
				return true
			}); holder != nil {
				d.linkMention(holder, i, e)
				i = e - 1
			}
			continue
		}
		// An office written with a capital and nothing after it, which one
		// official's role begins with: "…," tegas Kabid Humas.
		if title.Kind == Office && t.cap && j > i && !d.nameLike(j, f.titles) &&
			(j >= len(d.toks) || !d.adjacent(j-1) || !d.toks[j].cap && !d.is(j, "(")) {
			holder := soleHolder(found, func(o *Official) bool { return roleBegins(o.RoleEN, title.EN) })
			if holder == nil && !slices.ContainsFunc(found, func(o *Official) bool { return roleBegins(o.RoleEN, title.EN) }) {
				holder = holderOf(found, title.EN) // "Kadishub": the Head of Manado's transport office
			}
			if holder != nil {
				d.linkMention(holder, i, j)
				i = j - 1
			}
		}
	}
}

// inBrackets: the text writes w alone in brackets somewhere.
func (d *doc) inBrackets(w string) bool {
	if d.bracketed == nil {
		d.bracketed = map[string]bool{}
		for k := 1; k+1 < len(d.toks); k++ {
			if d.is(k-1, "(") && d.is(k+1, ")") {
				d.bracketed[d.toks[k].text] = true
			}
		}
	}
	return d.bracketed[w]
}

// linkMention makes tokens [s, e) a mention of o and takes them from
// further matching.
func (d *doc) linkMention(o *Official, s, e int) {
	o.Mentions = append(o.Mentions, d.span(s, e))
	d.markUsed(s, e)
}

// roleBegins: the role in English is the office's English or begins with
// it ("Head of Public Relations of the Regional Police of …").
func roleBegins(roleEN, office string) bool {
	role, office := strings.ToLower(roleEN), strings.ToLower(office)
	return role == office || strings.HasPrefix(role, office+" ") || strings.HasPrefix(role, office+",")
}

// holderOf is the one official whose role in English has every content
// word of en, the English of an office written alone.
func holderOf(found []*Official, en string) *Official {
	want := contentWords(en)
	if len(want) == 0 {
		return nil
	}
	return soleHolder(found, func(o *Official) bool {
		have := contentWords(o.RoleEN)
		for _, w := range want {
			if !slices.Contains(have, w) {
				return false
			}
		}
		return true
	})
}

// contentWords are the lowercase words of an English role but its
// articles and prepositions.
func contentWords(en string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(en), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		switch w {
		case "", "of", "the", "for", "and", "at", "in", "to", "on", "a", "an":
			continue
		}
		out = append(out, w)
	}
	return out
}

// soleHolder is the one official holds matches, or nil when none or
// several do (two holders of an office are no one in particular).
func soleHolder(found []*Official, holds func(*Official) bool) *Official {
	var holder *Official
	for _, o := range found {
		if holds(o) {
			if holder != nil {
				return nil
			}
			holder = o
		}
	}
	return holder
}

// nicknames links "X, sapaan akrab Y" to the official Y names.
func (f *Finder) nicknames(d *doc, found []*Official) {
	for i := 0; i+3 < len(d.toks); i++ {
		if !d.is(i+1, ",") || d.toks[i+2].lower != "sapaan" {
			continue
		}
		j := i + 3
		if d.toks[j].lower == "akrabnya" || d.toks[j].lower == "akrab" && d.is(j+1, "nya") {
			// "Menurut Rifqi, sapaan akrabnya, …": the nickname of the
			// official named last.
			s := i
			for s > 0 && d.toks[s-1].word && d.toks[s-1].cap && d.adjacent(s-1) && !d.toks[s-1].SentenceStart && i-s < 2 {
				s--
			}
			if d.toks[s].used || !d.toks[i].cap {
				continue
			}
			if last, _ := lastNamedBefore(found, d.toks[s].Start); last != nil {
				d.linkMention(last, s, i+1)
				d.addNick(last, d.span(s, i+1).Text, d.toks[i].text)
			}
			continue
		}
		if d.toks[j].lower == "akrab" {
			j++
		}
		s, e, ok := d.nameAt(j, f.titles)
		if !ok || d.toks[i].used {
			continue
		}
		if o := d.owner(found, d.span(s, e).Text); o != nil {
			d.linkMention(o, i, i+1)
		}
	}
}

// calledBy links "Nur Arifin, yang akrab disapa Mas Ipin", "Tommy Welly
// alias Bung Towel" and "Pria
// yang akrab disapa Appi itu" to the official named last before them; the
// nickname then names them too.
func (f *Finder) calledBy(d *doc, found []*Official) {
	for i := 0; i+1 < len(d.toks); i++ {
		alias := d.toks[i].lower == "alias" // "Tommy Welly alias Bung Towel"
		if d.toks[i].lower != "disapa" && d.toks[i].lower != "dipanggil" && !alias {
			continue
		}
		s, e := i+1, i+1
		for e < len(d.toks) && e-s < 3 && d.toks[e].word && d.toks[e].cap && (!d.toks[e].used || e == s) && (e == s || d.adjacent(e-1)) {
			e++
		}
		if e == s {
			continue
		}
		last, lastEnd := lastNamedBefore(found, d.toks[i].Start)
		// "Kang DS" is Dadang Supriatna even when the deputy was named
		// since: a nickname made of one official's initials is theirs.
		if !alias {
			for k := s; k < e; k++ {
				if o := soleHolder(found, func(o *Official) bool { return d.toks[k].caps && initialsOfName(o.Name) == d.toks[k].text }); o != nil {
					last = o
				}
			}
		}
		if last == nil || alias && (i == 0 || lastEnd != d.toks[i-1].End) {
			continue // an alias follows the name itself
		}
		// A nickname is a name: a word the glossary does not know, a
		// given name, or the person's own first name and a word ("Bambang
		// Pacul" for Bambang Wuryanto).
		if !d.toks[e-1].unknownWord() && !givenNames[d.toks[e-1].lower] && initialsOfName(last.Name) != d.toks[e-1].text &&
			!(e-s > 1 && slices.Contains(strings.Fields(last.Name), d.toks[s].text)) {
			continue
		}
		if d.toks[s].used {
			// "Bambang" of "Bambang Pacul" was linked as the person's first
			// name already: the nickname takes its place.
			at := slices.IndexFunc(last.Mentions, func(m Mention) bool { return m.Start == d.toks[s].Start })
			if at < 1 || e-s < 2 {
				continue
			}
			last.Mentions = slices.Delete(last.Mentions, at, at+1)
		}
		nick := d.span(s, e)
		last.Mentions = append(last.Mentions, nick)
		d.markUsed(s, e)
		d.addNick(last, nick.Text, d.toks[e-1].text)
	}
}

// clippedNames links a name cut short from one of an official's names,
// as Indonesians shorten them: "Rifqi" for Muhammad Rifqinizamy
// Karsayuda, "Mitha" for Paramitha Widya Kusuma. The word must be one the
// glossary does not know, standing alone, and fit one official only.
func (d *doc) clippedNames(found []*Official) {
	parts := make(map[*Official][]string, len(found))
	for _, o := range found {
		parts[o] = strings.Fields(o.Name)
	}
	initials := make(map[string][]*Official, len(found))
	for _, o := range found {
		if in := initialsOfName(o.Name); len(in) >= 2 {
			initials[in] = append(initials[in], o)
		}
	}
	for i := range d.toks {
		t := &d.toks[i]
		n := utf8.RuneCountInString(t.text)
		// "HD" for Herman Deru: the initials of one official's name.
		if !t.used && t.word && t.caps && n >= 2 && n <= 4 && !t.term.Glossed() && !t.name && len(initials[t.text]) == 1 {
			o := initials[t.text][0]
			d.linkMention(o, i, i+1)
			continue
		}
		if t.used || !t.word || !t.cap || t.caps || n < 4 || !t.unknownWord() || t.name ||
			i > 0 && d.adjacent(i-1) && d.toks[i-1].cap && d.toks[i-1].word && !d.toks[i-1].SentenceStart || i+1 < len(d.toks) && d.adjacent(i) && d.toks[i+1].cap && d.toks[i+1].word {
			continue
		}
		holder := soleHolder(found, func(o *Official) bool {
			for _, p := range parts[o] {
				if utf8.RuneCountInString(p) >= n+2 && (strings.HasPrefix(p, t.text) || len(p) > len(t.lower) && strings.EqualFold(p[len(p)-len(t.lower):], t.lower)) {
					return true
				}
			}
			return false
		})
		if holder != nil {
			d.linkMention(holder, i, i+1)
		}
	}
}

// initialsOfName: "Dadang Supriatna" → "DS".
func initialsOfName(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// lastNamedBefore is the official whose mention ends last before offset,
// and where that mention ends.
func lastNamedBefore(found []*Official, offset int) (*Official, int) {
	var last *Official
	lastEnd := -1
	for _, o := range found {
		for _, m := range o.Mentions {
			if m.End <= offset && m.End > lastEnd {
				last, lastEnd = o, m.End
			}
		}
	}
	return last, lastEnd
}

// addNick makes names the text gives an official (a nickname, its last
// word) forms of that official's for later mentions.
func (d *doc) addNick(o *Official, names ...string) {
	if d.nicks == nil {
		d.nicks = map[*Official][]string{}
	}
	d.nicks[o] = append(d.nicks[o], names...)
	d.forms = nil
}

// monthContext: "pada Juli", "inflasi Juli", "Juli 2024" are the month.
func monthContext(d *doc, i int) bool {
	if i+1 < len(d.toks) && d.toks[i+1].Kind == glossary.NumberToken {
		return true
	}
	if i > 0 && d.toks[i-1].Kind == glossary.NumberToken {
		return true
	}
	if i > 0 {
		switch d.toks[i-1].lower {
		case "bulan", "pada", "sejak", "hingga", "sampai", "akhir", "awal", "pertengahan", "inflasi", "periode", "per", "hari", "tanggal", "selama", "medio":
			return true
		}
	}
	return false
}

// fromRegister adds people the register knows who are named in the text
// without a title the finder recognised ("Jokowi", "Prabowo Subianto").
func (f *Finder) fromRegister(d *doc, add func(*Official) *Official, published time.Time) {
	for i := 0; i < len(d.toks); i++ {
		if d.toks[i].used || !d.nameStart(i, f.titles) {
			continue
		}
		s, e, ok := d.nameAt(i, f.titles)
		if !ok {
			continue
		}
		for n := e - s; n >= 1; n-- {
			m := d.span(s, s+n)
			people := f.reg.Find(m.Text)
			// One word must be distinctive: no glossary word, five letters.
			// Nor may more capitalised words follow it: "Airlangga
			// Convention Center" is a building.
			if len(people) != 1 || n == 1 && (d.toks[s].term.Glossed() || utf8.RuneCountInString(m.Text) < 5 || e-s > 1) {
				continue
			}
			p := people[0]
			role := roleAt(p, published)
			// Things named after people (Jalan KH Hasyim Asy'ari) are
			// no mention; one word needs its role's words in the text too.
			if d.namedAfterBefore(s) || n == 1 && !d.mentionsRole(role) {
				continue
			}
			add(&Official{ID: p.ID, Name: m.Text, Role: role.Title, RoleEN: role.TitleEN, Mentions: []Mention{m}, Person: &p})
			d.markUsed(s, s+n)
			break
		}
		i = e - 1
	}
}

// namedAfterBefore: the name at s is a place's or a building's, after
// its kind, an honorific and initials: "Jalan KH Hasyim Asy'ari",
// "Stadion Gelora B.J. Habibie".
func (d *doc) namedAfterBefore(s int) bool {
	p := s - 1
	for p >= 0 && (d.is(p, ".") || d.toks[p].word && utf8.RuneCountInString(d.toks[p].text) == 1 && d.toks[p].cap) {
		p--
	}
	if p >= 0 && honorifics[d.toks[p].lower] {
		p--
	}
	return p >= 0 && namedAfter[d.toks[p].lower]
}

// namedAfter: places and buildings that bear a person's name.
// A title after one of them introduces no one either: "Jalan Letnan
// Harun", "Stadion Kapten I Wayan Dipta", "KRI Bung Tomo".
var namedAfter = map[string]bool{"jalan": true, "jl": true, "masjid": true, "stadion": true, "gedung": true,
	"universitas": true, "bandara": true, "pelabuhan": true, "gelora": true, "rumah": true, "yayasan": true, "taman": true,
	"lapangan": true, "terminal": true, "kri": true}

// mentionsRole: a capitalised word of the role's title appears in the text.
func (d *doc) mentionsRole(r Role) bool {
	for _, w := range strings.Fields(r.Title) {
		if len(w) < 3 || !startsUpperASCII(w) || commonRoleWords[strings.ToLower(w)] {
			continue
		}
		for k := range d.toks {
			if d.toks[k].text == w {
				return true
			}
		}
	}
	return false
}

// commonRoleWords are in too many roles and texts to show that a text
// speaks of one register person: "Indonesia" is no sign that "Sigit" is
// the Kapolri.
var commonRoleWords = map[string]bool{"indonesia": true, "republik": true, "negara": true, "kepala": true, "ketua": true,
	"wakil": true, "menteri": true, "presiden": true, "daerah": true, "provinsi": true, "kota": true, "kabupaten": true}

func startsUpperASCII(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// roleAt is the person's role at a date: the newest that had begun.
func roleAt(p Person, date time.Time) Role {
	if date.IsZero() {
		return p.Latest()
	}
	at := date.Format("2006-01")
	best := Role{}
	for _, r := range p.Roles {
		if r.AsOf <= at && r.AsOf >= best.AsOf {
			best = r
		}
	}
	if best.Title == "" {
		return p.Latest()
	}
	return best
}

// enrich fills the id, register entry and description. The article's role
// stays; the register's English replaces ours only for the same office.
func (f *Finder) enrich(o *Official, published time.Time) {
	if o.Person == nil {
		for _, form := range []string{o.Name} {
			if people := f.reg.Find(form); len(people) == 1 {
				p := people[0]
				o.Person = &p
			}
		}
	}
	if o.Person == nil {
		o.ID = slug(o.Name)
		o.Description = ""
		return
	}
	p := o.Person
	o.ID, o.Description = p.ID, p.Description
	role := strings.ToLower(strings.Join(strings.Fields(dropParens(o.Role)), " "))
	// The role as written, or failing that one it begins: "Wakil Menteri
	// Hukum" is Deputy Minister of Law, not of Law and Human Rights.
	for _, prefix := range []bool{false, true} {
		for _, r := range p.Roles {
			rt := strings.ToLower(r.Title)
			if role != "" && (rt == role || prefix && strings.HasPrefix(rt, role+" ")) {
				o.RoleEN = r.TitleEN
				return
			}
		}
	}
	if o.Role == "" {
		r := roleAt(*p, published)
		o.Role, o.RoleEN = r.Title, r.TitleEN
	}
}

// bylineOfficials lists the byline: one official a person, roles joined
// (Reporter and Editor).
func (f *Finder) bylineOfficials(byline []articles.Person, found []Official, published time.Time) []Official {
	var out []Official
	index := map[string]int{}
	for _, p := range byline {
		if i, ok := index[p.Name]; ok {
			out[i].Role += ", " + p.Role
			out[i].RoleEN += " and " + strings.ToLower(p.Role)
			continue
		}
		index[p.Name] = len(out)
		out = append(out, Official{ID: slug(p.Name), Name: p.Name, Role: p.Role, RoleEN: strings.ToLower(p.Role), Byline: true, Mentions: []Mention{}})
	}
	for i := range out {
		for _, o := range found {
			if o.Name == out[i].Name {
				out[i].ID = o.ID + "-byline"
			}
		}
		out[i].Description = "Named in the byline as " + out[i].RoleEN + "."
	}
	return out
}

// spelledRanks are ranks written as words, which also open the names of
// places and institutions (Universitas Jenderal Soedirman, Jalan Letnan
// Harun); only abbreviated ranks (Kompol, Letkol) surely end a role.
var spelledRanks = map[string]bool{"jenderal": true, "laksamana": true, "marsekal": true, "letnan": true, "kapten": true,
	"mayor": true, "kolonel": true, "sersan": true, "kopral": true, "prajurit": true, "brigadir": true, "komisaris": true,
	"inspektur": true, "ajun": true}

// droppedFirst are first names the text may leave out when it names the
// person again.
var droppedFirst = map[string]bool{"muhammad": true, "mohammad": true, "mohamad": true, "muhamad": true, "mochammad": true,
	"mochamad": true, "moch": true, "moh": true, "muh": true, "ahmad": true, "achmad": true, "akhmad": true, "abdul": true,
	"siti": true, "nur": true, "andi": true, "raden": true, "teuku": true, "tengku": true, "i": true, "ni": true, "m": true}
