/* story.c - one article from a run of lines: paragraphs (joining hard-wrapped lines), the
 * header (title, date, byline), the trailing URL, then the body with its spans. */
#include "internal.h"

#include "crossread/text.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum { B_TEXT, B_HEADING, B_BULLET, B_NUMBERED, B_QUOTE, B_URL };

typedef struct {
    size_t first, end; /* lines [first, end) */
    int kind;
    size_t mark;       /* bytes of list/heading/quote marker on the first line */
} block;

/* Width of a list marker at the start of a trimmed line ("• ", "- ", "1. "), else 0. */
static size_t bullet_width(const char *s, size_t len, bool markdown, bool *numbered)
{
    *numbered = false;
    if (len >= 4 && memcmp(s, "\xE2\x80\xA2 ", 4) == 0) /* "• " */
        return 4;
    if (len >= 2 && (s[0] == '-' || (markdown && (s[0] == '*' || s[0] == '+'))) && s[1] == ' ')
        return 2;
    size_t i = 0;
    while (i < len && i < 3 && isdigit((unsigned char)s[i]))
        i++;
    if (i && i + 1 < len && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ') {
        *numbered = true;
        return 0; /* the number is kept: it is part of what the list says */
    }
    return 0;
}

static size_t heading_width(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && i < 6 && s[i] == '#')
        i++;
    return i && i < len && s[i] == ' ' ? i + 1 : 0;
}

static block *make_blocks(const ig_line *l, size_t n, const ig_story_opts *o, size_t *nb)
{
    block *b = cr_xmalloc((n + 1) * sizeof *b);
    size_t k = 0;
    bool open = false;
    for (size_t i = 0; i < n; i++) {
        const char *s = l[i].s;
        size_t len = l[i].len;
        ig_trim(&s, &len);
        if (!len) {
            open = false;
            continue;
        }
        bool numbered;
        int kind = B_TEXT;
        size_t mark = 0;
        if (ig_is_url(s, len))
            kind = B_URL;
        else if (o->markdown && (mark = heading_width(s, len)))
            kind = B_HEADING;
        else if ((mark = bullet_width(s, len, o->markdown, &numbered)) || numbered)
            kind = numbered ? B_NUMBERED : B_BULLET;
        else if (o->markdown && s[0] == '>')
            kind = B_QUOTE, mark = len > 1 && s[1] == ' ' ? 2 : 1;
        bool indented = l[i].s[0] == ' ';
        /* "...visits by Armenian officials to the territory and" / blank / "has put up ...":
         * a sentence that a blank line cut in two is still one paragraph */
        if (!open && k && o->wrapped && kind == B_TEXT && b[k - 1].kind == B_TEXT &&
            b[k - 1].end == i - 1 && islower((unsigned char)s[0]) && !indented) {
            const char *p = l[i - 2].s;
            size_t pl = l[i - 2].len;
            ig_trim(&p, &pl);
            if (pl && isalpha((unsigned char)p[pl - 1]))
                open = true;
        }
        bool join = open && o->wrapped && !indented && kind == B_TEXT && b[k - 1].kind != B_URL &&
                    b[k - 1].kind != B_HEADING;
        if (open && o->markdown && kind == B_QUOTE && b[k - 1].kind == B_QUOTE)
            join = true, mark = 0;
        if (join) {
            b[k - 1].end = i + 1;
            continue;
        }
        b[k++] = (block){i, i + 1, kind, mark};
        open = true;
    }
    *nb = k;
    return b;
}

/* The raw text of a block: its lines trimmed and joined, the marker removed. */
static void block_text(const ig_line *l, const block *bk, bool markdown, cr_buf *out)
{
    out->len = 0;
    cr_buf_add(out, "", 0);
    for (size_t i = bk->first; i < bk->end; i++) {
        const char *s = l[i].s;
        size_t len = l[i].len;
        ig_trim(&s, &len);
        if (i == bk->first) {
            s += bk->mark, len -= bk->mark;
            ig_trim(&s, &len);
        } else if (markdown && bk->kind == B_QUOTE && len && s[0] == '>') {
            s++, len--;
            ig_trim(&s, &len);
        }
        if (!len)
            continue;
        if (out->len) {
            /* "Armenia-\nKarabakh" was one word before the line was wrapped */
            char p = out->data[out->len - 1];
            bool hyphen = p == '-' && out->len > 1 && isalpha((unsigned char)out->data[out->len - 2]);
            if (!hyphen)
                cr_buf_addc(out, ' ');
        }
        cr_buf_add(out, s, len);
    }
}

/* Rendered text of some raw markup, for metadata. */
static char *render_plain(const char *s, size_t len, bool markdown)
{
    ig_build t;
    ig_build_init(&t);
    ig_inline(&t, s, len, markdown);
    char *r = cr_buf_steal(&t.body);
    ig_build_free(&t);
    size_t n = strlen(r);
    const char *p = r;
    ig_trim(&p, &n);
    char *out = cr_xstrndup(p, n);
    free(r);
    return out;
}

static bool ends_sentence(const char *s, size_t len)
{
    ig_trim(&s, &len);
    if (!len)
        return false;
    char c = s[len - 1];
    return c == '.' || c == '!' || c == '?' || c == '"' || c == ':' ||
           (len >= 3 && (unsigned char)s[len - 3] == 0xE2 && (unsigned char)s[len - 2] == 0x80 &&
            ((unsigned char)s[len - 1] == 0x9D || (unsigned char)s[len - 1] == 0x99));
}

/* The author named in a bio: "... Dr. Sabir Askeroğlu, yüksek ..." -> "Sabir Askeroğlu". */
static char *bio_name(const char *s, size_t len)
{
    size_t lim = len < 2000 ? len : 2000;
    for (size_t i = 0; i + 4 < lim; i++) {
        if (memcmp(s + i, "Dr. ", 4) != 0 || (i && s[i - 1] != ' '))
            continue;
        const char *p = s + i + 4;
        size_t n = 0, words = 0;
        /* two or three words, up to a comma or a lower-case word */
        while (words < 3 && p + n < s + lim) {
            size_t w = n;
            while (p + w < s + lim && p[w] != ' ' && p[w] != ',' && p[w] != '.')
                w++;
            if (w == n || !(isupper((unsigned char)p[n]) || (unsigned char)p[n] >= 0xC3))
                break;
            n = w;
            words++;
            if (p + n >= s + lim || p[n] != ' ')
                break;
            if (p + n + 1 < s + lim && !isupper((unsigned char)p[n + 1]))
                break;
            n++;
        }
        while (n && p[n - 1] == ' ')
            n--;
        if (words >= 2 && ig_name_line(p, n))
            return cr_xstrndup(p, n);
    }
    return NULL;
}

static void add_kind_spans(ig_build *b, size_t start, size_t len, unsigned bits)
{
    for (int k = 1; k < 32; k++)
        if (bits & (1u << k))
            ig_span(b, start, len, k);
}

/* One story being read: its lines cut into blocks, and which blocks left the body. */
typedef struct {
    const ig_line *l;
    block *bl;
    size_t nb;
    bool *skip;   /* metadata blocks, not rendered */
    bool markdown;
    cr_buf raw;   /* scratch: the text of the block at hand */
    cr_article *a;
} story;

static void unangle(const char **u, size_t *n)
{
    if (*n >= 2 && (*u)[0] == '<' && (*u)[*n - 1] == '>')
        (*u)++, *n -= 2;
}

/* The trailing canonical URL: "Original url:" then the URL, or a bare URL line at the end
 * (but not the end of a reference list). */
static void take_trailer(story *st)
{
    size_t nb = st->nb;
    if (!nb || st->bl[nb - 1].kind != B_URL || (nb >= 2 && st->bl[nb - 2].kind == B_URL))
        return;
    block_text(st->l, &st->bl[nb - 1], false, &st->raw);
    if (!st->a->url) {
        const char *u = st->raw.data;
        size_t n = st->raw.len;
        unangle(&u, &n);
        st->a->url = cr_xstrndup(u, n);
    }
    st->skip[nb - 1] = true;
    if (nb >= 2) {
        block_text(st->l, &st->bl[nb - 2], false, &st->raw);
        if (ig_starts_ci(st->raw.data, st->raw.len, "Original url"))
            st->skip[nb - 2] = true;
    }
}

/* The header: leading appeals (left in the body), a leading URL or date, the title, then date
 * and byline among the next 8 blocks. */
static void take_header(story *st)
{
    cr_article *a = st->a;
    bool just_dated = a->date != NULL;
    char date[11];
    for (size_t bi = 0, seen = 0; bi < st->nb && seen < 8; bi++, seen++) {
        if (st->skip[bi])
            continue;
        const block *bk = &st->bl[bi];
        block_text(st->l, bk, st->markdown, &st->raw);
        const char *s = st->raw.data;
        size_t n = st->raw.len;
        if (!a->title) {
            if (bk->kind == B_URL && !a->url) {
                unangle(&s, &n);
                a->url = cr_xstrndup(s, n);
                st->skip[bi] = true;
            } else if (ig_date_line(s, n, date)) {
                if (!a->date)
                    a->date = cr_xstrdup(date);
                st->skip[bi] = true;
            } else if (ig_classify(s, n) & (1u << CR_SPAN_BOILERPLATE)) {
                continue; /* an appeal above the headline */
            } else if (n <= 300 && bk->end - bk->first <= 3 && bk->kind != B_URL) {
                a->title = render_plain(s, n, st->markdown);
                st->skip[bi] = true;
                seen = 0;
            } else
                return;
            continue;
        }
        char *who;
        if (ig_date_line(s, n, date)) {
            if (!a->date)
                a->date = cr_xstrdup(date);
            st->skip[bi] = true;
            just_dated = true;
        } else if (!a->author && (who = ig_author_line(s, n))) {
            a->author = who;
            st->skip[bi] = true;
        } else if (!a->author && just_dated && ig_name_line(s, n)) {
            a->author = cr_xstrndup(s, n);
            st->skip[bi] = true;
        } else
            just_dated = false;
    }
}

#define BIT(kind) (1u << (kind))

/* Renders the blocks left into the body, and marks what each paragraph is. */
static void render_body(story *st, ig_build *b)
{
    cr_article *a = st->a;
    size_t nb = st->nb, last_ref = nb, url_run = 0, rendered = 0;
    size_t *starts = cr_xcalloc(nb + 1, sizeof *starts);
    size_t *lens = cr_xcalloc(nb + 1, sizeof *lens);
    unsigned *bits = cr_xcalloc(nb + 1, sizeof *bits);
    for (size_t bi = 0; bi < nb; bi++) {
        if (st->skip[bi])
            continue;
        const block *bk = &st->bl[bi];
        block_text(st->l, bk, st->markdown, &st->raw);
        size_t start = b->body.len;
        if (bk->kind == B_URL) {
            const char *u = st->raw.data;
            size_t n = st->raw.len;
            unangle(&u, &n);
            ig_url(b, u, n);
            cr_buf_add(&b->body, u, n);
            ig_span(b, start, n, CR_SPAN_LINK);
        } else
            ig_inline(b, st->raw.data, st->raw.len, st->markdown);
        const char *text = b->body.data + start;
        size_t len = b->body.len - start;
        unsigned k = ig_classify(text, len);
        if (bk->kind == B_HEADING)
            k |= BIT(CR_SPAN_HEADING);
        else if (bk->kind == B_BULLET || bk->kind == B_NUMBERED)
            k |= BIT(CR_SPAN_LIST_ITEM);
        else if (bk->kind == B_QUOTE)
            k |= BIT(CR_SPAN_QUOTE);
        /* two URL lines or more in a row: a reference list */
        url_run = bk->kind == B_URL ? url_run + 1 : 0;
        if (url_run >= 2) {
            k |= BIT(CR_SPAN_REFERENCE) | BIT(CR_SPAN_BOILERPLATE);
            if (url_run == 2)
                bits[bi - 1] |= BIT(CR_SPAN_REFERENCE) | BIT(CR_SPAN_BOILERPLATE);
        }
        if (k & BIT(CR_SPAN_REFERENCE))
            last_ref = bi;
        if ((k & BIT(CR_SPAN_BOILERPLATE)) && !a->outlet)
            a->outlet = ig_outlet_hint(text, len);
        if (!a->author)
            a->author = ig_author_line(text, len);
        /* a bare name between paragraphs credits the photo whose caption precedes it */
        if (rendered && k == 0 && ig_name_line(text, len) && !ig_starts_ci(text, len, "By")) {
            k |= BIT(CR_SPAN_CAPTION) | BIT(CR_SPAN_BOILERPLATE);
            size_t p = bi;
            while (p > 0 && st->skip[p - 1])
                p--;
            if (p > 0 && lens[p - 1] < 300 && !ends_sentence(b->body.data + starts[p - 1], lens[p - 1]))
                bits[p - 1] |= BIT(CR_SPAN_CAPTION) | BIT(CR_SPAN_BOILERPLATE);
        }
        bits[bi] |= k;
        starts[bi] = start;
        lens[bi] = len;
        cr_buf_add(&b->body, "\n\n", 2);
        rendered++;
    }
    /* at most two paragraphs after the reference list at the very end: the author's bio */
    if (last_ref < nb) {
        size_t rest = 0;
        for (size_t bi = last_ref + 1; bi < nb; bi++)
            rest += !st->skip[bi];
        for (size_t bi = last_ref + 1; rest <= 2 && bi < nb; bi++)
            if (!st->skip[bi]) {
                bits[bi] |= BIT(CR_SPAN_BOILERPLATE);
                if (!a->author)
                    a->author = bio_name(b->body.data + starts[bi], lens[bi]);
            }
    }
    for (size_t bi = 0; bi < nb; bi++)
        if (!st->skip[bi])
            add_kind_spans(b, starts[bi], lens[bi], bits[bi]);
    free(starts);
    free(lens);
    free(bits);
}

void ig_story(const ig_line *l, size_t n, ig_story_opts *o, cr_article *a)
{
    story st = {.l = l, .markdown = o->markdown, .a = a};
    st.bl = make_blocks(l, n, o, &st.nb);
    st.skip = cr_xcalloc(st.nb + 1, sizeof *st.skip);
    cr_buf_init(&st.raw);
    a->title = o->title, a->outlet = o->outlet, a->date = o->date, a->author = o->author;
    a->url = o->url;
    o->title = o->outlet = o->date = o->author = o->url = NULL;
    take_trailer(&st);
    take_header(&st);
    ig_build b;
    ig_build_init(&b);
    render_body(&st, &b);
    ig_build_finish(&b, a);
    cr_buf_free(&st.raw);
    free(st.skip);
    free(st.bl);
}

void ig_article_finish(cr_article *a)
{
    /* the canonical URL is one of the URLs the article mentions */
    bool listed = !a->url;
    for (size_t i = 0; i < a->nurls && !listed; i++)
        listed = !strcmp(a->urls[i], a->url);
    if (!listed) {
        a->urls = cr_xrealloc(a->urls, (a->nurls + 1) * sizeof *a->urls);
        a->urls[a->nurls++] = cr_xstrdup(a->url);
    }
    if (!a->body) {
        a->body = cr_xstrdup("");
        a->body_len = 0;
    }
    size_t probe = a->body_len < (1u << 20) ? a->body_len : (1u << 20);
    while (probe < a->body_len && ((unsigned char)a->body[probe] & 0xC0) == 0x80)
        probe++;
    a->script = cr_xstrdup(cr_dominant_script(a->body, probe));
    if (!a->outlet && a->url)
        a->outlet = ig_outlet_from_url(a->url);
    if (!a->outlet)
        a->outlet = ig_outlet_mentioned(a->body, a->body_len);
    char date[11];
    if (!a->date && ig_date_in_text(a->body, a->body_len, a->urls, a->nurls, date))
        a->date = cr_xstrdup(date);
    if (!a->title) {
        /* no headline: the first words of the body stand in */
        size_t i = 0, words = 0;
        while (i < a->body_len && a->body[i] != '\n' && words < 12 && i < 120)
            words += a->body[i++] == ' ';
        while (i < a->body_len && ((unsigned char)a->body[i] & 0xC0) == 0x80)
            i++;
        const char *s = a->body;
        size_t n = i;
        ig_trim(&s, &n);
        a->title = n ? cr_xstrndup(s, n) : cr_xstrdup("(untitled)");
    }
}
