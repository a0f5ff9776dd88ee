// Package officials finds the titled people of an Indonesian news article —
// officials, experts, the byline — links their later mentions (Tito for
// Muhammad Tito Karnavian, Kim for Kim Jong Un), and says in English who
// they are, from the article's own words and a built-in register.
package officials

import (
	"fmt"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Role is an office a person holds or held.
type Role struct {
	Title   string `json:"role"`    // as Indonesian news writes it: "Menteri Dalam Negeri"
	TitleEN string `json:"role_en"` // "Minister of Home Affairs"
	AsOf    string `json:"as_of"`   // YYYY-MM: when it was true
	Org     string `json:"org"`     // country (ISO code) or organisation
}

// Person is an entry of the register.
type Person struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases"`
	Roles       []Role   `json:"roles"`
	Description string   `json:"description"`
}

// Register is the built-in list of officials an Indonesian news reader meets.
type Register struct {
	people []Person
	byName map[string][]int // lowercase name or alias → people
}

// validID reports whether id is lowercase letters and digits in
// hyphen-separated groups: "kim-jong-un".
func validID(id string) bool {
	prev := byte('-') // no hyphen first, last or twice
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case c == '-' && prev == '-':
			return false
		case c != '-' && !('a' <= c && c <= 'z' || '0' <= c && c <= '9'):
			return false
		}
		prev = c
	}
	return prev != '-'
}

// validAsOf reports whether s is a month, YYYY-MM.
func validAsOf(s string) bool {
	if len(s) != 7 || s[4] != '-' {
		return false
	}
	for i, c := range []byte(s) {
		if i != 4 && (c < '0' || c > '9') {
			return false
		}
	}
	return s[5:] >= "01" && s[5:] <= "12"
}

// ParseRegister reads the register format (register.tsv): one role a line,
//
//	id  name  aliases(|)  role  role_en  as_of  org  description
//
// lines of one id carrying the same name, aliases and description.
func ParseRegister(text, file string) (*Register, []error) {
	lines := strings.Count(text, "\n") + 1
	r := &Register{people: make([]Person, 0, lines), byName: make(map[string][]int, 2*lines)}
	var errs []error
	index := make(map[string]int, lines)
	// A person's roles are on consecutive lines: they are carved from
	// one array, as are the aliases, at no more than a line each.
	roles := make([]Role, 0, lines)
	last := -1 // the person whose roles end roles
	aliasPool := make([]string, 0, lines+strings.Count(text, "|"))
	var f [8]string
	var n int
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", file, n, fmt.Sprintf(format, args...)))
	}
	for lineNo, line := range lineSeq(text) {
		n = lineNo
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if k := tabFields(line, f[:]); k != len(f) {
			bad("want 8 tab-separated fields, got %d", k)
			continue
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		id, name, aliases, role := f[0], f[1], f[2], Role{Title: f[3], TitleEN: f[4], AsOf: f[5], Org: f[6]}
		switch {
		case !validID(id):
			bad("id %q: want lowercase letters, digits and hyphens", id)
			continue
		case name == "" || role.Title == "" || role.TitleEN == "":
			bad("empty name or role")
			continue
		case !validAsOf(role.AsOf):
			bad("as_of %q: want YYYY-MM", role.AsOf)
			continue
		}
		i, seen := index[id]
		if !seen {
			p := Person{ID: id, Name: name, Description: f[7]}
			start := len(aliasPool)
			for a := range strings.SplitSeq(aliases, "|") {
				if a = strings.TrimSpace(a); a != "" {
					aliasPool = append(aliasPool, a)
				}
			}
			if len(aliasPool) > start {
				p.Aliases = aliasPool[start:len(aliasPool):len(aliasPool)]
			}
			i = len(r.people)
			index[id] = i
			r.people = append(r.people, p)
		} else if r.people[i].Name != name {
			bad("id %q named %q here and %q before", id, name, r.people[i].Name)
			continue
		}
		for _, old := range r.people[i].Roles {
			if old.Title == role.Title && old.AsOf == role.AsOf {
				bad("role %q of %q listed twice", role.Title, id)
			}
		}
		if p := &r.people[i]; i == last || len(p.Roles) == 0 {
			// A new person, or the person of the line before, whose roles
			// end the array (which never grows: a line adds one role).
			roles = append(roles, role)
			p.Roles = roles[len(roles)-len(p.Roles)-1 : len(roles) : len(roles)]
			last = i
		} else {
			p.Roles = append(p.Roles, role) // a copy: its capacity is its length
			last = -1
		}
	}
	// Names and aliases share their lists of people too: a list is a
	// one-person slice of people unless two people share the name.
	people := make([]int, 0, len(r.people)+len(aliasPool))
	// The keys are written into one buffer too; a string taken from a
	// Builder stays valid as it grows.
	var keys strings.Builder
	keys.Grow(len(text) / 4)
	add := func(i int, name string) {
		start := keys.Len()
		writeKey(&keys, name)
		k := keys.String()[start:]
		list, ok := r.byName[k]
		switch {
		case !ok:
			people = append(people, i)
			r.byName[k] = people[len(people)-1 : len(people) : len(people)]
		case !containsInt(list, i):
			r.byName[k] = append(list, i)
		}
	}
	for i, p := range r.people {
		add(i, p.Name)
		for _, a := range p.Aliases {
			add(i, a)
		}
	}
	return r, errs
}

// lineSeq yields the lines of text with their numbers, from 1.
func lineSeq(text string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for n := 1; ; n++ {
			line, rest, more := strings.Cut(text, "\n")
			if !yield(n, line) || !more {
				return
			}
			text = rest
		}
	}
}

// tabFields splits line at its tabs into f and returns the number of
// fields the line has, also when f is too short to hold them all.
func tabFields(line string, f []string) int {
	n := 0
	for more := true; more; n++ {
		var field string
		field, line, more = strings.Cut(line, "\t")
		if n < len(f) {
			f[n] = field
		}
	}
	return n
}

func containsInt(list []int, x int) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}

// Len is the number of people.
func (r *Register) Len() int { return len(r.people) }

// nameKey is how the register knows a name: case, spacing and full stops
// aside ("Ferdinand Marcos Jr." is "Ferdinand Marcos Jr").
func nameKey(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	writeKey(&b, name)
	return b.String()
}

// writeKey writes nameKey(name) to b.
func writeKey(b *strings.Builder, name string) {
	gap, empty := false, true
	for i := 0; i < len(name); {
		r, size := rune(name[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(name[i:])
		}
		i += size
		if r == '.' || unicode.IsSpace(r) {
			gap = !empty
			continue
		}
		if gap {
			b.WriteByte(' ')
			gap = false
		}
		switch {
		case 'A' <= r && r <= 'Z':
			b.WriteByte(byte(r - 'A' + 'a'))
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
		empty = false
	}
}

// Find returns the people a name or alias may mean, case-insensitively.
func (r *Register) Find(name string) []Person {
	var out []Person
	for _, i := range r.byName[nameKey(name)] {
		out = append(out, r.people[i])
	}
	return out
}

// Search returns the people whose name or an alias contains every word of
// query, for `kabar who`.
func (r *Register) Search(query string) []Person {
	if exact := r.Find(query); len(exact) > 0 {
		return exact
	}
	words := strings.Fields(strings.ToLower(query))
	if len(words) == 0 {
		return nil
	}
	var out []Person
	for _, p := range r.people {
		hay := strings.ToLower(p.Name + " | " + strings.Join(p.Aliases, " | "))
		for _, role := range p.Roles {
			hay += " | " + strings.ToLower(role.Title+" | "+role.TitleEN)
		}
		all := true
		for _, w := range words {
			all = all && strings.Contains(hay, w)
		}
		if all {
			out = append(out, p)
		}
	}
	return out
}

// Latest is the role with the newest as_of date.
func (p Person) Latest() Role {
	var best Role
	for _, r := range p.Roles {
		if r.AsOf >= best.AsOf {
			best = r
		}
	}
	return best
}
