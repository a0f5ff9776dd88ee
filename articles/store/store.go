// Package store keeps kabar's library in SQLite (modernc.org/sqlite, pure
// Go): articles, feeds, and a full-text index over titles, bodies and the
// roots of their words, so that searching "ingat" finds "memperingatkan".
//
// The schema is versioned (PRAGMA user_version) and migrated forward, never
// discarded; the database runs in WAL mode with a busy timeout so two kabar
// processes can use it at once; every write is one transaction.
package store

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"github.com/kabar-reader/kabar/articles"
)

// FileName is the database's name inside the data directory.
const FileName = "kabar.db"

// Store is an open library.
type Store struct {
	db   *sql.DB
	path string
}

// migrations take the schema from version i to i+1. Append, never edit.
var migrations = []string{
	`CREATE TABLE articles (
		id        TEXT PRIMARY KEY,
		title     TEXT NOT NULL,
		source    TEXT NOT NULL DEFAULT '',
		url       TEXT NOT NULL DEFAULT '',
		published TEXT NOT NULL DEFAULT '',
		dateline  TEXT NOT NULL DEFAULT '',
		byline    TEXT NOT NULL DEFAULT '[]',
		related   TEXT NOT NULL DEFAULT '[]',
		body      TEXT NOT NULL,
		language  TEXT NOT NULL DEFAULT 'id',
		words     INTEGER NOT NULL DEFAULT 0,
		added     TEXT NOT NULL,
		feed_id   INTEGER
	);
	CREATE INDEX articles_order ON articles (published DESC, added DESC);
	CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url <> '';
	CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, roots, tokenize = 'unicode61 remove_diacritics 2');
	CREATE TABLE feeds (
		id         INTEGER PRIMARY KEY,
		url        TEXT NOT NULL UNIQUE,
		title      TEXT NOT NULL DEFAULT '',
		added      TEXT NOT NULL,
		fetched    TEXT NOT NULL DEFAULT '',
		last_error TEXT NOT NULL DEFAULT ''
	);`,
	// 2: learning. The status of each headword, the words of each article
	// (so an article's known-word count can follow a status change without
	// reading the article again), and logs for the statistics over time.
	`CREATE TABLE vocab (
		headword  TEXT PRIMARY KEY,
		status    INTEGER NOT NULL,
		gloss     TEXT NOT NULL DEFAULT '',
		note      TEXT NOT NULL DEFAULT '',
		form      TEXT NOT NULL DEFAULT '',
		example   TEXT NOT NULL DEFAULT '',
		article   TEXT NOT NULL DEFAULT '',
		source    TEXT NOT NULL DEFAULT '',
		root      TEXT NOT NULL DEFAULT '',
		analysis  TEXT NOT NULL DEFAULT '',
		glosses   TEXT NOT NULL DEFAULT '',
		changed   TEXT NOT NULL,
		due       TEXT NOT NULL DEFAULT '',
		interval  REAL NOT NULL DEFAULT 0,
		ease      REAL NOT NULL DEFAULT 2.5,
		reps      INTEGER NOT NULL DEFAULT 0,
		lapses    INTEGER NOT NULL DEFAULT 0
	);
	CREATE TABLE article_words (
		article  TEXT NOT NULL,
		headword TEXT NOT NULL,
		PRIMARY KEY (article, headword)
	) WITHOUT ROWID;
	CREATE INDEX article_words_headword ON article_words (headword);
	ALTER TABLE articles ADD COLUMN distinct_words INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE articles ADD COLUMN known_words INTEGER NOT NULL DEFAULT 0;
	CREATE TABLE status_log (id INTEGER PRIMARY KEY, headword TEXT NOT NULL, status INTEGER NOT NULL, at TEXT NOT NULL);
	CREATE TABLE review_log (id INTEGER PRIMARY KEY, headword TEXT NOT NULL, grade INTEGER NOT NULL, at TEXT NOT NULL);`,
}

// SchemaVersion is the version Open migrates to.
func SchemaVersion() int { return len(migrations) }

// Open opens (creating if needed) the library in dir and migrates it.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("data directory %s: %w", dir, err)
	}
	path := filepath.Join(dir, FileName)
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)" +
		"&_pragma=temp_store(MEMORY)&_pragma=foreign_keys(1)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Path is the database file.
func (s *Store) Path() string { return s.path }

func (s *Store) migrate() error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRow(`PRAGMA user_version`).Scan(&v); err != nil {
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("library schema version %d is newer than this kabar (%d): update kabar", v, len(migrations))
	}
	for ; v < len(migrations); v++ {
		if _, err := tx.Exec(migrations[v]); err != nil {
			return fmt.Errorf("migrating to version %d: %w", v+1, err)
		}
		if _, err := tx.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, v+1)); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// Entry is an article as the library lists it (no body).
type Entry struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Source    string    `json:"source"`
	URL       string    `json:"url"`
	Published time.Time `json:"-"`
	Words     int       `json:"words"`
	Added     time.Time `json:"-"`
	Distinct  int       `json:"distinct_words"` // distinct headwords
	Known     int       `json:"known_words"`    // of which known or ignored
}

// ID is an article's id: from its URL when it has one, else its text.
func ID(a articles.Article) string {
	key := a.URL
	if key == "" {
		key = a.Title + "\n" + a.Body
	}
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:6])
}

// ErrNotFound says no article has the id.
var ErrNotFound = errors.New("no such article in the library")

// Index is what the analysis of an article gives the store: the roots of
// its words, for search, and its distinct headwords, for learning counts.
type Index struct {
	Roots     string
	Headwords []string
}

// Add stores an article with its index, in one transaction. An article
// already there (same id or URL) is left as it is: added is false.
func (s *Store) Add(a articles.Article, ix Index, feedID int64) (id string, added bool, err error) {
	res, err := s.AddBatch([]Item{{Article: a, Index: ix, FeedID: feedID}})
	if err != nil {
		return "", false, err
	}
	return res[0].ID, res[0].Added, res[0].Err
}

// Item is one article to add with AddBatch.
type Item struct {
	Article articles.Article
	Index   Index
	FeedID  int64
}

// Added is the outcome of one Item.
type Added struct {
	ID    string
	Added bool  // false: it was there already
	Err   error // this article failed; the others are unaffected
}

// AddBatch stores many articles in one transaction, each inside its own
// savepoint: every article lands whole or not at all, a failing one does
// not stop the others, and the batch costs one commit.
func (s *Store) AddBatch(items []Item) ([]Added, error) {
	tx, err := s.db.Begin()
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	out := make([]Added, len(items))
	now := time.Now().UTC().Format(time.RFC3339Nano)
	for i, it := range items {
		out[i].ID = ID(it.Article)
		if _, err := tx.Exec(`SAVEPOINT article`); err != nil {
			return nil, err
		}
		added, err := addOne(tx, out[i].ID, it, now)
		if err != nil {
			if _, rerr := tx.Exec(`ROLLBACK TO article`); rerr != nil {
				return nil, rerr
			}
			out[i].Err = err
		}
		if _, err := tx.Exec(`RELEASE article`); err != nil {
			return nil, err
		}
		out[i].Added = added && err == nil
	}
	return out, tx.Commit()
}

func addOne(tx *sql.Tx, id string, it Item, now string) (bool, error) {
	a := it.Article
	byline, _ := json.Marshal(a.Byline)
	related, _ := json.Marshal(a.Related)
	published := ""
	if !a.Published.IsZero() {
		published = a.Published.UTC().Format(time.RFC3339)
	}
	var feed any
	if it.FeedID > 0 {
		feed = it.FeedID
	}
	res, err := tx.Exec(`INSERT OR IGNORE INTO articles
		(id, title, source, url, published, dateline, byline, related, body, language, words, added, feed_id)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, a.Title, a.Source, a.URL, published, a.Dateline, string(byline), string(related), a.Body, a.Language,
		a.Words(), now, feed)
	if err != nil {
		return false, err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return false, nil
	}
	rowid, err := res.LastInsertId()
	if err != nil {
		return false, err
	}
	if _, err := tx.Exec(`INSERT INTO articles_fts (rowid, title, body, roots) VALUES (?, ?, ?, ?)`, rowid, a.Title, a.Body, it.Index.Roots); err != nil {
		return false, err
	}
	return true, addWords(tx, id, it.Index.Headwords)
}

// List returns every article, newest first.
func (s *Store) List() ([]Entry, error) {
	rows, err := s.db.Query(`SELECT id, title, source, url, published, words, added, distinct_words, known_words
		FROM articles ORDER BY published DESC, added DESC`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Entry
	for rows.Next() {
		var e Entry
		var published, added string
		if err := rows.Scan(&e.ID, &e.Title, &e.Source, &e.URL, &published, &e.Words, &added, &e.Distinct, &e.Known); err != nil {
			return nil, err
		}
		e.Published, _ = time.Parse(time.RFC3339, published)
		e.Added, _ = time.Parse(time.RFC3339Nano, added)
		out = append(out, e)
	}
	return out, rows.Err()
}

// Get returns an article by id.
func (s *Store) Get(id string) (articles.Article, error) {
	var a articles.Article
	var published, byline, related string
	err := s.db.QueryRow(`SELECT id, title, source, url, published, dateline, byline, related, body, language
		FROM articles WHERE id = ?`, id).Scan(&a.ID, &a.Title, &a.Source, &a.URL, &published, &a.Dateline, &byline, &related, &a.Body, &a.Language)
	if errors.Is(err, sql.ErrNoRows) {
		return a, ErrNotFound
	}
	if err != nil {
		return a, err
	}
	a.Published, _ = time.Parse(time.RFC3339, published)
	_ = json.Unmarshal([]byte(byline), &a.Byline)
	_ = json.Unmarshal([]byte(related), &a.Related)
	return a, nil
}

// Delete removes an article and its index entry.
func (s *Store) Delete(id string) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var rowid int64
	if err := tx.QueryRow(`SELECT rowid FROM articles WHERE id = ?`, id).Scan(&rowid); errors.Is(err, sql.ErrNoRows) {
		return ErrNotFound
	} else if err != nil {
		return err
	}
	if _, err := tx.Exec(`DELETE FROM articles_fts WHERE rowid = ?`, rowid); err != nil {
		return err
	}
	if _, err := tx.Exec(`DELETE FROM articles WHERE rowid = ?`, rowid); err != nil {
		return err
	}
	if _, err := tx.Exec(`DELETE FROM article_words WHERE article = ?`, id); err != nil {
		return err
	}
	return tx.Commit()
}

// Hit is a search result.
type Hit struct {
	Entry
	Snippet string `json:"snippet"`
}

// Search finds articles whose title, text or word roots contain every
// query word; each word may match as written or as any of the alternatives
// given for it (its root). Best matches first.
func (s *Store) Search(words [][]string, limit int) ([]Hit, error) {
	var clauses []string
	for _, alts := range words {
		var or []string
		for _, w := range alts {
			w = strings.TrimSpace(w)
			if w == "" {
				continue
			}
			or = append(or, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
		}
		if len(or) > 0 {
			clauses = append(clauses, "("+strings.Join(or, " OR ")+")")
		}
	}
	if len(clauses) == 0 {
		return nil, nil
	}
	// Rank first, then make snippets for the few rows kept: a snippet
	// costs far more than a score.
	query := strings.Join(clauses, " AND ")
	rows, err := s.db.Query(`WITH top AS (
			SELECT rowid, bm25(articles_fts, 5.0, 1.0, 1.0) AS score FROM articles_fts
			WHERE articles_fts MATCH ?1 ORDER BY score LIMIT ?2)
		SELECT a.id, a.title, a.source, a.url, a.published, a.words, snippet(articles_fts, 1, '[', ']', '…', 12)
		FROM top JOIN articles_fts ON articles_fts.rowid = top.rowid JOIN articles a ON a.rowid = top.rowid
		WHERE articles_fts MATCH ?1 ORDER BY top.score`, query, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Hit
	for rows.Next() {
		var h Hit
		var published string
		if err := rows.Scan(&h.ID, &h.Title, &h.Source, &h.URL, &published, &h.Words, &h.Snippet); err != nil {
			return nil, err
		}
		h.Published, _ = time.Parse(time.RFC3339, published)
		h.Snippet = articles.Clean(strings.Join(strings.Fields(h.Snippet), " "))
		out = append(out, h)
	}
	return out, rows.Err()
}

// Count is the number of articles.
func (s *Store) Count() (int, error) {
	var n int
	err := s.db.QueryRow(`SELECT count(*) FROM articles`).Scan(&n)
	return n, err
}

// IntegrityCheck runs SQLite's integrity check.
func (s *Store) IntegrityCheck() error {
	var res string
	if err := s.db.QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil {
		return err
	}
	if res != "ok" {
		return fmt.Errorf("integrity check: %s", res)
	}
	return nil
}
