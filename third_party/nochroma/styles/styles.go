// Package styles keeps the colour themes registered by name.
package styles

import "github.com/alecthomas/chroma/v2"

// Registry holds the registered themes by name.
var Registry = map[string]*chroma.Style{}

// Register adds a theme to the registry and returns it.
func Register(style *chroma.Style) *chroma.Style {
	Registry[style.Name] = style
	return style
}
