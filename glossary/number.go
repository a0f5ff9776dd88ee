package glossary

import (
	"strconv"
	"strings"
)

var months = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// numberTerm reads a number as an English reader would: Indonesian writes
// 2,65 for 2.65 and 5.000 for 5,000, and dates day first (12/9/2023).
func numberTerm(s string, start, end int) Term {
	return Term{Start: start, End: end, Text: s, Kind: KindNumber, POS: "num", Glosses: []string{readNumber(s)}}
}

func readNumber(s string) string {
	pct := strings.HasSuffix(s, "%")
	n := strings.TrimSuffix(s, "%")
	if parts := strings.Split(n, "/"); len(parts) == 3 {
		d, err1 := strconv.Atoi(parts[0])
		m, err2 := strconv.Atoi(parts[1])
		if err1 == nil && err2 == nil && d >= 1 && d <= 31 && m >= 1 && m <= 12 {
			return strconv.Itoa(d) + " " + months[m-1] + " " + parts[2] + " (date: day/month/year)"
		}
		return n
	}
	if len(n) == 5 && n[2] == '.' && !strings.Contains(n[3:], ".") {
		if h, _ := strconv.Atoi(n[:2]); h < 24 {
			return n[:2] + ":" + n[3:] + " (time of day, written " + n + ")"
		}
	}
	if !strings.ContainsAny(n, ".,") {
		return s
	}
	// Dots group thousands, the comma marks decimals.
	en := strings.NewReplacer(".", ",", ",", ".").Replace(n)
	if pct {
		en += "%"
	}
	return en + " (Indonesian writes " + s + ")"
}
