package articles

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ParseError says what is wrong with an input, naming it.
type ParseError struct {
	Name   string // file name or URL
	Reason string
}

func (e *ParseError) Error() string { return e.Name + ": " + e.Reason }

// ParseText builds an Article from plain text as copied from an Indonesian
// news site: an optional title line, a byline ("Reporter: … | Editor: …"),
// a dateline opening the first paragraph ("KONTAN.CO.ID - MOSKOW."), one
// paragraph a line, and links to other articles ("Baca Juga: …",
// "Pilihan Editor: …"). name is used in errors.
func ParseText(name string, data []byte) (Article, error) {
	if err := checkText(name, data); err != nil {
		return Article{}, err
	}
	lines := strings.Split(Clean(string(data)), "\n")
	var (
		a     = Article{Language: "id"}
		paras []string
	)
	for _, raw := range lines {
		line := strings.TrimSpace(raw)
		switch {
		case line == "":
			continue
		case isBoilerplate(line):
			continue
		case relatedRe.MatchString(line):
			a.Related = append(a.Related, Link{Title: strings.TrimSpace(relatedRe.ReplaceAllString(line, ""))})
			continue
		}
		if people, ok := parseByline(line); ok {
			a.Byline = append(a.Byline, people...)
			continue
		}
		paras = append(paras, line)
	}
	if len(paras) == 0 {
		return Article{}, &ParseError{name, "no article text (only a byline or links)"}
	}
	// A first line that reads as a headline is the title.
	if len(paras) > 1 && looksLikeTitle(paras[0]) {
		a.Title, paras = paras[0], paras[1:]
	}
	paras[0] = a.takeDateline(paras[0])
	if paras[0] == "" {
		paras = paras[1:] // a dateline alone on its line
	}
	if len(paras) == 0 {
		return Article{}, &ParseError{name, "no article text (only a headline, a byline or a dateline)"}
	}
	a.Body = strings.Join(paras, "\n\n")
	a.Published = findDate(a.Body)
	if a.Title == "" {
		a.Title = deriveTitle(paras[0])
	}
	return a, nil
}

// checkText refuses what is not text: empty input, binary data, or bytes
// that are not UTF-8.
func checkText(name string, data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return &ParseError{name, "empty file"}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return &ParseError{name, "binary file (contains NUL bytes), not article text"}
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			off += n
		}
		return &ParseError{name, fmt.Sprintf("not UTF-8 text (invalid byte 0x%02x at offset %d)", data[off], off)}
	}
	ctl := 0
	for _, b := range data {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x1b {
			ctl++
		}
	}
	if ctl*20 > len(data) {
		return &ParseError{name, "binary file (mostly control characters), not article text"}
	}
	return nil
}

var (
	// Links to other articles, as the sites head them: "Baca juga:" (most),
	// "Baca selengkapnya:", "Lihat juga:" (CNN Indonesia), "Simak juga:",
	// "Pilihan Editor:" (Tempo).
	relatedRe = regexp.MustCompile(`(?i)^(baca\s+(juga|selengkapnya)|lihat\s+juga|simak\s+juga|pilihan\s+editor)\s*:\s*`)
	bylineRe  = regexp.MustCompile(`^(Reporter|Editor|Penulis|Penyunting|Pewarta|Redaktur|Kontributor|Foto|Sumber)\s*:\s*(.+)$`)
)

// parseByline reads "Reporter: A | Editor: B".
func parseByline(line string) ([]Person, bool) {
	var people []Person
	for _, part := range strings.Split(line, "|") {
		m := bylineRe.FindStringSubmatch(strings.TrimSpace(part))
		if m == nil {
			return nil, false
		}
		name := strings.TrimSpace(m[2])
		// "Galih Setyo Pambudi - detikJateng": the writer's desk after a
		// dash is no part of the name.
		for _, dash := range []string{" - ", " – ", " — "} {
			if n, desk, ok := strings.Cut(name, dash); ok && !strings.Contains(strings.TrimSpace(desk), " ") {
				name = strings.TrimSpace(n)
			}
		}
		people = append(people, bylinePeople(m[1], name)...)
	}
	return people, len(people) > 0
}

// bylinePeople reads the names after one byline label: "Ani Lestari",
// several ("Ani Lestari, Budi Santoso dan Citra Dewi"), or a writer
// described before the name ("Kontributor Sintang, Agustinus Rangga"),
// whose description is then the role.
func bylinePeople(role, names string) []Person {
	if desc, name, ok := strings.Cut(names, ", "); ok && isWriterDesc(desc) {
		role, names = desc, name
	}
	var people []Person
	for p := range strings.SplitSeq(nameSeparators.Replace(names), ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if !looksLikeName(p) {
			return []Person{{Name: names, Role: role}} // "Budi Santoso, S.H.": one name
		}
		people = append(people, Person{Name: p, Role: role})
	}
	if len(people) == 0 {
		return []Person{{Name: names, Role: role}}
	}
	return people
}

// nameSeparators join the names under one byline label.
var nameSeparators = strings.NewReplacer(" dan ", ",", " & ", ",")

// isWriterDesc reports whether s describes a writer rather than names one:
// "Kontributor Sintang", "Wartawan Kompas.com".
func isWriterDesc(s string) bool {
	first, _, _ := strings.Cut(s, " ")
	switch strings.ToLower(first) {
	case "kontributor", "koresponden", "wartawan", "jurnalis":
		return true
	}
	return false
}

// looksLikeName: capitalised words, none of them an abbreviation with
// dots (a degree such as "S.H." follows a name after a comma).
func looksLikeName(s string) bool {
	if s == "" || strings.Contains(s, ".") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isBoilerplate(line string) bool {
	for _, b := range []string{"ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "SCROLL TO RESUME CONTENT"} {
		if strings.EqualFold(line, b) {
			return true
		}
	}
	return strings.HasPrefix(line, "Saksikan Live") || strings.HasPrefix(line, "Simak breaking news") || desksInitials(line)
}

// desksInitials reports whether line is only the initials of the writers
// that close a CNN Indonesia or detik article: "(nkr/adr)".
func desksInitials(line string) bool {
	inner, open := strings.CutPrefix(line, "(")
	inner, closed := strings.CutSuffix(inner, ")")
	if !open || !closed || !strings.Contains(inner, "/") {
		return false
	}
	for part := range strings.SplitSeq(inner, "/") {
		if len(part) < 2 || len(part) > 5 || strings.IndexFunc(part, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			return false
		}
	}
	return true
}

// looksLikeTitle: short, not a sentence, not opening with a dateline.
func looksLikeTitle(p string) bool {
	if utf8.RuneCountInString(p) > 160 || strings.HasSuffix(p, ".") || strings.HasSuffix(p, ",") {
		return false
	}
	for _, d := range datelines {
		if d.re.MatchString(p) {
			return false
		}
	}
	return len(strings.Fields(p)) >= 3
}

type dateline struct {
	re            *regexp.Regexp
	source, place int // submatch indexes, 0 when absent
}

// outlets are the news outlets whose datelines name them without a web
// address, in any case: "Jakarta, kumparan -", "PALU, SINDOnews -".
const outlets = `(?i:CNN Indonesia|CNBC Indonesia|kumparan|IDN Times|VIVA|Jubi|NU Online|SINDOnews|` +
	`Okezone|Republika|Suara|Katadata|Tirto|Merdeka|Gatra|Bisnis|Kontan|Jawa Pos|Media Indonesia|Kompas TV|` +
	`Metro TV|iNews|RRI|TVRI|Beritasatu|detikcom|Antara)`

// datelines of the common outlets, tried in order.
var datelines = []dateline{
	// KONTAN.CO.ID - MOSKOW.   KOMPAS.com -
	{regexp.MustCompile(`^([A-Z][A-Za-z0-9]*(?:\.[A-Za-z]{2,4})+)\s*[-–—]+\s*(?:([A-Z][A-Z .'-]+?)\.\s+)?`), 1, 2},
	// Jakarta, CNN Indonesia --   JAKARTA, kumparan -   Yogyakarta, IDN Times -
	{regexp.MustCompile(`^([A-Z][A-Za-z .]+?),\s*(` + outlets + `)\s*[-–—]+\s*`), 2, 1},
	// Jakarta, Beritasatu.com -   Bandung, TRIBUNJABAR.ID -
	{regexp.MustCompile(`^([A-Z][A-Za-z .]+?),\s*([A-Za-z0-9]+(?:\.[A-Za-z]{2,4})+)\s*[-–—]+\s*`), 2, 1},
	// Jakarta (ANTARA) -   Gianyar, Bali (ANTARA) -
	{regexp.MustCompile(`^([A-Z][A-Za-z .]+?(?:, [A-Z][A-Za-z .]+?)?)\s*\((ANTARA|Antara|ANTARA News)\)\s*[-–—]+\s*`), 2, 1},
	// TEMPO.CO, Jakarta -   Liputan6.com, Jakarta -   TRIBUN-MEDAN.COM, MEDAN -
	{regexp.MustCompile(`^([A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z]{2,4})+),\s*([A-Z][A-Za-z .]+?)\s*[-–—]+\s*`), 1, 2},
	// Jakarta - (detik)   JAKARTA - (Okezone)   KUALA LUMPUR –
	// A place in capitals has four letters or more: "KPK - ..." is no
	// dateline.
	{regexp.MustCompile(`^([A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{4,}(?: [A-Z]{3,})?)\s+[-–—]\s+`), 0, 1},
}

// takeDateline removes the dateline from the first paragraph and records
// its source and place.
func (a *Article) takeDateline(p string) string {
	for _, d := range datelines {
		m := d.re.FindStringSubmatch(p)
		if m == nil {
			continue
		}
		if d.source > 0 {
			a.Source = m[d.source]
		}
		if d.place > 0 {
			a.Dateline = strings.TrimSpace(m[d.place])
		}
		return p[len(m[0]):]
	}
	return p
}

var (
	numericDateRe = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
	wordDateRe    = regexp.MustCompile(`\b(\d{1,2}) (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) (\d{4})\b`)
	monthNumber   = map[string]time.Month{"Januari": 1, "Februari": 2, "Maret": 3, "April": 4, "Mei": 5, "Juni": 6,
		"Juli": 7, "Agustus": 8, "September": 9, "Oktober": 10, "November": 11, "Desember": 12}
)

// findDate returns the first date the text gives (day first, as
// Indonesian writes it), or the zero time.
func findDate(body string) time.Time {
	if m := numericDateRe.FindStringSubmatch(body); m != nil {
		d, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		if d >= 1 && d <= 31 && mo >= 1 && mo <= 12 {
			return time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		}
	}
	if m := wordDateRe.FindStringSubmatch(body); m != nil {
		d, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[3])
		return time.Date(y, monthNumber[m[2]], d, 0, 0, 0, 0, time.UTC)
	}
	return time.Time{}
}

// deriveTitle makes a headline from the first sentence: its first clause,
// at most a dozen words.
func deriveTitle(first string) string {
	s := first
	if i := strings.IndexAny(s, ".!?"); i > 0 {
		s = s[:i]
	}
	for _, stop := range []string{" (", ", ", " untuk ", " karena ", " yang "} {
		if i := strings.Index(s, stop); i > 20 {
			s = s[:i]
		}
	}
	words := strings.Fields(s)
	if len(words) > 12 {
		return strings.Join(words[:12], " ") + "…"
	}
	return strings.Join(words, " ")
}
