// Package srs schedules reviews with SM-2, the spaced-repetition algorithm
// of SuperMemo 2 (P. Wozniak, 1990) that Anki grew from: each card has an
// ease factor and an interval; a good answer multiplies the interval by the
// ease, a failed one starts the card again.
package srs

import (
	"fmt"
	"math"
	"time"
)

// Grade is how well the learner remembered, as Anki names the buttons.
type Grade uint8

// Grades, from forgotten to effortless.
const (
	Again Grade = iota + 1
	Hard
	Good
	Easy
)

func (g Grade) String() string {
	switch g {
	case Again:
		return "again"
	case Hard:
		return "hard"
	case Good:
		return "good"
	case Easy:
		return "easy"
	}
	return fmt.Sprintf("Grade(%d)", g)
}

// quality maps a grade to SM-2's 0–5 answer quality.
func (g Grade) quality() float64 {
	switch g {
	case Again:
		return 1
	case Hard:
		return 3
	case Good:
		return 4
	}
	return 5
}

// Card is the scheduling state of one word.
type Card struct {
	Reps     int       // successful reviews in a row
	Lapses   int       // times forgotten
	Ease     float64   // SM-2 E-factor, at least 1.3
	Interval float64   // days until the next review
	Due      time.Time // when the next review is due
}

// New is a card never reviewed: due now, ease 2.5.
func New(now time.Time) Card { return Card{Ease: 2.5, Due: now} }

// Review returns the card after an answer of grade at time now.
//
// SM-2: with q the quality (0–5), a failed answer (q < 3) sets the
// repetition count to 0 and the interval to 1 day; otherwise the interval
// is 1 day after the first success, 6 after the second, then the previous
// interval times the ease. The ease moves by 0.1 − (5−q)(0.08 + (5−q)·0.02)
// and never falls below 1.3.
func (c Card) Review(g Grade, now time.Time) Card {
	if c.Ease == 0 {
		c.Ease = 2.5
	}
	q := g.quality()
	if q < 3 {
		c.Reps, c.Interval = 0, 1
		c.Lapses++
	} else {
		switch c.Reps {
		case 0:
			c.Interval = 1
		case 1:
			c.Interval = 6
		default:
			c.Interval = math.Round(c.Interval*c.Ease*10) / 10
		}
		c.Reps++
	}
	c.Ease = math.Max(1.3, c.Ease+0.1-(5-q)*(0.08+(5-q)*0.02))
	c.Due = now.Add(time.Duration(c.Interval * 24 * float64(time.Hour)))
	return c
}
