package store

import (
	"database/sql"
	"errors"
	"time"
)

// Feed is an RSS, Atom or JSON feed the user follows.
type Feed struct {
	ID        int64     `json:"id"`
	URL       string    `json:"url"`
	Title     string    `json:"title"`
	Fetched   time.Time `json:"-"`
	LastError string    `json:"last_error,omitempty"`
}

// AddFeed follows a feed; following it twice changes nothing.
func (s *Store) AddFeed(url, title string) (Feed, error) {
	_, err := s.db.Exec(`INSERT INTO feeds (url, title, added) VALUES (?, ?, ?) ON CONFLICT (url) DO UPDATE SET title = excluded.title`,
		url, title, time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return Feed{}, err
	}
	var f Feed
	err = s.db.QueryRow(`SELECT id, url, title FROM feeds WHERE url = ?`, url).Scan(&f.ID, &f.URL, &f.Title)
	return f, err
}

// Feeds lists the feeds followed.
func (s *Store) Feeds() ([]Feed, error) {
	rows, err := s.db.Query(`SELECT id, url, title, fetched, last_error FROM feeds ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Feed
	for rows.Next() {
		var f Feed
		var fetched string
		if err := rows.Scan(&f.ID, &f.URL, &f.Title, &fetched, &f.LastError); err != nil {
			return nil, err
		}
		f.Fetched, _ = time.Parse(time.RFC3339, fetched)
		out = append(out, f)
	}
	return out, rows.Err()
}

// FeedFetched records the outcome of fetching a feed.
func (s *Store) FeedFetched(id int64, title string, fetchErr error) error {
	msg := ""
	if fetchErr != nil {
		msg = fetchErr.Error()
	}
	_, err := s.db.Exec(`UPDATE feeds SET fetched = ?, last_error = ?, title = CASE WHEN ? <> '' THEN ? ELSE title END WHERE id = ?`,
		time.Now().UTC().Format(time.RFC3339), msg, title, title, id)
	return err
}

// HasURL reports whether an article with this URL is in the library.
func (s *Store) HasURL(url string) (bool, error) {
	var one int
	err := s.db.QueryRow(`SELECT 1 FROM articles WHERE url = ?`, url).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}
