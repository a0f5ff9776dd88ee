package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestLimits(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("User-Agent") != UserAgent {
			http.Error(w, "who are you", 400)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<p>halo</p>"))
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write([]byte("dikompres"))
		zw.Close()
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		chunk := bytes.Repeat([]byte("x"), 1<<20)
		for range 11 {
			w.Write(chunk)
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/missing", http.NotFound)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := New()
	ctx := context.Background()
	if p, err := c.Get(ctx, srv.URL+"/ok"); err != nil || string(p.Body) != "<p>halo</p>" || !strings.Contains(p.ContentType, "html") {
		t.Errorf("ok: %q %v", p.Body, err)
	}
	if p, err := c.Get(ctx, srv.URL+"/gzip"); err != nil || string(p.Body) != "dikompres" {
		t.Errorf("gzip: %q %v", p.Body, err)
	}
	for path, want := range map[string]string{"/huge": "larger than 10 MiB", "/loop": "redirects", "/missing": "404"} {
		_, err := c.Get(ctx, srv.URL+path)
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), srv.URL+path) {
			t.Errorf("%s: %v, want an error naming the URL and saying %q", path, err, want)
		}
	}
}

func TestSlowServerTimesOut(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for a timeout")
	}
	block := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-block }))
	defer srv.Close()
	defer close(block)
	ctx, cancel := context.WithTimeout(context.Background(), 300*1e6)
	defer cancel()
	if _, err := New().Get(ctx, srv.URL); err == nil {
		t.Error("a server that never answers did not time out")
	}
}
