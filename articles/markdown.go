package articles

import (
	"bytes"
	"regexp"
	"strings"
	"time"
)

// ParseMarkdown reads markdown with optional YAML front matter (title,
// source, url, date, reporter, editor) into an Article. The body keeps the
// text and drops the markup: kabar shows plain paragraphs.
func ParseMarkdown(name string, data []byte) (Article, error) {
	if err := checkText(name, data); err != nil {
		return Article{}, err
	}
	text := strings.ReplaceAll(Clean(string(bytes.TrimPrefix(data, []byte("\ufeff")))), "\r\n", "\n")
	meta := map[string]string{}
	if rest, ok := strings.CutPrefix(text, "---\n"); ok {
		end := strings.Index(rest, "\n---")
		if end < 0 {
			return Article{}, &ParseError{name, "front matter opened with --- is never closed"}
		}
		for _, line := range strings.Split(rest[:end], "\n") {
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			v = strings.Trim(strings.TrimSpace(v), `"'`)
			meta[strings.ToLower(strings.TrimSpace(k))] = v
		}
		text = rest[end+4:]
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			text = text[i+1:]
		}
	}
	var lines []string
	for _, role := range []string{"reporter", "editor", "penulis"} {
		if v := meta[role]; v != "" {
			lines = append(lines, strings.ToUpper(role[:1])+role[1:]+": "+v)
		}
	}
	for _, para := range strings.Split(text, "\n\n") {
		if p := plainMarkdown(para); p != "" {
			lines = append(lines, p)
		}
	}
	a, err := ParseText(name, []byte(strings.Join(lines, "\n")))
	if err != nil {
		return Article{}, err
	}
	if t := meta["title"]; t != "" {
		a.Title = t
	}
	if v := meta["source"]; v != "" {
		a.Source = v
	}
	a.URL = meta["url"]
	if d, err := parseDate(meta["date"]); err == nil {
		a.Published = d
	}
	return a, nil
}

var (
	mdLinkRe     = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	mdEmphasisRe = regexp.MustCompile("(\\*\\*|__|\\*|`)")
	mdLeadRe     = regexp.MustCompile(`^(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)`)
)

// plainMarkdown turns one markdown block into one line of text.
func plainMarkdown(block string) string {
	var out []string
	for _, line := range strings.Split(block, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "```") || strings.Trim(line, "-*_= ") == "" {
			continue
		}
		line = mdLeadRe.ReplaceAllString(line, "")
		line = mdLinkRe.ReplaceAllString(line, "$1")
		line = mdEmphasisRe.ReplaceAllString(line, "")
		out = append(out, line)
	}
	return strings.Join(out, " ")
}

func parseDate(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02 15:04", "02/01/2006", "2006/01/02"} {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			return t, nil
		}
	}
	return time.Time{}, &ParseError{"date", "unknown date format " + s}
}
