package store

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/kabar-reader/kabar/articles"
)

var words = strings.Fields(`pemerintah menteri presiden harga beras naik turun inflasi bank indonesia suku bunga
	banjir longsor warga mengungsi polisi menangkap tersangka korupsi pengadilan hakim jaksa tuntutan pemilu
	partai calon kampanye ekonomi tumbuh ekspor impor rupiah saham investor perusahaan listrik baterai kendaraan
	sekolah siswa guru rumah sakit pasien dokter vaksin kesehatan olahraga pemain pelatih pertandingan gol`)

// generated makes n articles of about 300 words each.
func generated(n int) []articles.Article {
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]articles.Article, n)
	for i := range out {
		var b strings.Builder
		for w := range 300 {
			if w > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[r.IntN(len(words))])
		}
		out[i] = articles.Article{Title: fmt.Sprintf("Berita nomor %d tentang %s", i, words[r.IntN(len(words))]),
			Source: "UJI", URL: fmt.Sprintf("https://uji.example/%d", i), Body: b.String(), Language: "id",
			Published: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour)}
	}
	return out
}

// filled opens a store with n generated articles, made once per directory.
func filled(b *testing.B, n int) *Store {
	dir := os.Getenv("KABAR_BENCH_DIR")
	if dir == "" {
		dir = b.TempDir()
	}
	s, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	if have, _ := s.Count(); have >= n {
		return s
	}
	for _, a := range generated(n) {
		if _, _, err := s.Add(a, Index{Roots: "ingat"}, 0); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// BenchmarkList10k: listing a library of 10,000 articles (bar: 200 ms).
func BenchmarkList10k(b *testing.B) {
	s := filled(b, 10000)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if l, err := s.List(); err != nil || len(l) < 10000 {
			b.Fatal(err, len(l))
		}
	}
}

// BenchmarkSearch10k: a two-word search over 10,000 articles (bar: 100 ms).
func BenchmarkSearch10k(b *testing.B) {
	s := filled(b, 10000)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Search([][]string{{"korupsi"}, {"hakim", "adil"}}, 50); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAdd: storing one article (bar: 200 articles a second, with parsing).
func BenchmarkAdd(b *testing.B) {
	s, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	arts := generated(1000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		a := arts[i%len(arts)]
		a.URL = fmt.Sprintf("https://uji.example/add/%d", i)
		if _, _, err := s.Add(a, Index{Roots: "ingat"}, 0); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
