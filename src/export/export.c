/* export.c - Markdown and JSON renderings of the reader's marks with citations. */
#include "crossread/export.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int cr_export_format_by_name(const char *name)
{
    if (strcmp(name, "markdown") == 0 || strcmp(name, "md") == 0)
        return CR_EXPORT_MARKDOWN;
    if (strcmp(name, "json") == 0)
        return CR_EXPORT_JSON;
    return -1;
}

char *cr_citation(const char *title, const char *outlet, const char *date, const char *url)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_adds(&b, title && *title ? title : "(untitled)");
    const char *rest[] = {outlet, date, url};
    bool first = true;
    for (size_t i = 0; i < 3; i++) {
        if (!rest[i] || !*rest[i])
            continue;
        cr_buf_adds(&b, first ? " \xE2\x80\x94 " : ", ");
        cr_buf_adds(&b, rest[i]);
        first = false;
    }
    return cr_buf_steal(&b);
}

static bool same_article(const cr_mark *a, const cr_mark *b)
{
    return strcmp(a->article_key, b->article_key) == 0;
}

/* ---- Markdown ---- */

/* A one-line field: newlines become spaces so a title cannot break the heading. */
static void md_inline(cr_buf *b, const char *s)
{
    for (const char *p = s ? s : ""; *p; p++)
        cr_buf_addc(b, *p == '\n' || *p == '\r' ? ' ' : *p);
}

/* Every line of s prefixed, so a multi-paragraph passage stays one block quote. */
static void md_prefixed(cr_buf *b, const char *prefix, const char *s)
{
    cr_buf_adds(b, prefix);
    for (const char *p = s; *p; p++) {
        cr_buf_addc(b, *p);
        if (*p == '\n' && p[1])
            cr_buf_adds(b, prefix);
    }
    if (!*s || s[strlen(s) - 1] != '\n')
        cr_buf_addc(b, '\n');
}

static void md_citation(cr_buf *b, const cr_mark *m)
{
    cr_buf_adds(b, "## ");
    md_inline(b, m->title && *m->title ? m->title : "(untitled)");
    cr_buf_adds(b, "\n\n");
    bool any = false;
    if (m->outlet && *m->outlet) {
        cr_buf_adds(b, "*");
        md_inline(b, m->outlet);
        cr_buf_adds(b, "*");
        any = true;
    }
    if (m->date && *m->date) {
        cr_buf_adds(b, any ? ", " : "");
        md_inline(b, m->date);
        any = true;
    }
    if (m->url && *m->url) {
        cr_buf_adds(b, any ? ". <" : "<");
        md_inline(b, m->url);
        cr_buf_adds(b, ">");
        any = true;
    }
    if (!m->article_id) {
        cr_buf_adds(b, any ? " " : "");
        cr_buf_adds(b, "(no longer in the library)");
        any = true;
    }
    if (any)
        cr_buf_adds(b, "\n\n");
}

static void md_mark(cr_buf *b, const cr_mark *m)
{
    switch (m->kind) {
    case CR_MARK_HIGHLIGHT:
        md_prefixed(b, "> ", m->text ? m->text : "");
        cr_buf_addc(b, '\n');
        if (m->note && *m->note) {
            md_prefixed(b, "", m->note);
            cr_buf_addc(b, '\n');
        }
        break;
    case CR_MARK_NOTE:
        cr_buf_adds(b, "**Note");
        if (m->entity && *m->entity) {
            cr_buf_adds(b, " on ");
            md_inline(b, m->entity);
        }
        cr_buf_adds(b, "**");
        if (m->text && *m->text && !(m->entity && *m->entity)) {
            cr_buf_adds(b, " at \xE2\x80\x9C");
            md_inline(b, m->text);
            cr_buf_adds(b, "\xE2\x80\x9D");
        }
        cr_buf_adds(b, ":\n");
        md_prefixed(b, "", m->note ? m->note : "");
        cr_buf_addc(b, '\n');
        break;
    case CR_MARK_BOOKMARK:
        cr_buf_adds(b, "**Bookmark**");
        if (m->text && *m->text) {
            cr_buf_adds(b, " at \xE2\x80\x9C");
            md_inline(b, m->text);
            cr_buf_adds(b, "\xE2\x80\x9D");
        }
        cr_buf_adds(b, "\n\n");
        if (m->note && *m->note) {
            md_prefixed(b, "", m->note);
            cr_buf_addc(b, '\n');
        }
        break;
    }
}

static void markdown(const cr_mark *m, size_t n, cr_buf *b)
{
    cr_buf_adds(b, "# Notes, highlights and bookmarks\n\n");
    if (!n)
        cr_buf_adds(b, "Nothing marked yet.\n");
    for (size_t i = 0; i < n; i++) {
        if (i == 0 || !same_article(&m[i - 1], &m[i]))
            md_citation(b, &m[i]);
        md_mark(b, &m[i]);
    }
}

/* ---- JSON ---- */

static void json_str(cr_buf *b, const char *s)
{
    if (s)
        cr_json_string(b, s);
    else
        cr_buf_adds(b, "null");
}

static void json_field(cr_buf *b, const char *indent, const char *name, const char *v, bool last)
{
    cr_buf_printf(b, "%s\"%s\": ", indent, name);
    json_str(b, v);
    cr_buf_adds(b, last ? "\n" : ",\n");
}

static void json(const cr_mark *m, size_t n, cr_buf *b)
{
    cr_buf_adds(b, "{\n  \"articles\": [");
    for (size_t i = 0; i < n; i++) {
        bool first_of_article = i == 0 || !same_article(&m[i - 1], &m[i]);
        bool last_of_article = i + 1 == n || !same_article(&m[i], &m[i + 1]);
        if (first_of_article) {
            cr_buf_adds(b, i ? ",\n    {\n" : "\n    {\n");
            json_field(b, "      ", "title", m[i].title, false);
            json_field(b, "      ", "outlet", m[i].outlet, false);
            json_field(b, "      ", "date", m[i].date, false);
            json_field(b, "      ", "url", m[i].url, false);
            json_field(b, "      ", "key", m[i].article_key, false);
            cr_buf_printf(b, "      \"in_library\": %s,\n", m[i].article_id ? "true" : "false");
            cr_buf_adds(b, "      \"marks\": [\n");
        }
        cr_buf_adds(b, "        {\n");
        json_field(b, "          ", "kind", cr_mark_kind_name(m[i].kind), false);
        cr_buf_printf(b, "          \"start\": %zu,\n          \"len\": %zu,\n", m[i].start,
                      m[i].len);
        json_field(b, "          ", "text", m[i].text, false);
        json_field(b, "          ", "note", m[i].note, false);
        json_field(b, "          ", "entity", m[i].entity, false);
        json_field(b, "          ", "created", m[i].created, true);
        cr_buf_adds(b, last_of_article ? "        }\n      ]\n    }" : "        },\n");
    }
    cr_buf_adds(b, n ? "\n  ]\n}\n" : "]\n}\n");
}

void cr_export_marks(const cr_mark *m, size_t n, cr_export_format f, cr_buf *out)
{
    if (f == CR_EXPORT_JSON)
        json(m, n, out);
    else
        markdown(m, n, out);
}

static bool write_file(const char *path, const cr_buf *b, char **err)
{
    char *tmp = cr_xasprintf("%s.partial-%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        *err = cr_xasprintf("cannot write %s: %s", path, strerror(errno));
        free(tmp);
        return false;
    }
    bool ok = fwrite(b->data, 1, b->len, f) == b->len;
    ok = (fclose(f) == 0) && ok;
    if (ok && rename(tmp, path) != 0)
        ok = false;
    if (!ok) {
        *err = cr_xasprintf("cannot write %s: %s", path, strerror(errno));
        unlink(tmp);
    }
    free(tmp);
    return ok;
}

bool cr_export_library(cr_store *s, cr_export_format f, const char *path, cr_export_stats *st,
                       char **err)
{
    cr_mark *m;
    size_t n = cr_marks_list(s, 0, &m);
    st->marks = (long)n;
    st->articles = 0;
    for (size_t i = 0; i < n; i++)
        if (i == 0 || !same_article(&m[i - 1], &m[i]))
            st->articles++;
    cr_buf b;
    cr_buf_init(&b);
    cr_export_marks(m, n, f, &b);
    cr_marks_free(m, n);
    bool ok = true;
    if (path) {
        ok = write_file(path, &b, err);
    } else if (fwrite(b.data, 1, b.len, stdout) != b.len || fflush(stdout) != 0) {
        *err = cr_xasprintf("cannot write the export: %s", strerror(errno));
        ok = false;
    }
    cr_buf_free(&b);
    return ok;
}
