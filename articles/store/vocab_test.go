package store

import (
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/glossary/srs"
)

func TestStatusesAndCounts(t *testing.T) {
	s := testStore(t)
	a := articles.Article{Title: "t", Body: "AS memperingatkan Korea Utara soal senjata."}
	id, _, err := s.Add(a, Index{Headwords: []string{"memperingatkan", "senjata", "soal"}}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Mark(Word{Headword: "senjata", Status: Known}); err != nil {
		t.Fatal(err)
	}
	// An article added after the mark counts it too.
	b := articles.Article{Title: "u", Body: "Senjata lagi."}
	id2, _, _ := s.Add(b, Index{Headwords: []string{"senjata", "lagi"}}, 0)
	counts := func() map[string][2]int {
		l, _ := s.List()
		out := map[string][2]int{}
		for _, e := range l {
			out[e.ID] = [2]int{e.Distinct, e.Known}
		}
		return out
	}
	if c := counts(); c[id] != [2]int{3, 1} || c[id2] != [2]int{2, 1} {
		t.Fatalf("counts %v", c)
	}
	// Learning is not known; back to known; ignored counts as known.
	for _, step := range []struct {
		st   Status
		want int
	}{{Learning1 + 2, 0}, {Known, 1}, {Ignored, 1}, {New, 0}} {
		if err := s.Mark(Word{Headword: "senjata", Status: step.st}); err != nil {
			t.Fatal(err)
		}
		if c := counts(); c[id][1] != step.want || c[id2][1] != step.want {
			t.Fatalf("after %s: %v", step.st, c)
		}
	}
	st, _ := s.Statuses()
	if _, listed := st["senjata"]; listed {
		t.Error("a word back to new is still listed")
	}
}

func TestReviewSchedule(t *testing.T) {
	s := testStore(t)
	if err := s.Mark(Word{Headword: "ingat", Status: 2, Example: "Saya ingat.", Form: "ingat"}); err != nil {
		t.Fatal(err)
	}
	due, err := s.Due(time.Now().Add(time.Second), 10)
	if err != nil || len(due) != 1 {
		t.Fatalf("due %v %v", due, err)
	}
	card := srs.New(time.Now()).Review(srs.Good, time.Now())
	if err := s.Reviewed("ingat", srs.Good, card); err != nil {
		t.Fatal(err)
	}
	if due, _ := s.Due(time.Now(), 10); len(due) != 0 {
		t.Error("reviewed card still due")
	}
	if due, _ := s.Due(time.Now().Add(49*time.Hour), 10); len(due) != 1 || due[0].Status != 3 || due[0].Card.Reps != 1 {
		t.Errorf("after a day: %+v", due)
	}
	days, _ := s.History(7, time.Now())
	if days[6].Reviewed != 1 {
		t.Errorf("history %+v", days)
	}
}

// TestMigratesVersion1: a library from before learning existed keeps its
// articles and gains the new tables.
func TestMigratesVersion1(t *testing.T) {
	dir := t.TempDir()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(migrations[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`PRAGMA user_version = 1; INSERT INTO articles (id, title, body, added) VALUES ('old', 'Lama', 'teks lama', '2024-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if a, err := s.Get("old"); err != nil || a.Title != "Lama" {
		t.Fatalf("old article: %+v %v", a, err)
	}
	if err := s.Mark(Word{Headword: "lama", Status: Known}); err != nil {
		t.Fatal(err)
	}
	var v int
	s.db.QueryRow(`PRAGMA user_version`).Scan(&v)
	if v != SchemaVersion() {
		t.Errorf("version %d", v)
	}
}

// TestHelperMarker is not a test: run as a child process, it marks words.
func TestHelperMarker(t *testing.T) {
	dir := os.Getenv("KABAR_MARKER_DIR")
	if dir == "" {
		t.Skip("a helper for the tests below")
	}
	s, err := Open(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	prefix := os.Getenv("KABAR_MARKER_PREFIX")
	n, _ := strconv.Atoi(os.Getenv("KABAR_MARKER_N"))
	for i := 0; n == 0 || i < n; i++ {
		if err := s.Mark(Word{Headword: fmt.Sprintf("%s%d", prefix, i), Status: Status(1 + i%7)}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(4)
		}
	}
	s.Close()
	os.Exit(0)
}

func marker(t *testing.T, dir, prefix string, n int) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperMarker$")
	cmd.Env = append(os.Environ(), "KABAR_MARKER_DIR="+dir, "KABAR_MARKER_PREFIX="+prefix, "KABAR_MARKER_N="+strconv.Itoa(n))
	cmd.Stderr = os.Stderr
	return cmd
}

// TestTwoProcessesMarking: two processes marking 500 words each at the
// same time lose none of the 1,000 changes.
func TestTwoProcessesMarking(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	dir := t.TempDir()
	s, err := Open(dir) // create the schema first
	if err != nil {
		t.Fatal(err)
	}
	a, b := marker(t, dir, "a", 500), marker(t, dir, "b", 500)
	if err := a.Start(); err != nil {
		t.Fatal(err)
	}
	if err := b.Start(); err != nil {
		t.Fatal(err)
	}
	if err := a.Wait(); err != nil {
		t.Fatal("first process:", err)
	}
	if err := b.Wait(); err != nil {
		t.Fatal("second process:", err)
	}
	var n int
	s.db.QueryRow(`SELECT count(*) FROM vocab`).Scan(&n)
	if n != 1000 {
		t.Errorf("%d words, want 1000", n)
	}
	s.Close()
}

// TestKilledWhileMarking: SIGKILL at random moments leaves a store that
// opens and passes the integrity check.
func TestKilledWhileMarking(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	dir := t.TempDir()
	if s, err := Open(dir); err == nil {
		s.Close()
	}
	r := rand.New(rand.NewPCG(7, 7))
	for round := range 5 {
		cmd := marker(t, dir, fmt.Sprintf("k%d-", round), 0)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(100+r.IntN(400)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		s, err := Open(dir)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		if err := s.IntegrityCheck(); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		var n int
		s.db.QueryRow(`SELECT count(*) FROM vocab`).Scan(&n)
		if n == 0 {
			t.Fatalf("round %d: the process was killed before it marked anything", round)
		}
		s.Close()
	}
}
