package glossary

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kabar-reader/kabar/glossary/internal/index"
	"github.com/kabar-reader/kabar/glossary/lexicon"
	"github.com/kabar-reader/kabar/glossary/morph"
)

// Kind is what a term is to a reader.
type Kind uint8

// Term kinds, as named in `kabar annotate --json`.
const (
	KindWord Kind = iota + 1
	KindPhrase
	KindName
	KindEnglish
	KindNumber
)

func (k Kind) String() string {
	switch k {
	case KindWord:
		return "word"
	case KindPhrase:
		return "phrase"
	case KindName:
		return "name"
	case KindEnglish:
		return "english"
	case KindNumber:
		return "number"
	}
	return "unknown"
}

// MarshalText writes the kind by name in JSON.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Term is a span of text the glossary can say something about: a word, a
// multi-word expression, a name, an English word or a number.
type Term struct {
	Start, End int    // byte offsets into the analysed text
	Text       string // the text as written
	Kind       Kind
	Root       string // morphological root ("" for phrases and names)
	Headword   string // the entry glossed ("" when there is none)
	Analysis   string // affix breakdown: "meN-+per-+ingat+-kan"
	POS        string
	Glosses    []string // shared with the glossary: read-only
	Note       string
	Affixed    bool   // affixes, clitics or reduplication were stripped
	Common     bool   // a very common function word: selectable, not highlighted by default
	Place      bool   // a place name (POS place) rather than an organisation
	Official   string // the id of the official whose name or title this term is part of
	Person     bool   // the term is the official's name, not a word of the title
}

// Glossed reports whether the glossary has a gloss for the term.
func (t Term) Glossed() bool { return len(t.Glosses) > 0 }

// Analyzer turns text into terms. It is safe for concurrent use; results
// for each distinct word form are cached.
type Analyzer struct {
	g    *Glossary
	stem *morph.Stemmer

	mu    sync.Mutex
	cache map[string]wordResult
}

// NewAnalyzer builds an analyzer on g. Its cache starts at the few hundred
// word forms of a news article and grows from there.
func NewAnalyzer(g *Glossary) *Analyzer {
	return &Analyzer{g: g, stem: morph.New(g, true), cache: make(map[string]wordResult, 512)}
}

// Glossary returns the glossary the analyzer reads.
func (a *Analyzer) Glossary() *Glossary { return a.g }

// wordResult is the cached analysis of one lowercase word form.
type wordResult struct {
	root, headword, analysis string
	entry                    int32 // -1: no gloss
	affixed, prefixed, known bool
	bound                    bool // opens with a bound prefix (pasca-, non-)
}

const maxCache = 200_000

// word analyses a lowercase word form.
func (a *Analyzer) word(lower string) wordResult {
	a.mu.Lock()
	r, ok := a.cache[lower]
	a.mu.Unlock()
	if ok {
		return r
	}
	an := a.stem.Analyze(lower)
	r = wordResult{root: an.Root, analysis: an.String(), entry: -1, affixed: an.Affixed(),
		prefixed: len(an.Prefixes) > 0, known: an.Known, bound: an.Bound()}
	for _, form := range [...]string{lower, stripClitics(lower), an.Stem, an.Root} {
		if id := a.g.indonesian(form); id >= 0 {
			r.headword, r.entry = form, id
			break
		}
	}
	// A bare verb with -kan or -i ("lakukan", "hadapi") means what its
	// meN- verb means (melakukan, to do), not its root (laku, sold).
	if an.Known && (r.entry < 0 || r.headword == an.Root && r.headword != lower && len(an.Prefixes) == 0 && verbSuffix(an.Suffixes)) {
		if form, id := a.activeForm(lower, an); id >= 0 {
			r.headword, r.entry = form, id
		}
	}
	if r.entry < 0 {
		if id := a.g.english(lower); id >= 0 {
			r.headword, r.entry = lower, id
		}
	}
	a.mu.Lock()
	if len(a.cache) >= maxCache {
		clear(a.cache)
	}
	a.cache[lower] = r
	a.mu.Unlock()
	return r
}

// verbSuffix: the word ends in a verb suffix, before any clitics.
func verbSuffix(suffixes []string) bool {
	return len(suffixes) > 0 && (suffixes[0] == "-kan" || suffixes[0] == "-i")
}

// activeForm finds the meN- verb of a bare or di- form the glossary
// lists only as the active verb: hadapi → menghadapi, hubungi →
// menghubungi, dikebut → mengebut. It tries each way meN- joins a stem
// and keeps an entry of the same root.
func (a *Analyzer) activeForm(lower string, an morph.Analysis) (string, int32) {
	stem := stripClitics(lower) // "lakukanlah"
	switch {
	case len(an.Prefixes) == 1 && an.Prefixes[0] == "di-":
		stem = stem[len("di"):]
	case len(an.Prefixes) > 0:
		return "", -1
	}
	if len(stem) < 3 {
		return "", -1
	}
	rest := stem[1:] // the first consonant that meN- replaces: p, t, s, k
	for _, form := range [...]string{"meng" + stem, "mem" + stem, "men" + stem, "me" + stem, "menge" + stem,
		"mem" + rest, "men" + rest, "meny" + rest, "meng" + rest} {
		if id := a.g.indonesian(form); id >= 0 && a.g.x.EntryRoot(id) == an.Root {
			return form, id
		}
	}
	return "", -1
}

func stripClitics(w string) string {
	for _, c := range [...]string{"lah", "kah", "pun", "nya", "ku", "mu"} {
		if rest, ok := strings.CutSuffix(w, c); ok && len(rest) >= 3 {
			w = rest
		}
	}
	return w
}

// indonesian returns the first Indonesian (not English) entry whose
// lowercase headword is w, or -1.
func (g *Glossary) indonesian(w string) int32 {
	return g.firstWith(w, index.FlagEnglish|index.FlagCaseSensitive, 0)
}

// english returns the first English entry written w, or -1.
func (g *Glossary) english(w string) int32 {
	return g.firstWith(w, index.FlagEnglish, index.FlagEnglish)
}

// exact returns the first case-sensitive entry written exactly as w, or -1.
func (g *Glossary) exact(w string) int32 {
	return g.firstWith(w, index.FlagCaseSensitive, index.FlagCaseSensitive)
}

// firstWith returns the first entry of the word w whose flags, masked,
// are want, or -1.
func (g *Glossary) firstWith(w string, mask, want uint8) int32 {
	wi, ok := g.x.Word(w)
	if !ok {
		return -1
	}
	first, n := g.x.IDs(wi)
	for k := first; k < first+n; k++ {
		if id := g.x.ID(k); g.x.Flags(id)&mask == want {
			return id
		}
	}
	return -1
}

// Analyze finds the terms of text, in order, without overlaps.
func (a *Analyzer) Analyze(text string) []Term { return a.AnalyzeTokens(text, a.Tokens(text)) }

// AnalyzeTokens is Analyze on toks, the tokens of text from Tokens, for a
// caller that needs the tokens too (the officials' finder): the text is
// tokenized once.
func (a *Analyzer) AnalyzeTokens(text string, toks []Token) []Term {
	title := titleCased(text, toks)
	terms := make([]Term, 0, len(toks)*4/5+1)
	for i := 0; i < len(toks); {
		t := toks[i]
		switch t.Kind {
		case PunctToken, LinkToken:
			i++
			continue
		case NumberToken:
			terms = append(terms, numberTerm(text[t.Start:t.End], t.Start, t.End))
			i++
			continue
		}
		lower := strings.ToLower(text[t.Start:t.End]) // once a token: capitals cost an allocation
		if n, term := a.matchPhrase(text, toks, i, lower); n > 0 {
			// "PT Pertamina Patra Niaga", "Kepala Badan Nasional
			// Penanggulangan Bencana": a name that starts inside this
			// phrase and goes on past it wins (any longer name after a
			// name, a name longer than the phrase after a phrase); the
			// first word goes on alone.
			if n == 2 {
				next := toks[i+1]
				if m, longer := a.matchPhrase(text, toks, i+1, strings.ToLower(text[next.Start:next.End])); longer.Kind == KindName && (term.Kind == KindName && m > 1 || m > n) {
					terms = append(terms, a.wordTerm(text, t, lower, title[i]))
					i++
					continue
				}
			}
			terms = append(terms, term)
			i += n
			continue
		}
		term := a.wordTerm(text, t, lower, title[i])
		// Consecutive unknown names are one name: Kim Jong Un, Vladimir Putin.
		if n := len(terms); n > 0 && unknownName(term) && unknownName(terms[n-1]) &&
			toks[i-1].Kind == WordToken && !t.Break && text[terms[n-1].End:term.Start] == " " {
			terms[n-1].End = term.End
			terms[n-1].Text = text[terms[n-1].Start:term.End]
		} else {
			terms = append(terms, term)
		}
		i++
	}
	return terms
}

func unknownName(t Term) bool { return t.Kind == KindName && !t.Glossed() }

// Tokens splits text as Analyze does: hyphenated compounds of known words
// come apart (Selatan-AS-Jepang), reduplications and names stay whole.
func (a *Analyzer) Tokens(text string) []Token { return a.splitCompounds(text, Tokenize(text)) }

// WordTerms explains each word of toks (from Tokens) on its own, in its
// context, without joining phrases or names: one Term per token, the zero
// Term for numbers and punctuation. terms, when given, is Analyze's result
// for the same text: its one-word terms are shared, not worked out again
// (the result points into it; neither may be changed).
func (a *Analyzer) WordTerms(text string, toks []Token, terms []Term) []*Term {
	title := titleCased(text, toks)
	out := make([]*Term, len(toks))
	var zero Term
	j := 0
	for i, t := range toks {
		if t.Kind != WordToken {
			out[i] = &zero
			continue
		}
		for j < len(terms) && terms[j].End <= t.Start {
			j++
		}
		if j < len(terms) && terms[j].Start == t.Start && terms[j].End == t.End {
			out[i] = &terms[j]
			continue
		}
		wt := a.wordTerm(text, t, strings.ToLower(text[t.Start:t.End]), title[i])
		out[i] = &wt
	}
	return out
}

// splitCompounds splits hyphenated tokens that join known words rather
// than reduplicate one (Selatan-AS-Jepang, pro-Rusia), keeping known
// wholes (e-commerce, mata-mata), reduplications and unknown names
// (Leif-Eric, Sung-wook).
func (a *Analyzer) splitCompounds(text string, toks []Token) []Token {
	var out []Token
	for i, t := range toks {
		w := text[t.Start:t.End]
		if t.Kind != WordToken || !strings.Contains(w, "-") || a.knownWhole(w) {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		parts := strings.Split(w, "-")
		// "el-Sisi", "Al-Hikmah": an Arabic article joined to a name.
		if ArabicCompound(w) {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		// "Dong-myung", "Sung-wook": a capital, then lowercase after the
		// hyphen — a given name, kept whole even if a part is a word.
		if len(parts) == 2 && startsUpper(parts[0]) && !startsUpper(parts[1]) && !a.stem.Analyze(strings.ToLower(w)).Redup {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		anyKnown := false
		for _, p := range parts {
			anyKnown = anyKnown || a.knownWhole(p)
		}
		if !anyKnown || (len(parts) == 2 && a.stem.Analyze(strings.ToLower(w)).Redup) {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = append(make([]Token, 0, len(toks)+4), toks[:i]...)
		}
		pos := t.Start
		for j, p := range parts {
			if j > 0 {
				out = append(out, Token{Start: pos, End: pos + 1, Kind: PunctToken})
				pos++
			}
			if p == "" {
				continue
			}
			nt := Token{Start: pos, End: pos + len(p), Kind: WordToken}
			if j == 0 {
				nt.SentenceStart, nt.Break = t.SentenceStart, t.Break
			}
			out = append(out, nt)
			pos += len(p)
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// arabicArticles open Arabic names before a hyphen: al-Hayya, el-Sisi.
var arabicArticles = map[string]bool{"al": true, "el": true, "as": true, "ash": true, "an": true, "ad": true,
	"ar": true, "at": true, "az": true}

// ArabicCompound reports whether w is an Arabic article, in either case,
// joined by a hyphen to a capitalised name: al-Hayya, el-Sisi, Al-Ikhlas.
// The analyser keeps such words whole.
func ArabicCompound(w string) bool {
	article, rest, ok := strings.Cut(w, "-")
	return ok && arabicArticles[strings.ToLower(article)] && startsUpper(rest)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func (a *Analyzer) knownWhole(w string) bool {
	lower := strings.ToLower(w)
	return a.g.exact(w) >= 0 || a.g.indonesian(lower) >= 0 || a.g.english(lower) >= 0
}

// titleCased marks the tokens of lines written in title case (headlines,
// "Baca Juga" links), where capitals do not mark names.
func titleCased(text string, toks []Token) []bool {
	out := make([]bool, len(toks))
	lineStart := 0
	flush := func(end int) {
		words, caps := 0, 0
		for j := lineStart; j < end; j++ {
			if toks[j].Kind != WordToken {
				continue
			}
			words++
			if r, _ := utf8.DecodeRuneInString(text[toks[j].Start:]); unicode.IsUpper(r) {
				caps++
			}
		}
		if words >= 3 && caps*10 >= words*7 {
			for j := lineStart; j < end; j++ {
				out[j] = true
			}
		}
	}
	for i, t := range toks {
		if t.Break && i > 0 {
			flush(i)
			lineStart = i
		}
	}
	flush(len(toks))
	return out
}

// matchPhrase tries the multi-word headwords starting at toks[i], longest
// first, and returns how many tokens the match covers.
func (a *Analyzer) matchPhrase(text string, toks []Token, i int, lower string) (int, Term) {
	first := text[toks[i].Start:toks[i].End]
	if i+1 >= len(toks) {
		return 0, Term{}
	}
	second := text[toks[i+1].Start:toks[i+1].End]
	x := a.g.x
	for _, key := range [...]string{first, lower} {
		if wi, ok := x.Word(key); ok {
			pf, pn := x.Phrases(wi)
			for k := pf; k < pf+pn; k++ {
				if !x.MayFollow(k, second) {
					continue
				}
				id, words, fold := x.Phrase(k)
				if !fold && first != key {
					continue // "bin Salman" is not "Bin Salman"
				}
				// The first word is the key: match the rest.
				if n := matchWords(text, toks, i, x.Headword(id)[len(key)+1:], words, fold); n > 0 {
					start, end := toks[i].Start, toks[i+n-1].End
					term := Term{Start: start, End: end, Text: text[start:end], Kind: KindPhrase,
						Headword: x.Headword(id), POS: x.POS(id).String(), Glosses: a.g.glossesOf(id), Note: x.Note(id)}
					switch pos := x.POS(id); {
					case pos.IsName():
						term.Kind, term.Place = KindName, pos == lexicon.Place
					case x.Flags(id)&index.FlagEnglish != 0:
						term.Kind = KindEnglish
					}
					return n, term
				}
			}
		}
		if first == lower {
			break
		}
	}
	return 0, Term{}
}

// matchWords matches the words after the first of a phrase of n words,
// rest (single spaces between them), at toks[i+1:]: word for word, within
// one line, the last word also with -nya attached. fold matches whatever
// the capitals.
func matchWords(text string, toks []Token, i int, rest string, n int, fold bool) int {
	if i+n > len(toks) {
		return 0
	}
	for k := 1; k < n; k++ {
		want := rest
		if j := strings.IndexByte(rest, ' '); j >= 0 {
			want, rest = rest[:j], rest[j+1:]
		}
		t := toks[i+k]
		if t.Kind != WordToken || t.Break || toks[i+k-1].End == t.Start {
			return 0
		}
		got := text[t.Start:t.End]
		same := got == want || fold && strings.EqualFold(got, want)
		if !same && k == n-1 && len(got) == len(want)+3 {
			head, tail := got[:len(want)], got[len(want):]
			same = (head == want || fold && strings.EqualFold(head, want)) && (tail == "nya" || fold && strings.EqualFold(tail, "nya"))
		}
		if !same {
			return 0
		}
	}
	return n
}

// wordTerm explains one word token.
func (a *Analyzer) wordTerm(text string, t Token, lower string, title bool) Term {
	w := text[t.Start:t.End]
	term := Term{Start: t.Start, End: t.End, Text: w, Kind: KindWord}
	first, _ := utf8.DecodeRuneInString(w)
	capital := unicode.IsUpper(first)
	// A name that is also a word (Batu, Padang, Barat) is the word when a
	// sentence starts with it, the name inside a sentence.
	if id := a.g.exact(w); id >= 0 && !(t.SentenceStart && w != lower && !isAllCaps(w) && a.g.indonesian(lower) >= 0) {
		return a.entryTerm(term, id, lower)
	}
	if capital && isAllCaps(w) && len(w) > 1 {
		// Datelines and shouted headlines: MOSKOW, JAKARTA.
		if id := a.g.exact(titleCase(lower)); id >= 0 {
			return a.entryTerm(term, id, lower)
		}
		if utf8.RuneCountInString(w) <= 4 || a.g.indonesian(lower) < 0 {
			term.Kind = KindName // an acronym we do not know
			return term
		}
	}
	if capital && !t.SentenceStart && !title {
		// A capital inside a sentence marks a name or a word of a title or
		// an institution: gloss the word as it stands, and stem it only
		// when a prefix leaves a known root (Kebencanaan), never a bare
		// suffix (Bali is not bal+i).
		if id := a.g.indonesian(lower); id >= 0 {
			r := a.word(lower)
			term.Root, term.Analysis, term.Headword, term.Affixed = r.root, r.analysis, lower, r.affixed
			return a.entryTerm(term, id, lower)
		}
		if r := a.word(lower); !(r.entry >= 0 && (r.prefixed || clitic(lower, r.root)) && len(r.root) >= 4) {
			term.Kind = KindName
			return term
		}
	}
	r := a.word(lower)
	if capital && !a.trustCapitalised(lower, r) {
		term.Kind = KindName
		return term
	}
	term.Root, term.Analysis, term.Affixed = r.root, r.analysis, r.affixed
	term.Common = common[lower] || common[r.headword]
	if r.entry < 0 {
		return term
	}
	term.Headword = r.headword
	return a.entryTerm(term, r.entry, lower)
}

// trustCapitalised decides whether a capitalised word that opens a sentence
// or stands in a headline is a word: it must have an entry, and a bare
// suffix counts only on a root of four letters or more (Temukan, Waspadai,
// but not Bali or Susi).
func (a *Analyzer) trustCapitalised(lower string, r wordResult) bool {
	switch {
	case r.entry < 0:
		return false
	case r.bound && utf8.RuneCountInString(r.root) < 6 && a.g.indonesian(lower) < 0:
		return false // a capitalised Pramesti or Pratama is a name; Subdirektorat and Praperadilan are words
	case !r.affixed || r.prefixed || a.g.indonesian(lower) >= 0 || clitic(lower, r.root):
		return true
	}
	return utf8.RuneCountInString(r.root) >= 4
}

// clitic reports whether lower is root plus clitics only (Putinlah).
func clitic(lower, root string) bool { return stripClitics(lower) == root }

func (a *Analyzer) entryTerm(term Term, id int32, lower string) Term {
	x := a.g.x
	if term.Headword == "" {
		term.Headword = x.Headword(id)
	}
	pos := x.POS(id)
	term.POS, term.Glosses, term.Note = pos.String(), a.g.glossesOf(id), x.Note(id)
	switch {
	case pos.IsName():
		term.Kind, term.Place = KindName, pos == lexicon.Place
	case x.Flags(id)&index.FlagEnglish != 0:
		term.Kind = KindEnglish
	}
	if term.Root == "" && term.Kind == KindWord {
		term.Root = x.EntryRoot(id)
		if term.Root == "" {
			term.Root = x.Headword(id)
		}
		term.Analysis = term.Root
	}
	term.Common = term.Common || common[lower]
	return term
}

func isAllCaps(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func titleCase(lower string) string {
	r, n := utf8.DecodeRuneInString(lower)
	return string(unicode.ToUpper(r)) + lower[n:]
}

// common lists the function words a reader knows from the first lesson:
// selectable, never highlighted by default.
var common = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`yang di dan ini itu ke dari untuk dengan pada dalam akan juga tidak ada atau
		oleh bahwa sebagai telah sudah karena para saat bagi secara maupun serta namun baik pun adalah ialah
		masih lebih hanya bisa dapat kepada agar jika kalau seperti tetapi tapi sedang belum harus antara
		ia dia mereka kami kita saya anda kata ya tak bukan sangat banyak semua setiap lain sama hal satu dua
		tiga kini lalu akan nya lagi yaitu yakni hingga sampai tersebut`) {
		m[w] = true
	}
	return m
}()
