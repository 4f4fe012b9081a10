/* json.c - a JSON array of article objects (as scraped news dumps are):
 *     [{"title": "...", "content": "...", "url": "...", "date_extracted": "...",
 *       "author": "...", "source": "..."}, ...]
 * A small recursive-descent reader: strings with every escape, other values skipped. */
#include "internal.h"

#include "crossread/text.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *s, *end;
    bool bad;
} reader;

enum { MAX_DEPTH = 64 };

static void ws(reader *r)
{
    while (r->s < r->end && (*r->s == ' ' || *r->s == '\n' || *r->s == '\t' || *r->s == '\r'))
        r->s++;
}

static unsigned hex4(reader *r)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        if (r->s >= r->end) {
            r->bad = true;
            return 0;
        }
        char c = *r->s++;
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else
            r->bad = true;
    }
    return v;
}

static void put_utf8(cr_buf *b, unsigned cp)
{
    char u[4];
    size_t k = 0;
    if (cp < 0x80)
        u[k++] = (char)cp;
    else if (cp < 0x800)
        u[k++] = (char)(0xC0 | (cp >> 6)), u[k++] = (char)(0x80 | (cp & 0x3F));
    else if (cp < 0x10000)
        u[k++] = (char)(0xE0 | (cp >> 12)), u[k++] = (char)(0x80 | ((cp >> 6) & 0x3F)),
        u[k++] = (char)(0x80 | (cp & 0x3F));
    else
        u[k++] = (char)(0xF0 | (cp >> 18)), u[k++] = (char)(0x80 | ((cp >> 12) & 0x3F)),
        u[k++] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[k++] = (char)(0x80 | (cp & 0x3F));
    cr_buf_add(b, u, k);
}

/* Reads a string at r->s (at its opening quote) into b, or skips it if b is NULL. */
static void string(reader *r, cr_buf *b)
{
    r->s++;
    while (r->s < r->end && *r->s != '"') {
        char c = *r->s++;
        if (c != '\\') {
            if (b)
                cr_buf_addc(b, c);
            continue;
        }
        if (r->s >= r->end)
            break;
        char e = *r->s++;
        unsigned cp;
        switch (e) {
        case 'n': cp = '\n'; break;
        case 't': cp = ' '; break;
        case 'r': cp = '\n'; break;
        case 'b': case 'f': cp = ' '; break;
        case 'u':
            cp = hex4(r);
            if (cp >= 0xD800 && cp <= 0xDBFF && r->end - r->s >= 6 && r->s[0] == '\\' && r->s[1] == 'u') {
                r->s += 2;
                unsigned lo = hex4(r);
                cp = lo >= 0xDC00 && lo <= 0xDFFF ? 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00) : 0xFFFD;
            } else if (cp >= 0xD800 && cp <= 0xDFFF)
                cp = 0xFFFD;
            break;
        default: cp = (unsigned char)e; break;
        }
        if (b)
            put_utf8(b, cp);
    }
    if (r->s >= r->end)
        r->bad = true;
    else
        r->s++;
}

static void value(reader *r, int depth);

static void skip_container(reader *r, char close, int depth)
{
    r->s++;
    if (depth > MAX_DEPTH) {
        r->bad = true;
        return;
    }
    for (;;) {
        ws(r);
        if (r->bad || r->s >= r->end) {
            r->bad = true;
            return;
        }
        if (*r->s == close) {
            r->s++;
            return;
        }
        if (*r->s == ',' || *r->s == ':') {
            r->s++;
            continue;
        }
        value(r, depth + 1);
    }
}

static void value(reader *r, int depth)
{
    ws(r);
    if (r->s >= r->end) {
        r->bad = true;
        return;
    }
    char c = *r->s;
    if (c == '"')
        string(r, NULL);
    else if (c == '{')
        skip_container(r, '}', depth);
    else if (c == '[')
        skip_container(r, ']', depth);
    else {
        const char *start = r->s;
        while (r->s < r->end && !strchr(",}] \n\t\r", *r->s))
            r->s++;
        if (r->s == start)
            r->bad = true;
    }
}

static const char *const title_keys[] = {"title", "headline", NULL};
static const char *const body_keys[] = {"content", "body", "text", "article", NULL};
static const char *const url_keys[] = {"url", "link", NULL};
static const char *const date_keys[] = {"date", "published", "date_published", "date_extracted", NULL};
static const char *const author_keys[] = {"author", "byline", NULL};
static const char *const outlet_keys[] = {"source", "outlet", "publisher", NULL};

static bool is_key(const char *k, const char *const *keys)
{
    for (; *keys; keys++)
        if (!strcmp(k, *keys))
            return true;
    return false;
}

/* A valid, sanitised copy of a decoded JSON string; NULL if it is empty. */
static char *clean(cr_buf *b)
{
    const char *s = b->data ? b->data : "";
    size_t n = b->len;
    ig_trim(&s, &n);
    if (!n)
        return NULL;
    size_t rl, sl;
    char *rep = cr_utf8_repair(s, n, &rl, NULL);
    char *safe = cr_sanitize(rep, rl, false, &sl, NULL);
    free(rep);
    return safe;
}

static void article_object(reader *r, cr_doc *d, int line)
{
    r->s++;
    char *field[6] = {0};
    const char *const *keys[6] = {title_keys, body_keys, url_keys, date_keys, author_keys, outlet_keys};
    cr_buf key, val;
    cr_buf_init(&key);
    cr_buf_init(&val);
    for (;;) {
        ws(r);
        if (r->s >= r->end) {
            r->bad = true;
            break;
        }
        if (*r->s == '}') {
            r->s++;
            break;
        }
        if (*r->s == ',') {
            r->s++;
            continue;
        }
        if (*r->s != '"') {
            r->bad = true;
            break;
        }
        key.len = 0;
        cr_buf_add(&key, "", 0);
        string(r, &key);
        ws(r);
        if (r->s >= r->end || *r->s != ':') {
            r->bad = true;
            break;
        }
        r->s++;
        ws(r);
        int which = -1;
        for (int i = 0; i < 6; i++)
            if (is_key(key.data, keys[i]))
                which = i;
        if (which >= 0 && r->s < r->end && *r->s == '"' && !field[which]) {
            val.len = 0;
            string(r, &val);
            field[which] = clean(&val);
        } else
            value(r, 1);
        if (r->bad)
            break;
    }
    if (!r->bad && (field[0] || field[1])) {
        ig_story_opts o = {.wrapped = false};
        o.title = field[0];
        o.url = field[2];
        char iso[11];
        if (field[3] && ig_date_line(field[3], strlen(field[3]), iso))
            o.date = cr_xstrdup(iso);
        o.author = field[4];
        o.outlet = field[5] ? field[5] : NULL;
        if (o.url) {
            free(o.outlet);
            o.outlet = ig_outlet_from_url(o.url);
        }
        field[0] = field[2] = field[4] = field[5] = NULL;
        ig_lines lines;
        const char *body = field[1] ? field[1] : "";
        ig_split_lines(body, strlen(body), &lines);
        cr_article *a = ig_doc_add(d);
        ig_story(lines.v, lines.n, &o, a);
        a->seq = (int)d->n - 1;
        a->line = line;
        ig_article_finish(a);
        free(lines.v);
    }
    for (int i = 0; i < 6; i++)
        free(field[i]);
    cr_buf_free(&key);
    cr_buf_free(&val);
}

bool ig_json(const char *text, size_t len, cr_doc *d)
{
    reader r = {text, text + len, false};
    size_t before = d->n;
    ws(&r);
    bool array = r.s < r.end && *r.s == '[';
    if (array)
        r.s++;
    const char *counted = text;
    int line = 1;
    while (!r.bad) {
        ws(&r);
        if (r.s >= r.end || *r.s == ']')
            break;
        if (*r.s == ',') {
            r.s++;
            continue;
        }
        if (*r.s != '{')
            break;
        for (; counted < r.s; counted++)
            line += *counted == '\n';
        article_object(&r, d, line);
        if (!array)
            break;
    }
    if (r.bad && d->n > before)
        ig_note(d, "JSON ends early or is malformed after %zu articles", d->n - before);
    return d->n > before;
}
