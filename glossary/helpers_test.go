package glossary

import (
	"sync"
	"testing"
)

var (
	embeddedOnce sync.Once
	embedded     *Glossary
	embeddedErr  error
)

// testGlossary parses the embedded data once for all tests.
func testGlossary(t testing.TB) *Glossary {
	t.Helper()
	embeddedOnce.Do(func() { embedded, embeddedErr = Embedded() })
	if embeddedErr != nil {
		t.Fatal(embeddedErr)
	}
	return embedded
}
