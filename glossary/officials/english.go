package officials

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kabar-reader/kabar/glossary"
)

// unit is one piece of a role in English: a word, a phrase or a name.
type unit struct {
	en       string
	id       string // the Indonesian, lowercase
	place    bool
	name     bool // a proper name (keeps its place in English)
	adj      bool
	org      bool   // an institution the glossary translates
	phrase   bool   // a multi-word expression of the glossary (Sekjen PBB)
	text     string // as written
	company  bool   // PT or CV and the company's name, kept as written
	code     bool   // a unit's number and place: "1710/Mimika"
	kind     string // what a named school, health centre or hospital is in English ("kindergarten")
	kindName string // and its name ("Pelita Bangsa")
}

// roleEN translates the role written in tokens [s, e): prefixes (former,
// acting), the title, and the organisation after it, turned from
// Indonesian head-first order into English ("ketua komite ilmu pengetahuan
// dan teknologi luar angkasa Korea Utara" → "chair of North Korea's outer
// space science and technology committee").
func (f *Finder) roleEN(d *doc, s, e int) string {
	if en, ok := f.jointRoleEN(d, s, e); ok {
		return en
	}
	title, j, prefixes := d.titleAt(s, f.titles)
	if title.Kind == 0 {
		return ""
	}
	if en, ok := f.numberedRoleEN(d, s, j, e); ok {
		return en
	}
	var pre []string
	for _, p := range prefixes {
		pre = append(pre, p.EN)
	}
	// The whole role may be a phrase of the glossary: "menteri luar
	// negeri"; or the title and the words after it: "Ketua Majelis Hakim
	// PN Denpasar" is the presiding judge of the district court.
	rest := f.units(d, j, e)
	en := title.EN
	// Where the title itself starts, after its prefixes ("mantan").
	ts := j - len(title.Words)
	if ts < s || d.toks[ts].lower != title.Words[0] {
		ts = s
	}
	phraseAt := func(k int) string {
		phrase := strings.ToLower(strings.Join(strings.Fields(d.body[d.toks[ts].Start:d.toks[k-1].End]), " "))
		if es := f.an.Glossary().Entries(phrase); len(es) > 0 && strings.Contains(phrase, " ") && !es[0].POS.IsName() {
			return capitalise(cleanGloss(es[0].Glosses[0]), title.Kind)
		}
		return ""
	}
	if len(prefixes) == 0 {
		if gloss := phraseAt(e); gloss != "" {
			return gloss
		}
	}
	// The title and up to three words after it may be one phrase of the
	// glossary ("Ketua Majelis Hakim"), but not a title and the first
	// word of an institution: "Kepala Badan …" heads the agency named
	// after it.
	for k := e; k > j; k-- {
		if k < e && (k > j+3 || k == j+1 && institutionHeads[d.toks[j].lower]) {
			continue
		}
		if gloss := phraseAt(k); gloss != "" && d.toks[k-1].word {
			title.EN, en, j, rest = gloss, gloss, k, f.units(d, k, e)
			break
		}
	}
	rest, closing, rank := f.organisation(rest)
	// "Kapolsek Bendungan", "Camat Bendungan": after a regional office a
	// capitalised word is the place, not the word (dam).
	if title.Regional && len(rest) > 0 && !slices.ContainsFunc(rest, func(u unit) bool { return !startsUpper(u.text) || u.org }) {
		for i := range rest {
			if !rest[i].place {
				rest[i].en, rest[i].name = rest[i].text, true
			}
		}
	}
	if ministry, n := f.ministryEN(title, rest); n > 0 {
		// "Wakil Menteri Keuangan" → Deputy Minister of Finance; a
		// country after the ministry owns it: Japan's Minister of Finance.
		en, rest = title.EN+ministry, rest[n:]
		if len(rest) > 0 && allNames(rest) {
			en = possessive(englishNP(rest)) + " " + en
		}
		rest = nil
	}
	if len(rest) > 0 {
		en = ofOrganisation(title, en, rest)
	}
	// A title written in lowercase (an appositive) stays lowercase.
	if title.Kind != Full && !d.toks[j-1].cap {
		en = strings.ToLower(en[:1]) + en[1:]
	}
	if len(pre) > 0 {
		en = strings.Join(pre, " ") + " " + en
	}
	if rank != "" {
		en += ", " + rank
	}
	return strings.Join(strings.Fields(en+closing), " ")
}

// jointRoleEN translates two offices held together, each on its own:
// "Wakil Perdana Menteri sekaligus Menteri Pertahanan".
func (f *Finder) jointRoleEN(d *doc, s, e int) (string, bool) {
	for k := s + 1; k+1 < e; k++ {
		if d.toks[k].lower == "dan" {
			// "Co-founder dan Chief Operating Officer (COO) Lumbunga": two
			// bare titles sharing the organisation.
			if t, j, _ := d.titleAt(s, f.titles); t.Kind != 0 && j == k {
				if b := f.roleEN(d, k+1, e); b != "" {
					return f.roleEN(d, s, k) + " and " + b, true
				}
			}
			continue
		}
		if d.toks[k].lower == "sekaligus" || d.toks[k].lower == "merangkap" {
			if a, b := f.roleEN(d, s, k), f.roleEN(d, k+1, e); a != "" && b != "" {
				return a + " and " + b, true
			}
			break
		}
	}
	return "", false
}

// numberedRoleEN translates a title with a number after it, the title
// ending at j: "Presiden ke-4 RI" is the 4th President of Indonesia,
// "Kanit 2 Satresnarkoba" Unit Head 2 of the Narcotics Unit.
func (f *Finder) numberedRoleEN(d *doc, s, j, e int) (string, bool) {
	ordinal, after := "", -1
	switch {
	case j+2 < e && d.toks[j].lower == "ke" && d.is(j+1, "-") && d.toks[j+2].Kind == glossary.NumberToken:
		ordinal, after = englishOrdinal(d.toks[j+2].text)+" ", j+3
	case j+1 < e && d.toks[j].Kind == glossary.NumberToken && len(d.toks[j].text) <= 2 && d.toks[j+1].cap:
		after = j + 1
	default:
		return "", false
	}
	en := f.roleEN(d, s, j)
	if ordinal == "" {
		en += " " + d.toks[j].text
	}
	if us := f.units(d, after, e); len(us) > 0 {
		org := englishNP(us)
		if !allNames(us) || needsThe(org) {
			org = withThe(org)
		}
		en += " of " + org
	}
	return ordinal + en, true
}

// organisation takes what closes a role off the organisation's words:
// a place after a comma, brackets, a ballot number, a term of office and
// a rank before the name. It returns the organisation, the English of what
// closes the role (", no. 2", " (2018–2022)") and the rank's English.
func (f *Finder) organisation(rest []unit) (_ []unit, closing, rank string) {
	// An institution named in English after a comma is the one meant:
	// "direktur Korea Selatan Lembaga think tank Korea, Institute for …".
	for i := len(rest) - 1; i > 0; i-- {
		if rest[i].id == "," {
			// "…, Maluku": a place after the comma only locates the office.
			if tail := rest[i+1:]; len(tail) > 0 && allNames(tail) && !slices.ContainsFunc(tail, func(u unit) bool { return u.place }) {
				rest = tail
			}
			break
		}
	}
	rest = dropBrackets(rest)
	// "PT Jasa Marga (Persero) Tbk": the listing stays with the name.
	for i := 1; i < len(rest); i++ {
		if rest[i].id == "tbk" && rest[i-1].company {
			rest[i-1].en += " Tbk"
			rest = append(rest[:i:i], rest[i+1:]...)
		}
	}
	// "calon bupati nomor urut 2": the ballot number closes the role.
	for i := 0; i+1 < len(rest); i++ {
		if rest[i].id == "nomor urut" {
			closing = ", no. " + rest[i+1].en
			rest = append(rest[:i:i], rest[i+2:]...)
			break
		}
	}
	// "periode 2018–2022": the term of office closes the role.
	for i := 0; i+1 < len(rest); i++ {
		if rest[i].id == "periode" && isYear(rest[i+1].id) {
			years := rest[i+1].id
			if i+2 < len(rest) && isYear(rest[i+2].id) {
				years += "–" + rest[i+2].id
			}
			closing += " (" + years + ")"
			rest = rest[:i]
			break
		}
	}
	// A rank before the name: "Kapolda Metro Jaya Irjen Karyoto" is the
	// regional police chief of Metro Jaya, an inspector general.
	if n := len(rest); n > 1 {
		if rt, k := f.titles.match([]string{rest[n-1].id}); k > 0 && rt.Kind == Rank {
			rank, rest = rt.EN, rest[:n-1]
		}
	}
	return rest, closing, rank
}

// ofOrganisation joins the title's English and the organisation's, the
// way the kind of title wants: "Kolonel Inf" is an Infantry Colonel,
// "pengamat politik UGM" a political observer at UGM, "Gubernur Jawa
// Tengah" the Governor of Central Java.
func ofOrganisation(title Title, en string, rest []unit) string {
	org := englishNP(rest)
	if asWritten(rest) {
		org = joinText(rest) // "pelatih Bintang Timur": a club, not an eastern star
	}
	switch title.Kind {
	case Rank:
		if c := corpsEN[strings.ToLower(org)]; c != "" {
			en = c + " " + en // "Kolonel Inf": Infantry Colonel
		} else if !strings.Contains(org, " ") {
			en = org + " " + en
		} else {
			en = en + " of " + withThe(org)
		}
	case RoleTitle:
		// Adjectives and the field before the preposition:
		// "ekonom senior" → senior economist; "pengamat politik
		// Universitas Gadjah Mada" → political observer at ….
		en = roleWithField(title, rest)
	default:
		// No "the" before a possessive: "Head of Central Java's …".
		if possessive := placePossessive(org); needsThe(org) && !possessive || !allNames(dropAdminWords(rest)) && !numbered(rest) && !possessive && !strings.Contains(org, " to ") {
			en += " of " + withThe(org)
		} else {
			en += " of " + org // of Russia, of Bank Indonesia
		}
	}
	return en
}

// asWritten: the organisation is a name made of ordinary words, every
// word capitalised, none an institution the glossary or the title table
// knows (Bintang Timur, Samudra Sekuritas, Lokal Niaga Digital): English
// keeps it as written rather than translate it word by word.
func asWritten(us []unit) bool {
	plain := false
	for _, u := range us {
		switch {
		case !startsUpper(u.text) || u.org || u.place || u.company || u.phrase || institutionHeads[u.id]:
			return false
		case !u.name:
			plain = true
		}
	}
	return plain
}

func joinText(us []unit) string {
	parts := make([]string, len(us))
	for i, u := range us {
		parts[i] = u.text
	}
	return strings.Join(parts, " ")
}

// institutionHeads open the descriptive name of an institution, which
// English translates: Dinas Pendidikan, Persatuan Wartawan Indonesia.
var institutionHeads = map[string]bool{"dinas": true, "badan": true, "kantor": true, "kementerian": true, "komisi": true,
	"dewan": true, "biro": true, "bagian": true, "bidang": true, "direktorat": true, "lembaga": true, "pusat": true,
	"majelis": true, "pengadilan": true, "kejaksaan": true, "kepolisian": true, "persatuan": true, "perkumpulan": true,
	"asosiasi": true, "himpunan": true, "ikatan": true, "gabungan": true, "forum": true, "komite": true, "komando": true,
	"satuan": true, "unit": true, "seksi": true, "divisi": true, "departemen": true, "fakultas": true, "sekolah": true,
	"rumah": true, "partai": true, "fraksi": true, "kelompok": true, "tim": true, "panitia": true, "koperasi": true,
	"yayasan": true, "serikat": true, "konfederasi": true, "federasi": true, "aliansi": true, "gerakan": true,
	"jaringan": true, "perusahaan": true, "pemerintah": true, "provinsi": true, "kabupaten": true, "kota": true,
	"kecamatan": true, "desa": true, "kelurahan": true, "pengurus": true, "balai": true, "inspektorat": true,
	"sekretariat": true, "kepaniteraan": true, "universitas": true, "institut": true, "akademi": true, "politeknik": true,
	"dan": true, "bank": true}

// ministryEN reads a ministry after a minister's title: the glossary's
// English for "Kementerian" and the words after the title ("Keuangan" →
// Ministry of Finance, so " of Finance"), longest first. It returns that
// tail and how many units of rest it used (0: none).
func (f *Finder) ministryEN(title Title, rest []unit) (string, int) {
	k := slices.Index(title.Words, "menteri")
	if title.Kind != Office || k < 0 {
		return "", 0
	}
	head := append([]string{"Kementerian"}, title.Words[k+1:]...)
	for n := len(rest); n > 0; n-- {
		words := slices.Clone(head)
		for _, u := range rest[:n] {
			if u.id == "," || u.id == "(" || u.id == ")" {
				words = nil
				break
			}
			words = append(words, strings.Fields(u.id)...)
		}
		if words == nil {
			continue
		}
		for i, w := range words {
			if w != "dan" {
				words[i] = strings.ToUpper(w[:1]) + w[1:]
			}
		}
		for _, e := range f.an.Glossary().Entries(strings.Join(words, " ")) {
			g := cleanGloss(e.Glosses[0])
			if i := strings.Index(g, "Ministry "); i >= 0 && e.POS.IsName() {
				return g[i+len("Ministry"):], n
			}
		}
	}
	return "", 0
}

// namedInstitution: words that open a name kept as written in English.
var namedInstitution = map[string]bool{"pt": true, "cv": true, "universitas": true, "institut": true, "politeknik": true,
	"koperasi": true, "yayasan": true, "stadion": true}

// namedKinds are the schools, health centres and hospitals a name
// follows: "TK Pelita Bangsa", "SMP Kristen Bina Harapan", "Ponpes Nurul
// Falah", "Puskesmas Tambaksari", "RSUD Blambangan". A phrase is listed
// whole ("pondok pesantren": "Pondok Indah" is a place), a school's kind
// by its first word ("SD Negeri"). Not markets: "Pasar Kliwon" is a
// district.
var namedKinds = map[string]bool{"tk": true, "paud": true, "sd": true, "sdn": true, "smp": true, "smpn": true, "sma": true,
	"sman": true, "smk": true, "smkn": true, "mts": true, "pesantren": true, "ponpes": true, "pondok pesantren": true,
	"puskesmas": true, "rsud": true, "rsup": true}

// isNamedKind reports whether u is one of namedKinds written with a
// capital, a word ("SD") or a phrase of the glossary ("SD Negeri").
func isNamedKind(u unit) bool {
	first, _, _ := strings.Cut(u.id, " ")
	return (namedKinds[u.id] || namedKinds[first]) && startsUpper(u.text) && !u.company
}

// isNumber reports whether s is all digits: a school's number.
func isNumber(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

func isYear(s string) bool {
	return len(s) == 4 && isNumber(s) && (s[0] == '1' || s[0] == '2')
}

// dropBrackets removes the acronyms in brackets that only repeat the name
// before them: "(BMKG)".
func dropBrackets(us []unit) []unit {
	out := us[:0:0]
	for i := 0; i < len(us); i++ {
		switch us[i].id {
		case ")":
			continue
		case "(":
			for i < len(us) && us[i].id != ")" {
				i++
			}
			continue
		}
		out = append(out, us[i])
	}
	return out
}

// withThe puts "the" before org, unless its English has it already (the
// United Nations).
func withThe(org string) string {
	if strings.HasPrefix(org, "the ") {
		return org
	}
	return "the " + org
}

// possessive is "Japan's", "the Philippines'".
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// theCountries are the countries, and the international bodies, English
// names with "the".
var theCountries = map[string]bool{
	"Philippines": true, "United States": true, "Netherlands": true, "United Kingdom": true, "United Arab Emirates": true,
	"Czech Republic": true, "Maldives": true, "Bahamas": true, "Gambia": true, "Dominican Republic": true,
	"Central African Republic": true, "Solomon Islands": true, "Marshall Islands": true, "Vatican": true, "UK": true, "US": true,
	"United Nations": true, "World Bank": true, "International Monetary Fund": true, "Asian Development Bank": true,
	"World Health Organization": true, "World Trade Organization": true}

// needsThe: institutions named by a common noun take "the" (the House of
// Representatives, the Ministry of Finance); countries and banks do not.
func needsThe(org string) bool {
	if strings.HasPrefix(org, "the ") {
		return false
	}
	for _, w := range strings.Fields(org) {
		if w == "to" || w == "at" || w == "in" {
			return false // the rest names a place: Indonesia to Japan
		}
		switch strings.ToLower(strings.Trim(w, ",'s")) {
		case "ministry", "agency", "institute", "house", "commission", "council", "board", "office", "committee",
			"department", "court", "authority", "centre", "center", "army", "navy", "force", "party", "assembly",
			"secretariat", "directorate", "bureau", "service", "police", "corps", "foundation", "association", "union":
			return true
		}
	}
	return false
}

func allNames(us []unit) bool {
	for _, u := range us {
		if !u.name {
			return false
		}
	}
	return true
}

// roleWithField: a profession, its field and where it is practised.
func roleWithField(t Title, rest []unit) string {
	title, at := t.EN, " at "
	if t.Of {
		at = " of " // founder of JAFF, coach of Bahrain
	}
	var adjs []string
	i := 0
	for ; i < len(rest) && rest[i].adj; i++ {
		adjs = append(adjs, rest[i].en) // "ekonom senior": senior economist
	}
	f := i
	for ; i < len(rest) && !rest[i].name && rest[i].id != "di" && rest[i].id != "pada" && rest[i].id != "yang" && rest[i].id != "asal" && rest[i].id != "dari" &&
		!(startsUpper(rest[i].text) && asWritten(rest[i:])); i++ {
	}
	en := title
	// "pengamat politik": a field with its adjective goes before the
	// title (political observer), as does a single-word field (education
	// observer); longer fields follow (observer of public policy).
	if i-f == 1 {
		if adj, ok := fieldAdjectives[rest[f].id]; ok {
			adjs, f = append(adjs, adj), i
		}
	}
	if len(adjs) > 0 {
		en = strings.Join(adjs, " ") + " " + en
	}
	if i > f {
		en += " of " + englishNP(rest[f:i])
	}
	if i < len(rest) {
		tail := rest[i:]
		switch {
		case asWritten(tail):
			en += at + joinText(tail) // "analis Samudra Sekuritas"
		case tail[0].id == "di" || tail[0].id == "pada":
			en += " at " + englishNP(tail[1:])
		case (tail[0].id == "asal" || tail[0].id == "dari") && len(tail) > 1:
			en += " from " + englishNP(tail[1:]) // politikus asal Sumatera Utara
		case tail[0].id == "yang":
			en += " " + englishNP(tail)
		default:
			en += at + englishNP(tail)
		}
	}
	return en
}

// fieldAdjectives: the fields of observers, analysts and experts, as
// English puts them before the noun.
var fieldAdjectives = map[string]string{"politik": "political", "ekonomi": "economic", "hukum": "legal",
	"pendidikan": "education", "keamanan": "security", "militer": "military", "energi": "energy",
	"pertahanan": "defence", "kesehatan": "health", "sosial": "social", "lingkungan": "environmental",
	"pangan": "food", "pertanian": "agricultural", "perbankan": "banking", "pajak": "tax", "perpajakan": "tax",
	"komunikasi": "communication", "olahraga": "sports", "sepak bola": "football", "perkotaan": "urban",
	"budaya": "cultural", "agama": "religious", "terorisme": "terrorism", "intelijen": "intelligence",
	"maritim": "maritime", "migas": "oil and gas", "transportasi": "transport", "pasar modal": "capital market",
	"kebijakan publik": "public policy", "hubungan internasional": "international relations", "pemilu": "election",
	"properti": "property", "otomotif": "automotive", "penerbangan": "aviation", "kriminal": "criminal",
	"tata kota": "urban planning", "mata uang": "currency", "komoditas": "commodity", "saham": "equity",
	"hukum tata negara": "constitutional law", "kepolisian": "policing", "perburuhan": "labour",
	"ketenagakerjaan": "labour", "kelautan": "maritime", "pariwisata": "tourism", "teknologi": "technology"}

// units splits tokens [s, e) into the glossary's terms, in English.
func (f *Finder) units(d *doc, s, e int) []unit {
	if s >= e {
		return nil
	}
	start, end := d.toks[s].Start, d.toks[e-1].End
	text := d.body[start:end]
	var out []unit
	prev := 0
	for _, t := range f.an.Analyze(text) {
		gap := text[prev:t.Start]
		// Commas and brackets between terms mark where names end.
		for _, c := range gap {
			if c == ',' || c == '(' || c == ')' {
				out = append(out, unit{id: string(c)})
			}
		}
		prev = t.End
		u := unit{id: strings.ToLower(t.Text), text: t.Text}
		if n := len(out); n > 0 && strings.TrimSpace(gap) == "/" && startsUpper(t.Text) && isNumber(out[n-1].text) {
			// "Dandim 1710/Mimika": the unit's number and its place are
			// one name.
			c := &out[n-1]
			c.en, c.text, c.id, c.name, c.code = c.text+"/"+t.Text, c.text+"/"+t.Text, c.id+"/"+u.id, true, true
			continue
		}
		if n := len(out); n > 0 && out[n-1].code && gap == " " && startsUpper(t.Text) {
			c := &out[n-1] // "Danrem 043/Garuda Hitam"
			c.en, c.text, c.id = c.en+" "+t.Text, c.text+" "+t.Text, c.id+" "+u.id
			continue
		}
		if len(out) > 0 && strings.HasSuffix(strings.TrimSpace(gap), "/") && startsUpper(t.Text) {
			u.en, u.name = t.Text, true // "Batalyon 831/Lontar", "Dandim 0611/Garut"
			out = append(out, u)
			continue
		}
		switch {
		case t.Kind == glossary.KindName && t.Glossed():
			u.en, u.name, u.place = cleanGloss(t.Glosses[0]), true, t.Place
			if theCountries[u.en] {
				u.en = "the " + u.en // the Philippines, the United Nations, wherever they stand
			}
			u.org = !t.Place && u.en != t.Text
		case t.Kind == glossary.KindName, t.Kind == glossary.KindEnglish:
			u.en, u.name = t.Text, startsUpper(t.Text)
		case t.Glossed():
			u.en = plainGloss(t.Glosses[0])
			u.adj = t.POS == "adj"
			u.phrase = t.Kind == glossary.KindPhrase
		default:
			u.en = t.Text
		}
		if u.id == "dan" {
			u.en = "and"
		}
		if en := nameHeads[u.id]; en != "" && startsUpper(t.Text) {
			u.en = en // "Persatuan Wartawan Indonesia": an association, not unity
		}
		// A school, health centre or hospital keeps its name and says
		// what it is: "TK Pelita Bangsa" is the Pelita Bangsa
		// kindergarten, not a kindergarten of a nation's lamp; "SDN
		// Kaliwlingi 02" a state primary school.
		// Hospitals are named after doctors: "RSUD dr. Pirngadi".
		afterDr := strings.TrimSpace(gap) == "." && len(out) > 0 && strings.HasSuffix(out[len(out)-1].kindName, "dr")
		if n := len(out); n > 0 && (out[n-1].kind != "" || isNamedKind(out[n-1])) && (startsUpper(t.Text) || isNumber(t.Text) || t.Text == "dr") &&
			(strings.TrimSpace(gap) == "" || afterDr) {
			c := &out[n-1]
			switch {
			case c.kind == "":
				c.kind, c.name = c.en, true
			case afterDr:
				c.kindName += ". "
			default:
				c.kindName += " "
			}
			c.kindName += t.Text
			c.en = c.kindName + " " + c.kind
			if isNumber(strings.Fields(c.kindName)[0]) {
				c.en = c.kind + " " + c.kindName // "SMAN 5 Surabaya": state senior high school 5 Surabaya
			}
			c.text += " " + t.Text
			c.id += " " + u.id
			continue
		}
		// A company keeps its name: "PT Pelayaran Samudra Nusantara";
		// so does a university the glossary does not know: "Universitas
		// Riau".
		if n := len(out); n > 0 && (out[n-1].company || namedInstitution[out[n-1].id] && startsUpper(out[n-1].text)) && startsUpper(t.Text) && strings.TrimSpace(gap) == "" {
			c := &out[n-1]
			if !c.company {
				c.en, c.company, c.name = c.text, true, true
			}
			c.en += " " + t.Text
			c.id += " " + u.id
			continue
		}
		out = append(out, u)
	}
	// Acronyms in brackets repeat what comes before: "(BMKG)" is dropped.
	return out
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// plainGloss is a gloss fit to stand in a title: no "to ", no brackets.
func plainGloss(g string) string {
	g = cleanGloss(g)
	for _, p := range []string{"to be ", "to "} {
		g = strings.TrimPrefix(g, p)
	}
	return g
}

// englishNP puts an Indonesian noun phrase in English order. A trailing
// place becomes a possessive (North Korea's …), "yang" and "di" start
// clauses that keep their order, "X dan Y" stays together, modifiers go
// before their head, and a run of names stays as it is.
func englishNP(us []unit) string {
	if len(us) == 0 {
		return ""
	}
	if en, ok := prepositionalNP(us); ok {
		return en
	}
	us = tidyUnits(us)
	if allNames(us) {
		return namesNP(us)
	}
	for len(us) > 0 && us[0].id == "," {
		us = us[1:]
	}
	// "Setda Garut": an institution and its place are one name.
	if n := len(us); n > 2 && us[n-1].place && us[n-2].org {
		merged := us[n-2]
		of := " of "
		if strings.Contains(merged.en, "Embassy") || strings.Contains(merged.en, "Consulate") {
			of = " in " // the Indonesian Embassy in London
		}
		merged.en += of + us[n-1].en
		us = append(us[:n-2:n-2], merged)
	}
	poss := ""
	if last := us[len(us)-1]; len(us) > 1 && last.place {
		poss = possessive(last.en) + " "
		us = us[:len(us)-1]
	}
	// A name in English keeps its own order: "Center of Reform on
	// Economics", "Japan Institute of International Affairs".
	if englishName(us) {
		return poss + dropThe(joinEN(us), poss)
	}
	us = mergeCodes(us)
	// Institutions after the head, innermost last: "Biro Humas Setjen
	// DPR RI" → public relations bureau of the Secretariat General of
	// the House of Representatives.
	of := ""
	for len(us) > 1 {
		last := us[len(us)-1]
		if !last.name || last.place {
			break
		}
		the := ""
		if last.org && needsThe(last.en) {
			the = "the "
		}
		of = " of " + the + last.en + of
		us = us[:len(us)-1]
	}
	if us[0].name {
		return poss + dropThe(joinEN(us), poss) + of
	}
	if en, ok := listNP(us); ok {
		return en
	}
	return strings.TrimSpace(poss + dropThe(headFirst(us), poss) + of)
}

// prepositionalNP translates an organisation split by a preposition or
// "yang": each side on its own, joined by the English preposition.
func prepositionalNP(us []unit) (string, bool) {
	for i, u := range us {
		switch u.id {
		case "untuk":
			// An envoy is "to" a country or a body, any other office
			// "for" its field: "… untuk urusan Laut Filipina Barat" →
			// for West Philippine Sea affairs.
			after := us[i+1:]
			if len(after) > 1 && forAffairs[after[0].id] {
				field := englishNP(after[1:])
				if after[0].id == "urusan" {
					field += " affairs"
				}
				return strings.TrimSpace(englishNP(us[:i]) + " for " + field), true
			}
			prep := " for "
			if len(after) > 0 && !slices.ContainsFunc(after, func(u unit) bool { return !u.place && !u.org && !u.name }) {
				prep = " to "
			}
			return strings.TrimSpace(englishNP(us[:i]) + prep + englishNP(after)), true
		case "yang":
			return strings.TrimSpace(englishNP(us[:i]) + " " + joinEN(us[i+1:])), true
		case "dari":
			if i > 0 && i+1 < len(us) { // "anggota Komisi XI dari Fraksi PDIP"
				from := us[i+1:]
				if len(from) > 1 && (from[0].id == "unsur" || from[0].id == "kalangan" || from[0].id == "perwakilan") {
					from = from[1:] // "dari unsur DPD": from the DPD
				}
				return strings.TrimSpace(englishNP(us[:i]) + " from " + withThe(englishNP(from))), true
			}
		case "di", "pada":
			prep := " at "
			if len(us[i+1:]) > 0 && us[len(us)-1].place && len(us[i+1:]) == 1 {
				prep = " in "
			}
			return strings.TrimSpace(englishNP(us[:i]) + prep + englishNP(us[i+1:])), true
		}
	}
	return "", false
}

// tidyUnits drops what English leaves unsaid and keeps numerals with
// their nouns; the caller's units stay whole.
func tidyUnits(us []unit) []unit {
	// "Kota Bandung", "Kabupaten Sukabumi": the place is enough. Not in
	// a coordination: "Pemberdayaan Masyarakat dan Desa Garut" keeps its
	// villages.
	for i := 0; i+1 < len(us); i++ {
		switch us[i].id {
		case "kota", "kabupaten", "provinsi", "kecamatan", "desa", "kelurahan":
			if (us[i+1].place || us[i+1].name) && (i == 0 || us[i-1].id != "dan") {
				us = append(us[:i:i], us[i+1:]...)
			}
		}
	}
	// "Australia dan Selandia Baru", "Bali, NTB, dan NTT": places joined
	// by "dan" that end the phrase are one place ("Jakarta, Indonesia"
	// is not a list; "Asia Timur dan Pasifik Kemlu" is a department).
	for i := range us {
		if en, ok := placeList(us[i:]); ok {
			merged := us[i]
			merged.en = en
			us = append(us[:i:i], merged)
			break
		}
	}
	// "Komisi XI", "Komisi E": a Roman numeral or a letter stays after
	// its noun.
	for i := 1; i < len(us); i++ {
		if (roman(us[i].id) || isLetter(us[i].text)) && !us[i-1].name {
			head := us[i-1]
			head.en += " " + strings.ToUpper(us[i].id)
			us = append(us[:i-1:i-1], append([]unit{head}, us[i+1:]...)...)
		}
	}
	// "Ombudsman RI": a place the institution's English already names
	// (Ombudsman of the Republic of Indonesia) is not said twice.
	for i := 1; i < len(us); i++ {
		if us[i].place && us[i-1].org && strings.Contains(us[i-1].en, strings.TrimPrefix(us[i].en, "the ")) {
			us = slices.Delete(slices.Clone(us), i, i+1) // a copy: the caller's units stay whole
		}
	}
	return us
}

// namesNP translates an organisation made of names only.
func namesNP(us []unit) string {
	// "DPRD Banjarnegara": the institution of the place.
	if len(us) > 1 && us[0].org && !slices.ContainsFunc(us[1:], func(u unit) bool { return u.org || u.id == "," || u.id == "(" }) {
		return us[0].en + " of " + joinEN(us[1:])
	}
	// "Korlantas Polri": the corps of the police.
	if len(us) > 1 && !slices.ContainsFunc(us, func(u unit) bool { return !u.org }) {
		out := us[0].en
		for _, u := range us[1:] {
			the := ""
			if needsThe(u.en) {
				the = "the "
			}
			out += " of " + the + u.en
		}
		return out
	}
	return joinEN(us)
}

// mergeCodes makes a unit's number and the nouns before it one name:
// "Batalyon Infanteri 512/Quratara Yudha" → Infantry Battalion 512/….
func mergeCodes(us []unit) []unit {
	// "Batalyon 831/Lontar": a unit's number names it, after its noun.
	for i := 1; i < len(us); i++ {
		if !us[i].code {
			continue
		}
		h := i // "Batalyon Infanteri 512/Quratara Yudha": Infantry Battalion 512/…
		for h > 0 && !us[h-1].name && us[h-1].id != "," && us[h-1].id != "dan" {
			h--
		}
		if h < i {
			head := us[h]
			head.en, head.name = titleCase(englishNP(us[h:i]))+" "+us[i].en, true
			us = append(us[:h:h], append([]unit{head}, us[i+1:]...)...)
			i = h
		}
	}
	return us
}

// listNP translates a list of fields: "dermatologi, venereologi, dan
// estetika" → dermatology, venereology and aesthetics.
func listNP(us []unit) (string, bool) {
	if len(us) > 3 && us[1].id == "," {
		var items []string
		ok := true
		for i := 0; i < len(us) && ok; i++ {
			switch {
			case us[i].id == "," || us[i].id == "dan":
			case us[i].name || startsUpper(us[i].text):
				ok = false // a capitalised list names an institution
			default:
				items = append(items, us[i].en)
			}
		}
		if ok && len(items) > 2 {
			return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1], true
		}
	}
	return "", false
}

// headFirst turns Indonesian head-first order into English: the
// modifiers, innermost last, before the head; coordinations kept whole.
func headFirst(us []unit) string {
	// A collective numeral or "para" stands before its noun, which it
	// makes plural: "kedua terdakwa" → both defendants, not "defendant
	// second"; "para korban" → the victims.
	if q, ok := collectives[us[0].id]; ok && len(us) > 1 && !us[1].name {
		return q + " " + plural(headFirst(us[1:]))
	}
	// A coordinated head: "Minyak dan Gas Bumi" → oil and natural gas.
	if len(us) > 2 && us[1].id == "dan" && !us[2].name {
		head := us[0]
		head.en += " and " + us[2].en
		us = append([]unit{head}, us[3:]...)
	}
	// Group coordinations: "ilmu pengetahuan dan teknologi",
	// "Meteorologi, Klimatologi, dan Geofisika".
	var groups []string
	for i := 1; i < len(us); i++ {
		switch {
		case us[i].id == "," && len(groups) > 0 && i+1 < len(us) && us[i+1].id != "dan":
			groups[len(groups)-1] += ", " + us[i+1].en
			i++
			continue
		case us[i].id == ",":
			continue
		case us[i].id == "dan" && len(groups) > 0 && i+1 < len(us):
			groups[len(groups)-1] += " and " + us[i+1].en
			i++
			continue
		}
		groups = append(groups, us[i].en)
	}
	for l, r := 0, len(groups)-1; l < r; l, r = l+1, r-1 {
		groups[l], groups[r] = groups[r], groups[l]
	}
	return strings.Join(append(groups, us[0].en), " ")
}

// collectives are the words that gather what follows them.
var collectives = map[string]string{"kedua": "both", "ketiga": "the three", "keempat": "the four", "kelima": "the five",
	"para": "the"}

// plural makes the last word of an English noun phrase plural.
func plural(s string) string {
	i := strings.LastIndexByte(s, ' ') + 1
	w := s[i:]
	switch {
	case w == "" || !unicode.IsLower(rune(w[0])):
		return s // a name
	case strings.HasSuffix(w, "ss"):
		return s + "es"
	case strings.HasSuffix(w, "s"):
		return s // already plural
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return s[:len(s)-1] + "ies"
	case strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "x"):
		return s + "es"
	case w == "child":
		return s + "ren"
	}
	return s + "s"
}

// nameHeads: words that open an organisation's name, in the sense they
// have there when capitalised.
var nameHeads = map[string]string{"persatuan": "association", "gabungan": "federation", "ikatan": "association",
	"himpunan": "association", "perkumpulan": "association", "paguyuban": "association", "kesatuan": "union"}

// englishName: names joined by English connectors (of, on, for, the,
// and), with the names at both ends.
func englishName(us []unit) bool {
	connected := false
	for i, u := range us {
		switch {
		case englishConnector[u.id] && i > 0 && i < len(us)-1:
			connected = true
		case !u.name:
			return false
		}
	}
	return connected
}

// roman: a Roman numeral as written in names of commissions (i to xx).
// placeList reads us as a list of places that ends it: "A dan B",
// "A, B, dan C", "A, B dan C". It returns the list in English.
func placeList(us []unit) (string, bool) {
	var parts []string
	for i := 0; i < len(us); i++ {
		if !us[i].place {
			return "", false
		}
		parts = append(parts, us[i].en)
		if i+1 == len(us) {
			break
		}
		switch sep := us[i+1].id; {
		case sep == "," && i+2 < len(us) && us[i+2].id == "dan":
			i += 2 // ", dan"
		case sep == "," || sep == "dan":
			i++
		default:
			return "", false
		}
	}
	if len(parts) < 2 || us[len(us)-2].id != "dan" {
		return "", false // a list ends with "dan": "Jakarta, Indonesia" is not one
	}
	last := len(parts) - 1
	return strings.Join(parts[:last], ", ") + " and " + parts[last], true
}

// isLetter: one capital letter, as commissions are named ("Komisi E").
func isLetter(s string) bool { return len(s) == 1 && 'A' <= s[0] && s[0] <= 'Z' }

func roman(s string) bool {
	return s != "" && len(s) <= 5 && strings.Trim(s, "ivx") == ""
}

func joinEN(us []unit) string {
	parts := make([]string, 0, len(us))
	for _, u := range us {
		parts = append(parts, u.en)
	}
	return strings.Join(parts, " ")
}

// capitalise gives office titles capitals, leaves professions lowercase.
func capitalise(s string, kind TitleKind) string {
	if kind == RoleTitle {
		return s
	}
	words := strings.Fields(s)
	for i, w := range words {
		if i > 0 && (w == "of" || w == "the" || w == "and" || w == "for") {
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// numbered: a unit and its number, "Batalyon 831/Lontar", a name.
func numbered(us []unit) bool {
	return len(us) > 1 && us[len(us)-1].code && !slices.ContainsFunc(us[:len(us)-1], func(u unit) bool { return u.name || u.id == "," })
}

// titleCase capitalises each word: a common noun becomes part of a name.
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if w != "of" && w != "and" && w != "the" {
			r, n := utf8.DecodeRuneInString(w)
			words[i] = string(unicode.ToUpper(r)) + w[n:]
		}
	}
	return strings.Join(words, " ")
}

// dropThe: no "the" after a possessive ("Malang's environment agency").
func dropThe(np, poss string) string {
	if poss != "" {
		return strings.TrimPrefix(np, "the ")
	}
	return np
}

// corpsEN are the army's, navy's and air force's corps written after a
// rank: "Letkol Czi" is a Combat Engineers Lieutenant Colonel.
var corpsEN = map[string]string{"inf": "Infantry", "kav": "Cavalry", "arm": "Field Artillery", "arh": "Air Defence Artillery",
	"arhanud": "Air Defence Artillery", "czi": "Combat Engineers", "cpm": "Military Police", "mar": "Marine", "pnb": "Pilot",
	"ckm": "Medical Corps", "chk": "Legal Corps", "kes": "Medical Corps"}

// placePossessive: the organisation opens with a place's possessive
// ("Central Java's agriculture agency"), not with a name that has one
// (People's Consultative Assembly).
func placePossessive(org string) bool {
	for _, w := range strings.Fields(org) {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s'") {
			switch w {
			case "People's", "Women's", "Children's", "Workers'", "Farmers'", "Men's", "Veterans'", "Employers'":
				continue
			}
			return true
		}
	}
	return false
}

// englishOrdinal: "4" → "4th", "21" → "21st".
func englishOrdinal(n string) string {
	suffix := "th"
	if len(n) < 2 || n[len(n)-2] != '1' {
		switch n[len(n)-1] {
		case '1':
			suffix = "st"
		case '2':
			suffix = "nd"
		case '3':
			suffix = "rd"
		}
	}
	return n + suffix
}

// dropAdminWords leaves out the words naming a kind of region before its
// name (Kabupaten Lebak is Lebak).
func dropAdminWords(us []unit) []unit {
	return slices.DeleteFunc(slices.Clone(us), func(u unit) bool {
		switch u.id {
		case "kota", "kabupaten", "provinsi", "kecamatan", "desa", "kelurahan":
			return true
		}
		return false
	})
}
