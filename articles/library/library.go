// Package library is kabar's library of articles: the embedded samples and
// the user's store, filled from files, folders, web pages and feeds.
package library

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/kabar-reader/kabar/articles"
	"github.com/kabar-reader/kabar/articles/feeds"
	"github.com/kabar-reader/kabar/articles/fetch"
	"github.com/kabar-reader/kabar/articles/store"
)

// Library joins the samples, the store and the network.
type Library struct {
	Store   *store.Store
	Client  *fetch.Client
	Samples []articles.Article
	// Index analyses an article for the store: the roots of its words (for
	// search) and its distinct headwords (for learning counts).
	Index func(a articles.Article) store.Index
	// Forms returns what a query word may match: itself and its root.
	Forms func(word string) []string

	sampleOnce  sync.Once
	sampleWords map[string][]string // the samples' headwords, indexed once
}

// Open opens the library whose store is in dir, with the embedded samples
// and a web client. Index and Forms are left for the caller to set.
func Open(dir string) (*Library, error) {
	st, err := store.Open(dir)
	if err != nil {
		return nil, fmt.Errorf("library: %w", err)
	}
	samples, err := articles.Samples()
	if err != nil {
		st.Close()
		return nil, err
	}
	return &Library{Store: st, Client: fetch.New(), Samples: samples}, nil
}

// Close closes the store.
func (l *Library) Close() error { return l.Store.Close() }

// Entries lists the store's articles and the samples, newest first (a
// sample after the articles of its day).
func (l *Library) Entries() ([]store.Entry, error) {
	var samples []store.Entry
	for _, a := range l.Samples {
		samples = append(samples, store.Entry{ID: a.ID, Title: a.Title, Source: a.Source, URL: a.URL, Published: a.Published, Words: a.Words()})
	}
	if l.Store == nil {
		return samples, nil
	}
	if err := l.countSamples(samples); err != nil {
		return nil, err
	}
	stored, err := l.Store.List()
	if err != nil {
		return nil, err
	}
	for _, e := range samples {
		i := 0 // stored is newest first: the sample goes after every article as new
		for i < len(stored) && !stored[i].Published.Before(e.Published) {
			i++
		}
		stored = slices.Insert(stored, i, e)
	}
	return stored, nil
}

// countSamples gives the samples' entries the learning counts the store
// keeps for its own articles (distinct headwords, how many known or
// ignored), when the library can index.
func (l *Library) countSamples(entries []store.Entry) error {
	if l.Index == nil || len(l.Samples) == 0 {
		return nil
	}
	// Entries runs in commands that may overlap: index the samples once.
	l.sampleOnce.Do(func() {
		l.sampleWords = make(map[string][]string, len(l.Samples))
		for _, a := range l.Samples {
			l.sampleWords[a.ID] = l.Index(a).Headwords
		}
	})
	statuses, err := l.Store.Statuses()
	if err != nil {
		return err
	}
	for i := range entries {
		words := l.sampleWords[entries[i].ID]
		entries[i].Distinct, entries[i].Known = len(words), 0
		for _, w := range words {
			if st := statuses[w]; st == store.Known || st == store.Ignored {
				entries[i].Known++
			}
		}
	}
	return nil
}

// Get returns an article by id, a sample's or the store's.
func (l *Library) Get(id string) (articles.Article, error) {
	for _, a := range l.Samples {
		if a.ID == id {
			return a, nil
		}
	}
	if l.Store == nil {
		return articles.Article{}, store.ErrNotFound
	}
	a, err := l.Store.Get(id)
	if errors.Is(err, store.ErrNotFound) {
		return a, fmt.Errorf("%s: %w", id, err)
	}
	return a, err
}

// add stores a parsed article.
func (l *Library) add(a articles.Article, feedID int64) (string, bool, error) {
	var ix store.Index
	if l.Index != nil {
		ix = l.Index(a)
	}
	return l.Store.Add(a, ix, feedID)
}

// Result is the outcome of adding one source.
type Result struct {
	Source string // file, URL
	ID     string
	Title  string
	New    bool // false: it was in the library already
	Err    error
}

// AddPath imports a file, or every file of a folder (hidden ones and
// sub-folders' hidden files skipped). Each file lands whole or not at all;
// a bad file is reported and the others still land.
func (l *Library) AddPath(path string) []Result {
	info, err := os.Stat(path)
	if err != nil {
		return []Result{{Source: path, Err: &articles.ParseError{Name: path, Reason: errReason(err)}}}
	}
	if !info.IsDir() {
		return []Result{l.addFile(path)}
	}
	var out []Result
	var files []string
	_ = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, Result{Source: p, Err: &articles.ParseError{Name: p, Reason: errReason(err)}})
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") && p != path {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && articleFile(p) {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	// Parse and analyse every file, then store them in batches: one
	// commit per hundred articles, each article still whole or absent.
	var batch []store.Item
	var pending []int // indexes in out of the batch's results
	flush := func() {
		if len(batch) == 0 {
			return
		}
		res, err := l.Store.AddBatch(batch)
		for k, i := range pending {
			switch {
			case err != nil:
				out[i].Err = fmt.Errorf("%s: storing: %w", out[i].Source, err)
			case res[k].Err != nil:
				out[i].Err = fmt.Errorf("%s: storing: %w", out[i].Source, res[k].Err)
			default:
				out[i].ID, out[i].New = res[k].ID, res[k].Added
			}
		}
		batch, pending = batch[:0], pending[:0]
	}
	for _, f := range files {
		a, r := l.readFile(f)
		out = append(out, r)
		if r.Err != nil {
			continue
		}
		var ix store.Index
		if l.Index != nil {
			ix = l.Index(a)
		}
		batch = append(batch, store.Item{Article: a, Index: ix})
		pending = append(pending, len(out)-1)
		if len(batch) == 100 {
			flush()
		}
	}
	flush()
	return out
}

// articleFile: in a folder, only files named like articles are read
// (a file named on the command line is read whatever its name).
func articleFile(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml":
		return true
	}
	return false
}

func errReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// readFile reads and parses one file; the Result carries its error.
func (l *Library) readFile(path string) (articles.Article, Result) {
	info, err := os.Stat(path)
	if err != nil {
		return articles.Article{}, Result{Source: path, Err: &articles.ParseError{Name: path, Reason: errReason(err)}}
	}
	if info.Size() > articles.MaxFileSize {
		return articles.Article{}, Result{Source: path, Err: &articles.ParseError{Name: path, Reason: fmt.Sprintf("too large (%d MiB; kabar reads up to %d MiB)", info.Size()>>20, articles.MaxFileSize>>20)}}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return articles.Article{}, Result{Source: path, Err: &articles.ParseError{Name: path, Reason: errReason(err)}}
	}
	a, err := articles.Parse(path, data, "")
	if err != nil {
		return a, Result{Source: path, Err: err}
	}
	return a, Result{Source: path, Title: a.Title}
}

func (l *Library) addFile(path string) Result {
	a, r := l.readFile(path)
	if r.Err != nil {
		return r
	}
	return l.store(path, a)
}

// store adds an article read from source and reports it.
func (l *Library) store(source string, a articles.Article) Result {
	id, added, err := l.add(a, 0)
	if err != nil {
		return Result{Source: source, Err: fmt.Errorf("%s: storing: %w", source, err)}
	}
	return Result{Source: source, ID: id, Title: a.Title, New: added}
}

// Fetch downloads and parses a web page (not storing it).
func (l *Library) Fetch(ctx context.Context, url string) (articles.Article, error) {
	p, err := l.Client.Get(ctx, url)
	if err != nil {
		return articles.Article{}, err
	}
	if looksLikeFeed(p) {
		return articles.Article{}, fmt.Errorf("%s: this is a feed, not an article (kabar feeds add %s)", url, url)
	}
	a, err := articles.Parse(url, p.Body, p.ContentType)
	if err != nil {
		return a, err
	}
	if a.URL == "" {
		a.URL = p.URL
	}
	return a, nil
}

func looksLikeFeed(p fetch.Page) bool {
	ct := strings.ToLower(p.ContentType)
	if strings.Contains(ct, "rss") || strings.Contains(ct, "atom") || strings.Contains(ct, "feed+json") {
		return true
	}
	head := strings.ToLower(string(p.Body[:min(len(p.Body), 512)]))
	return strings.Contains(head, "<rss") || strings.Contains(head, "<feed")
}

// AddURL downloads a page and stores its article.
func (l *Library) AddURL(ctx context.Context, url string) Result {
	a, err := l.Fetch(ctx, url)
	if err != nil {
		return Result{Source: url, Err: err}
	}
	return l.store(url, a)
}

// AddFeed checks that url is a feed and follows it.
func (l *Library) AddFeed(ctx context.Context, url string) (store.Feed, error) {
	p, err := l.Client.Get(ctx, url)
	if err != nil {
		return store.Feed{}, err
	}
	f, err := feeds.Parse(url, p.Body)
	if err != nil {
		return store.Feed{}, err
	}
	return l.Store.AddFeed(url, f.Title)
}

// FeedReport is what updating one feed did.
type FeedReport struct {
	Feed  store.Feed
	New   int
	Items []Result // per item that failed or was added
	Err   error    // the feed itself failed
}

// UpdateFeeds fetches every feed (four at a time) and stores the items not
// in the library yet; an item with only a summary is fetched as a page. One
// failing feed never stops the others.
func (l *Library) UpdateFeeds(ctx context.Context) ([]FeedReport, error) {
	list, err := l.Store.Feeds()
	if err != nil {
		return nil, err
	}
	reports := make([]FeedReport, len(list))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i, f := range list {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			reports[i] = l.updateFeed(ctx, f)
		}()
	}
	wg.Wait()
	return reports, nil
}

func (l *Library) updateFeed(ctx context.Context, f store.Feed) FeedReport {
	rep := FeedReport{Feed: f}
	p, err := l.Client.Get(ctx, f.URL)
	if err == nil {
		var parsed feeds.Feed
		parsed, err = feeds.Parse(f.URL, p.Body)
		if err == nil {
			rep.Feed.Title = parsed.Title
			for _, it := range parsed.Items {
				if r, ok := l.addItem(ctx, f, it); ok {
					rep.Items = append(rep.Items, r)
					if r.New {
						rep.New++
					}
				}
			}
		}
	}
	rep.Err = err
	_ = l.Store.FeedFetched(f.ID, rep.Feed.Title, err)
	return rep
}

// addItem stores one feed item; ok is false when it was there already.
func (l *Library) addItem(ctx context.Context, f store.Feed, it feeds.Item) (Result, bool) {
	if it.Link != "" {
		if has, _ := l.Store.HasURL(it.Link); has {
			return Result{}, false
		}
	}
	var (
		a   articles.Article
		err error
	)
	if it.Full || it.Link == "" {
		a, err = articles.ParseHTML(it.Link, []byte(it.HTML), it.Link)
	} else {
		a, err = l.Fetch(ctx, it.Link)
	}
	if err != nil {
		return Result{Source: it.Link, Err: err}, true
	}
	if a.Title == "" || len(a.Title) < len(it.Title) && it.Title != "" {
		a.Title = it.Title
	}
	if a.Published.IsZero() {
		a.Published = it.Published
	}
	if a.Source == "" {
		a.Source = f.Title
	}
	a.URL = it.Link
	id, added, err := l.add(a, f.ID)
	if err != nil {
		return Result{Source: it.Link, Err: err}, true
	}
	return Result{Source: it.Link, ID: id, Title: a.Title, New: added}, true
}

// Search finds articles by words, each matching as written or by its root.
func (l *Library) Search(query string, limit int) ([]store.Hit, error) {
	var words [][]string
	for _, w := range strings.Fields(strings.ToLower(query)) {
		w = strings.Trim(w, `.,;:!?"'()“”`)
		if w == "" {
			continue
		}
		forms := []string{w}
		if l.Forms != nil {
			forms = l.Forms(w)
		}
		words = append(words, forms)
	}
	if len(words) == 0 {
		return nil, errors.New("search: give at least one word")
	}
	var hits []store.Hit
	if l.Store != nil {
		var err error
		if hits, err = l.Store.Search(words, limit); err != nil {
			return nil, err
		}
	}
	// The samples are searched too, by their text.
	for _, a := range l.Samples {
		text := strings.ToLower(a.Title + " " + a.Body)
		all := true
		for _, forms := range words {
			any := false
			for _, f := range forms {
				any = any || strings.Contains(text, f)
			}
			all = all && any
		}
		if all {
			hits = append(hits, store.Hit{Entry: store.Entry{ID: a.ID, Title: a.Title, Source: a.Source, URL: a.URL, Published: a.Published, Words: a.Words()}})
		}
	}
	return hits, nil
}
