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
	titleFirst  bool // the first word of some title (titleAt looks further)
}

// doc is one article being read.
type doc struct {
	body string
	toks []tok
	// titleWords are the capitalised words of the roles found so far: in
	// "Dirjen Hubdat Aan" they mark Hubdat as the office, not the name.
	titleWords map[string]bool
	// first and next chain the positions of each token's text (see
	// written): first[text] is its first token, next[k] the next token
	// written like token k, -1 after the last.
	first map[string]int32
	next  []int32
	// forms caches forms(o) for each official, cleared when the register
	// adds aliases.
	forms map[*Official][]string
	nicks map[*Official][]string // nicknames read from the text ("yang akrab disapa Mas Ipin")
	// bracketed holds the words the text writes alone in brackets, the
	// short names of institutions: "(Keuda)", "(BPOM)". Built on first use.
	bracketed map[string]bool
}

func (f *Finder) prepare(body string, gt []glossary.Token, terms []glossary.Term) *doc {
	if gt == nil {
		gt = f.an.Tokens(body)
	}
	if terms == nil {
		terms = f.an.AnalyzeTokens(body, gt)
	}
	words := f.an.WordTerms(body, gt, terms)
	d := &doc{body: body, toks: make([]tok, len(gt))}
	for i, t := range gt {
		text := body[t.Start:t.End]
		r, _ := utf8.DecodeRuneInString(text)
		lower := strings.ToLower(text)
		d.toks[i] = tok{Token: t, text: text, lower: lower, word: t.Kind == glossary.WordToken,
			cap: unicode.IsUpper(r), caps: isAllCaps(text), term: words[i], nameEnd: i, titleFirst: f.titles.startsTitle(lower)}
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

// Find returns the officials of an article body, in order of first
// mention, then the byline's people. terms is the body's analysis when the
// caller has it (nil: analysed here); published (may be zero) picks the
// register role that was true at the time.
func (f *Finder) Find(body string, terms []glossary.Term, byline []articles.Person, published time.Time) []Official {
	return f.FindTokens(body, nil, terms, byline, published)
}

// FindTokens is Find given the body's tokens from the analyzer's Tokens
// too (nil: tokenized here), so a caller that analysed the body itself
// does not tokenize it twice.
func (f *Finder) FindTokens(body string, toks []glossary.Token, terms []glossary.Term, byline []articles.Person, published time.Time) []Official {
	d := f.prepare(body, toks, terms)
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

// bylineEN is the English of the roles a byline names.
var bylineEN = map[string]string{"reporter": "reporter", "editor": "editor", "penulis": "writer", "penyunting": "editor",
	"pewarta": "reporter", "redaktur": "editor", "kontributor": "contributor", "foto": "photographer", "fotografer": "photographer",
	"sumber": "source", "wartawan": "journalist", "koresponden": "correspondent"}

// bylineRoleEN is a byline role in English: "Penulis" is a writer,
// "Kontributor Sintang" a contributor in Sintang; a role it does not know
// is kept, in lowercase.
func bylineRoleEN(role string) string {
	r := strings.ToLower(role)
	if en, ok := bylineEN[r]; ok {
		return en
	}
	if first, place, ok := strings.Cut(role, " "); ok {
		if en, ok := bylineEN[strings.ToLower(first)]; ok {
			return en + " in " + place
		}
	}
	return r
}

// bylineOfficials lists the byline: one official a person, roles joined
// (Reporter and Editor).
func (f *Finder) bylineOfficials(byline []articles.Person, found []Official, published time.Time) []Official {
	var out []Official
	index := map[string]int{}
	for _, p := range byline {
		if i, ok := index[p.Name]; ok {
			out[i].Role += ", " + p.Role
			out[i].RoleEN += " and " + bylineRoleEN(p.Role)
			continue
		}
		index[p.Name] = len(out)
		out = append(out, Official{ID: slug(p.Name), Name: p.Name, Role: p.Role, RoleEN: bylineRoleEN(p.Role), Byline: true, Mentions: []Mention{}})
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
