package lexicon

import (
	"fmt"
	"strings"
)

// Check finds the problems a reviewer would: the same headword and part of
// speech twice, lowercase-only files with capitals, a root that cannot have
// produced the headword, glosses repeated. It returns
// one error per problem; none means the data is fit to ship.
func Check(entries []Entry) []error {
	var errs []error
	bad := func(e Entry, format string, args ...any) {
		errs = append(errs, &Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf(format, args...)})
	}
	type key struct {
		head string
		pos  POS
	}
	seen := make(map[key]Entry, len(entries))
	for _, e := range entries {
		k := key{e.Headword, e.POS}
		if prev, dup := seen[k]; dup {
			bad(e, "%q (%s) already at %s:%d", e.Headword, e.POS, prev.File, prev.Line)
		} else {
			seen[k] = e
		}
		if e.POS.IsName() && !e.CaseSensitive() {
			bad(e, "name %q should be written with its capitals", e.Headword)
		}
		if !e.POS.IsName() && !e.English && e.CaseSensitive() && !namesFile(e.File) {
			bad(e, "%q: words and phrases are lowercase (capitals belong in names-*.tsv)", e.Headword)
		}
		if e.Root != "" {
			switch {
			case e.IsPhrase():
				bad(e, "phrase %q should have no root", e.Headword)
			case e.Root == e.Headword:
				bad(e, "root %q equals the headword; leave root empty for roots", e.Root)
			case strings.ContainsAny(e.Root, " \t") || strings.ToLower(e.Root) != e.Root:
				bad(e, "root %q should be one lowercase word", e.Root)
			case !canDerive(e.Headword, e.Root):
				bad(e, "root %q does not occur in %q", e.Root, e.Headword)
			}
		}
		glosses := make(map[string]bool, len(e.Glosses))
		for _, g := range e.Glosses {
			lg := strings.ToLower(g)
			if glosses[lg] {
				bad(e, "gloss %q repeated", g)
			}
			glosses[lg] = true
		}
	}
	return errs
}

func namesFile(file string) bool { return strings.HasPrefix(baseName(file), "names") }

// canDerive reports whether root can plausibly underlie head: it occurs in
// it whole, or without the initial consonant that meN- and peN- drop
// (menulis from tulis, pemerintah from perintah, menyapu from sapu).
func canDerive(head, root string) bool {
	if strings.Contains(head, root) {
		return true
	}
	r := []rune(root)
	if len(r) > 2 && strings.ContainsRune("kptsKPTS", r[0]) && strings.Contains(head, string(r[1:])) {
		return true
	}
	return false
}
