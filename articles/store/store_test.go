package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kabar-reader/kabar/articles"
)

func testStore(t testing.TB) *Store {
	t.Helper()
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestAddListGetSearchDelete(t *testing.T) {
	s := testStore(t)
	a := articles.Article{Title: "AS memperingatkan Korea Utara", Source: "KONTAN", URL: "https://x/1",
		Published: time.Date(2023, 9, 12, 0, 0, 0, 0, time.UTC), Body: "AS memperingatkan bahwa kedua negara dapat mencapai kesepakatan.",
		Byline: []articles.Person{{Name: "A", Role: "Reporter"}}, Language: "id"}
	id, added, err := s.Add(a, Index{Roots: "ingat dua negara capai sepakat"}, 0)
	if err != nil || !added {
		t.Fatal(err, added)
	}
	if _, again, _ := s.Add(a, Index{}, 0); again {
		t.Error("the same article was added twice")
	}
	list, err := s.List()
	if err != nil || len(list) != 1 || list[0].ID != id || list[0].Title != a.Title || list[0].Words != 8 {
		t.Fatalf("List = %+v, %v", list, err)
	}
	got, err := s.Get(id)
	if err != nil || got.Body != a.Body || !got.Published.Equal(a.Published) || len(got.Byline) != 1 {
		t.Fatalf("Get = %+v, %v", got, err)
	}
	// "ingat" finds memperingatkan through its root.
	hits, err := s.Search([][]string{{"ingat"}}, 10)
	if err != nil || len(hits) != 1 || !strings.Contains(hits[0].Snippet, "memperingatkan") && !strings.Contains(hits[0].Snippet, "[") {
		t.Fatalf("Search(ingat) = %+v, %v", hits, err)
	}
	if hits, _ := s.Search([][]string{{"ingat"}, {"senjata"}}, 10); len(hits) != 0 {
		t.Errorf("every word must match: %+v", hits)
	}
	if err := s.Delete(id); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(id); err != ErrNotFound {
		t.Errorf("after delete: %v", err)
	}
	if hits, _ := s.Search([][]string{{"ingat"}}, 10); len(hits) != 0 {
		t.Error("deleted article still found")
	}
	if err := s.IntegrityCheck(); err != nil {
		t.Error(err)
	}
}

// TestMigratesOlderSchema: a library at version 0 with a stray table is
// migrated, and a newer one is refused, not discarded.
func TestMigratesOlderSchema(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(`PRAGMA user_version = 99`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(dir); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("newer schema: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, FileName)); err != nil {
		t.Error("database was removed")
	}
}

func TestTwoProcessesAtOnce(t *testing.T) {
	dir := t.TempDir()
	a, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	done := make(chan error, 2)
	for w, st := range []*Store{a, b} {
		go func() {
			for i := range 50 {
				art := articles.Article{Title: "t", Body: strings.Repeat("kata ", i+1) + string(rune('a'+w)), URL: ""}
				if _, _, err := st.Add(art, Index{}, 0); err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for range 2 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := a.Count(); n != 100 {
		t.Errorf("%d articles, want 100", n)
	}
}
