package officials

import (
	"fmt"
	"strings"
)

// TitleKind says how a title combines with the organisation after it.
type TitleKind uint8

// Title kinds, as in titles.tsv.
const (
	Office    TitleKind = iota + 1 // "Gubernur Jawa Timur" → Governor of East Java
	Rank                           // "Laksamana Angkatan Laut" → Navy Admiral
	RoleTitle                      // "profesor studi internasional" → professor of international studies
	Full                           // "Mendagri" → Minister of Home Affairs
	Prefix                         // "mantan", "Plt": modifies the title after it
)

func (k TitleKind) String() string {
	switch k {
	case Office:
		return "office"
	case Rank:
		return "rank"
	case RoleTitle:
		return "role"
	case Full:
		return "full"
	case Prefix:
		return "prefix"
	}
	return "kind?"
}

// Title is one title of the table.
type Title struct {
	Words    []string // lowercase
	EN       string
	Kind     TitleKind
	Regional bool // its region comes before the name (see regional)
	Of       bool // a role whose organisation follows with "of" (founder of …), not "at"
}

// Titles is the table of titles, matched longest first.
type Titles struct {
	byFirst map[string][]Title
}

// ParseTitles reads titles.tsv: title, English, kind.
func ParseTitles(text, file string) (*Titles, error) {
	lines := strings.Count(text, "\n") + 1
	t := &Titles{byFirst: make(map[string][]Title, lines/2)}
	seen := make(map[string]int, lines)
	pool := make([]string, 0, 2*lines) // the titles' words, in one array (most have one or two)
	var f [3]string
	for n, line := range lineSeq(text) {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if tabFields(line, f[:]) != len(f) {
			return nil, fmt.Errorf("%s:%d: want 3 tab-separated fields", file, n)
		}
		var kind TitleKind
		for k := Office; k <= Prefix; k++ {
			if k.String() == f[2] {
				kind = k
			}
		}
		if kind == 0 {
			return nil, fmt.Errorf("%s:%d: unknown kind %q", file, n, f[2])
		}
		key := strings.ToLower(f[0])
		start := len(pool)
		for w := range strings.FieldsSeq(key) {
			pool = append(pool, w)
		}
		words := pool[start:len(pool):len(pool)]
		if len(words) == 0 {
			return nil, fmt.Errorf("%s:%d: no title", file, n)
		}
		if len(key) != len(words)-1+wordsLen(words) {
			key = strings.Join(words, " ") // spaced unevenly
		}
		if first, dup := seen[key]; dup {
			return nil, fmt.Errorf("%s:%d: %q is already on line %d", file, n, key, first)
		}
		seen[key] = n
		en, of := strings.CutSuffix(f[1], " of")
		t.byFirst[words[0]] = append(t.byFirst[words[0]], Title{Words: words, EN: en, Kind: kind, Regional: regional[key], Of: of && kind == RoleTitle})
	}
	for k, list := range t.byFirst {
		for i := 1; i < len(list); i++ {
			for j := i; j > 0 && len(list[j].Words) > len(list[j-1].Words); j-- {
				list[j], list[j-1] = list[j-1], list[j]
			}
		}
		t.byFirst[k] = list
	}
	return t, nil
}

func wordsLen(words []string) int {
	n := 0
	for _, w := range words {
		n += len(w)
	}
	return n
}

// startsTitle reports whether some title starts with the lowercase word w.
func (t *Titles) startsTitle(w string) bool { return t != nil && len(t.byFirst[w]) > 0 }

// match finds the longest title whose words are words[0:n].
func (t *Titles) match(words []string) (Title, int) {
	if len(words) == 0 {
		return Title{}, 0
	}
	for _, ti := range t.byFirst[words[0]] {
		if len(ti.Words) > len(words) {
			continue
		}
		ok := true
		for i, w := range ti.Words {
			ok = ok && words[i] == w
		}
		if ok {
			return ti, len(ti.Words)
		}
	}
	return Title{}, 0
}

// regional offices are followed by their region before the name:
// "Bupati Garut Bintang Mahardika", "Lurah Kota Wetan Euis Rohaeti".
var regional = map[string]bool{"bupati": true, "wakil bupati": true, "wali kota": true, "wakil wali kota": true,
	"gubernur": true, "wakil gubernur": true, "camat": true, "lurah": true, "kades": true, "kepala desa": true,
	"pj kades": true, "keuchik": true, "geuchik": true, "wali nagari": true, "perbekel": true, "kapolda": true,
	"kapolres": true, "kapolsek": true, "kapolresta": true, "kapolrestabes": true,
	"kajari": true, "kajati": true, "pangdam": true, "dandim": true, "danrem": true, "sekda": true,
	"kepala pekon": true, "peratin": true, "kepala kampung": true, "kepala lembang": true, "kepala gampong": true, "dukuh": true, "sangadi": true}
