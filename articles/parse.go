package articles

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Parse builds an Article from the bytes of a file or a web page, choosing
// the parser by content, not by name: HTML (through a readability
// extractor), markdown with YAML front matter, or plain text as copied from
// a news site. contentType is the HTTP header when there is one (it may
// name the charset). name is used in errors.
func Parse(name string, data []byte, contentType string) (Article, error) {
	if len(data) > MaxFileSize {
		return Article{}, &ParseError{name, fmt.Sprintf("too large (over %d MiB)", MaxFileSize>>20)}
	}
	isHTML := looksLikeHTML(data) || strings.Contains(contentType, "html")
	data, err := toUTF8(name, data, contentType, isHTML)
	if err != nil {
		return Article{}, err
	}
	data = []byte(RepairMojibake(string(data)))
	switch {
	case isHTML:
		return ParseHTML(name, data, "")
	case bytes.HasPrefix(bytes.TrimLeft(data, "\ufeff"), []byte("---\n")) || bytes.HasPrefix(data, []byte("---\r\n")):
		return ParseMarkdown(name, data)
	}
	return ParseText(name, data)
}

func looksLikeHTML(data []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 1024)]))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		bytes.Contains(head, []byte("<head")) || bytes.Contains(head, []byte("<body"))
}

var metaCharsetRe = regexp.MustCompile(`(?i)<meta[^>]+charset=["']?([a-z0-9_-]+)`)

// toUTF8 converts text in windows-1252 or ISO-8859-1, when a header or an
// HTML meta tag says so, to UTF-8. Undeclared bytes that are not UTF-8 are
// an error: guessing would lose text silently.
func toUTF8(name string, data []byte, contentType string, isHTML bool) ([]byte, error) {
	charset := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		charset = strings.ToLower(params["charset"])
	}
	if charset == "" && isHTML {
		if m := metaCharsetRe.FindSubmatch(data[:min(len(data), 4096)]); m != nil {
			charset = strings.ToLower(string(m[1]))
		}
	}
	switch charset {
	case "windows-1252", "cp1252", "iso-8859-1", "latin1", "iso8859-1", "us-ascii":
		if utf8.Valid(data) && !bytes.ContainsAny(data, "\x80\x9f") {
			return data, nil // declared Latin, written in ASCII
		}
		out, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return nil, &ParseError{name, "could not convert from " + charset + ": " + err.Error()}
		}
		return out, nil
	case "", "utf-8", "utf8":
		return data, nil
	}
	return nil, &ParseError{name, fmt.Sprintf("unsupported charset %q", charset)}
}

// mojibakeRe finds UTF-8 read as windows-1252: "Ã©", "Â±", "â€™".
var mojibakeRe = regexp.MustCompile(`Ã[\x{80}-\x{BF}©®±²³´µ¶·¸¹º»¼½¾¿]|Â[\x{A0}-\x{BF}]|â€[™œ\x{9D}“”˜¦]`)

// RepairMojibake undoes text that was UTF-8, read as windows-1252 and
// written again as UTF-8 ("CafÃ©" for "Café"), when that is clearly what
// happened: the repair must give valid UTF-8 and remove the marks.
func RepairMojibake(s string) string {
	if len(mojibakeRe.FindAllStringIndex(s, 3)) < 2 {
		return s
	}
	raw, err := charmap.Windows1252.NewEncoder().String(s)
	if err != nil || !utf8.ValidString(raw) {
		return s
	}
	return raw
}
