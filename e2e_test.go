package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
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
}

func startTerminal(t *testing.T, bin string, w, h int, args ...string) *terminal {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "KABAR_DATA_DIR="+t.TempDir())
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(w), Rows: uint16(h)})
	if err != nil {
		t.Fatal(err)
	}
	emu := vt.NewSafeEmulator(w, h)
	go func() { _, _ = io.Copy(emu, f) }() // the program draws
	go func() { _, _ = io.Copy(f, emu) }() // the terminal answers queries and sends keys
	term := &terminal{t: t, pty: f, cmd: cmd, emu: emu}
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
