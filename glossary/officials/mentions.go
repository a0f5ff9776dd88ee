// Later mentions of the officials found: surnames, short names,
// nicknames, initials, and an office spoken of alone.

package officials

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kabar-reader/kabar/glossary"
)

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
		if n := f.formAt(d, byForm, i); n > 0 {
			i += n - 1
			continue
		}
		title, j, _ := d.titleAt(i, f.titles)
		// A title abbreviation standing alone: "Mendagri" in a headline.
		if title.Kind == Full && !d.nameLike(j, f.titles) {
			if holder := abbreviationHolder(found, title, t.lower); holder != nil {
				d.linkMention(holder, i, j)
			}
			continue
		}
		if e := f.honorificOffice(d, found, i); e > 0 {
			i = e - 1
			continue
		}
		// An office and its institution standing alone, which one
		// official holds: "Menurut Menteri PPPA, …".
		if title.Kind == Office && j < len(d.toks) && d.adjacent(j-1) && (d.toks[j].name || d.toks[j].word && d.toks[j].cap && (d.toks[j].term.Glossed() || !d.nameLike(j, f.titles))) {
			if e := f.officeOfInstitution(d, found, i, j, title); e > 0 {
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

// formAt links a form of an official's name at token i, the longest that
// fits ("Kim Jong Un" before "Kim"), and returns its length in tokens, or
// 0.
func (f *Finder) formAt(d *doc, byForm map[string]*Official, i int) int {
	for n := 3; n >= 1; n-- {
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
		if o == nil || n == 1 && months[d.toks[i].lower] && monthContext(d, i) {
			continue
		}
		// A name that is the start of a longer unknown name is another
		// person (Kim Myong Sik is not Kim Jong Un).
		if e := i + n; e < len(d.toks) && d.adjacent(e-1) && d.nameLike(e, f.titles) && d.toks[e].unknownWord() {
			continue
		}
		o.Mentions = append(o.Mentions, m)
		d.markUsed(i, i+n)
		return n
	}
	return 0
}

// abbreviationHolder is the official a title's abbreviation standing alone
// ("Mendagri", lower its lowercase form) speaks of: the first whose role
// has it, or the one holder of its office ("Menko Pangan": Coordinating
// Minister for Food Affairs).
func abbreviationHolder(found []*Official, title Title, lower string) *Official {
	for _, o := range found {
		if strings.Contains(strings.ToLower(o.Role), lower) || strings.EqualFold(o.RoleEN, title.EN) {
			return o
		}
	}
	return holderOf(found, title.EN)
}

// honorificOffice links an office after an honorific at token i, which one
// official holds: "Pak Gubernur", "Bu Bupati", "Pak Wali". It returns the
// token after the mention, or 0.
func (f *Finder) honorificOffice(d *doc, found []*Official, i int) int {
	wali := d.is(i+1, "Wali") && !d.is(i+2, "Kota") // "Pak Wali", though Wali is name-like
	if !honorifics[d.toks[i].lower] || d.nameLike(i+1, f.titles) && !wali {
		return 0
	}
	ht, hj, _ := d.titleAt(i+1, f.titles)
	office := ""
	if ht.Kind != 0 {
		office = strings.ToLower(d.span(i+1, hj).Text)
	} else if i+1 < len(d.toks) && d.toks[i+1].lower == "wali" {
		ht, hj, office = Title{Kind: Office}, i+2, "wali kota" // "Pak Wali": the mayor
	}
	if (ht.Kind != Office && ht.Kind != Full) || d.nameLike(hj, f.titles) {
		return 0
	}
	holder := soleHolder(found, func(o *Official) bool {
		role := strings.ToLower(o.Role)
		if ht.Kind == Full { // "Pak Mendagri": the Menteri Dalam Negeri
			return strings.EqualFold(o.RoleEN, ht.EN) || strings.Contains(role, "("+office+")")
		}
		return role == office || strings.HasPrefix(role, office+" ")
	})
	if holder == nil {
		return 0
	}
	d.linkMention(holder, i, hj)
	return hj
}

// officeOfInstitution links an office (tokens [i, j)) and the institution
// after it standing alone, which one official holds: "Menteri PPPA",
// "Kepala DLH", "Dirjen Migas". It returns the token after the mention, or
// 0.
func (f *Finder) officeOfInstitution(d *doc, found []*Official, i, j int, title Title) int {
	e := j + 1 // "Dirjen Migas": an acronym that is also a word
	if d.toks[j].name {
		e = d.toks[j].nameEnd + 1
	}
	if e < len(d.toks) && (d.toks[e].cap && d.toks[e].word || d.is(e, "(")) {
		return 0 // a name, or more of the institution, follows
	}
	en := f.roleEN(d, i, e)
	office, inst := strings.ToLower(d.span(i, j).Text), strings.Fields(d.span(j, e).Text)
	holder := soleHolder(found, func(o *Official) bool {
		if strings.EqualFold(o.RoleEN, en) {
			return true
		}
		// "Kepala DLH" is the Kepala Dinas Lingkungan Hidup (DLH) met
		// before: the same office, and the institution's name is in the
		// role.
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
	})
	if holder == nil {
		return 0
	}
	d.linkMention(holder, i, e)
	return e
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
