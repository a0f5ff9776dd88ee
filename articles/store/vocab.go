package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/kabar-reader/kabar/glossary/srs"
)

// Status is what a word means to its learner.
type Status int8

// Statuses: new, learning 1–5, known, ignored.
const (
	New       Status = 0
	Learning1 Status = 1
	Learning5 Status = 5
	Known     Status = 6
	Ignored   Status = 7
)

func (s Status) String() string {
	switch {
	case s == New:
		return "new"
	case s >= Learning1 && s <= Learning5:
		return "learning " + strconv.Itoa(int(s))
	case s == Known:
		return "known"
	case s == Ignored:
		return "ignored"
	}
	return fmt.Sprintf("Status(%d)", s)
}

// Learning reports whether the word is being learned (1–5).
func (s Status) Learning() bool { return s >= Learning1 && s <= Learning5 }

// countsKnown: known and ignored words count as known in an article.
func (s Status) countsKnown() bool { return s == Known || s == Ignored }

// ParseStatus reads "new", "1"–"5", "learning" (1), "known", "ignored".
func ParseStatus(s string) (Status, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "new":
		return New, nil
	case "learning":
		return Learning1, nil
	case "known", "k":
		return Known, nil
	case "ignored", "ignore", "i":
		return Ignored, nil
	}
	if n, err := strconv.Atoi(strings.TrimPrefix(strings.ToLower(s), "learning")); err == nil && n >= 1 && n <= 5 {
		return Status(n), nil
	}
	return 0, fmt.Errorf("unknown status %q (want new, 1-5, known or ignored)", s)
}

// Word is one headword's learning record.
type Word struct {
	Headword  string    `json:"headword"`
	Status    Status    `json:"-"`
	Gloss     string    `json:"own_gloss,omitempty"` // the learner's own gloss
	Note      string    `json:"note,omitempty"`
	Form      string    `json:"form,omitempty"`    // the form met in the text
	Example   string    `json:"example,omitempty"` // the sentence it was met in
	ArticleID string    `json:"article,omitempty"`
	Source    string    `json:"source,omitempty"`
	Root      string    `json:"root,omitempty"`
	Analysis  string    `json:"analysis,omitempty"`
	Glosses   []string  `json:"glosses,omitempty"`
	Changed   time.Time `json:"-"`
	Card      srs.Card  `json:"-"`
}

func addWords(tx *sql.Tx, article string, headwords []string) error {
	if len(headwords) == 0 {
		return nil
	}
	// Many rows a statement: one statement a word made imports slow.
	const chunk = 200
	for start := 0; start < len(headwords); start += chunk {
		part := headwords[start:min(start+chunk, len(headwords))]
		args := make([]any, 0, 2*len(part))
		var q strings.Builder
		q.WriteString(`INSERT OR IGNORE INTO article_words (article, headword) VALUES `)
		for i, h := range part {
			if i > 0 {
				q.WriteByte(',')
			}
			q.WriteString("(?,?)")
			args = append(args, article, h)
		}
		if _, err := tx.Exec(q.String(), args...); err != nil {
			return err
		}
	}
	_, err := tx.Exec(`UPDATE articles SET
		distinct_words = (SELECT count(*) FROM article_words WHERE article = ?1),
		known_words = (SELECT count(*) FROM article_words w JOIN vocab v ON v.headword = w.headword
			WHERE w.article = ?1 AND v.status IN (6, 7))
		WHERE id = ?1`, article)
	return err
}

const timeFormat = time.RFC3339Nano

// Mark sets a word's status (and, when given, its example, own gloss and
// note), at once, in one transaction: articles' known-word counts follow.
// A word marked for learning for the first time is due for review now.
func (s *Store) Mark(w Word) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	old := New
	var due string
	err = tx.QueryRow(`SELECT status, due FROM vocab WHERE headword = ?`, w.Headword).Scan(&old, &due)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	now := time.Now().UTC()
	if due == "" && w.Status.Learning() {
		due = now.Format(timeFormat)
	}
	_, err = tx.Exec(`INSERT INTO vocab (headword, status, gloss, note, form, example, article, source, root, analysis, glosses, changed, due)
		VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
		ON CONFLICT (headword) DO UPDATE SET status = ?2,
			gloss = CASE WHEN ?3 <> '' THEN ?3 ELSE gloss END,
			note = CASE WHEN ?4 <> '' THEN ?4 ELSE note END,
			form = CASE WHEN form = '' THEN ?5 ELSE form END,
			example = CASE WHEN example = '' THEN ?6 ELSE example END,
			article = CASE WHEN article = '' THEN ?7 ELSE article END,
			source = CASE WHEN source = '' THEN ?8 ELSE source END,
			root = CASE WHEN ?9 <> '' THEN ?9 ELSE root END,
			analysis = CASE WHEN ?10 <> '' THEN ?10 ELSE analysis END,
			glosses = CASE WHEN ?11 <> '' THEN ?11 ELSE glosses END,
			changed = ?12, due = ?13`,
		w.Headword, w.Status, w.Gloss, w.Note, w.Form, w.Example, w.ArticleID, w.Source, w.Root, w.Analysis,
		strings.Join(w.Glosses, "; "), now.Format(timeFormat), due)
	if err != nil {
		return err
	}
	if delta := boolInt(w.Status.countsKnown()) - boolInt(old.countsKnown()); delta != 0 {
		if _, err := tx.Exec(`UPDATE articles SET known_words = known_words + ? WHERE id IN
			(SELECT article FROM article_words WHERE headword = ?)`, delta, w.Headword); err != nil {
			return err
		}
	}
	if old != w.Status {
		if _, err := tx.Exec(`INSERT INTO status_log (headword, status, at) VALUES (?, ?, ?)`, w.Headword, w.Status, now.Format(timeFormat)); err != nil {
			return err
		}
	}
	return tx.Commit()
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Statuses returns every word's status that is not new.
func (s *Store) Statuses() (map[string]Status, error) {
	rows, err := s.db.Query(`SELECT headword, status FROM vocab WHERE status <> 0`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]Status{}
	for rows.Next() {
		var h string
		var st Status
		if err := rows.Scan(&h, &st); err != nil {
			return nil, err
		}
		out[h] = st
	}
	return out, rows.Err()
}

// OwnGlosses returns the learner's own glosses and notes, by headword.
func (s *Store) OwnGlosses() (glosses, notes map[string]string, err error) {
	rows, err := s.db.Query(`SELECT headword, gloss, note FROM vocab WHERE gloss <> '' OR note <> ''`)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	glosses, notes = map[string]string{}, map[string]string{}
	for rows.Next() {
		var h, g, n string
		if err := rows.Scan(&h, &g, &n); err != nil {
			return nil, nil, err
		}
		if g != "" {
			glosses[h] = g
		}
		if n != "" {
			notes[h] = n
		}
	}
	return glosses, notes, rows.Err()
}

const wordColumns = `headword, status, gloss, note, form, example, article, source, root, analysis, glosses, changed, due, interval, ease, reps, lapses`

func scanWord(sc interface{ Scan(...any) error }) (Word, error) {
	var w Word
	var glosses, changed, due string
	err := sc.Scan(&w.Headword, &w.Status, &w.Gloss, &w.Note, &w.Form, &w.Example, &w.ArticleID, &w.Source, &w.Root,
		&w.Analysis, &glosses, &changed, &due, &w.Card.Interval, &w.Card.Ease, &w.Card.Reps, &w.Card.Lapses)
	if glosses != "" {
		w.Glosses = strings.Split(glosses, "; ")
	}
	w.Changed, _ = time.Parse(timeFormat, changed)
	w.Card.Due, _ = time.Parse(timeFormat, due)
	return w, err
}

// Vocab lists the words with a status, most recently changed first.
func (s *Store) Vocab() ([]Word, error) {
	return s.words(`SELECT ` + wordColumns + ` FROM vocab WHERE status <> 0 ORDER BY changed DESC`)
}

// Due lists the learning words due for review at now, most overdue first.
func (s *Store) Due(now time.Time, limit int) ([]Word, error) {
	return s.words(`SELECT `+wordColumns+` FROM vocab WHERE status BETWEEN 1 AND 5 AND due <= ? ORDER BY due LIMIT ?`,
		now.UTC().Format(timeFormat), limit)
}

// DueCount counts the learning words due at now.
func (s *Store) DueCount(now time.Time) (int, error) {
	var n int
	err := s.db.QueryRow(`SELECT count(*) FROM vocab WHERE status BETWEEN 1 AND 5 AND due <= ?`, now.UTC().Format(timeFormat)).Scan(&n)
	return n, err
}

func (s *Store) words(query string, args ...any) ([]Word, error) {
	rows, err := s.db.Query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Word
	for rows.Next() {
		w, err := scanWord(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	return out, rows.Err()
}

// Reviewed records a review: the card's new schedule and, as the learner
// remembers better, the learning level (Again lowers it, Good and Easy
// raise it up to 5).
func (s *Store) Reviewed(headword string, g srs.Grade, card srs.Card) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var st Status
	if err := tx.QueryRow(`SELECT status FROM vocab WHERE headword = ?`, headword).Scan(&st); err != nil {
		return fmt.Errorf("%s: %w", headword, err)
	}
	switch {
	case g == srs.Again && st > Learning1 && st.Learning():
		st--
	case g >= srs.Good && st < Learning5 && st.Learning():
		st++
	}
	now := time.Now().UTC().Format(timeFormat)
	if _, err := tx.Exec(`UPDATE vocab SET status = ?, due = ?, interval = ?, ease = ?, reps = ?, lapses = ? WHERE headword = ?`,
		st, card.Due.UTC().Format(timeFormat), card.Interval, card.Ease, card.Reps, card.Lapses, headword); err != nil {
		return err
	}
	if _, err := tx.Exec(`INSERT INTO review_log (headword, grade, at) VALUES (?, ?, ?)`, headword, g, now); err != nil {
		return err
	}
	return tx.Commit()
}

// Day is one day of the learner's history.
type Day struct {
	Date     string `json:"date"`     // YYYY-MM-DD
	Known    int    `json:"known"`    // words marked known that day
	Reviewed int    `json:"reviewed"` // reviews that day
}

// History returns the last days of learning, oldest first.
func (s *Store) History(days int, now time.Time) ([]Day, error) {
	out := make([]Day, days)
	index := map[string]int{}
	for i := range out {
		d := now.UTC().AddDate(0, 0, i-days+1).Format("2006-01-02")
		out[i].Date = d
		index[d] = i
	}
	since := now.UTC().AddDate(0, 0, -days).Format(timeFormat)
	for _, q := range []struct {
		sql   string
		known bool
	}{
		{`SELECT substr(at, 1, 10), count(*) FROM status_log WHERE status = 6 AND at >= ? GROUP BY 1`, true},
		{`SELECT substr(at, 1, 10), count(*) FROM review_log WHERE at >= ? GROUP BY 1`, false},
	} {
		rows, err := s.db.Query(q.sql, since)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var d string
			var n int
			if err := rows.Scan(&d, &n); err != nil {
				rows.Close()
				return nil, err
			}
			if i, ok := index[d]; ok {
				if q.known {
					out[i].Known = n
				} else {
					out[i].Reviewed = n
				}
			}
		}
		rows.Close()
	}
	return out, nil
}
