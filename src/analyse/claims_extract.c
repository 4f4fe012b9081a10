/* claims_extract.c - article body -> claims: sentence by sentence (boilerplate skipped),
 * every quantity number with what it counts and who says so. */
#include <stdlib.h>
#include <string.h>

#include "claims_int.h"
#include "crossread/claims.h"
#include "crossread/util.h"

#define MAX_NUMBERS 48 /* per sentence; the rest of a pathological sentence is ignored */
#define RECENT 3       /* sentences searched back for the name behind "he said" */

static int by_start(const void *a, const void *b)
{
    const cr_span *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

static bool pronoun(const char *w)
{
    static const char *const p[] = {"he", "she", "they", "it", "we", "i", "who", "this", NULL};
    return cw_find(w, strlen(w), p) >= 0;
}

/* The sentences before the current one, newest first. Read only when a pronoun is the
 * source, so sentences without claims cost nothing. */
typedef struct {
    const char *body;
    size_t start[RECENT], len[RECENT];
    int n;
    int para; /* how many of them are in the current paragraph */
} recent;

static void recent_push(recent *r, size_t start, size_t len)
{
    memmove(r->start + 1, r->start, (RECENT - 1) * sizeof r->start[0]);
    memmove(r->len + 1, r->len, (RECENT - 1) * sizeof r->len[0]);
    r->start[0] = start, r->len[0] = len;
    if (r->n < RECENT)
        r->n++;
    if (r->para < RECENT)
        r->para++;
}

/* The last speaker named in the sentences before, newest first, among the first n. */
static char *named_speaker_in(const recent *r, int n)
{
    for (int k = 0; k < n && k < r->n; k++) {
        char *who = cr_attribution(r->body + r->start[k], r->len[k], 0);
        if (who && !pronoun(who))
            return who;
        free(who);
    }
    return NULL;
}

static char *named_speaker(const recent *r)
{
    return named_speaker_in(r, r->n);
}

/* A quotation that fills paragraphs: it opens a paragraph and its speaker is named where
 * it closes ("...," Zulfugarov told JAMnews), maybe paragraphs later; or a paragraph follows
 * one that ends with a colon ("political scientist Artur Khachikyan believes:"). The
 * speaker is looked up only when a claim inside has no source of its own. */
#define QUOTE_SPAN 6000 /* a quotation longer than this is taken as an unclosed quote mark */
typedef struct {
    size_t start;  /* the first paragraph */
    size_t until;  /* the quotation ends here; 0: the paragraph is no quotation */
    bool colon;    /* introduced by a colon */
    recent before; /* the sentences before it */
    bool known;
    char *speaker;
} quote;

static size_t opening_quote(const char *body, size_t len, size_t i)
{
    if (i < len && body[i] == '"')
        return 1;
    if (i + 2 < len && (unsigned char)body[i] == 0xE2 && (unsigned char)body[i + 1] == 0x80 &&
        (unsigned char)body[i + 2] == 0x9C)
        return 3;
    return 0;
}

/* Where the quotation opened at body[i] (n bytes) closes, or 0 if not within QUOTE_SPAN. */
static size_t closing_quote(const char *body, size_t len, size_t i, size_t n)
{
    size_t end = len - i > QUOTE_SPAN ? i + QUOTE_SPAN : len;
    for (size_t k = i + n; k < end; k++) {
        if (n == 1 && body[k] == '"')
            return k;
        if (n == 3 && k + 2 < len && (unsigned char)body[k] == 0xE2 &&
            (unsigned char)body[k + 1] == 0x80 && (unsigned char)body[k + 2] == 0x9D)
            return k;
    }
    return 0;
}

/* A new paragraph at body[i]; ws is where the blank before it starts. A quotation still
 * open goes on. */
static void quote_paragraph(quote *q, const char *body, size_t len, size_t i, size_t ws,
                            const recent *r)
{
    if (q->until > i)
        return;
    free(q->speaker);
    *q = (quote){i, 0, ws > 0 && body[ws - 1] == ':', *r, false, NULL};
    size_t n = opening_quote(body, len, i);
    if (n)
        q->until = closing_quote(body, len, i, n);
    else if (q->colon) {
        q->until = len;
        for (size_t k = i; k + 1 < len; k++)
            if (body[k] == '\n' && body[k + 1] == '\n') {
                q->until = k;
                break;
            }
    }
}

static const char *quote_speaker(const char *body, size_t len, quote *q)
{
    if (q->known || !q->until)
        return q->speaker;
    q->known = true;
    if (q->colon) {
        /* the introducing sentence itself, or who "he" is in it */
        q->speaker = q->before.n ? cr_attribution(body + q->before.start[0], q->before.len[0], 0)
                                 : NULL;
        if (q->speaker && pronoun(q->speaker)) {
            recent older = q->before;
            older.n--;
            memmove(older.start, older.start + 1, older.n * sizeof older.start[0]);
            memmove(older.len, older.len + 1, older.n * sizeof older.len[0]);
            free(q->speaker);
            q->speaker = named_speaker(&older);
        }
        return q->speaker;
    }
    size_t e = cr_sentence_end(body, len, q->until);
    q->speaker = cr_attribution(body + q->until, e - q->until, 0);
    if (q->speaker && pronoun(q->speaker)) {
        free(q->speaker);
        q->speaker = named_speaker(&q->before);
    }
    return q->speaker;
}

/* "fled Armenians", "population region residents", "killed": kind, frame, noun. */
static char *subject_text(const char *s, const cw_subject *sub)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_adds(&b, sub->kind);
    if (sub->frame) {
        cr_buf_addc(&b, ' ');
        cr_buf_adds(&b, sub->frame);
    }
    if (sub->nlen && !cw_ieq(s + sub->nstart, sub->nlen, "people")) { /* says nothing more */
        cr_buf_addc(&b, ' ');
        cr_buf_add(&b, s + sub->nstart, sub->nlen);
    }
    return cr_buf_steal(&b);
}

static void push(cr_claims *out, size_t *cap, const cr_claim *c)
{
    if (out->n == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        out->c = cr_xrealloc(out->c, *cap * sizeof *out->c);
    }
    out->c[out->n++] = *c;
}

/* Spelled small numbers count people only when what they count is named or they are the
 * subject of a verb: "one serviceman was killed", "two were wounded", not "one of". */
static bool word_count_ok(const char *s, size_t len, const cr_number *x, const cw_subject *sub)
{
    static const char *const verbs[] = {"were", "was", "are", "have", "had", "died", NULL};
    size_t ws, we, e = x->start + x->len;
    if (x->unit || sub->nlen || x->lo >= 100)
        return true;
    return cw_next_word(s, len, e, &ws, &we) && ws == e + 1 && cw_find(s + ws, we - ws, verbs) >= 0;
}

/* Claims of one sentence s[0..len) at body offset off; r holds the sentences before it. */
static void sentence_claims(const char *s, size_t len, size_t off, size_t body_len,
                            const recent *r, quote *qt, cr_claims *out, size_t *cap)
{
    cr_number nums[MAX_NUMBERS];
    size_t n = 0, pos = 0;
    while (n < MAX_NUMBERS && cr_number_next(s, len, pos, &nums[n])) {
        pos = nums[n].start + nums[n].len;
        n++;
    }
    const char *prev = r->n ? r->body + r->start[0] : NULL;
    size_t prev_len = r->n ? r->len[0] : 0;
    for (size_t i = 0; i < n; i++) {
        const cr_number *x = &nums[i];
        size_t prev_end = i ? nums[i - 1].start + nums[i - 1].len : 0;
        size_t next_start = i + 1 < n ? nums[i + 1].start : len;
        cw_subject sub;
        cw_subject_of(s, len, x->start, x->start + x->len, prev_end, next_start, x->unit,
                      prev, prev_len, &sub);
        if (!sub.kind)
            continue; /* a number that counts nothing we know */
        if (x->words && x->hi < 100 &&
            (strcmp(sub.kind, "people") == 0 || !word_count_ok(s, len, x, &sub)))
            continue; /* "two countries", "no one is forcing": too common to be claims */
        cr_claim c = {0};
        c.start = off;
        c.len = len;
        c.vstart = off + x->start;
        c.vlen = x->len;
        c.lo = x->lo;
        c.hi = x->hi;
        const char *q = x->qualifier ? x->qualifier : x->increment ? "another" : NULL;
        c.qualifier = q;
        c.unit = x->unit ? x->unit : "people";
        c.subject = subject_text(s, &sub);
        c.said_by = cr_attribution(s, len, x->start);
        if (c.said_by && pronoun(c.said_by)) {
            /* "after it said" inside a sentence points at a company or body named in that
             * sentence, not at a person quoted in the paragraph before ("said Ian Hunter"):
             * look back within the paragraph only. A sentence that opens with "It" ("It also
             * announced"), and "he", "she", "they", may point back across paragraphs. */
            bool it = cw_ieq(c.said_by, strlen(c.said_by), "it") &&
                      !(len > 3 && s[0] == 'I' && s[1] == 't' && s[2] == ' ');
            free(c.said_by);
            c.said_by = it ? named_speaker_in(r, r->para) : named_speaker(r);
        }
        if (!c.said_by) {
            const char *who = quote_speaker(r->body, body_len, qt);
            if (who && c.vstart < qt->until)
                c.said_by = cr_xstrdup(who);
        }
        push(out, cap, &c);
    }
}

void cr_claims_extract(const char *body, size_t len, const cr_span *spans, size_t nspans,
                       cr_claims *out)
{
    cr_span *bp = NULL;
    size_t nbp = 0, cap = out->n, k = 0;
    for (size_t i = 0; i < nspans; i++)
        if (spans[i].kind == CR_SPAN_BOILERPLATE) {
            if (!bp)
                bp = cr_xmalloc(nspans * sizeof *bp);
            bp[nbp++] = spans[i];
        }
    if (nbp > 1)
        qsort(bp, nbp, sizeof *bp, by_start);
    recent r = {body, {0}, {0}, 0, 0};
    quote q = {0};
    size_t i = 0;
    while (i < len) {
        size_t ws = i, newlines = 0;
        while (i < len && (body[i] == ' ' || body[i] == '\n' || body[i] == '\t'))
            newlines += body[i++] == '\n';
        if (ws == 0 || newlines >= 2) {
            quote_paragraph(&q, body, len, i, ws, &r);
            r.para = 0;
        }
        while (k < nbp && bp[k].start + bp[k].len <= i)
            k++;
        if (k < nbp && bp[k].start <= i) {
            i = bp[k].start + bp[k].len;
            continue;
        }
        if (i >= len)
            break;
        size_t limit = k < nbp ? bp[k].start : len;
        size_t e = cr_sentence_end(body, limit, i);
        if (e <= i)
            e = i + 1;
        sentence_claims(body + i, e - i, i, len, &r, &q, out, &cap);
        recent_push(&r, i, e - i);
        i = e;
    }
    free(q.speaker);
    free(bp);
}

void cr_claims_free(cr_claims *cs)
{
    for (size_t i = 0; i < cs->n; i++) {
        free(cs->c[i].subject);
        free(cs->c[i].said_by);
    }
    free(cs->c);
    cs->c = NULL;
    cs->n = 0;
}
