/* entity_sets.c - loads the texts a self-describing gold list names and scores extraction
 * on them (see entity_sets.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entity_sets.h"
#include "t.h"

#include "crossread/ingest.h"
#include "crossread/util.h"

static bool readable(const char *root, const char *rel)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    FILE *f = fopen(path, "rb");
    if (f)
        fclose(f);
    return f != NULL;
}

const char *ent_corpora_root(void)
{
    static const char *const roots[] = {"../shared/corpora", "../../shared/corpora"};
    for (size_t i = 0; i < sizeof roots / sizeof *roots; i++)
        if (readable(roots[i], "bbc-news/business/150.txt") &&
            readable(roots[i], "reuters21578-sgml/reut2-000.sgm"))
            return roots[i];
    return NULL;
}

int ent_newid_line(const char *path, const char *id)
{
    size_t len;
    char *s = ent_read_file(path, &len);
    if (!s)
        return 0;
    char key[64];
    snprintf(key, sizeof key, "NEWID=\"%s\"", id);
    int line = 0;
    const char *hit = strstr(s, key);
    if (hit) {
        line = 1;
        for (const char *p = s; p < hit; p++)
            line += *p == '\n';
    }
    free(s);
    return line;
}

/* One labelled text: where its section of the list starts and ends, and its article. */
typedef struct {
    char label[256];
    size_t from, to; /* byte range of its section's lines in the list */
    cr_doc doc;      /* the ingested file (a Reuters file once per text: simple, and small) */
    const cr_article *art;
} set_text;

/* Ingests the text a section header names; false (with a test failure) if it is missing. */
static bool load_text(const char *root, const char *header, set_text *t)
{
    char a[64] = "", b[64] = "";
    char path[512];
    if (sscanf(header, "# bbc %63s", a) == 1) {
        snprintf(path, sizeof path, "%s/bbc-news/%s%s", root, a,
                 strstr(a, ".txt") ? "" : ".txt");
        cr_ingest_file(path, &t->doc);
        t->art = t->doc.n == 1 ? &t->doc.items[0] : NULL;
    } else if (sscanf(header, "# reuters %63s %63s", a, b) == 2) {
        snprintf(path, sizeof path, "%s/reuters21578-sgml/%s", root, a);
        int line = ent_newid_line(path, b);
        cr_ingest_file(path, &t->doc);
        for (size_t k = 0; k < t->doc.n && line > 0; k++)
            if (t->doc.items[k].line == line)
                t->art = &t->doc.items[k];
    }
    snprintf(t->label, sizeof t->label, "%s", header + 2);
    if (!t->art)
        t_fail(__FILE__, __LINE__, "labelled text not found by ingest: %s", header);
    return t->art != NULL;
}

static bool is_header(const char *line)
{
    return strncmp(line, "# bbc ", 6) == 0 || strncmp(line, "# reuters ", 10) == 0;
}

/* Reads the list at gold_rel and ingests the texts its section headers name; NULL list
 * (and *ok false) if the list cannot be read. */
static char *load_set(const char *root, const char *gold_rel, size_t *len, set_text **tx, size_t *n, bool *ok)
{
    *tx = NULL;
    *n = 0;
    *ok = true;
    char *list = ent_read_file(t_path(gold_rel), len);
    if (!list) {
        *ok = false;
        return NULL;
    }
    for (size_t i = 0; i < *len;) {
        const char *nl = memchr(list + i, '\n', *len - i);
        size_t e = nl ? (size_t)(nl - list) : *len;
        char line[256];
        snprintf(line, sizeof line, "%.*s", (int)(e - i < 255 ? e - i : 255), list + i);
        if (is_header(line)) {
            *tx = cr_xrealloc(*tx, (*n + 1) * sizeof **tx);
            memset(&(*tx)[*n], 0, sizeof **tx);
            *ok = load_text(root, line, &(*tx)[*n]) && *ok;
            (*tx)[*n].from = (*tx)[*n].to = e;
            (*n)++;
        } else if (*n) {
            (*tx)[*n - 1].to = e;
        }
        i = e + 1;
    }
    *ok = *ok && *n > 0;
    return list;
}

static ent_text *set_texts(const set_text *tx, size_t n)
{
    ent_text *et = cr_xmalloc((n ? n : 1) * sizeof *et);
    for (size_t k = 0; k < n; k++)
        et[k] = (ent_text){tx[k].art->body, tx[k].art->body_len, tx[k].art->spans, tx[k].art->nspans};
    return et;
}

static void free_set(set_text *tx, size_t n, char *list)
{
    for (size_t k = 0; k < n; k++)
        cr_doc_free(&tx[k].doc);
    free(tx);
    free(list);
}

/* How a set's texts are scored: together against the whole list, each against its own
 * section, or pair by pair on the names they share. */
typedef enum { SCORE_TOGETHER, SCORE_PER_TEXT, SCORE_SHARED } score_mode;

static void score_loaded(const set_text *tx, size_t n, const char *list, size_t len, score_mode mode,
                         bool verbose, ent_score *out)
{
    ent_text *et = set_texts(tx, n);
    if (mode == SCORE_TOGETHER) {
        ent_evaluate_texts_list(et, n, list, len, verbose, out);
    } else if (mode == SCORE_PER_TEXT) {
        for (size_t k = 0; k < n; k++) {
            ent_score s;
            if (verbose)
                printf("   == %s\n", tx[k].label);
            ent_evaluate_texts_list(&et[k], 1, list + tx[k].from, tx[k].to - tx[k].from, verbose, &s);
            ent_score_add(out, &s);
        }
        ent_score_finish(out);
    } else {
        const char **sec = cr_xmalloc(n * sizeof *sec);
        size_t *sec_len = cr_xmalloc(n * sizeof *sec_len);
        for (size_t k = 0; k < n; k++) {
            sec[k] = list + tx[k].from;
            sec_len[k] = tx[k].to - tx[k].from;
            if (verbose)
                printf("   text %zu: %s\n", k + 1, tx[k].label);
        }
        ent_evaluate_shared(et, n, sec, sec_len, verbose, out);
        free(sec);
        free(sec_len);
    }
    free(et);
}

static bool evaluate_set(const char *gold_rel, score_mode mode, bool verbose, ent_score *out, bool *skipped)
{
    memset(out, 0, sizeof *out);
    *skipped = false;
    const char *root = ent_corpora_root();
    if (!root) {
        *skipped = true;
        return true;
    }
    size_t len, n;
    set_text *tx;
    bool ok;
    char *list = load_set(root, gold_rel, &len, &tx, &n, &ok);
    if (ok)
        score_loaded(tx, n, list, len, mode, verbose, out);
    free_set(tx, n, list);
    return ok;
}

bool ent_set_evaluate(const char *gold_rel, bool per_text, bool verbose, ent_score *out,
                      bool *skipped)
{
    return evaluate_set(gold_rel, per_text ? SCORE_PER_TEXT : SCORE_TOGETHER, verbose, out, skipped);
}

bool ent_set_evaluate_shared(const char *gold_rel, bool verbose, ent_score *out, bool *skipped)
{
    return evaluate_set(gold_rel, SCORE_SHARED, verbose, out, skipped);
}
