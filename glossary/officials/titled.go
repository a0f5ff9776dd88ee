// Officials introduced by a title before their name: "Presiden
// Vladimir Putin", "Kepala Dinas Pendidikan Jawa Barat, Ahmad Yani".

package officials

import (
	"strings"
	"unicode/utf8"

	"github.com/kabar-reader/kabar/glossary"
)

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
