package feeds

import (
	"strings"
	"testing"
)

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar Uji</title>
<item><title>Satu</title><link>http://x/1</link><pubDate>Tue, 12 Sep 2023 10:00:00 +0700</pubDate><description>Ringkas.</description></item>
<item><title>Dua</title><link>http://x/2</link><description><![CDATA[<p>` + "%s" + `</p>]]></description></item></channel></rss>`

func TestParseRSSAtomJSON(t *testing.T) {
	f, err := Parse("rss", []byte(strings.Replace(rss, "%s", strings.Repeat("kata ", 200), 1)))
	if err != nil || f.Title != "Kabar Uji" || len(f.Items) != 2 || f.Items[0].Full || !f.Items[1].Full || f.Items[0].Published.IsZero() {
		t.Fatalf("rss: %+v %v", f, err)
	}
	atom := `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Uji</title><entry><title>A</title><link href="http://x/a"/><updated>2024-01-02T03:04:05Z</updated><summary>s</summary></entry></feed>`
	if f, err := Parse("atom", []byte(atom)); err != nil || f.Title != "Atom Uji" || f.Items[0].Link != "http://x/a" {
		t.Errorf("atom: %+v %v", f, err)
	}
	jf := `{"version":"https://jsonfeed.org/version/1.1","title":"JSON Uji","items":[{"id":"1","url":"http://x/j","title":"J","content_text":"t"}]}`
	if f, err := Parse("json", []byte(jf)); err != nil || f.Title != "JSON Uji" || f.Items[0].Link != "http://x/j" {
		t.Errorf("json feed: %+v %v", f, err)
	}
	if _, err := Parse("bad.xml", []byte("<rss><channel><title>x<item>")); err == nil || !strings.HasPrefix(err.Error(), "bad.xml: ") {
		t.Errorf("malformed: %v", err)
	}
}

func TestOPMLRoundTrip(t *testing.T) {
	in := `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
<outline text="Berita"><outline text="Kompas" type="rss" xmlUrl="http://k/rss"/><outline title="Tempo" xmlUrl="http://t/rss"/></outline>
<outline text="Tanpa URL"/></body></opml>`
	subs, err := ParseOPML("in.opml", []byte(in))
	if err != nil || len(subs) != 2 || subs[0].Title != "Kompas" || subs[1].URL != "http://t/rss" {
		t.Fatalf("%+v %v", subs, err)
	}
	out, err := WriteOPML("kabar", subs)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseOPML("out.opml", out)
	if err != nil || len(back) != 2 || back[1].Title != "Tempo" {
		t.Fatalf("round trip: %+v %v\n%s", back, err, out)
	}
	if _, err := ParseOPML("bad.opml", []byte("<opml><body>")); err == nil {
		t.Error("malformed OPML accepted")
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(strings.Replace(rss, "%s", "isi", 1)))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		feed, err := Parse("fuzz", data)
		if err != nil {
			return
		}
		for _, it := range feed.Items {
			if strings.ContainsRune(it.Title, 0x1b) {
				t.Fatalf("escape in title %q", it.Title)
			}
		}
	})
}

func FuzzParseOPML(f *testing.F) {
	f.Add([]byte(`<opml><body><outline text="a" xmlUrl="http://x"/></body></opml>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		subs, err := ParseOPML("fuzz", data)
		if err != nil {
			return
		}
		for _, s := range subs {
			if s.URL == "" {
				t.Fatal("subscription without URL")
			}
		}
	})
}
