package articles

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// MaxFileSize is the largest article file kabar reads.
const MaxFileSize = 10 << 20

// ReadFile reads and parses an article file ("-" is standard input),
// whatever its form: plain text, markdown or HTML.
func ReadFile(path string, stdin io.Reader) (Article, error) {
	var (
		data []byte
		err  error
	)
	if path == "-" {
		data, err = io.ReadAll(io.LimitReader(stdin, MaxFileSize+1))
		path = "standard input"
	} else {
		data, err = readLimited(path)
	}
	if err != nil {
		return Article{}, err
	}
	if len(data) > MaxFileSize {
		return Article{}, &ParseError{path, fmt.Sprintf("too large (over %d MiB)", MaxFileSize>>20)}
	}
	return Parse(path, data, "")
}

func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return nil, &ParseError{path, pe.Err.Error()}
		}
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, &ParseError{path, "is a directory, not an article file"}
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, &ParseError{path, err.Error()}
	}
	return data, nil
}
