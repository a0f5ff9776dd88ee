// The doc: an article's tokens as the finder reads them, and the tests
// it asks of them (is this word name-like, is a rank before it, …).

package officials

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kabar-reader/kabar/glossary"
)

// markEverywhere flags every token written text as part of a known name,
// a place when place is set.
func (d *doc) markEverywhere(text string, place bool) {
	for m := range d.written(text) {
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
	for k := range d.same(i) {
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

// written yields, in order, the positions of the tokens written text. The
// positions of each text are chained once per article (first, next), so
// the checks that look for a word elsewhere stay linear in its length.
func (d *doc) written(text string) iter.Seq[int] {
	if d.next == nil {
		d.first = make(map[string]int32, len(d.toks)/2)
		d.next = make([]int32, len(d.toks))
		for k := len(d.toks) - 1; k >= 0; k-- {
			d.next[k] = -1
			if f, ok := d.first[d.toks[k].text]; ok {
				d.next[k] = f
			}
			d.first[d.toks[k].text] = int32(k)
		}
	}
	return func(yield func(int) bool) {
		k, ok := d.first[text]
		for ok && k >= 0 && yield(int(k)) {
			k = d.next[k]
		}
	}
}

// same yields the positions of the tokens written like token i.
func (d *doc) same(i int) iter.Seq[int] { return d.written(d.toks[i].text) }

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
	for k := range d.same(i) {
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
	for q := range d.same(i) {
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
	for q := range d.same(j) {
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
		if i >= len(d.toks) || !d.toks[i].titleFirst {
			return Title{}, i, nil
		}
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
