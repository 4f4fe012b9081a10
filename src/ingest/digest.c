/* digest.c - splits a digest (many stories from many outlets in one file) into stories.
 * A story opens with a head: its title line, an outlet line, a date line, e.g.
 *     Gunfire Around Karabakh Persists ...      (title)
 *     BARRON'S                                  (outlet, blank lines around allowed)
 *     Oct 2 2023                                (date)
 * or title, date, then the outlet as the first of a few "• " lines. Each story runs to the
 * line before the next head's title, so no line is lost or given to a neighbour. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    size_t title, outlet, date; /* line indices; outlet == SIZE_MAX if it is a bullet */
    size_t body;                /* first line after the head */
    char *outlet_text;
    char date_iso[11];
} head;

static size_t prev_text(const ig_lines *l, size_t i)
{
    while (i > 0) {
        i--;
        if (!ig_blank(l->v[i].s, l->v[i].len))
            return i;
    }
    return SIZE_MAX;
}

static size_t next_text(const ig_lines *l, size_t i)
{
    for (i++; i < l->n; i++)
        if (!ig_blank(l->v[i].s, l->v[i].len))
            return i;
    return SIZE_MAX;
}

static bool bullet(const ig_line *ln)
{
    const char *s = ln->s;
    size_t n = ln->len;
    ig_trim(&s, &n);
    return n > 4 && memcmp(s, "\xE2\x80\xA2 ", 4) == 0;
}

static bool title_like(const ig_line *ln)
{
    const char *s = ln->s;
    size_t n = ln->len;
    ig_trim(&s, &n);
    return n >= 8 && n <= 250 && !ig_is_url(s, n) && s[n - 1] != '.';
}

/* Finds the heads; returns how many. */
static size_t find_heads(const ig_lines *l, head **out)
{
    size_t cap = 8, nh = 0;
    head *h = cr_xmalloc(cap * sizeof *h);
    for (size_t d = 0; d < l->n; d++) {
        char iso[11];
        if (!ig_date_line(l->v[d].s, l->v[d].len, iso))
            continue;
        size_t p1 = prev_text(l, d), nx = next_text(l, d);
        if (p1 == SIZE_MAX || d - p1 > 3)
            continue;
        head x = {0};
        memcpy(x.date_iso, iso, sizeof iso);
        x.date = d;
        if (nx != SIZE_MAX && bullet(&l->v[nx]) && title_like(&l->v[p1])) {
            /* title, date, "• Outlet", "• Place" */
            x.title = p1;
            x.outlet = SIZE_MAX;
            const char *s = l->v[nx].s;
            size_t n = l->v[nx].len;
            ig_trim(&s, &n);
            x.outlet_text = ig_outlet_name(s + 4, n - 4);
            x.body = nx + 1; /* further bullets ("• Baku-Yerevan") are the story's own */
        } else {
            size_t p2 = prev_text(l, p1);
            if (p2 == SIZE_MAX || p1 - p2 > 3 || !ig_outlet_line(l->v[p1].s, l->v[p1].len) ||
                !title_like(&l->v[p2]))
                continue;
            x.title = p2;
            x.outlet = p1;
            x.outlet_text = ig_outlet_name(l->v[p1].s, l->v[p1].len);
            x.body = d + 1;
        }
        if (nh && x.title < h[nh - 1].body) {
            free(x.outlet_text); /* overlaps the previous head: a date inside a story */
            continue;
        }
        if (nh == cap)
            h = cr_xrealloc(h, (cap *= 2) * sizeof *h);
        h[nh++] = x;
    }
    *out = h;
    return nh;
}

bool ig_digest(const ig_lines *l, bool wrapped, cr_doc *d)
{
    head *h;
    size_t nh = find_heads(l, &h);
    if (nh < 2) {
        for (size_t i = 0; i < nh; i++)
            free(h[i].outlet_text);
        free(h);
        return false;
    }
    int seq = 0;
    /* lines before the first head (a digest's own preface) form a story of their own */
    size_t pre = 0;
    while (pre < h[0].title && ig_blank(l->v[pre].s, l->v[pre].len))
        pre++;
    if (pre < h[0].title) {
        ig_story_opts o = {.wrapped = wrapped};
        cr_article *a = ig_doc_add(d);
        ig_story(l->v + pre, h[0].title - pre, &o, a);
        a->seq = seq++;
        a->line = (int)pre + 1;
        ig_article_finish(a);
    }
    for (size_t i = 0; i < nh; i++) {
        size_t end = i + 1 < nh ? h[i + 1].title : l->n;
        const char *t = l->v[h[i].title].s;
        size_t tn = l->v[h[i].title].len;
        ig_trim(&t, &tn);
        ig_story_opts o = {.wrapped = wrapped};
        o.title = cr_xstrndup(t, tn);
        o.outlet = h[i].outlet_text;
        o.date = cr_xstrdup(h[i].date_iso);
        cr_article *a = ig_doc_add(d);
        ig_story(l->v + h[i].body, end - h[i].body, &o, a);
        a->seq = seq++;
        a->line = (int)h[i].title + 1;
        ig_article_finish(a);
    }
    free(h);
    return true;
}
