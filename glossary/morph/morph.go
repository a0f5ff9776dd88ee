// Package morph analyses the morphology of Indonesian words: it strips
// clitics, prefixes (meN-, peN-, ber-, ter-, di-, ke-, se-, per- and their
// allomorphs), suffixes (-kan, -i, -an), confixes and reduplication, and finds
// the root.
//
// The stemmer enumerates every decomposition the morphotactics allow and keeps
// the ones whose stem the injected Lexicon knows, so it never invents a root a
// dictionary does not confirm (unless asked to guess, for clearly affixed
// forms). Choosing among the candidates prefers the fewest irregular steps,
// then the root with the most derived forms in the lexicon.
package morph

import (
	"slices"
	"strings"
)

// Lexicon is what the stemmer needs to know about words.
type Lexicon interface {
	// Root reports whether stem is a known word and, if so, its root (stem
	// itself for a root, the root of a derived form otherwise) and how many
	// derived forms the lexicon lists for that root (its productivity).
	Root(stem string) (root string, productivity int, ok bool)
}

// Analysis is the decomposition of one word.
type Analysis struct {
	Word     string   // the word analysed, lowercase
	Root     string   // the root; the word itself when nothing could be stripped
	Stem     string   // the form the lexicon confirmed (a root or a derived headword)
	Prefixes []string // outermost first: "meN-", "per-"
	Suffixes []string // innermost first: "-kan", "-nya"
	Redup    bool     // reduplicated (senjata-senjata, berbondong-bondong)
	Known    bool     // the stem was confirmed by the lexicon
	Guessed  bool     // affixes stripped from an unknown stem by rule alone
}

// Affixed reports whether anything was stripped.
func (a Analysis) Affixed() bool {
	return len(a.Prefixes) > 0 || len(a.Suffixes) > 0 || a.Redup
}

// String gives the breakdown as learners read it: "meN-+per-+ingat+-kan".
func (a Analysis) String() string {
	var b strings.Builder
	for _, p := range a.Prefixes {
		b.WriteString(p)
		b.WriteByte('+')
	}
	b.WriteString(a.Root)
	for _, s := range a.Suffixes {
		b.WriteByte('+')
		b.WriteString(s)
	}
	if a.Redup {
		b.WriteString("+(redup)")
	}
	return b.String()
}

// Stemmer finds roots with the help of a Lexicon.
type Stemmer struct {
	lex   Lexicon
	guess bool
}

// New returns a stemmer backed by lex. With guess set, words whose stem the
// lexicon does not know are still stripped when their affixes are
// unambiguous (di-…-kan, ke-…-an, peN-…-an and the like).
func New(lex Lexicon, guess bool) *Stemmer {
	return &Stemmer{lex: lex, guess: guess}
}

// cand is one decomposition under consideration.
type cand struct {
	stem     string
	prefixes []string
	suffixes []string
	cost     int // irregular steps taken
}

// boundPrefixes are written joined to the word they modify and never stand
// alone in that sense: anti-, antar-, non-, pasca-, pra-, swa-, multi-,
// semi-, sub-, super-, ultra-, tuna-. Longer first, so antar- is tried
// before anti-.
var boundPrefixes = []string{"antar", "pasca", "multi", "super", "ultra", "anti", "semi", "tuna", "non", "pra", "swa", "sub"}

// Bound reports whether the outermost prefix of a is a bound prefix
// (pasca-, non-, …), which names do not distinguish from a first syllable:
// Pramesti is no pra-+mesti.
func (a Analysis) Bound() bool {
	return len(a.Prefixes) > 0 && slices.Contains(boundPrefixes, strings.TrimSuffix(a.Prefixes[0], "-"))
}

// Analyze decomposes a lowercase word (hyphenated reduplications included).
func (s *Stemmer) Analyze(word string) Analysis {
	if i := strings.IndexByte(word, '-'); i > 0 && i < len(word)-1 {
		if a, ok := s.reduplication(word); ok {
			return a
		}
	}
	return s.analyzeSimple(word)
}

func (s *Stemmer) analyzeSimple(word string) Analysis {
	if root, _, ok := s.lex.Root(word); ok {
		pre, suf := s.explainFull(word, root)
		return Analysis{Word: word, Root: root, Stem: word, Known: true, Prefixes: pre, Suffixes: suf}
	}
	best, ok := s.best(s.candidates(word, true))
	if ok {
		root, _, _ := s.lex.Root(best.stem)
		a := Analysis{Word: word, Root: root, Stem: best.stem, Known: true,
			Prefixes: best.prefixes, Suffixes: best.suffixes}
		if root != best.stem {
			// The stem is itself a derived headword (pemerintah+-an): show its
			// own affixes too, so the breakdown reaches the root.
			pre, suf := s.explainFull(best.stem, root)
			a.Prefixes = append(append([]string(nil), a.Prefixes...), pre...)
			a.Suffixes = append(append([]string(nil), suf...), a.Suffixes...)
		}
		return a
	}
	// A bound prefix before a word: pascapanen, nonpermanen,
	// praperadilan, antarwilayah.
	for _, p := range boundPrefixes {
		if rest, ok := strings.CutPrefix(word, p); ok && len(rest) >= 4 {
			if a := s.analyzeSimple(rest); a.Known {
				a.Word = word
				a.Prefixes = append([]string{p + "-"}, a.Prefixes...)
				return a
			}
		}
	}
	if s.guess {
		if g, ok := s.guessAffixes(word); ok {
			return Analysis{Word: word, Root: g.stem, Stem: g.stem, Guessed: true,
				Prefixes: g.prefixes, Suffixes: g.suffixes}
		}
	}
	return Analysis{Word: word, Root: word, Stem: word}
}

// explainFull finds the affixes that turn root into word, for the
// breakdown of a derived headword the lexicon lists with its root.
func (s *Stemmer) explainFull(word, root string) (pre, suf []string) {
	if word == root {
		return nil, nil
	}
	var best *cand
	for _, c := range s.candidates(word, true) {
		if c.stem == root && (best == nil || c.cost < best.cost) {
			c := c
			best = &c
		}
	}
	if best == nil {
		// A headword with a bound prefix: praperadilan → pra-+per-+adil+-an.
		for _, p := range boundPrefixes {
			if rest, ok := strings.CutPrefix(word, p); ok && len(rest) >= 4 {
				if pre, suf := s.explainFull(rest, root); rest == root || len(pre)+len(suf) > 0 {
					return append([]string{p + "-"}, pre...), suf
				}
			}
		}
		return nil, nil
	}
	return best.prefixes, best.suffixes
}

// Breakdown returns the affixes that lead from root to word, when the rules
// can produce word from root; the glossary uses it for derived headwords
// whose root the data gives.
func (s *Stemmer) Breakdown(word, root string) (prefixes, suffixes []string) {
	return s.explainFull(word, root)
}

func (s *Stemmer) best(cs []cand) (cand, bool) {
	var (
		best    cand
		bestPop int
		found   bool
	)
	for _, c := range cs {
		_, pop, ok := s.lex.Root(c.stem)
		if !ok {
			continue
		}
		if !found || better(c, pop, best, bestPop) {
			best, bestPop, found = c, pop, true
		}
	}
	return best, found
}

// better orders candidates: fewer irregular steps, then a more productive
// root, then fewer affixes (a longer stem).
func better(c cand, pop int, b cand, bpop int) bool {
	if c.cost != b.cost {
		return c.cost < b.cost
	}
	if (pop > 0) != (bpop > 0) {
		return pop > 0
	}
	if n, m := len(c.prefixes)+len(c.suffixes), len(b.prefixes)+len(b.suffixes); n != m {
		return n < m
	}
	if pop != bpop {
		return pop > bpop
	}
	return len(c.stem) > len(b.stem)
}

var (
	particles   = []string{"lah", "kah", "pun", "tah"}
	possessives = []string{"nya", "ku", "mu"}
	derivSuffix = []string{"kan", "an", "i"}
)

// candidates enumerates the decompositions of word the morphotactics allow:
// [proclitic] prefix{0,3} stem [-kan|-i|-an] [possessive] [particle].
// withClitics is false when explaining a headword's own derivation.
func (s *Stemmer) candidates(word string, withClitics bool) []cand {
	var out []cand
	bases := []cand{{stem: word}}
	if withClitics {
		for _, p := range particles {
			if rest, ok := strings.CutSuffix(word, p); ok && len(rest) >= 3 {
				bases = append(bases, cand{stem: rest, suffixes: []string{"-" + p}})
			}
		}
		n := len(bases)
		for _, b := range bases[:n] {
			for _, p := range possessives {
				if rest, ok := strings.CutSuffix(b.stem, p); ok && len(rest) >= 3 {
					bases = append(bases, cand{stem: rest, suffixes: append([]string{"-" + p}, b.suffixes...), cost: b.cost})
				}
			}
		}
		n = len(bases)
		for _, b := range bases[:n] {
			for _, p := range []string{"ku", "kau"} {
				if rest, ok := strings.CutPrefix(b.stem, p); ok && len(rest) >= 3 {
					bases = append(bases, cand{stem: rest, prefixes: []string{p + "-"}, suffixes: b.suffixes, cost: b.cost + 1})
				}
			}
		}
	}
	for _, b := range bases {
		// The clitic-stripped form may itself be a word (mendapatkannya).
		if len(b.suffixes) > 0 || len(b.prefixes) > 0 {
			out = append(out, b)
		}
		stems := []cand{b}
		for _, suf := range derivSuffix {
			if rest, ok := strings.CutSuffix(b.stem, suf); ok && len(rest) >= 3 {
				stems = append(stems, cand{stem: rest, prefixes: b.prefixes,
					suffixes: append([]string{"-" + suf}, b.suffixes...), cost: b.cost})
			}
		}
		for i, st := range stems {
			deriv := ""
			if i > 0 {
				deriv = st.suffixes[0]
				out = append(out, st)
			}
			out = s.prefixChains(out, st, deriv, 0, "")
		}
	}
	return out
}

// prefixChains strips up to three prefix layers from c.stem, appending every
// reachable decomposition to out.
func (s *Stemmer) prefixChains(out []cand, c cand, deriv string, depth int, outer string) []cand {
	if depth == 3 {
		return out
	}
	for _, st := range stripPrefix(c.stem) {
		if depth == 0 && !confixAllowed(st.label, deriv) {
			continue
		}
		if depth > 0 && !innerAllowed(outer, st.label) {
			continue
		}
		if len(st.stem) < 3 {
			continue
		}
		next := cand{
			stem:     st.stem,
			prefixes: append(append([]string(nil), c.prefixes...), st.label),
			suffixes: c.suffixes,
			cost:     c.cost + st.cost,
		}
		out = append(out, next)
		// Negated compounds: ketidakadilan, ketidakpastian.
		for _, neg := range [...]string{"tidak", "tak"} {
			if rest, ok := strings.CutPrefix(next.stem, neg); ok && len(rest) >= 3 {
				out = append(out, cand{stem: rest, prefixes: append(append([]string(nil), next.prefixes...), neg),
					suffixes: next.suffixes, cost: next.cost + 1})
			}
		}
		out = s.prefixChains(out, next, deriv, depth+1, st.label)
	}
	return out
}

// confixAllowed rules out the prefix-suffix pairs Indonesian does not form.
func confixAllowed(prefix, suffix string) bool {
	switch suffix {
	case "-i":
		return prefix != "ber-" && prefix != "ke-" && prefix != "se-"
	case "-kan":
		return prefix != "ke-" && prefix != "se-"
	case "-an":
		return prefix != "di-" && prefix != "meN-" && prefix != "ter-"
	}
	return true
}

// innerAllowed says which prefix may stand inside which.
func innerAllowed(outer, inner string) bool {
	switch outer {
	case "meN-", "di-":
		return inner == "per-" || inner == "ber-" || inner == "ke-"
	case "peN-":
		return inner == "ber-" || inner == "per-"
	case "ke-":
		return inner == "ber-" || inner == "ter-" || inner == "peN-" || inner == "se-" || inner == "per-"
	case "ber-":
		return inner == "ke-" || inner == "per-" || inner == "se-"
	case "ter-":
		return inner == "per-" || inner == "ke-"
	case "se-":
		return inner == "per-" || inner == "ke-"
	case "ku-", "kau-":
		return inner == "per-"
	}
	return false
}

type strip struct {
	label string
	stem  string
	cost  int
}

func isVowel(b byte) bool { return b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u' }

// stripPrefix lists the ways one prefix can come off w, with the initial
// consonant meN- and peN- dropped restored.
func stripPrefix(w string) []strip {
	var out []strip
	nasal := func(label, nas string) {
		rest, ok := strings.CutPrefix(w, nas)
		if !ok || len(rest) < 2 {
			return
		}
		switch nas[1:] {
		case "eng": // meng-, peng-: vowels, g, h, kh; k dropped before vowels
			if isVowel(rest[0]) {
				out = append(out, strip{label, rest, 0}, strip{label, "k" + rest, 0})
			} else if rest[0] == 'g' || rest[0] == 'h' || rest[0] == 'k' {
				// mengkritik, mengklaim keep the k of a cluster.
				c := 0
				if rest[0] == 'k' {
					c = 1
				}
				out = append(out, strip{label, rest, c})
			}
		case "eny": // meny-, peny-: s dropped
			if isVowel(rest[0]) {
				out = append(out, strip{label, "s" + rest, 0})
			}
		case "em": // mem-, pem-: b, f, v; p dropped
			switch {
			case rest[0] == 'b' || rest[0] == 'f' || rest[0] == 'v':
				out = append(out, strip{label, rest, 0})
			case isVowel(rest[0]):
				out = append(out, strip{label, "p" + rest, 0})
			case rest[0] == 'p':
				// memproduksi, mempunyai: p kept (clusters, a few words).
				out = append(out, strip{label, rest, 1})
			}
		case "en": // men-, pen-: d, c, j, z, sy; t dropped
			switch {
			case strings.ContainsRune("dcjz", rune(rest[0])):
				out = append(out, strip{label, rest, 0})
			case isVowel(rest[0]):
				out = append(out, strip{label, "t" + rest, 0})
			case rest[0] == 't' || rest[0] == 's':
				// mentransfer, mensyukuri: clusters and loans keep it.
				out = append(out, strip{label, rest, 1})
			}
		case "enge": // menge-, penge-: monosyllabic roots (mengebom, pengecatan)
			if len(rest) <= 4 {
				out = append(out, strip{label, rest, 0})
			} else {
				out = append(out, strip{label, rest, 2})
			}
		case "e": // me-, pe-: l, m, n, r, w, y, ng, ny
			if strings.ContainsRune("lmnrwy", rune(rest[0])) {
				out = append(out, strip{label, rest, 0})
			}
		}
	}
	for _, p := range [...][2]string{{"meN-", "meng"}, {"meN-", "meny"}, {"meN-", "mem"}, {"meN-", "men"}, {"meN-", "menge"}, {"meN-", "me"},
		{"peN-", "peng"}, {"peN-", "peny"}, {"peN-", "pem"}, {"peN-", "pen"}, {"peN-", "penge"}, {"peN-", "pe"}} {
		nasal(p[0], p[1])
	}
	plain := func(label, pre string, cost int, cond func(rest string) bool) {
		if rest, ok := strings.CutPrefix(w, pre); ok && len(rest) >= 2 && (cond == nil || cond(rest)) {
			out = append(out, strip{label, rest, cost})
		}
	}
	erSyllable := func(rest string) bool { // bekerja, beserta, beternak
		return rest[0] == 'r' || (len(rest) > 3 && !isVowel(rest[0]) && rest[1:3] == "er")
	}
	plain("ber-", "ber", 0, nil)
	plain("ber-", "be", 0, erSyllable)
	plain("ber-", "bel", 1, func(r string) bool { return isVowel(r[0]) })
	plain("ter-", "ter", 0, nil)
	plain("ter-", "te", 0, func(r string) bool { return r[0] == 'r' })
	plain("ter-", "tel", 2, func(r string) bool { return isVowel(r[0]) })
	// Agentive pe- before any consonant (pejabat, petani, pedagang, pekerja).
	plain("peN-", "pe", 1, func(r string) bool { return !isVowel(r[0]) && !strings.ContainsRune("lmnrwy", rune(r[0])) })
	plain("per-", "per", 0, nil)
	plain("per-", "pe", 0, func(r string) bool { return r[0] == 'r' })
	plain("per-", "pel", 1, func(r string) bool { return isVowel(r[0]) })
	plain("di-", "di", 0, nil)
	plain("ke-", "ke", 0, nil)
	plain("se-", "se", 0, nil)
	return out
}

// guessAffixes strips affixes from a word whose stem no lexicon confirms,
// only where the shape leaves no doubt: a confix, or a nasal prefix whose
// allomorph matches the stem's first sound.
func (s *Stemmer) guessAffixes(word string) (cand, bool) {
	type pattern struct {
		pre, suf    string
		label, sufL string
	}
	pats := []pattern{
		{"diper", "kan", "di-+per-", "-kan"}, {"memper", "kan", "meN-+per-", "-kan"},
		{"di", "kan", "di-", "-kan"}, {"ke", "an", "ke-", "-an"}, {"per", "an", "per-", "-an"},
		{"ber", "an", "ber-", "-an"},
	}
	for _, p := range pats {
		if strings.HasPrefix(word, p.pre) && strings.HasSuffix(word, p.suf) {
			stem := word[len(p.pre) : len(word)-len(p.suf)]
			if len(stem) >= 4 && hasVowel(stem) {
				return cand{stem: stem, prefixes: strings.Split(p.label, "+"), suffixes: []string{p.sufL}}, true
			}
		}
	}
	// Nasal prefixes whose allomorph agrees with a consonant that is kept.
	for _, p := range [...]struct{ pre, first string }{{"mem", "bf"}, {"men", "dcj"}, {"meng", "gh"}, {"pem", "bf"}, {"pen", "dcj"}, {"peng", "gh"}} {
		if rest, ok := strings.CutPrefix(word, p.pre); ok && len(rest) >= 4 && strings.ContainsRune(p.first, rune(rest[0])) && hasVowel(rest) {
			label := "meN-"
			if p.pre[0] == 'p' {
				label = "peN-"
			}
			c := cand{stem: rest, prefixes: []string{label}}
			// Only -kan (and -an after peN-) are safe to strip from an unknown
			// stem: loans end in -i and -an (identifikasi, organisasi, pesan).
			for _, suf := range [...]string{"kan", "an"} {
				if st, ok := strings.CutSuffix(rest, suf); ok && len(st) >= 4 && (suf != "an" || label == "peN-") {
					c.stem, c.suffixes = st, []string{"-" + suf}
					break
				}
			}
			return c, true
		}
	}
	return cand{}, false
}

func hasVowel(s string) bool {
	for i := 0; i < len(s); i++ {
		if isVowel(s[i]) {
			return true
		}
	}
	return false
}

// reduplication analyses hyphenated forms: full (negara-negara), affixed
// (berbondong-bondong, sebaik-baiknya, tembak-menembak, kemerah-merahan).
// The two halves must share a stem.
func (s *Stemmer) reduplication(word string) (Analysis, bool) {
	i := strings.IndexByte(word, '-')
	left, right := word[:i], word[i+1:]
	if strings.IndexByte(right, '-') >= 0 {
		return Analysis{}, false
	}
	if left == right {
		a := s.analyzeSimple(left)
		a.Word, a.Redup = word, true
		return a, true
	}
	// meN- reduplication repeats the nasalised stem: menakut-nakuti is
	// menakuti with its stem said twice, menyia-nyiakan is menyiakan.
	if len(left) > 4 && (strings.HasPrefix(left, "me") || strings.HasPrefix(left, "pe")) &&
		strings.HasPrefix(right, left[2:]) && len(right) > len(left)-2 {
		if a := s.analyzeSimple(left + right[len(left)-2:]); a.Known && len(a.Prefixes) > 0 {
			a.Word, a.Redup = word, true
			return a, true
		}
	}
	lc := append(s.candidates(left, true), cand{stem: left})
	rc := append(s.candidates(right, true), cand{stem: right})
	var (
		best      Analysis
		bestScore int
		found     bool
	)
	for _, l := range lc {
		for _, r := range rc {
			if l.stem != r.stem || len(l.stem) < 2 {
				continue
			}
			root, pop, ok := s.lex.Root(l.stem)
			score := l.cost + r.cost
			if !ok {
				root = l.stem
				score += 10
			}
			score = score*1000 - pop
			if !found || score < bestScore {
				bestScore, found = score, true
				best = Analysis{Word: word, Root: root, Stem: l.stem, Known: ok, Redup: true,
					Prefixes: mergeAffixes(l.prefixes, r.prefixes), Suffixes: mergeAffixes(l.suffixes, r.suffixes)}
			}
		}
	}
	return best, found
}

func mergeAffixes(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, x := range b {
		dup := false
		for _, y := range out {
			dup = dup || x == y
		}
		if !dup {
			out = append(out, x)
		}
	}
	return out
}
