// Package index lays the glossary out as one string without pointers: the
// entries, a hash table of the words they name, the phrases by their first
// word and the names by their lowercase form. Compiled once (go generate)
// and embedded, it is ready the moment the binary starts: nothing is
// parsed or built at start-up, the garbage collector never scans it, and
// only the pages a lookup touches are read from the binary. An article's
// words touch most of them, so the layout is kept small: what only
// provenance needs (an entry's file and line) lies apart, never read while
// reading, and a hash slot carries a fingerprint of its word so a miss
// rarely reads another word's record.
//
// Build writes the layout and decides what the glossary's index means (a
// word's root, how productive a root is, phrase order); Open reads it back.
// Every number is a little-endian uint32 unless said otherwise.
//
//	header   magic "KBIX0003", then nEntries, nWords, nIDs, nSlots,
//	         nPhrases, nUppers, nFiles, poolLen
//	entries  26 bytes each: headword (off, u16 len), root (u16 len, off),
//	         note (off, u16 len), glosses (u16 len, off) joined by
//	         glossSep, u8 pos, u8 flags
//	sources  6 bytes each, entry by entry: u16 file, line
//	words    32 bytes each: key (off, u16 len), root (u16 len, off), first
//	         id, u16 ids, u16 phrases, first phrase, u16 productivity,
//	         u16 uppers, first upper
//	ids      entry ids, grouped by word
//	slots    open-addressing hash table (FNV-1a, linear probing): word
//	         index + 1 in the low 20 bits, the hash's top 12 bits above;
//	         0 is empty; nSlots is a power of two
//	phrases  8 bytes each: entry, u8 words, u8 fold, then the first two
//	         bytes of the second word in lowercase, or zeros (a cheap test
//	         before the headword is read); longest first within a word
//	uppers   8 bytes each: a case-sensitive headword (off, len)
//	files    8 bytes each: a data file's name (off, len)
//	pool     the strings
package index

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/kabar-reader/kabar/glossary/lexicon"
)

const magic = "KBIX0003"

const (
	headerSize = len(magic) + 8*4
	entrySize  = 26
	sourceSize = 6
	refSize    = 8
	wordSize   = 32
	idSize     = 4
	slotSize   = 4
	phraseSize = 8
)

// Field offsets within an entry record and a word record. Both open with
// their text (headword or key) and its root, as (offset, u16 length) pairs
// into the pool, so one set of offsets reads either.
const (
	fText, fTextLen, fRootLen, fRoot = 0, 4, 6, 8

	eNote, eNoteLen, eGlossesLen, eGlosses = 12, 16, 18, 20
	ePOS, eFlags                           = 24, 25
	sFile, sLine                           = 0, 2

	wFirstID, wIDs, wPhrases, wFirstPhrase = 12, 16, 18, 20
	wProductivity, wUppers, wFirstUpper    = 24, 26, 28
)

// glossSep separates an entry's glosses in the index; no gloss holds it.
const glossSep = "\x1f"

// A slot holds a word index + 1 in its low bits and a fingerprint, the
// hash's top bits, in the rest.
const (
	slotIndexBits = 20
	slotIndexMask = 1<<slotIndexBits - 1
	maxWords      = 1<<(slotIndexBits-1) - 1 // so the slots, fewer than twice as many, fit the index bits
)

func fingerprint(h uint32) uint32 { return h >> slotIndexBits }

// Entry flags.
const (
	FlagEnglish = 1 << iota
	FlagCaseSensitive
	FlagPhrase
)

// Hash is FNV-1a, the hash of the word table.
func Hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// Index reads a compiled glossary. Its methods take indexes the Index
// itself handed out and do no checks of their own beyond Go's bounds
// checks: Verify validates the layout once.
type Index struct {
	s string
	n struct {
		entries, words, ids, slots, phrases, uppers, files, pool int
	}
	off struct {
		entries, sources, words, ids, slots, phrases, uppers, files, pool int
	}
}

// Open checks the layout of s and reads it in place.
func Open(s string) (*Index, error) {
	if len(s) < headerSize || s[:len(magic)] != magic {
		return nil, errors.New("glossary index: not a compiled glossary (run go generate ./glossary)")
	}
	x := &Index{s: s}
	counts := []*int{&x.n.entries, &x.n.words, &x.n.ids, &x.n.slots, &x.n.phrases, &x.n.uppers, &x.n.files, &x.n.pool}
	for i, c := range counts {
		*c = int(u32(s, len(magic)+4*i))
	}
	if x.n.slots == 0 || x.n.slots&(x.n.slots-1) != 0 || x.n.slots < x.n.words {
		return nil, fmt.Errorf("glossary index: %d hash slots for %d words", x.n.slots, x.n.words)
	}
	off := headerSize
	for _, sec := range []struct {
		at      *int
		n, size int
	}{
		{&x.off.entries, x.n.entries, entrySize},
		{&x.off.sources, x.n.entries, sourceSize},
		{&x.off.words, x.n.words, wordSize},
		{&x.off.ids, x.n.ids, idSize},
		{&x.off.slots, x.n.slots, slotSize},
		{&x.off.phrases, x.n.phrases, phraseSize},
		{&x.off.uppers, x.n.uppers, refSize},
		{&x.off.files, x.n.files, refSize},
		{&x.off.pool, x.n.pool, 1},
	} {
		*sec.at = off
		off += sec.n * sec.size
	}
	if off != len(s) {
		return nil, fmt.Errorf("glossary index: %d bytes, the header describes %d", len(s), off)
	}
	return x, nil
}

// Verify checks every reference of the index, so no accessor can go out of
// range. Open checks only the header, to read nothing more at start-up:
// the embedded index is built by Build and verified by a test, and Build's
// output is verified where it is opened.
func (x *Index) Verify() error {
	if err := x.verify(); err != nil {
		return fmt.Errorf("glossary index: %w", err)
	}
	return nil
}

func (x *Index) verify() error {
	short := func(p, off, n int) bool { return int(u32(x.s, p+off))+int(u16(x.s, p+n)) <= x.n.pool }
	within := func(p, first, n, limit int) bool { f, c := x.span(p, first, n); return f+c <= limit }
	for id := range x.n.entries {
		p := x.entry(int32(id))
		if !short(p, fText, fTextLen) || !short(p, fRoot, fRootLen) || !short(p, eNote, eNoteLen) ||
			!short(p, eGlosses, eGlossesLen) || int(u16(x.s, x.source(int32(id))+sFile)) >= max(x.n.files, 1) {
			return fmt.Errorf("entry %d points outside the index", id)
		}
	}
	for _, sec := range []struct{ off, n int }{{x.off.uppers, x.n.uppers}, {x.off.files, x.n.files}} {
		for i := range sec.n {
			if p := sec.off + i*refSize; int(u32(x.s, p))+int(u32(x.s, p+4)) > x.n.pool {
				return fmt.Errorf("string %d points outside the index", i)
			}
		}
	}
	for w := range x.n.words {
		p := x.word(w)
		if !short(p, fText, fTextLen) || !short(p, fRoot, fRootLen) || !within(p, wFirstID, wIDs, x.n.ids) ||
			!within(p, wFirstPhrase, wPhrases, x.n.phrases) || !within(p, wFirstUpper, wUppers, x.n.uppers) {
			return fmt.Errorf("word %d points outside the index", w)
		}
	}
	for i := range x.n.ids {
		if int(u32(x.s, x.off.ids+i*idSize)) >= x.n.entries {
			return fmt.Errorf("id %d is no entry", i)
		}
	}
	for i := range x.n.slots {
		v := u32(x.s, x.off.slots+i*slotSize)
		if v == 0 {
			continue
		}
		if w := int(v & slotIndexMask); w == 0 || w > x.n.words || v>>slotIndexBits != fingerprint(Hash(x.Key(w-1))) {
			return fmt.Errorf("slot %d is no word", i)
		}
	}
	for i := range x.n.phrases {
		if int(u32(x.s, x.off.phrases+i*phraseSize)) >= x.n.entries {
			return fmt.Errorf("phrase %d is no entry", i)
		}
	}
	// A phrase is its word, a space and more words: the analyzer matches
	// what follows the word.
	for w := range x.n.words {
		first, n := x.Phrases(w)
		for k := first; k < first+n; k++ {
			id, words, _ := x.Phrase(k)
			h := x.Headword(id)
			if !strings.HasPrefix(h, x.Key(w)+" ") || strings.Count(h, " ")+1 != words || strings.Contains(h, "  ") || strings.HasSuffix(h, " ") {
				return fmt.Errorf("phrase %d does not start with its word %q", k, x.Key(w))
			}
		}
	}
	return nil
}

func u32(s string, i int) uint32 {
	_ = s[i+3]
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

func u16(s string, i int) uint16 {
	_ = s[i+1]
	return uint16(s[i]) | uint16(s[i+1])<<8
}

func (x *Index) str(off uint32, n int) string {
	p := x.off.pool + int(off)
	return x.s[p : p+n]
}

// short reads the string whose offset is at p+off and u16 length at p+n.
func (x *Index) short(p, off, n int) string { return x.str(u32(x.s, p+off), int(u16(x.s, p+n))) }

// ref reads an (offset, length) pair of u32 at p.
func (x *Index) ref(p int) string { return x.str(u32(x.s, p), int(u32(x.s, p+4))) }

// span reads a (first u32, count u16) pair.
func (x *Index) span(p, first, n int) (int, int) { return int(u32(x.s, p+first)), int(u16(x.s, p+n)) }

// Entries is the number of entries.
func (x *Index) Entries() int { return x.n.entries }

// Word finds the word record of w.
func (x *Index) Word(w string) (int, bool) {
	mask := uint32(x.n.slots - 1)
	hash := Hash(w)
	fp, h := fingerprint(hash), hash&mask
	for range x.n.slots {
		v := u32(x.s, x.off.slots+int(h)*slotSize)
		if v == 0 {
			return 0, false
		}
		if v>>slotIndexBits == fp && x.Key(int(v&slotIndexMask)-1) == w {
			return int(v&slotIndexMask) - 1, true
		}
		h = (h + 1) & mask
	}
	return 0, false
}

func (x *Index) word(w int) int { return x.off.words + w*wordSize }

// Key is the word itself.
func (x *Index) Key(w int) string { return x.short(x.word(w), fText, fTextLen) }

// Root is the root the morphology may stop at for the word, "" when the
// word is no Indonesian word.
func (x *Index) Root(w int) string { return x.short(x.word(w), fRoot, fRootLen) }

// Productivity counts the entries derived from the word as a root.
func (x *Index) Productivity(w int) int { return int(u16(x.s, x.word(w)+wProductivity)) }

// IDs is the span of ID positions holding the word's entries, in data order.
func (x *Index) IDs(w int) (first, n int) { return x.span(x.word(w), wFirstID, wIDs) }

// ID is the entry id at position i of the id table.
func (x *Index) ID(i int) int32 { return int32(u32(x.s, x.off.ids+i*idSize)) }

// Phrases is the span of phrases that start with the word, longest first.
func (x *Index) Phrases(w int) (first, n int) { return x.span(x.word(w), wFirstPhrase, wPhrases) }

// Phrase is the entry of phrase i, its number of words and whether it
// matches whatever the capitals.
func (x *Index) Phrase(i int) (entry int32, words int, fold bool) {
	p := x.off.phrases + i*phraseSize
	return int32(u32(x.s, p)), int(x.s[p+4]), x.s[p+5] != 0
}

// MayFollow reports whether phrase i may go on with next as its second
// word: it compares their first two bytes, in ASCII lowercase. A phrase
// whose second word has no two ASCII letters to compare ("vitamin C")
// stored zeros, and may follow any word.
func (x *Index) MayFollow(i int, next string) bool {
	p := x.off.phrases + i*phraseSize
	if x.s[p+6] == 0 {
		return true
	}
	return len(next) >= 2 && x.s[p+6] == lowerASCII(next[0]) && x.s[p+7] == lowerASCII(next[1])
}

// prefix2 is what MayFollow compares of a phrase's second word: its first
// two bytes in ASCII lowercase, or zeros when they are not two ASCII
// letters or digits.
func prefix2(word string) (byte, byte) {
	ok := func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' }
	if len(word) < 2 || !ok(word[0]) || !ok(word[1]) {
		return 0, 0
	}
	return lowerASCII(word[0]), lowerASCII(word[1])
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// Uppers is the span of the case-sensitive headwords whose lowercase form
// is the word.
func (x *Index) Uppers(w int) (first, n int) { return x.span(x.word(w), wFirstUpper, wUppers) }

// Upper is case-sensitive headword i.
func (x *Index) Upper(i int) string { return x.ref(x.off.uppers + i*refSize) }

func (x *Index) entry(id int32) int { return x.off.entries + int(id)*entrySize }

// Headword of entry id.
func (x *Index) Headword(id int32) string { return x.short(x.entry(id), fText, fTextLen) }

// EntryRoot is the root the entry names, "" for roots, phrases and names.
func (x *Index) EntryRoot(id int32) string { return x.short(x.entry(id), fRoot, fRootLen) }

// Note of entry id.
func (x *Index) Note(id int32) string { return x.short(x.entry(id), eNote, eNoteLen) }

// Glosses returns the glosses of entry id, in a new slice of strings of
// the index.
func (x *Index) Glosses(id int32) []string {
	joined := x.short(x.entry(id), eGlosses, eGlossesLen)
	if joined == "" {
		return nil
	}
	return strings.Split(joined, glossSep)
}

// POS of entry id.
func (x *Index) POS(id int32) lexicon.POS { return lexicon.POS(x.s[x.entry(id)+ePOS]) }

// Flags of entry id (FlagEnglish, FlagCaseSensitive, FlagPhrase).
func (x *Index) Flags(id int32) uint8 { return x.s[x.entry(id)+eFlags] }

func (x *Index) source(id int32) int { return x.off.sources + int(id)*sourceSize }

// Source is the data file and line entry id was read from.
func (x *Index) Source(id int32) (file string, line int) {
	p := x.source(id)
	if x.n.files == 0 {
		return "", int(u32(x.s, p+sLine))
	}
	return x.ref(x.off.files + int(u16(x.s, p+sFile))*refSize), int(u32(x.s, p+sLine))
}

// Entry decodes entry id whole.
func (x *Index) Entry(id int32) lexicon.Entry {
	e := lexicon.Entry{Headword: x.Headword(id), POS: x.POS(id), Root: x.EntryRoot(id), Note: x.Note(id),
		English: x.Flags(id)&FlagEnglish != 0, Glosses: x.Glosses(id)}
	e.File, e.Line = x.Source(id)
	return e
}

// Build lays entries out. It fails on data no checker would pass (an entry
// without a headword) and on data too big for the layout's fields.
func Build(entries []lexicon.Entry) ([]byte, error) {
	b := builder{pool: map[string]uint32{}, words: map[string]int{}, files: map[string]int{}}
	for i, e := range entries {
		if e.Headword == "" {
			return nil, fmt.Errorf("glossary: %s:%d: empty headword", e.File, e.Line)
		}
		if err := b.add(int32(i), e); err != nil {
			return nil, fmt.Errorf("glossary: %s:%d: %w", e.File, e.Line, err)
		}
	}
	return b.layout(entries)
}

type builder struct {
	pool     map[string]uint32
	poolData []byte
	words    map[string]int
	list     []*wordRec
	files    map[string]int
	fileList []string
}

type wordRec struct {
	key, root    string
	ids          []int32
	phrases      []phraseRec
	productivity int
	uppers       []string
}

type phraseRec struct {
	entry int32
	words int
	fold  bool
}

func (b *builder) word(w string) *wordRec {
	i, ok := b.words[w]
	if !ok {
		i = len(b.list)
		b.words[w] = i
		b.list = append(b.list, &wordRec{key: w})
	}
	return b.list[i]
}

// add indexes entry id: a single word under itself, a phrase under its
// first word (lowercase for lowercase entries, as written otherwise), a
// case-sensitive headword also under its lowercase form. The word of an
// Indonesian entry gets a root (its own root, or itself), and the root it
// names counts one more derived word.
func (b *builder) add(id int32, e lexicon.Entry) error {
	fold := !e.CaseSensitive()
	if !fold {
		w := b.word(strings.ToLower(e.Headword))
		if !slices.Contains(w.uppers, e.Headword) {
			w.uppers = append(w.uppers, e.Headword)
		}
	}
	if e.IsPhrase() {
		words := strings.Fields(e.Headword)
		if strings.Join(words, " ") != e.Headword {
			return fmt.Errorf("phrase %q: words are separated by one space", e.Headword)
		}
		if len(words) > math.MaxUint8 {
			return fmt.Errorf("phrase of %d words", len(words))
		}
		w := b.word(words[0])
		w.phrases = append(w.phrases, phraseRec{entry: id, words: len(words), fold: fold})
		return nil
	}
	w := b.word(e.Headword)
	w.ids = append(w.ids, id)
	if !fold || e.English || e.POS.IsName() {
		return nil
	}
	if w.root == "" || e.Root != "" {
		w.root = cmpOr(e.Root, e.Headword)
	}
	if e.Root != "" {
		r := b.word(e.Root)
		if r.root == "" {
			r.root = e.Root
		}
		r.productivity++
	}
	return nil
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// str puts s in the pool once and returns its offset (layout checks the
// pool fits the offsets).
func (b *builder) str(s string) uint32 {
	if off, ok := b.pool[s]; ok {
		return off
	}
	off := uint32(len(b.poolData))
	b.poolData = append(b.poolData, s...)
	b.pool[s] = off
	return off
}

func (b *builder) file(name string) int {
	i, ok := b.files[name]
	if !ok {
		i = len(b.fileList)
		b.files[name] = i
		b.fileList = append(b.fileList, name)
	}
	return i
}

func (b *builder) layout(entries []lexicon.Entry) ([]byte, error) {
	var (
		entryData, sourceData, wordData, idData, phraseData, upperData, fileData []byte
		nIDs, nPhrases, nUppers                                                  int
		err                                                                      error
	)
	if len(b.list) > maxWords {
		return nil, fmt.Errorf("glossary: %d words, more than the index's %d", len(b.list), maxWords)
	}
	le := binary.LittleEndian
	ref := func(dst []byte, s string) []byte {
		return le.AppendUint32(le.AppendUint32(dst, b.str(s)), uint32(len(s)))
	}
	short := func(s, what string) uint16 {
		if len(s) > math.MaxUint16 {
			err = fmt.Errorf("%s of %d bytes", what, len(s))
		}
		return uint16(len(s))
	}
	for _, e := range entries {
		var flags uint8
		if e.English {
			flags |= FlagEnglish
		}
		if e.CaseSensitive() {
			flags |= FlagCaseSensitive
		}
		if e.IsPhrase() {
			flags |= FlagPhrase
		}
		for _, g := range e.Glosses {
			if g == "" || strings.Contains(g, glossSep) {
				return nil, fmt.Errorf("glossary: %s:%d: gloss %q is empty or holds the index's separator", e.File, e.Line, g)
			}
		}
		glosses := strings.Join(e.Glosses, glossSep)
		head, root, note, gl := b.str(e.Headword), b.str(e.Root), b.str(e.Note), b.str(glosses)
		if e.Line > math.MaxUint32 || len(b.fileList) > math.MaxUint16 {
			return nil, fmt.Errorf("glossary: %s:%d: entry too large for the index", e.File, e.Line)
		}
		entryData = le.AppendUint32(entryData, head)
		entryData = le.AppendUint16(entryData, short(e.Headword, "headword"))
		entryData = le.AppendUint16(entryData, short(e.Root, "root"))
		entryData = le.AppendUint32(entryData, root)
		entryData = le.AppendUint32(entryData, note)
		entryData = le.AppendUint16(entryData, short(e.Note, "note"))
		entryData = le.AppendUint16(entryData, short(glosses, "glosses"))
		entryData = le.AppendUint32(entryData, gl)
		entryData = append(entryData, uint8(e.POS), flags)
		sourceData = le.AppendUint16(sourceData, uint16(b.file(e.File)))
		sourceData = le.AppendUint32(sourceData, uint32(e.Line))
	}
	// A load of at most 0.8: the fingerprints keep probing cheap.
	nSlots := 1
	for 4*nSlots < 5*len(b.list) {
		nSlots *= 2
	}
	slots := make([]uint32, nSlots)
	for i, w := range b.list {
		key, root := b.str(w.key), b.str(w.root)
		if len(w.ids) > math.MaxUint16 || len(w.phrases) > math.MaxUint16 || len(w.uppers) > math.MaxUint16 || w.productivity > math.MaxUint16 {
			return nil, fmt.Errorf("glossary: word %q has too many entries for the index", w.key)
		}
		wordData = le.AppendUint32(wordData, key)
		wordData = le.AppendUint16(wordData, short(w.key, "word"))
		wordData = le.AppendUint16(wordData, short(w.root, "root"))
		wordData = le.AppendUint32(wordData, root)
		wordData = le.AppendUint32(wordData, uint32(nIDs))
		wordData = le.AppendUint16(wordData, uint16(len(w.ids)))
		wordData = le.AppendUint16(wordData, uint16(len(w.phrases)))
		wordData = le.AppendUint32(wordData, uint32(nPhrases))
		wordData = le.AppendUint16(wordData, uint16(w.productivity))
		wordData = le.AppendUint16(wordData, uint16(len(w.uppers)))
		wordData = le.AppendUint32(wordData, uint32(nUppers))
		for _, id := range w.ids {
			idData = le.AppendUint32(idData, uint32(id))
		}
		nIDs += len(w.ids)
		// Longer phrases first, so matching is longest-first; data order
		// among equals.
		slices.SortStableFunc(w.phrases, func(a, b phraseRec) int { return b.words - a.words })
		for _, p := range w.phrases {
			c0, c1 := prefix2(strings.Fields(entries[p.entry].Headword)[1])
			phraseData = le.AppendUint32(phraseData, uint32(p.entry))
			phraseData = append(phraseData, uint8(p.words), boolByte(p.fold), c0, c1)
		}
		nPhrases += len(w.phrases)
		for _, u := range w.uppers {
			upperData = ref(upperData, u)
		}
		nUppers += len(w.uppers)
		mask := uint32(nSlots - 1)
		hash := Hash(w.key)
		h := hash & mask
		for slots[h] != 0 {
			h = (h + 1) & mask
		}
		slots[h] = fingerprint(hash)<<slotIndexBits | uint32(i+1)
	}
	for _, f := range b.fileList {
		fileData = ref(fileData, f)
	}
	if err == nil && len(b.poolData) > math.MaxUint32 {
		err = errors.New("string pool over 4 GB")
	}
	if err != nil {
		return nil, fmt.Errorf("glossary: %w", err)
	}
	out := []byte(magic)
	for _, n := range []int{len(entries), len(b.list), nIDs, nSlots, nPhrases, nUppers, len(b.fileList), len(b.poolData)} {
		out = le.AppendUint32(out, uint32(n))
	}
	out = append(out, entryData...)
	out = append(out, sourceData...)
	out = append(out, wordData...)
	out = append(out, idData...)
	for _, s := range slots {
		out = le.AppendUint32(out, s)
	}
	out = append(out, phraseData...)
	out = append(out, upperData...)
	out = append(out, fileData...)
	out = append(out, b.poolData...)
	return out, nil
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}
