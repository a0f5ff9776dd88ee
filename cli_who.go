package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/glossary/annotate"
	"github.com/kabar-reader/kabar/glossary/officials"
)

// whoArticle is an article that names a person.
type whoArticle struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Role     string `json:"role"`
	RoleEN   string `json:"role_en"`
	Mentions int    `json:"mentions"`
}

// whoPerson is one answer of kabar who.
type whoPerson struct {
	ID          string           `json:"id"`
	Name        string           `json:"name"`
	Aliases     []string         `json:"aliases"`
	Roles       []officials.Role `json:"roles"`
	Description string           `json:"description"`
	Articles    []whoArticle     `json:"articles"`
}

func cmdWho(args []string, stdout io.Writer) error {
	fs := newFlags("who")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	query := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(query) == "" {
		return errors.New("who: give a name, e.g. kabar who Tito")
	}
	an, finder, err := analyzer()
	if err != nil {
		return err
	}
	var people []*whoPerson
	byID := map[string]*whoPerson{}
	for _, p := range finder.Register().Search(query) {
		wp := &whoPerson{ID: p.ID, Name: p.Name, Aliases: p.Aliases, Roles: p.Roles, Description: p.Description, Articles: []whoArticle{}}
		people = append(people, wp)
		byID[p.ID] = wp
	}
	// The library: for now the articles kabar ships with.
	samples, err := articles.Samples()
	if err != nil {
		return err
	}
	q := strings.ToLower(query)
	for _, a := range samples {
		doc := annotate.New(a, an, finder)
		for _, o := range doc.Officials {
			match := strings.Contains(strings.ToLower(o.Name), q) || byID[o.ID] != nil
			for _, m := range o.Mentions {
				match = match || strings.EqualFold(m.Text, query)
			}
			if !match {
				continue
			}
			wp := byID[o.ID]
			if wp == nil {
				wp = &whoPerson{ID: o.ID, Name: o.Name, Aliases: []string{}, Roles: []officials.Role{{Title: o.Role, TitleEN: o.RoleEN}},
					Description: o.Description, Articles: []whoArticle{}}
				people = append(people, wp)
				byID[o.ID] = wp
			}
			wp.Articles = append(wp.Articles, whoArticle{ID: a.ID, Title: a.Title, Role: o.Role, RoleEN: o.RoleEN, Mentions: len(o.Mentions)})
		}
	}
	if *asJSON {
		enc := jsonEncoder(stdout)
		if people == nil {
			people = []*whoPerson{}
		}
		return enc.Encode(struct {
			Query  string       `json:"query"`
			Found  bool         `json:"found"`
			People []*whoPerson `json:"people"`
		}{query, len(people) > 0, people})
	}
	if len(people) == 0 {
		return fmt.Errorf("who: nobody called %q in the register or the library", query)
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	for i, p := range people {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w, p.Name)
		if len(p.Aliases) > 0 {
			fmt.Fprintf(w, "  also: %s\n", strings.Join(p.Aliases, ", "))
		}
		for _, r := range p.Roles {
			asOf := ""
			if r.AsOf != "" {
				asOf = " (as of " + r.AsOf + ")"
			}
			fmt.Fprintf(w, "  %s — %s%s\n", r.TitleEN, r.Title, asOf)
		}
		if p.Description != "" {
			fmt.Fprintf(w, "  %s\n", p.Description)
		}
		for _, a := range p.Articles {
			fmt.Fprintf(w, "  in %q (%s): %s, %d mentions\n", a.Title, a.ID, a.Role, a.Mentions)
		}
	}
	return nil
}
