/* layout.c - header and body of an article laid out into display lines with attributes. */
#include "crossread/layout.h"

#include <stdlib.h>
#include <string.h>

#include "crossread/util.h"

typedef struct {
    size_t off;
    int attr;
    int delta; /* +1 opens, -1 closes */
} edge;

typedef struct {
    edge *e;
    size_t n, cap;
} edges;

static void add_edge(edges *es, size_t off, int attr, int delta)
{
    if (es->n == es->cap) {
        es->cap = es->cap ? 2 * es->cap : 64;
        es->e = cr_xrealloc(es->e, es->cap * sizeof *es->e);
    }
    es->e[es->n++] = (edge){off, attr, delta};
}

static void add_range(edges *es, size_t start, size_t len, int attr)
{
    if (!len || !attr)
        return;
    add_edge(es, start, attr, +1);
    add_edge(es, start + len, attr, -1);
}

static int by_off(const void *a, const void *b)
{
    const edge *x = a, *y = b;
    return (x->off > y->off) - (x->off < y->off);
}

static void push_line(cr_layout *l, size_t start, size_t len, int width, int indent, size_t body_off)
{
    cr_lines *ls = &l->lines;
    if (ls->n == ls->cap) {
        ls->cap = ls->cap ? 2 * ls->cap : 64;
        ls->lines = cr_xrealloc(ls->lines, ls->cap * sizeof *ls->lines);
        l->indent = cr_xrealloc(l->indent, ls->cap * sizeof *l->indent);
        l->body_off = cr_xrealloc(l->body_off, ls->cap * sizeof *l->body_off);
    }
    ls->lines[ls->n] = (cr_line){start, len, width};
    l->indent[ls->n] = indent;
    l->body_off[ls->n] = body_off;
    ls->n++;
}

static void add_chunk(cr_layout *l, size_t tstart, size_t bstart, size_t len)
{
    if (l->nchunks == l->capchunks) {
        l->capchunks = l->capchunks ? 2 * l->capchunks : 64;
        l->chunks = cr_xrealloc(l->chunks, l->capchunks * sizeof *l->chunks);
    }
    l->chunks[l->nchunks++] = (struct cr_chunk){tstart, bstart, len};
}

/* Wraps text[start..end) into lines with the given indent; header lines map to body 0. */
static void wrap_into(cr_layout *l, const char *text, size_t start, size_t end, int indent,
                      bool is_body)
{
    int w = l->width - indent;
    if (w < 1)
        w = 1;
    cr_lines tmp = {0};
    cr_wrap(text + start, end - start, w, start, &tmp);
    for (size_t i = 0; i < tmp.n; i++) {
        size_t boff = 0;
        if (is_body)
            boff = l->nchunks ? l->chunks[l->nchunks - 1].bstart : 0; /* refined below */
        push_line(l, tmp.lines[i].start, tmp.lines[i].len, tmp.lines[i].width, indent, boff);
    }
    cr_lines_free(&tmp);
}

static size_t body_of_text(const cr_layout *l, size_t t)
{
    size_t lo = 0, hi = l->nchunks;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (l->chunks[mid].tstart <= t)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return 0;
    const struct cr_chunk *c = &l->chunks[lo - 1];
    size_t d = t - c->tstart;
    return c->bstart + (d < c->len ? d : c->len);
}

static bool is_hidden_kind(int kind, bool show_boilerplate)
{
    return kind == CR_SPAN_BOILERPLATE && !show_boilerplate;
}

static int attr_of_span(int kind)
{
    switch (kind) {
    case CR_SPAN_BOILERPLATE: return CR_ATTR_BOILER;
    case CR_SPAN_BOLD: return CR_ATTR_BOLD;
    case CR_SPAN_ITALIC: return CR_ATTR_ITALIC;
    case CR_SPAN_HEADING: return CR_ATTR_HEADING;
    case CR_SPAN_LINK: return CR_ATTR_LINK;
    case CR_SPAN_QUOTE: return CR_ATTR_QUOTE;
    case CR_SPAN_CAPTION: return CR_ATTR_CAPTION;
    case CR_SPAN_REFERENCE: return CR_ATTR_CAPTION;
    default: return 0;
    }
}


/* Byte ranges of one kind of span, sorted and merged, walked forward with a cursor: the
 * layout makes one pass over the body, so each lookup is amortised constant time. */
typedef struct {
    size_t *start, *end;
    size_t n, at;
} ranges;

static void ranges_of(const cr_article *a, bool (*want)(int kind, bool flag), bool flag, ranges *r)
{
    memset(r, 0, sizeof *r);
    r->start = cr_xmalloc((a->nspans + 1) * sizeof *r->start);
    r->end = cr_xmalloc((a->nspans + 1) * sizeof *r->end);
    for (size_t i = 0; i < a->nspans; i++) {
        const cr_span *sp = &a->spans[i];
        if (!want(sp->kind, flag) || !sp->len)
            continue;
        size_t s = sp->start, e = sp->start + sp->len;
        /* spans come sorted by start from the store; merge overlaps as they come */
        if (r->n && s <= r->end[r->n - 1]) {
            if (e > r->end[r->n - 1])
                r->end[r->n - 1] = e;
            continue;
        }
        r->start[r->n] = s;
        r->end[r->n] = e;
        r->n++;
    }
}

static void ranges_free(ranges *r)
{
    free(r->start);
    free(r->end);
}

/* The first range ending after pos (the cursor only moves forward), or n. */
static size_t ranges_next(ranges *r, size_t pos)
{
    while (r->at < r->n && r->end[r->at] <= pos)
        r->at++;
    return r->at;
}

static bool is_list_kind(int kind, bool unused)
{
    (void)unused;
    return kind == CR_SPAN_LIST_ITEM;
}

/* The first chunk that ends after body offset off. */
static size_t chunk_after(const cr_layout *l, size_t off)
{
    size_t lo = 0, hi = l->nchunks;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (l->chunks[mid].bstart + l->chunks[mid].len <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Maps a body range with an attribute onto the visible chunks it overlaps. */
static void add_body_range(const cr_layout *l, edges *es, size_t start, size_t len, int attr)
{
    if (!len || !attr)
        return;
    size_t end = start + len;
    for (size_t c = chunk_after(l, start); c < l->nchunks && l->chunks[c].bstart < end; c++) {
        const struct cr_chunk *ch = &l->chunks[c];
        size_t ss = start > ch->bstart ? start : ch->bstart;
        size_t se = end < ch->bstart + ch->len ? end : ch->bstart + ch->len;
        if (ss < se)
            add_range(es, ch->tstart + (ss - ch->bstart), se - ss, attr);
    }
}

static void header(cr_layout *l, cr_buf *t, edges *es, const cr_article *a)
{
    size_t s = t->len;
    cr_buf_adds(t, a->title && *a->title ? a->title : "(untitled)");
    add_range(es, s, t->len - s, CR_ATTR_TITLE);
    wrap_into(l, t->data, s, t->len, 0, false);
    cr_buf_addc(t, '\n');

    s = t->len;
    const char *parts[3] = {a->outlet, a->date, a->author ? a->author : NULL};
    bool any = false;
    for (int i = 0; i < 3; i++) {
        if (!parts[i] || !*parts[i])
            continue;
        if (any)
            cr_buf_adds(t, " \xC2\xB7 ");
        if (i == 2)
            cr_buf_adds(t, "by ");
        cr_buf_adds(t, parts[i]);
        any = true;
    }
    if (any) {
        add_range(es, s, t->len - s, CR_ATTR_META);
        wrap_into(l, t->data, s, t->len, 0, false);
        cr_buf_addc(t, '\n');
    }
    int shown = 0;
    const char *canon = a->url && *a->url ? a->url : NULL;
    for (size_t i = 0; i <= a->nurls && shown < 4; i++) {
        const char *u = i == 0 ? canon : a->urls[i - 1];
        if (!u || strlen(u) < 8 || (i > 0 && canon && strcmp(u, canon) == 0))
            continue;
        s = t->len;
        cr_buf_adds(t, u);
        add_range(es, s, t->len - s, CR_ATTR_META | CR_ATTR_LINK);
        wrap_into(l, t->data, s, t->len, 0, false);
        cr_buf_addc(t, '\n');
        shown++;
    }
    push_line(l, t->len, 0, 0, 0, 0);
    l->header_lines = l->lines.n;
}

void cr_layout_article(const cr_article *a, int width, const cr_layout_opts *o, cr_layout *out)
{
    memset(out, 0, sizeof *out);
    out->width = width < 1 ? 1 : width;
    bool show_bp = o && o->show_boilerplate;
    cr_buf t;
    cr_buf_init(&t);
    edges es = {0};
    header(out, &t, &es, a);

    ranges hidden, lists;
    ranges_of(a, is_hidden_kind, show_bp, &hidden);
    ranges_of(a, is_list_kind, false, &lists);
    const char *body = a->body ? a->body : "";
    size_t blen = a->body_len;
    size_t p = 0;
    bool first_para = true;
    while (p < blen) {
        /* a paragraph ends at a blank line */
        const char *nn = memmem(body + p, blen - p, "\n\n", 2);
        size_t pe = nn ? (size_t)(nn - body) : blen;
        /* visible pieces of [p, pe) */
        size_t para_tstart = t.len;
        size_t q = p;
        bool any_visible = false;
        while (q < pe) {
            size_t hide_s = pe, hide_e = pe;
            size_t h = ranges_next(&hidden, q);
            if (h < hidden.n && hidden.start[h] < pe) {
                hide_s = hidden.start[h] < q ? q : hidden.start[h];
                hide_e = hidden.end[h];
            }
            if (hide_s > q) {
                size_t vs = q, ve = hide_s;
                if (!first_para && !any_visible) {
                    /* blank line between paragraphs */
                    push_line(out, t.len, 0, 0, 0, vs);
                    cr_buf_addc(&t, '\n');
                    para_tstart = t.len;
                }
                add_chunk(out, t.len, vs, ve - vs);
                cr_buf_add(&t, body + vs, ve - vs);
                any_visible = true;
            }
            q = hide_e > hide_s ? hide_e : pe;
        }
        if (any_visible) {
            /* trim a paragraph that is only spaces after hiding */
            bool blank = true;
            for (size_t i = para_tstart; i < t.len && blank; i++)
                blank = t.data[i] == ' ' || t.data[i] == '\n';
            if (blank) {
                t.len = para_tstart;
                t.data[t.len] = '\0';
                while (out->nchunks && out->chunks[out->nchunks - 1].tstart >= para_tstart)
                    out->nchunks--;
                if (!first_para && out->lines.n > out->header_lines) {
                    out->lines.n--; /* the blank line pushed before it */
                    t.len = para_tstart - 1;
                    t.data[t.len] = '\0';
                }
            } else {
                size_t before = out->lines.n;
                size_t li = ranges_next(&lists, p);
                int indent = li < lists.n && lists.start[li] < pe ? 2 : 0;
                wrap_into(out, t.data, para_tstart, t.len, indent, true);
                for (size_t i = before; i < out->lines.n; i++)
                    out->body_off[i] = body_of_text(out, out->lines.lines[i].start);
                first_para = false;
            }
        }
        p = nn ? pe + 2 : blen;
        while (p < blen && body[p] == '\n')
            p++;
    }

    ranges_free(&hidden);
    ranges_free(&lists);

    /* attributes of spans and decorations, mapped into the layout text */
    for (size_t i = 0; i < a->nspans; i++)
        add_body_range(out, &es, a->spans[i].start, a->spans[i].len, attr_of_span(a->spans[i].kind));
    for (size_t i = 0; o && i < o->ndecor; i++)
        add_body_range(out, &es, o->decor[i].start, o->decor[i].len, o->decor[i].attr);
    if (es.n > 1)
        qsort(es.e, es.n, sizeof *es.e, by_off);
    int count[16] = {0};
    size_t prev = 0;
    int cur = 0;
    for (size_t i = 0; i <= es.n; i++) {
        size_t off = i < es.n ? es.e[i].off : t.len;
        if (off > prev && cur) {
            if (out->nruns == out->capruns) {
                out->capruns = out->capruns ? 2 * out->capruns : 64;
                out->runs = cr_xrealloc(out->runs, out->capruns * sizeof *out->runs);
            }
            out->runs[out->nruns++] = (cr_run){prev, off - prev, cur};
        }
        prev = off;
        if (i == es.n)
            break;
        for (int b = 0; b < 16; b++)
            if (es.e[i].attr & (1 << b))
                count[b] += es.e[i].delta;
        cur = 0;
        for (int b = 0; b < 16; b++)
            if (count[b] > 0)
                cur |= 1 << b;
    }
    free(es.e);
    out->len = t.len;
    out->text = cr_buf_steal(&t);
}

void cr_layout_free(cr_layout *l)
{
    free(l->text);
    cr_lines_free(&l->lines);
    free(l->indent);
    free(l->body_off);
    free(l->runs);
    free(l->chunks);
    memset(l, 0, sizeof *l);
}

int cr_layout_attr_at(const cr_layout *l, size_t off)
{
    size_t lo = 0, hi = l->nruns;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (l->runs[mid].start + l->runs[mid].len <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < l->nruns && l->runs[lo].start <= off)
        return l->runs[lo].attr;
    return 0;
}

size_t cr_layout_line_of_body(const cr_layout *l, size_t body_off)
{
    if (body_off == 0 || l->lines.n <= l->header_lines)
        return 0;
    size_t lo = l->header_lines, hi = l->lines.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (l->body_off[mid] <= body_off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > l->header_lines ? lo - 1 : l->header_lines;
}

size_t cr_layout_text_of_body(const cr_layout *l, size_t body_off)
{
    for (size_t lo = 0, hi = l->nchunks; lo < hi;) {
        size_t mid = (lo + hi) / 2;
        const struct cr_chunk *c = &l->chunks[mid];
        if (body_off < c->bstart)
            hi = mid;
        else if (body_off >= c->bstart + c->len)
            lo = mid + 1;
        else
            return c->tstart + (body_off - c->bstart);
    }
    return (size_t)-1;
}
