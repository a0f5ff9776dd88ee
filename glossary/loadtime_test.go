package glossary

import (
	"testing"
	"time"
)

// TestLoadTime: the embedded glossary loads in at most 20 ms, cold, as at
// start-up (the best of three, so a busy CI core does not decide it).
func TestLoadTime(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	best := time.Hour
	for range 3 {
		start := time.Now()
		if _, err := Embedded(); err != nil {
			t.Fatal(err)
		}
		best = min(best, time.Since(start))
	}
	t.Logf("glossary loads in %v", best)
	if best > 20*time.Millisecond {
		t.Errorf("glossary loads in %v, want at most 20ms", best)
	}
}
