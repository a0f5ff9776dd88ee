package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/kabar-reader/kabar/articles/store"
	"github.com/kabar-reader/kabar/glossary"
	"github.com/kabar-reader/kabar/glossary/annotate"
	"github.com/kabar-reader/kabar/ui/render"
)

// SideBySideWidth is the narrowest terminal that shows the panel beside the
// article rather than below it.
const SideBySideWidth = 100

// pageMsg carries a rendered page; seq and width say what it answers.
type pageMsg struct {
	seq   int
	width int
	page  *render.Page
	err   error
}

// marks are the highlight sequences, made once from the Styles.
type marks struct {
	word, phrase, name, place, official, selected, learning, known render.Mark
}

// Reader shows one annotated article: header, the rendered body with its
// terms highlighted, a side panel explaining the selected term, and a
// status line.
type Reader struct {
	styles      Styles
	marks       marks
	keys        ReaderKeyMap
	help        help.Model
	vp          viewport.Model
	input       textinput.Model
	spin        spinner.Model
	analyzer    *glossary.Analyzer
	style       render.Style
	vocab       Vocab                   // nil: no learning statuses
	speaker     string                  // espeak-ng's path, "" when not installed
	statuses    map[string]store.Status // by VocabKey
	own         map[string]string       // the learner's own glosses, by VocabKey
	notes       map[string]string       // and notes
	editingNote bool
	gloss       textinput.Model // the box for one
	editing     bool
	density     Density

	doc   *annotate.Document
	spans []render.Span
	page  *render.Page
	lines []string // page lines with highlights applied
	lineW []int    // their widths in cells, which highlighting keeps
	seq   int      // of the newest render asked for

	sel       int   // selected term, -1 for none
	stops     []int // terms tab visits
	officials []int // terms naming officials
	matches   []int
	match     int
	query     string
	searching bool
	showHelp  bool
	panelOff  bool

	width, height        int
	side                 bool
	bodyW, bodyH         int
	panelW, panelH       int
	headerH              int
	header, panel        string
	bodyView, statusLine string
	status               string
	statusErr            bool
}

// NewReader makes a reader. style is the glamour style.
func NewReader(st Styles, an *glossary.Analyzer, style render.Style) *Reader {
	in := textinput.New()
	in.Prompt = "/"
	in.Placeholder = "word or root"
	in.CharLimit = 64
	in.Cursor.SetMode(cursor.CursorStatic)
	h := help.New()
	h.Styles.ShortKey = st.StatusKey
	h.Styles.ShortDesc = st.Status
	h.Styles.FullKey = st.StatusKey
	h.Styles.FullDesc = st.Status
	vp := viewport.New(0, 0)
	vp.MouseWheelDelta = 3
	return &Reader{
		styles: st, keys: DefaultReaderKeyMap(), help: h, vp: vp, input: in, analyzer: an, style: style,
		spin: spinner.New(spinner.WithSpinner(spinner.MiniDot)), sel: -1,
		marks:    st.highlightMarks(),
		statuses: map[string]store.Status{}, own: map[string]string{}, notes: map[string]string{}, gloss: newGlossInput(),
	}
}

func newGlossInput() textinput.Model {
	in := textinput.New()
	in.Prompt = "your gloss: "
	in.Placeholder = "in your own words"
	in.CharLimit = 200
	in.Cursor.SetMode(cursor.CursorStatic)
	return in
}

// SetDocument shows doc, dropping the previous one. page is doc's body
// already rendered (see Prepare); when it is nil or was rendered for another
// width, SetDocument asks for a render.
func (r *Reader) SetDocument(doc *annotate.Document, page *render.Page) tea.Cmd {
	r.doc, r.page, r.lines = doc, nil, nil
	r.sel, r.matches, r.query = -1, nil, ""
	r.spans = Spans(doc)
	r.refreshStops()
	r.officials = r.officials[:0]
	for i, t := range doc.Terms {
		if t.Person {
			r.officials = append(r.officials, i)
		}
	}
	r.setLearnKeys()
	r.keys.NextOfficial.SetEnabled(len(r.officials) > 0)
	r.keys.PrevOfficial.SetEnabled(len(r.officials) > 0)
	r.keys.NextMatch.SetEnabled(false)
	r.keys.PrevMatch.SetEnabled(false)
	r.vp.GotoTop()
	r.layout()
	if page != nil && page.Width == r.bodyW && page.Style == r.style {
		r.seq++
		r.setPage(page)
		return nil
	}
	return tea.Batch(r.renderCmd(), r.spin.Tick)
}

// SetSize lays the screen out for a new terminal size and re-renders the
// body if its width changed.
func (r *Reader) SetSize(w, h int) tea.Cmd {
	oldBody := r.bodyW
	r.width, r.height = w, h
	r.layout()
	if r.doc != nil && r.bodyW != oldBody {
		return r.renderCmd()
	}
	r.refreshBody()
	return nil
}

// layout measures the header and status line and divides what is left
// between the article and the panel.
func (r *Reader) layout() {
	if r.width <= 0 || r.height <= 0 {
		return
	}
	r.header = r.headerView()
	r.headerH = lipgloss.Height(r.header)
	rest := max(r.height-r.headerH-1, 1)
	r.side = r.width >= SideBySideWidth
	frameW, frameH := r.styles.Panel.GetFrameSize()
	switch {
	case r.panelOff:
		r.bodyW, r.bodyH, r.panelW, r.panelH = r.width, rest, 0, 0
	case r.side:
		r.panelW = min(max(r.width/3, 34), 52)
		r.bodyW, r.bodyH, r.panelH = r.width-r.panelW, rest, rest
	default:
		r.panelH = min(max(rest*2/5, frameH+2), rest-1)
		r.panelW = r.width
		r.bodyW, r.bodyH = r.width, rest-r.panelH
	}
	r.panelW = max(r.panelW, 0)
	_ = frameW
	r.vp.Width, r.vp.Height = r.bodyW, max(r.bodyH, 1)
	r.help.Width = r.width
	r.refreshPanel()
	r.refreshStatus()
}

func (r *Reader) renderCmd() tea.Cmd {
	if r.doc == nil || r.bodyW <= 0 {
		return nil
	}
	r.seq++
	seq, width, style, body, spans := r.seq, r.bodyW, r.style, r.doc.Article.Body, r.spans
	return func() tea.Msg {
		lines, err := renderLines(body, width, style)
		if err != nil {
			return pageMsg{seq: seq, width: width, err: err}
		}
		return pageMsg{seq: seq, width: width, page: render.NewPage(lines, body, spans, width, style)}
	}
}

// setPage shows p, the body rendered at the current width, highlights
// placed once for every line.
func (r *Reader) setPage(p *render.Page) {
	r.page = p
	r.lines = make([]string, len(p.Lines))
	r.lineW = make([]int, len(p.Lines))
	for i := range r.lines {
		r.lines[i] = p.Line(i, r.markFor)
		r.lineW[i] = ansi.StringWidth(p.Lines[i])
	}
	r.vp.SetContent(strings.Join(p.Lines, "\n"))
	if r.sel >= 0 {
		r.ensureVisible(r.sel)
	}
	r.refreshBody()
	r.refreshStatus()
}

// Update handles a message for the reader. The root model has already
// dealt with window sizes and global keys.
func (r *Reader) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case pageMsg:
		if msg.seq != r.seq || msg.width != r.bodyW {
			return nil // an answer to an older size or document
		}
		if msg.err != nil {
			r.setStatus("render failed: "+msg.err.Error(), true)
			return nil
		}
		r.setPage(msg.page)
		return nil
	case spinner.TickMsg:
		if r.page != nil {
			return nil
		}
		var cmd tea.Cmd
		r.spin, cmd = r.spin.Update(msg)
		r.refreshBody()
		return cmd
	case tea.MouseMsg:
		return r.mouse(msg)
	case tea.KeyMsg:
		// A message stays on the status line until the next key.
		r.status, r.statusErr = "", false
		if r.searching {
			return r.searchKey(msg)
		}
		if r.editing {
			return r.glossKey(msg)
		}
		return r.key(msg)
	case markedMsg:
		if msg.err != nil {
			r.setStatus(msg.err.Error(), true)
		}
		return nil
	}
	return nil
}

func (r *Reader) key(msg tea.KeyMsg) tea.Cmd {
	if r.showHelp {
		if key.Matches(msg, r.keys.Help, r.keys.Back) {
			r.showHelp = false
			r.refreshBody()
		}
		return nil
	}
	if cmd, ok := r.learnKey(msg); ok {
		r.refreshBody()
		r.refreshStatus()
		return cmd
	}
	switch {
	case key.Matches(msg, r.keys.NextTerm, r.keys.PrevTerm) && len(r.stops) == 0 && r.density == NoHighlights:
		r.setStatus("no highlights to step through: D shows them again", false)
	case key.Matches(msg, r.keys.NextTerm):
		r.step(r.stops, +1)
	case key.Matches(msg, r.keys.PrevTerm):
		r.step(r.stops, -1)
	case key.Matches(msg, r.keys.NextOfficial):
		r.step(r.officials, +1)
	case key.Matches(msg, r.keys.PrevOfficial):
		r.step(r.officials, -1)
	case key.Matches(msg, r.keys.NextMatch):
		r.step(r.matches, +1)
	case key.Matches(msg, r.keys.PrevMatch):
		r.step(r.matches, -1)
	case key.Matches(msg, r.keys.Down):
		r.vp.ScrollDown(1)
	case key.Matches(msg, r.keys.Up):
		r.vp.ScrollUp(1)
	case key.Matches(msg, r.keys.PageDown):
		r.vp.PageDown()
	case key.Matches(msg, r.keys.PageUp):
		r.vp.PageUp()
	case key.Matches(msg, r.keys.Top):
		r.vp.GotoTop()
	case key.Matches(msg, r.keys.Bottom):
		r.vp.GotoBottom()
	case key.Matches(msg, r.keys.Search):
		r.searching = true
		r.input.SetValue("")
		r.refreshStatus()
		return r.input.Focus()
	case key.Matches(msg, r.keys.Panel):
		r.panelOff = !r.panelOff
		return r.SetSize(r.width, r.height)
	case key.Matches(msg, r.keys.Help):
		r.showHelp = true
	case key.Matches(msg, r.keys.Back):
		r.clearSearch()
		r.select_(-1)
	default:
		return nil
	}
	r.refreshBody()
	r.refreshStatus()
	return nil
}

// searchKey feeds the search box; it has focus, so q types a q.
func (r *Reader) searchKey(msg tea.KeyMsg) tea.Cmd {
	switch msg.Type {
	case tea.KeyEsc:
		r.searching = false
		r.input.Blur()
		r.refreshStatus()
		return nil
	case tea.KeyEnter:
		r.searching = false
		r.input.Blur()
		r.search(r.input.Value())
		r.refreshBody()
		r.refreshStatus()
		return nil
	}
	var cmd tea.Cmd
	r.input, cmd = r.input.Update(msg)
	r.refreshStatus()
	return cmd
}

// search finds the terms whose text, entry or root matches q, so that
// searching "ingat" finds "memperingatkan".
func (r *Reader) search(q string) {
	q = strings.ToLower(strings.TrimSpace(q))
	r.clearSearch()
	if q == "" || r.doc == nil {
		return
	}
	r.query = q
	for i, t := range r.doc.Terms {
		if strings.Contains(strings.ToLower(t.Text), q) || t.Root == q || strings.ToLower(t.Headword) == q {
			r.matches = append(r.matches, i)
		}
	}
	r.keys.NextMatch.SetEnabled(len(r.matches) > 0)
	r.keys.PrevMatch.SetEnabled(len(r.matches) > 0)
	if len(r.matches) == 0 {
		r.setStatus(fmt.Sprintf("no match for %q", q), true)
		return
	}
	r.match = -1
	r.step(r.matches, +1)
}

// clearable reports whether esc has something to clear in the reader (a
// selection, a search, the help, a message such as "no match") before it
// goes back to the library.
func (r *Reader) clearable() bool {
	return r.sel >= 0 || len(r.matches) > 0 || r.showHelp || r.status != ""
}

func (r *Reader) clearSearch() {
	r.matches, r.query, r.match = nil, "", 0
	r.keys.NextMatch.SetEnabled(false)
	r.keys.PrevMatch.SetEnabled(false)
}

// step moves the selection to the next (dir +1) or previous entry of list
// after the current selection, wrapping around.
func (r *Reader) step(list []int, dir int) {
	if len(list) == 0 {
		return
	}
	next := -1
	if dir > 0 {
		next = list[0]
		for _, t := range list {
			if t > r.sel {
				next = t
				break
			}
		}
	} else {
		next = list[len(list)-1]
		for i := len(list) - 1; i >= 0; i-- {
			if list[i] < r.sel {
				next = list[i]
				break
			}
		}
	}
	r.select_(next)
}

// select_ changes the selection: only the lines of the old and the new
// selected term are composed again; glamour does not run.
func (r *Reader) select_(i int) {
	old := r.sel
	r.sel = i
	for k, m := range r.matches {
		if m == i {
			r.match = k
		}
	}
	if r.page != nil {
		r.recompose(old)
		r.recompose(i)
		if i >= 0 {
			r.ensureVisible(i)
		}
	}
	r.refreshPanel()
}

func (r *Reader) recompose(term int) {
	if term < 0 || term >= len(r.page.Segments) {
		return
	}
	for _, s := range r.page.Segments[term] {
		r.lines[s.Line] = r.page.Line(s.Line, r.markFor)
	}
}

// ensureVisible scrolls so term i is on screen with a line of context.
func (r *Reader) ensureVisible(i int) {
	segs := r.page.Segments[i]
	if len(segs) == 0 {
		return
	}
	first, last := segs[0].Line, segs[len(segs)-1].Line
	top, h := r.vp.YOffset, r.vp.Height
	switch {
	case first < top+1:
		r.vp.SetYOffset(first - 1)
	case last >= top+h-1:
		r.vp.SetYOffset(last - h + 2)
	}
}

// highlight is the kind of highlight a term gets.
type highlight uint8

const (
	hlNone highlight = iota
	hlWord
	hlPhrase
	hlName
	hlPlace
	hlOfficial
	hlLearning
	hlKnown
)

// highlightOf decides how a term is highlighted: officials, places and
// organisations, phrases, and glossed words that are not function words.
func highlightOf(t *glossary.Term) highlight {
	switch {
	case t.Person:
		return hlOfficial
	case t.Kind == glossary.KindName && t.Place:
		return hlPlace
	case t.Kind == glossary.KindName:
		return hlName
	case t.Kind == glossary.KindPhrase:
		return hlPhrase
	case (t.Kind == glossary.KindWord || t.Kind == glossary.KindEnglish) && t.Glossed() && !t.Common:
		return hlWord
	}
	return hlNone
}

// look is how term i is highlighted now: its kind, its learning status
// and the density chosen.
func (r *Reader) look(i int) highlight {
	h := highlightOf(&r.doc.Terms[i])
	if r.density == NoHighlights {
		return hlNone
	}
	st, key := r.statusOf(i)
	switch {
	case key == "" && r.density == All && h == hlNone && r.doc.Terms[i].Glossed() && r.doc.Terms[i].Kind != glossary.KindNumber:
		return hlKnown // function words, shown when asked for all
	case key == "":
		return h
	case st.Learning():
		return hlLearning
	case st == store.Known || st == store.Ignored:
		if r.density == All {
			return hlKnown
		}
		return hlNone
	case r.density == All && h == hlNone && r.doc.Terms[i].Glossed():
		return hlKnown
	}
	return h
}

// markFor is how term i is drawn.
func (r *Reader) markFor(i int) render.Mark {
	if i == r.sel {
		return r.marks.selected
	}
	switch r.look(i) {
	case hlLearning:
		return r.marks.learning
	case hlKnown:
		return r.marks.known
	case hlOfficial:
		return r.marks.official
	case hlPlace:
		return r.marks.place
	case hlName:
		return r.marks.name
	case hlPhrase:
		return r.marks.phrase
	case hlWord:
		return r.marks.word
	}
	return render.Mark{}
}

func (r *Reader) mouse(msg tea.MouseMsg) tea.Cmd {
	if msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonLeft && r.page != nil {
		y := msg.Y - r.headerH
		if y >= 0 && y < r.bodyH && msg.X < r.bodyW {
			if i := r.page.SpanAt(r.vp.YOffset+y, msg.X); i >= 0 {
				r.select_(i)
				r.refreshBody()
				r.refreshStatus()
			}
		}
		return nil
	}
	var cmd tea.Cmd
	r.vp, cmd = r.vp.Update(msg)
	r.refreshBody()
	r.refreshStatus() // the scroll position it shows
	return cmd
}

func (r *Reader) setStatus(s string, isErr bool) {
	r.status, r.statusErr = s, isErr
	r.refreshStatus()
}

// View joins the prepared parts.
func (r *Reader) View() string {
	if r.width <= 0 {
		return ""
	}
	body := r.bodyView
	if r.panelW > 0 {
		if r.side {
			body = beside(body, r.panel, r.bodyW, r.panelW)
		} else {
			body = body + "\n" + r.panel
		}
	}
	return r.header + "\n" + body + "\n" + r.statusLine
}

// beside puts right to the right of left, line by line. Every line of left
// is leftW cells wide (refreshBody pads them) and every line of right
// rightW (the panel's style pads them), so unlike lipgloss.JoinHorizontal
// it measures nothing: a key press only joins strings.
func beside(left, right string, leftW, rightW int) string {
	nl, nr := strings.Count(left, "\n")+1, strings.Count(right, "\n")+1
	var b strings.Builder
	b.Grow(len(left) + len(right) + max(nr-nl, 0)*leftW + max(nl-nr, 0)*rightW + 1)
	var line string
	for i := range max(nl, nr) {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i < nl {
			line, left, _ = strings.Cut(left, "\n")
			b.WriteString(line)
		} else {
			b.WriteString(strings.Repeat(" ", leftW))
		}
		if i < nr {
			line, right, _ = strings.Cut(right, "\n")
			b.WriteString(line)
		} else {
			b.WriteString(strings.Repeat(" ", rightW))
		}
	}
	return b.String()
}

// --- prepared parts -------------------------------------------------------

func (r *Reader) headerView() string {
	if r.doc == nil {
		return r.styles.Title.Render(ansi.Truncate("kabar", r.width, "…"))
	}
	a := r.doc.Article
	var meta []string
	for _, s := range []string{a.Source, a.Dateline} {
		if s != "" {
			meta = append(meta, s)
		}
	}
	if !a.Published.IsZero() {
		meta = append(meta, a.Published.Format("2 Jan 2006"))
	}
	var by []string
	for _, p := range a.Byline {
		by = append(by, p.Role+": "+p.Name)
	}
	if len(by) > 0 {
		meta = append(meta, strings.Join(by, ", "))
	}
	if r.vocab != nil {
		distinct, known, fresh := r.articleStats()
		if distinct > 0 {
			meta = append([]string{fmt.Sprintf("%d%% known · %d new", known*100/distinct, fresh)}, meta...)
		}
	}
	title := r.styles.Title.Render(ansi.Truncate(a.Title, r.width, "…"))
	h := title + "\n" + r.styles.Meta.Render(ansi.Truncate(strings.Join(meta, " · "), r.width, "…"))
	if r.height >= 20 {
		h += "\n" // room to breathe when there is room
	}
	return h
}

// refreshBody prepares the visible part of the article.
func (r *Reader) refreshBody() {
	if r.bodyW <= 0 || r.bodyH <= 0 {
		r.bodyView = ""
		return
	}
	var b strings.Builder
	blank := strings.Repeat(" ", r.bodyW)
	switch {
	case r.showHelp:
		help := lipgloss.NewStyle().Width(r.bodyW).Height(r.bodyH).MaxHeight(r.bodyH).Padding(1, 2).
			Render(fullHelp(r.help, r.keys.FullHelp(), r.bodyW-4))
		r.bodyView = help
		return
	case r.page == nil:
		msg := ansi.Truncate(r.spin.View()+" rendering…", r.bodyW, "")
		b.WriteString(msg + strings.Repeat(" ", max(r.bodyW-ansi.StringWidth(msg), 0)))
		for i := 1; i < r.bodyH; i++ {
			b.WriteString("\n" + blank)
		}
		r.bodyView = b.String()
		return
	}
	top := r.vp.YOffset
	for i := 0; i < r.bodyH; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		if top+i >= len(r.lines) {
			b.WriteString(blank)
			continue
		}
		line := r.lines[top+i]
		if w := r.lineW[top+i]; w > r.bodyW {
			line = ansi.Truncate(line, r.bodyW, "")
		} else if w < r.bodyW {
			line += strings.Repeat(" ", r.bodyW-w)
		}
		b.WriteString(line)
	}
	r.bodyView = b.String()
}

// refreshPanel prepares the panel for the selection and size.
func (r *Reader) refreshPanel() {
	if r.panelW <= 0 || r.panelH <= 0 || r.doc == nil {
		r.panel = ""
		return
	}
	fw, fh := r.styles.Panel.GetFrameSize()
	inner := max(r.panelW-fw, 1)
	status := ""
	if r.vocab != nil && r.sel >= 0 {
		if st, key := r.statusOf(r.sel); key != "" {
			status = st.String()
		}
	}
	if r.sel >= 0 {
		if _, key := r.statusOf(r.sel); key != "" && r.own[key] != "" {
			status += " · yours: " + r.own[key]
		}
		if _, key := r.statusOf(r.sel); key != "" && r.notes[key] != "" {
			status += " · your note: " + r.notes[key]
		}
	}
	content := panelContent(r.styles, r.analyzer, r.doc, r.sel, inner, r.panelH-fh, status)
	lines := strings.Split(content, "\n")
	if h := max(r.panelH-fh, 1); len(lines) > h {
		lines = lines[:h]
	}
	r.panel = r.styles.Panel.Width(r.panelW - fw + r.styles.Panel.GetHorizontalPadding()).
		Height(max(r.panelH-fh, 1)).Render(strings.Join(lines, "\n"))
}

// refreshStatus prepares the one-line status and help bar.
func (r *Reader) refreshStatus() {
	var left string
	switch {
	case r.searching:
		left = r.input.View()
	case r.editing:
		left = r.gloss.View()
	case r.status != "" && r.statusErr:
		left = r.styles.Error.Render(r.status)
	case r.status != "":
		// The answer to the last key ("marked known") before the search
		// position, which comes back at the next key.
		left = r.styles.Status.Render(r.status)
	case len(r.matches) > 0:
		left = r.styles.Status.Render(fmt.Sprintf("/%s  %d of %d", r.query, r.match+1, len(r.matches)))
	}
	right := r.help.ShortHelpView(r.keys.ShortHelp())
	if r.page != nil && len(r.lines) > r.vp.Height {
		right = r.styles.Status.Render(fmt.Sprintf("%3.f%%  ", r.vp.ScrollPercent()*100)) + right
	}
	gap := r.width - ansi.StringWidth(left) - ansi.StringWidth(right)
	if gap < 1 {
		right = ansi.Truncate(right, max(r.width-ansi.StringWidth(left)-1, 0), "…")
		gap = max(r.width-ansi.StringWidth(left)-ansi.StringWidth(right), 0)
	}
	r.statusLine = ansi.Truncate(left+strings.Repeat(" ", gap)+right, r.width, "")
}

// fullHelp lays the help's columns out in as many rows as width needs,
// where help.Model alone would cut the columns that do not fit.
func fullHelp(h help.Model, groups [][]key.Binding, width int) string {
	h.Width = 0
	var rows, row []string
	w := 0
	for _, g := range groups {
		col := h.FullHelpView([][]key.Binding{g})
		cw := lipgloss.Width(col)
		if len(row) > 0 && w+lipgloss.Width(h.FullSeparator)+cw > width {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
			row, w = nil, 0
		}
		if len(row) > 0 {
			row = append(row, h.FullSeparator)
			w += lipgloss.Width(h.FullSeparator)
		}
		row = append(row, col)
		w += cw
	}
	if len(row) > 0 {
		rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
	}
	return strings.Join(rows, "\n\n")
}
