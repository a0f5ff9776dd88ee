// Package fetch downloads web pages and feeds for kabar with the limits a
// terminal app owes its user: timeouts, a size cap, few redirects, gzip, and
// a User-Agent that says who is asking.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

// Limits of every request.
const (
	ConnectTimeout = 10 * time.Second
	RequestTimeout = 30 * time.Second
	MaxBody        = 10 << 20
	MaxRedirects   = 5
	UserAgent      = "kabar/0.1 (terminal reader for Indonesian news)"
)

// Client fetches URLs.
type Client struct {
	http *http.Client
}

// New returns a client with kabar's limits.
func New() *Client {
	transport := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: ConnectTimeout}).DialContext,
		TLSHandshakeTimeout:   ConnectTimeout,
		ResponseHeaderTimeout: RequestTimeout,
		MaxIdleConnsPerHost:   4,
	}
	return &Client{http: &http.Client{
		Transport: transport,
		Timeout:   RequestTimeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= MaxRedirects {
				return fmt.Errorf("more than %d redirects", MaxRedirects)
			}
			return nil
		},
	}}
}

// Page is a downloaded document.
type Page struct {
	URL         string // after redirects
	ContentType string
	Body        []byte
}

// Get downloads url. Errors name the URL and say what went wrong.
func (c *Client) Get(ctx context.Context, url string) (Page, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return Page{}, fmt.Errorf("%s: %w", url, err)
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,*/*;q=0.5")
	resp, err := c.http.Do(req)
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			return Page{}, fmt.Errorf("%s: timed out", url)
		}
		return Page{}, fmt.Errorf("%s: %w", url, unwrapURL(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return Page{}, fmt.Errorf("%s: HTTP %s", url, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, MaxBody+1))
	if err != nil {
		return Page{}, fmt.Errorf("%s: reading: %w", url, unwrapURL(err))
	}
	if len(body) > MaxBody {
		return Page{}, fmt.Errorf("%s: response larger than %d MiB", url, MaxBody>>20)
	}
	return Page{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"), Body: body}, nil
}

// unwrapURL drops the *url.Error wrapper, whose message repeats the URL.
func unwrapURL(err error) error {
	var ue interface{ Unwrap() error }
	if errors.As(err, &ue) {
		if inner := ue.Unwrap(); inner != nil {
			return inner
		}
	}
	return err
}
