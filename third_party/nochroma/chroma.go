// Package chroma stands in for github.com/alecthomas/chroma/v2 in kabar's
// build (see the replace line in kabar's go.mod and README.md).
//
// Glamour imports chroma to colour code blocks. kabar never writes a code
// block: render.Markdown escapes every piece of markup in an article, so the
// highlighter is never called. Yet importing it runs its package
// initialisation at every start of every kabar command: it parses its colour
// themes and registers its lexers. `kabar render` on the sample took 33 ms
// and 24 MiB with it, 15 ms and 18 MiB without. This module keeps the few
// names glamour refers to and does nothing else; a code block, should one
// ever reach glamour, is written as plain text.
package chroma

// TokenType is the kind of a token in highlighted code.
type TokenType int

// The token kinds glamour gives a colour to.
const (
	Background TokenType = iota
	Text
	Error
	Comment
	CommentPreproc
	Keyword
	KeywordNamespace
	KeywordReserved
	KeywordType
	Operator
	Punctuation
	Name
	NameAttribute
	NameBuiltin
	NameClass
	NameConstant
	NameDecorator
	NameException
	NameFunction
	NameOther
	NameTag
	Literal
	LiteralDate
	LiteralNumber
	LiteralString
	LiteralStringEscape
	GenericDeleted
	GenericEmph
	GenericInserted
	GenericStrong
	GenericSubheading
)

// StyleEntries maps a token kind to a style description, such as "bold #f00".
type StyleEntries map[TokenType]string

// Style is a named colour theme.
type Style struct {
	Name    string
	Entries StyleEntries
}

// MustNewStyle makes a theme from its entries.
func MustNewStyle(name string, entries StyleEntries) *Style {
	return &Style{Name: name, Entries: entries}
}
