package glossary

import _ "embed"

//go:generate go run ./internal/gen -o compiled.idx data

// compiled is the glossary data (data/*.tsv) compiled by internal/gen into
// the layout of internal/index.
//
//go:embed compiled.idx
var compiled string

// Embedded returns the glossary compiled into the binary. It is read in
// place: opening it reads the header and builds nothing (a test verifies
// the whole index).
func Embedded() (*Glossary, error) { return open(compiled) }
