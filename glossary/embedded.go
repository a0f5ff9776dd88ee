package glossary

//go:generate go run ./internal/gen -o compiled_gen.go data

// Embedded returns the glossary compiled into the binary (compiled_gen.go,
// generated from data/*.tsv). Call it once at start-up and pass the result
// on; the entries themselves cost nothing to load, only the index is built.
func Embedded() (*Glossary, error) {
	return New(compiledEntries)
}
