package articles

import (
	"strings"
	"unicode/utf8"
)

// Clean makes text safe to show in a terminal: escape sequences (CSI, OSC
// and the rest) and control characters are removed, line ends become "\n",
// tabs and no-break spaces become spaces, and invisible bidi overrides and
// zero-width characters are dropped. Invalid UTF-8 bytes are dropped too.
func Clean(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		// Printable ASCII, most of any text, is copied a run at a time.
		if j := printableRun(s, i); j > i {
			b.WriteString(s[i:j])
			if i = j; i == len(s) {
				break
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			i++
			continue
		case r == 0x1b:
			i += EscapeLen(s[i:])
			continue
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
				continue
			}
			b.WriteByte('\n')
		case r == '\n':
			b.WriteByte('\n')
		case r == '\t' || r == 0xa0 || r == 0x202f:
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
			// C0 and C1 controls: dropped (0x9b is a one-byte CSI).
		case (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200b || r == 0xfeff || r == 0x200e || r == 0x200f:
			// bidi overrides and zero-width marks: dropped.
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// printableRun returns the end of the run of printable ASCII at s[i:].
func printableRun(s string, i int) int {
	for i < len(s) && s[i] >= 0x20 && s[i] < 0x7f {
		i++
	}
	return i
}

// EscapeLen returns the length of the escape sequence at the start of s
// (which starts with ESC): CSI to its final byte, OSC, DCS and the like to
// BEL or ST, anything else two bytes.
func EscapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[': // CSI: parameters, intermediates, one final byte
		for j := 2; j < len(s); j++ {
			if s[j] >= 0x40 && s[j] <= 0x7e {
				return j + 1
			}
		}
		return len(s)
	case ']', 'P', 'X', '^', '_': // OSC, DCS, SOS, PM, APC: until BEL or ST
		for j := 2; j < len(s); j++ {
			if s[j] == 0x07 {
				return j + 1
			}
			if s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\' {
				return j + 2
			}
		}
		return len(s)
	}
	_, n := utf8.DecodeRuneInString(s[1:])
	return 1 + n
}
