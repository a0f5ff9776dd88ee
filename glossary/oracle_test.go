package glossary

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"
)

// hunspellStems asks Debian's hunspell-id (an independent root list with
// its own affix rules) for the stems of words. It skips the test when
// hunspell or the Indonesian dictionary is not installed.
func hunspellStems(t *testing.T, words []string) map[string][]string {
	t.Helper()
	const dict = "/usr/share/hunspell/id_ID"
	if _, err := os.Stat(dict + ".dic"); err != nil {
		t.Skip("hunspell-id not installed (apt-get install hunspell hunspell-id)")
	}
	bin, err := exec.LookPath("hunspell")
	if err != nil {
		t.Skip("hunspell not installed (apt-get install hunspell)")
	}
	cmd := exec.Command(bin, "-s", "-i", "utf-8", "-d", dict)
	cmd.Stdin = strings.NewReader(strings.Join(words, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("hunspell: %v", err)
	}
	stems := make(map[string][]string)
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 2 {
			stems[f[0]] = append(stems[f[0]], f[1])
		}
	}
	return stems
}

// TestRootsAgainstHunspell compares the analyzer's roots with hunspell's on
// every derived headword of the glossary: a disagreement is either a bad
// root in our data, a gap in our morphology, or a hunspell quirk
// (perhatian→perhati), so the bar is set below 100% and the list is logged.
func TestRootsAgainstHunspell(t *testing.T) {
	g := testGlossary(t)
	a := NewAnalyzer(g)
	seen := map[string]bool{}
	var forms []string
	for id := range int32(g.Len()) {
		e := g.entry(id)
		w := e.Headword
		if e.Root == "" || e.IsPhrase() || e.CaseSensitive() || seen[w] {
			continue
		}
		seen[w] = true
		forms = append(forms, w)
	}
	sort.Strings(forms)
	stems := hunspellStems(t, forms)
	agree, compared := 0, 0
	var diffs []string
	for _, w := range forms {
		hs := stems[w]
		if len(hs) == 0 {
			continue // hunspell does not know the word
		}
		compared++
		ours := a.Lookup(w).Root
		ok := false
		for _, h := range hs {
			ok = ok || h == ours || a.Lookup(h).Root == ours
		}
		if ok {
			agree++
		} else {
			diffs = append(diffs, w+": ours "+ours+", hunspell "+strings.Join(hs, "/"))
		}
	}
	if compared < 1000 {
		t.Fatalf("only %d forms compared; hunspell answered too little", compared)
	}
	rate := float64(agree) / float64(compared)
	t.Logf("roots agree with hunspell on %d of %d derived headwords (%.1f%%)", agree, compared, 100*rate)
	if testing.Verbose() {
		for _, d := range diffs {
			t.Log(d)
		}
	}
	if rate < 0.90 {
		t.Errorf("agreement %.1f%% is below 90%%", 100*rate)
	}
}
