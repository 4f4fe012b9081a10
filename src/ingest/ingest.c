/* ingest.c - the entry points: a buffer or a file in, a cr_doc of articles out. */
#include "internal.h"

#include "crossread/sha256.h"
#include "crossread/text.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

/* "Title: ...", "Author: ..." lines, a blank line, then the body. */
static void header_doc(const ig_lines *l, bool wrapped, bool markdown, cr_doc *d)
{
    ig_story_opts o = {.wrapped = wrapped, .markdown = markdown};
    size_t i = 0, k;
    while (i < l->n && ig_blank(l->v[i].s, l->v[i].len))
        i++;
    size_t first = i;
    for (; i < l->n && ig_header_line(l->v[i].s, l->v[i].len, &k); i++) {
        const char *key = l->v[i].s, *v = key + k + 1;
        size_t vl = l->v[i].len - k - 1;
        ig_trim(&v, &vl);
        char **slot = NULL;
        if (!strncasecmp(key, "title", k) || !strncasecmp(key, "headline", k))
            slot = &o.title;
        else if (!strncasecmp(key, "author", k) || !strncasecmp(key, "by", k) || !strncasecmp(key, "byline", k))
            slot = &o.author;
        else if (!strncasecmp(key, "url", k) || !strncasecmp(key, "link", k) || !strncasecmp(key, "source url", k))
            slot = &o.url;
        else if (!strncasecmp(key, "outlet", k) || !strncasecmp(key, "source", k) ||
                 !strncasecmp(key, "publication", k) || !strncasecmp(key, "publisher", k))
            slot = &o.outlet;
        if (slot && !*slot && vl)
            *slot = slot == &o.outlet ? ig_outlet_name(v, vl) : cr_xstrndup(v, vl);
        char iso[11];
        if ((!strncasecmp(key, "date", k) || !strncasecmp(key, "published", k)) && !o.date &&
            ig_date_line(v, vl, iso))
            o.date = cr_xstrdup(iso);
    }
    cr_article *a = ig_doc_add(d);
    ig_story(l->v + i, l->n - i, &o, a);
    a->line = (int)first + 1;
    ig_article_finish(a);
}

void cr_ingest_buffer(const char *data, size_t len, const char *path, cr_doc *out)
{
    (void)path; /* the bytes decide; a name can lie */
    memset(out, 0, sizeof *out);
    size_t n;
    char *text = ig_decode(data, len, out, &n);
    if (!text)
        return;
    ig_lines l;
    ig_split_lines(text, n, &l);
    bool wrapped = ig_wrapped(&l);
    int fmt = ig_detect(text, n, &l);
    bool done = false;
    if (fmt == CR_FORMAT_SGML)
        done = ig_sgml(text, n, out);
    else if (fmt == CR_FORMAT_JSON)
        done = ig_json(text, n, out);
    else if (fmt == CR_FORMAT_HEADER) {
        header_doc(&l, wrapped, false, out);
        done = true;
    }
    if (!done && fmt != CR_FORMAT_HEADER && ig_digest(&l, wrapped, out)) {
        fmt = CR_FORMAT_DIGEST;
        done = true;
    }
    if (!done) {
        if (fmt != CR_FORMAT_MARKDOWN)
            fmt = CR_FORMAT_PLAIN;
        ig_story_opts o = {.wrapped = wrapped, .markdown = fmt == CR_FORMAT_MARKDOWN};
        cr_article *a = ig_doc_add(out);
        size_t first = 0;
        while (first < l.n && ig_blank(l.v[first].s, l.v[first].len))
            first++;
        ig_story(l.v, l.n, &o, a);
        a->line = (int)first + 1;
        ig_article_finish(a);
    }
    out->format = fmt;
    free(l.v);
    free(text);
}

void cr_ingest_file(const char *path, cr_doc *out)
{
    memset(out, 0, sizeof *out);
    int fd = open(path, O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        out->skipped = true;
        out->problem = cr_xasprintf("cannot read %s: %s", path, strerror(errno));
        if (fd >= 0)
            close(fd);
        return;
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        out->skipped = true;
        out->problem = cr_xasprintf("cannot read %s: %s", path,
                                    S_ISDIR(st.st_mode) ? strerror(EISDIR) : "not a regular file");
        return;
    }
    size_t cap = (size_t)st.st_size + 1, len = 0;
    char *buf = cr_xmalloc(cap);
    for (;;) {
        if (len == cap)
            buf = cr_xrealloc(buf, cap *= 2); /* the file grew while we read it */
        ssize_t r = read(fd, buf + len, cap - len);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int e = errno;
            close(fd);
            free(buf);
            out->skipped = true;
            out->problem = cr_xasprintf("cannot read %s: %s", path, strerror(e));
            return;
        }
        if (r == 0)
            break;
        len += (size_t)r;
    }
    close(fd);
    cr_ingest_buffer(buf, len, path, out);
    free(buf);
}

void cr_article_free(cr_article *a)
{
    if (!a)
        return;
    free(a->title);
    free(a->outlet);
    free(a->date);
    free(a->author);
    free(a->url);
    free(a->script);
    free(a->body);
    free(a->spans);
    for (size_t i = 0; i < a->nurls; i++)
        free(a->urls[i]);
    free(a->urls);
    memset(a, 0, sizeof *a);
}

void cr_doc_free(cr_doc *d)
{
    for (size_t i = 0; i < d->n; i++)
        cr_article_free(&d->items[i]);
    free(d->items);
    free(d->problem);
    for (size_t i = 0; i < d->nnotes; i++)
        free(d->notes[i]);
    free(d->notes);
    memset(d, 0, sizeof *d);
}

char *cr_article_norm(const cr_article *a)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_adds(&b, a->title ? a->title : "");
    cr_buf_addc(&b, '\n');
    cr_buf_add(&b, a->body ? a->body : "", a->body ? a->body_len : 0);
    /* cr_fold collapses runs of white space (newlines too) into one space */
    char *f = cr_fold(b.data, b.len);
    cr_buf_free(&b);
    return f;
}

char *cr_article_key(const cr_article *a)
{
    char *f = cr_article_norm(a);
    char *hex = cr_xmalloc(65);
    cr_sha256_hex(f, strlen(f), hex);
    free(f);
    return hex;
}
