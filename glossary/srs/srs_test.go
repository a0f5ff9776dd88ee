package srs

import (
	"math"
	"testing"
	"time"
)

// TestWorkedSchedule follows one card through answers whose SM-2 schedule
// is computed by hand:
//
//	good (q4): reps 1, interval 1, ease 2.5+0.1-1*(0.08+0.02) = 2.5
//	good (q4): reps 2, interval 6, ease 2.5
//	easy (q5): reps 3, interval 6*2.5 = 15, ease 2.6
//	hard (q3): reps 4, interval 15*2.6 = 39, ease 2.6+0.1-2*(0.08+0.04) = 2.46
//	again (q1): reps 0, interval 1, ease 2.46+0.1-4*(0.08+0.08) = 1.92, lapses 1
//	good (q4): reps 1, interval 1, ease 1.92
func TestWorkedSchedule(t *testing.T) {
	now := time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC)
	c := New(now)
	steps := []struct {
		g        Grade
		reps     int
		interval float64
		ease     float64
	}{
		{Good, 1, 1, 2.5},
		{Good, 2, 6, 2.5},
		{Easy, 3, 15, 2.6},
		{Hard, 4, 39, 2.46},
		{Again, 0, 1, 1.92},
		{Good, 1, 1, 1.92},
	}
	for i, s := range steps {
		c = c.Review(s.g, now)
		if c.Reps != s.reps || c.Interval != s.interval || math.Abs(c.Ease-s.ease) > 1e-9 {
			t.Fatalf("step %d (%s): reps %d interval %v ease %v; want %d %v %v", i, s.g, c.Reps, c.Interval, c.Ease, s.reps, s.interval, s.ease)
		}
		if want := now.Add(time.Duration(s.interval*24) * time.Hour); !c.Due.Equal(want) {
			t.Fatalf("step %d: due %v, want %v", i, c.Due, want)
		}
		now = c.Due
	}
	if c.Lapses != 1 {
		t.Errorf("lapses %d", c.Lapses)
	}
}

func TestEaseFloor(t *testing.T) {
	c := New(time.Now())
	for range 10 {
		c = c.Review(Again, time.Now())
	}
	if c.Ease != 1.3 {
		t.Errorf("ease %v, want the floor 1.3", c.Ease)
	}
}
