// Command gen compiles the glossary data (glossary/data/*.tsv) into the
// index the binary embeds (internal/index), so the binary starts with the
// glossary ready instead of parsing 1.3 MB of text and building maps at
// every start. The TSV files stay the source of truth; `go generate
// ./glossary` rewrites compiled.idx and a test fails when the two disagree.
//
//	go run ./glossary/internal/gen [-o glossary/compiled.idx] [DATA_DIR]
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/kabar-reader/kabar/glossary/internal/compile"
)

func main() {
	out := flag.String("o", "compiled.idx", "output file")
	flag.Parse()
	dir := "data"
	if flag.NArg() > 0 {
		dir = flag.Arg(0)
	}
	src, err := compile.Index(os.DirFS(dir), ".")
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
