package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind says what a token is.
type TokenKind uint8

// Token kinds.
const (
	WordToken TokenKind = iota + 1
	NumberToken
	PunctToken
	LinkToken // a web or email address, which has no words to explain
)

func (k TokenKind) String() string {
	switch k {
	case WordToken:
		return "word"
	case NumberToken:
		return "number"
	case PunctToken:
		return "punct"
	case LinkToken:
		return "link"
	}
	return "token?"
}

// Token is a span of text: [Start, End) are byte offsets into the text.
type Token struct {
	Start, End int
	Kind       TokenKind
	// SentenceStart is set on a word that opens a sentence, a paragraph or
	// a quotation, where a capital says nothing about being a name.
	SentenceStart bool
	// Break is set when a line break lies between this token and the one
	// before it (phrases do not span paragraphs).
	Break bool
}

// Tokenize splits news text into words, numbers, punctuation and web or
// email addresses. Words keep internal hyphens and apostrophes
// (senjata-senjata, Sung-wook, Jum'at); numbers keep their separators
// (12/9/2023, 2,65, 5.000, 10.30) and a trailing percent sign; an address
// is one token (www.kompas.com/nasional, redaksi@kompas.com). Spaces are
// not tokens.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/6+1)
	sentence, brk := true, false
	// Addresses are sought only in a text that can have them.
	urls := strings.Contains(text, "://") || strings.Contains(text, "www.")
	emails := strings.IndexByte(text, '@') >= 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if (urls || emails) && r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if end := linkEnd(text, i, urls, emails); end > i {
				toks = append(toks, Token{Start: i, End: end, Kind: LinkToken, Break: brk})
				sentence, brk = false, false
				i = end
				continue
			}
		}
		switch {
		case r == '\n':
			sentence, brk = true, true
			i += n
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r):
			end := scanWord(text, i)
			toks = append(toks, Token{Start: i, End: end, Kind: WordToken, SentenceStart: sentence, Break: brk})
			sentence, brk = false, false
			i = end
		case r >= '0' && r <= '9':
			end := scanNumber(text, i)
			toks = append(toks, Token{Start: i, End: end, Kind: NumberToken, Break: brk})
			sentence, brk = false, false
			i = end
		default:
			toks = append(toks, Token{Start: i, End: i + n, Kind: PunctToken, Break: brk})
			brk = false
			switch r {
			case '.':
				// "Prof. dr. Indah", "Ir. Bintang", "H. Marwan": the full stop
				// of a title or an initial does not end a sentence.
				sentence = !(len(toks) > 1 && toks[len(toks)-2].Kind == WordToken &&
					toks[len(toks)-2].End == i && abbreviation(text[toks[len(toks)-2].Start:i]))
			case '!', '?', ':', '"', '“', '(', '[', '‘', '—', '–', '|':
				sentence = true
			case '-':
				// "KONTAN.CO.ID - MOSKOW." and "Jakarta -" datelines.
				sentence = sentence || i > 0 && text[i-1] == ' '
			}
			i += n
		}
	}
	return toks
}

// abbreviation: a title or an initial written with a full stop.
func abbreviation(w string) bool {
	switch w {
	case "Dr", "dr", "Prof", "Ir", "H", "Hj", "KH", "Drs", "Dra", "Sdr", "Bpk", "Mgr", "Pdt", "St", "Jl", "No",
		"Kol", "Brigjen", "Mayjen", "Letjen", "Jend", "Pol", "drg", "Ny", "Tn", "Kyai",
		"Tbk", "Dt", "Moh", "Muh", "Moch", "Mhd", "Abd": // "PT Bank Central Asia Tbk. Jahja Setiaatmadja", "Zulkarnain Dt. Rajo Basa"
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// scanWord returns the end of the word starting at i: letters and marks,
// with single hyphens or apostrophes between letters or digits, and digits
// after a capitalised acronym (G20, COVID-19).
func scanWord(text string, i int) int {
	end := i
	upper := true
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		switch {
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			if unicode.IsLower(r) {
				upper = false
			}
			end += n
		case unicode.IsDigit(r) && upper && end > i:
			end += n
		case r == '-' || r == '\'' || r == '’':
			next, _ := utf8.DecodeRuneInString(text[end+n:])
			if end+n < len(text) && (unicode.IsLetter(next) || (r == '-' && upper && unicode.IsDigit(next))) {
				end += n
				continue
			}
			return end
		default:
			return end
		}
	}
	return end
}

// scanNumber returns the end of the number starting at i.
func scanNumber(text string, i int) int {
	end := i
	for end < len(text) {
		c := text[end]
		switch {
		case c >= '0' && c <= '9':
			end++
		case (c == '.' || c == ',' || c == '/' || c == ':') && end+1 < len(text) && text[end+1] >= '0' && text[end+1] <= '9':
			end++
		case c == '%':
			return end + 1
		default:
			return end
		}
	}
	return end
}

// linkEnd returns the end of the web address (http://, https://, ftp://
// or www.) or, with emails, the email address that starts at i; i when
// there is none.
func linkEnd(text string, i int, urls, emails bool) int {
	if urls {
		if n := urlLen(text[i:]); n > 0 {
			return i + n
		}
	}
	if emails {
		return i + emailLen(text[i:])
	}
	return i
}

// urlLen is the length of the web address s starts with, or 0. It ends at
// a space or a quotation mark, without the sentence's punctuation after it
// or a closing bracket it did not open.
func urlLen(s string) int {
	if !hasPrefixFold(s, "http://") && !hasPrefixFold(s, "https://") && !hasPrefixFold(s, "ftp://") && !hasPrefixFold(s, "www.") {
		return 0
	}
	if end := strings.IndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("\"“”‘’<>", r) }); end >= 0 {
		s = s[:end]
	}
	u := strings.TrimRight(s, ".,;:!?'")
	for strings.HasSuffix(u, ")") && strings.Count(u, ")") > strings.Count(u, "(") {
		u = strings.TrimRight(u[:len(u)-1], ".,;:!?'")
	}
	if strings.HasSuffix(u, "://") || len(u) <= len("www.") {
		return 0
	}
	return len(u)
}

// emailLen is the length of the email address s starts with, or 0.
func emailLen(s string) int {
	at := strings.IndexFunc(s, func(r rune) bool { return !emailLocal(r) })
	if at <= 0 || s[at] != '@' {
		return 0
	}
	end := at + 1
	for end < len(s) && (isASCIIAlnum(s[end]) || s[end] == '.' || s[end] == '-') {
		end++
	}
	domain := strings.TrimRight(s[at+1:end], ".-")
	if dot := strings.LastIndexByte(domain, '.'); dot <= 0 || dot == len(domain)-1 {
		return 0
	}
	return at + 1 + len(domain)
}

func emailLocal(r rune) bool {
	return r < utf8.RuneSelf && (isASCIIAlnum(byte(r)) || strings.ContainsRune("._%+-", r))
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
