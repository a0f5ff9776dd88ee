package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
)

// buildKabar compiles the real binary once per test run.
func buildKabar(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "kabar")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// terminal is the built binary running in a pseudo-terminal, its output
// drawn by a terminal emulator, so the test sees the screen a user sees.
type terminal struct {
	t   *testing.T
	pty *os.File
	cmd *exec.Cmd
	emu *vt.SafeEmulator
	raw lockedBuffer  // every byte the program wrote
	eof chan struct{} // closed when the program's output ends
}

// lockedBuffer is a bytes.Buffer safe for a writer and a reader.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func startTerminal(t *testing.T, bin string, w, h int, args ...string) *terminal {
	t.Helper()
	return startTerminalEnv(t, bin, nil, w, h, args...)
}

// startTerminalEnv is startTerminal with more environment variables.
func startTerminalEnv(t *testing.T, bin string, env []string, w, h int, args ...string) *terminal {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(append(os.Environ(), "TERM=xterm-256color", "KABAR_DATA_DIR="+t.TempDir()), env...)
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(w), Rows: uint16(h)})
	if err != nil {
		t.Fatal(err)
	}
	emu := vt.NewSafeEmulator(w, h)
	term := &terminal{t: t, pty: f, cmd: cmd, emu: emu, eof: make(chan struct{})}
	go func() { // the program draws
		_, _ = io.Copy(io.MultiWriter(emu, &term.raw), f)
		close(term.eof)
	}()
	go func() { _, _ = io.Copy(f, emu) }() // the terminal answers queries and sends keys
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = f.Close()
	})
	return term
}

func (tm *terminal) screen() string { return tm.emu.String() }

// waitFor waits until the screen shows every string in want.
func (tm *terminal) waitFor(what string, want ...string) {
	tm.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		s := tm.screen()
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(s, w)
		}
		if ok {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	tm.t.Fatalf("%s: screen never showed %q:\n%s", what, want, tm.screen())
}

// send types s one key at a time, as a person does (a burst of runes
// would arrive as one key message).
func (tm *terminal) send(s string) {
	for _, r := range s {
		tm.emu.SendText(string(r))
		time.Sleep(20 * time.Millisecond)
	}
}

func (tm *terminal) resize(w, h int) {
	tm.emu.Resize(w, h)
	if err := pty.Setsize(tm.pty, &pty.Winsize{Cols: uint16(w), Rows: uint16(h)}); err != nil {
		tm.t.Fatal(err)
	}
}

// TestReaderEndToEnd drives the real program: open the seed, tab to the
// first word and see its gloss, resize, search by root, quit.
func TestReaderEndToEnd(t *testing.T) {
	bin := buildKabar(t)
	tm := startTerminal(t, bin, 120, 36)
	tm.waitFor("open", "Pemimpin Korea Utara Kim Jong Un", "KONTAN.CO.ID", "tab next word")

	tm.send("\t")
	tm.waitFor("tab", "WORD  Pemimpin", "leader", "root pimpin")

	tm.resize(60, 20)
	tm.waitFor("resize narrow", "leader", "? help")
	for i, line := range strings.Split(tm.screen(), "\n") {
		if len([]rune(strings.TrimRight(line, " "))) > 60 {
			t.Errorf("line %d overflows 60 columns: %q", i, line)
		}
	}
	tm.resize(120, 36)

	tm.send("/ingat\r")
	tm.waitFor("search", "memperingatkan", "to warn", "/ingat  1 of")

	tm.send("q")
	done := make(chan error, 1)
	go func() { done <- tm.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("kabar exited with %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("q did not quit:\n%s", tm.screen())
	}
}

// TestNoColor: with NO_COLOR set, kabar render prints plain text on a
// terminal, and the reader marks the selection with reverse video and
// never a colour.
func TestNoColor(t *testing.T) {
	bin := buildKabar(t)
	colours := func(out string) []string {
		var found []string
		for _, m := range regexp.MustCompile(`\x1b\[([0-9;:]*)m`).FindAllStringSubmatch(out, -1) {
			for _, p := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' }) {
				if n, _ := strconv.Atoi(p); 30 <= n && n <= 49 || 90 <= n && n <= 107 {
					found = append(found, m[0])
				}
			}
		}
		return found
	}

	tm := startTerminalEnv(t, bin, []string{"NO_COLOR=1"}, 100, 30, "render")
	select {
	case <-tm.eof:
	case <-time.After(10 * time.Second):
		t.Fatal("kabar render did not finish")
	}
	if out := tm.raw.String(); !strings.Contains(out, "Pemimpin Korea Utara") || regexp.MustCompile(`\x1b\[[0-9;]*m`).MatchString(out) {
		t.Errorf("kabar render with NO_COLOR styled its text, or printed no article: %q", out[:min(300, len(out))])
	}

	tm = startTerminalEnv(t, bin, []string{"NO_COLOR=1"}, 120, 36)
	tm.waitFor("open", "Pemimpin Korea Utara Kim Jong Un", "tab next word")
	tm.send("\t")
	tm.waitFor("tab", "WORD  Pemimpin")
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(tm.raw.String(), "\x1b[1;7mPemimpin") && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if !strings.Contains(tm.raw.String(), "\x1b[1;7mPemimpin") {
		t.Error("the selected word is not in reverse video")
	}
	if c := colours(tm.raw.String()); len(c) > 0 {
		t.Errorf("the reader used colour with NO_COLOR: %q", c[:min(5, len(c))])
	}
}

// TestReaderBadFile: a binary file opens the error screen with a way back.
func TestReaderBadFile(t *testing.T) {
	bin := buildKabar(t)
	bad := filepath.Join(t.TempDir(), "bad.txt")
	if err := os.WriteFile(bad, []byte("\x00\x01binary\x00"), 0o600); err != nil {
		t.Fatal(err)
	}
	tm := startTerminal(t, bin, 100, 30, "read", bad)
	tm.waitFor("error screen", "Could not open the article", "bad.txt", "esc back to the library")
	tm.send("\x1b")
	tm.waitFor("back to the library", "kabar — library", "Pemimpin Korea Utara")
	tm.send("\r")
	tm.waitFor("open from the library", "KONTAN.CO.ID · MOSKOW", "tab next word")
	tm.send("q")
}
