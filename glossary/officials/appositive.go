// Officials introduced by a role after their name: "Nam Sung-wook,
// mantan direktur …", "… kata Budi, pengamat politik".

package officials

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kabar-reader/kabar/glossary"
)

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
		end := d.clauseEnd(p, j, linked)
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

// clauseEnd is where an appositive role that starts at p, its title
// ending at j, ends: at the end of the clause, though an institution
// named after a comma still belongs to it ("…, Institute for …,"). linked
// says the role came after "selaku", "sebagai" or an appointment.
func (d *doc) clauseEnd(p, j int, linked bool) int {
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
	return end
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
