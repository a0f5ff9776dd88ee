// Package quick writes code as it is: kabar has no syntax highlighting.
package quick

import "io"

// Highlight writes source to w unchanged, whatever its language, formatter
// and theme.
func Highlight(w io.Writer, source, lexer, formatter, style string) error {
	_, err := io.WriteString(w, source)
	return err
}
