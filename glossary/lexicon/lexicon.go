// Package lexicon reads and checks kabar's glossary data: the tab-separated
// files under glossary/data that we write and review like code.
//
// One line is one entry:
//
//	headword <TAB> pos <TAB> root <TAB> glosses <TAB> note
//
// The headword is a word or a multi-word expression (single spaces). Lowercase
// headwords match any capitalisation in text; headwords with capitals (names,
// acronyms such as "AS" or "DPR") match only as written. pos is one of
// POSTags. root is the morphological root of a derived form ("jabat" for
// "pejabat") and empty for roots, phrases and names. glosses are English, the
// news sense first, separated by "; ". note is optional. Blank lines and lines
// starting with "#" are skipped.
package lexicon

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// POS is a part-of-speech tag.
type POS uint8

// The parts of speech the glossary uses. Place and Org mark proper names.
const (
	Noun POS = iota + 1
	Verb
	Adj
	Adv
	Pron
	Prep
	Conj
	Num
	Part
	Interj
	Det
	Place
	Org
)

var posNames = [...]string{"", "noun", "verb", "adj", "adv", "pron", "prep", "conj", "num", "part", "interj", "det", "place", "org"}

// String returns the tag as written in the data files ("noun", "place").
func (p POS) String() string {
	if int(p) < len(posNames) {
		return posNames[p]
	}
	return fmt.Sprintf("POS(%d)", p)
}

// IsName reports whether the tag marks a proper name.
func (p POS) IsName() bool { return p == Place || p == Org }

// ParsePOS turns a tag as written in the data into a POS.
func ParsePOS(s string) (POS, bool) {
	for i, n := range posNames {
		if i > 0 && n == s {
			return POS(i), true
		}
	}
	return 0, false
}

// POSTags lists the valid tags, for messages.
func POSTags() []string { return append([]string(nil), posNames[1:]...) }

// Entry is one line of the glossary.
type Entry struct {
	Headword string
	POS      POS
	Root     string   // empty when the headword is itself a root, a phrase or a name
	Glosses  []string // English, news sense first
	Note     string
	English  bool   // an English word or phrase used inside Indonesian text
	File     string // where it was read, for messages
	Line     int
}

// IsPhrase reports whether the headword has more than one word.
func (e Entry) IsPhrase() bool { return strings.Contains(e.Headword, " ") }

// CaseSensitive reports whether the headword must match as written: it has
// capital letters (a name or an acronym).
func (e Entry) CaseSensitive() bool {
	for _, r := range e.Headword {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// Error is a problem at one line of a data file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Parse reads entries from r. name is used in messages and decides whether
// the file holds English terms (names starting with "english"). Malformed
// lines are returned as errors alongside the entries that did parse, so a
// checker can report every problem at once.
func Parse(r io.Reader, name string) ([]Entry, []error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, []error{&Error{File: name, Msg: err.Error()}}
	}
	return ParseString(string(data), name)
}

// ParseString is Parse on text already in memory: the entries' strings
// share its memory, so loading the embedded data costs one copy.
func ParseString(text, name string) ([]Entry, []error) {
	var (
		entries = make([]Entry, 0, strings.Count(text, "\n")+1)
		errs    []error
	)
	english := strings.HasPrefix(baseName(name), "english")
	for line := 1; text != ""; line++ {
		var l string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			l, text = text[:i], text[i+1:]
		} else {
			l, text = text, ""
		}
		l = strings.TrimSuffix(l, "\r")
		if l == "" || l[0] == '#' || strings.TrimSpace(l) == "" {
			continue
		}
		e, err := parseLine(l)
		if err != nil {
			errs = append(errs, &Error{File: name, Line: line, Msg: err.Error()})
			continue
		}
		e.English = english
		e.File, e.Line = name, line
		entries = append(entries, e)
	}
	return entries, errs
}

func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}

func parseLine(text string) (Entry, error) {
	if !utf8.ValidString(text) {
		return Entry{}, fmt.Errorf("not UTF-8")
	}
	var f [5]string
	n := 0
	for rest := text; ; n++ {
		if n == len(f) {
			return Entry{}, fmt.Errorf("want 4 or 5 tab-separated fields (headword, pos, root, glosses[, note]), got more")
		}
		i := strings.IndexByte(rest, '\t')
		if i < 0 {
			f[n] = rest
			n++
			break
		}
		f[n], rest = rest[:i], rest[i+1:]
	}
	if n < 4 {
		return Entry{}, fmt.Errorf("want 4 or 5 tab-separated fields (headword, pos, root, glosses[, note]), got %d", n)
	}
	e := Entry{Headword: f[0], Root: f[2]}
	e.Note = strings.TrimSpace(f[4])
	if err := checkHeadword(e.Headword); err != nil {
		return Entry{}, err
	}
	p, ok := ParsePOS(f[1])
	if !ok {
		return Entry{}, fmt.Errorf("unknown part of speech %q (want one of %s)", f[1], strings.Join(POSTags(), ", "))
	}
	e.POS = p
	e.Glosses = make([]string, 0, strings.Count(f[3], ";")+1)
	for rest := f[3]; ; {
		g, tail, more := strings.Cut(rest, ";")
		g = strings.TrimSpace(g)
		if g == "" {
			return Entry{}, fmt.Errorf("empty gloss in %q", f[3])
		}
		e.Glosses = append(e.Glosses, g)
		if !more {
			break
		}
		rest = tail
	}
	return e, nil
}

func checkHeadword(h string) error {
	if h == "" {
		return fmt.Errorf("empty headword")
	}
	if h != strings.TrimSpace(h) || strings.Contains(h, "  ") {
		return fmt.Errorf("headword %q has stray spaces", h)
	}
	for _, r := range h {
		switch {
		case unicode.IsLetter(r), unicode.IsDigit(r):
		case strings.ContainsRune(" -'.&/", r):
		default:
			return fmt.Errorf("headword %q has character %q", h, r)
		}
	}
	return nil
}
