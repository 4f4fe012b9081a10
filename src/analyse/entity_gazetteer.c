/* entity_gazetteer.c - the list of known names: parsed from the compiled-in
 * data/gazetteer.txt and the user's additions, looked up by folded form. */
#include "entity_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int kind;
    char *canonical;
} gaz_entry;

struct cr_gazetteer {
    gaz_entry *e;
    size_t n, cap;
    cr_ent_map names;  /* folded name or alias -> entry */
    cr_ent_map phrase; /* first word of a lower-case phrase alias -> 1 */
    cr_buf fold;
};

static void add_name(cr_gazetteer *g, const char *s, size_t n, size_t entry)
{
    while (n && (s[0] == ' ' || s[0] == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    if (!n)
        return;
    cr_ent_fold(s, n, &g->fold);
    /* A later line wins, so user additions can correct the shipped list. */
    cr_ent_map_set(&g->names, g->fold.data, g->fold.len, entry);
    const char *sp = memchr(g->fold.data, ' ', g->fold.len);
    if (sp && s[0] >= 'a' && s[0] <= 'z')
        cr_ent_map_set(&g->phrase, g->fold.data, (size_t)(sp - g->fold.data), 1);
}

/* Parses one line; returns NULL or the reason it is malformed. */
static const char *add_line(cr_gazetteer *g, const char *s, size_t n)
{
    while (n && (s[n - 1] == '\r' || s[n - 1] == ' '))
        n--;
    size_t lead = 0;
    while (lead < n && (s[lead] == ' ' || s[lead] == '\t'))
        lead++;
    if (lead == n || s[lead] == '#')
        return NULL;
    const char *tab = memchr(s, '\t', n);
    if (!tab)
        return "expected KIND<TAB>Name";
    int kind = cr_entity_kind_parse(s, (size_t)(tab - s));
    if (!kind)
        return "unknown kind (PERSON, PLACE, ORG, EVENT or OTHER)";
    const char *name = tab + 1, *end = s + n;
    const char *tab2 = memchr(name, '\t', (size_t)(end - name));
    const char *name_end = tab2 ? tab2 : end;
    if (tab2 && memchr(tab2 + 1, '\t', (size_t)(end - tab2 - 1)))
        return "too many fields";
    size_t nl = (size_t)(name_end - name);
    while (nl && name[nl - 1] == ' ')
        nl--;
    if (!nl)
        return "empty name";
    if (g->n == g->cap) {
        g->cap = g->cap ? g->cap * 2 : 256;
        g->e = cr_xrealloc(g->e, g->cap * sizeof *g->e);
    }
    size_t id = g->n++;
    g->e[id] = (gaz_entry){kind, cr_xstrndup(name, nl)};
    add_name(g, name, nl, id);
    if (tab2) {
        const char *a = tab2 + 1;
        while (a <= end) {
            const char *bar = memchr(a, '|', (size_t)(end - a));
            const char *ae = bar ? bar : end;
            add_name(g, a, (size_t)(ae - a), id);
            if (!bar)
                break;
            a = bar + 1;
        }
    }
    return NULL;
}

bool cr_gazetteer_add_text(cr_gazetteer *g, const char *text, size_t len, const char *name,
                           char **err)
{
    size_t line = 0;
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - text) : len;
        line++;
        const char *why = add_line(g, text + i, e - i);
        if (why) {
            if (err)
                *err = cr_xasprintf("%s:%zu: %s", name, line, why);
            return false;
        }
        i = e + 1;
    }
    return true;
}

bool cr_gazetteer_add_file(cr_gazetteer *g, const char *path, char **err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        if (errno == ENOENT)
            return true;
        if (err)
            *err = cr_xasprintf("%s: %s", path, strerror(errno));
        return false;
    }
    cr_buf b;
    cr_buf_init(&b);
    char chunk[8192];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
        cr_buf_add(&b, chunk, got);
    bool bad = ferror(f);
    fclose(f);
    bool ok;
    if (bad) {
        if (err)
            *err = cr_xasprintf("%s: read error", path);
        ok = false;
    } else {
        ok = cr_gazetteer_add_text(g, b.data ? b.data : "", b.len, path, err);
    }
    cr_buf_free(&b);
    return ok;
}

char *cr_gazetteer_user_path(void)
{
    const char *x = getenv("XDG_CONFIG_HOME");
    if (x && *x)
        return cr_xasprintf("%s/crossread/gazetteer.txt", x);
    const char *h = getenv("HOME");
    if (h && *h)
        return cr_xasprintf("%s/.config/crossread/gazetteer.txt", h);
    return NULL;
}

cr_gazetteer *cr_gazetteer_default(void)
{
    cr_gazetteer *g = cr_xcalloc(1, sizeof *g);
    cr_ent_map_init(&g->names);
    cr_ent_map_init(&g->phrase);
    cr_buf_init(&g->fold);
    cr_gazetteer_add_text(g, cr_gazetteer_builtin, strlen(cr_gazetteer_builtin),
                          "data/gazetteer.txt", NULL);
    return g;
}

void cr_gazetteer_free(cr_gazetteer *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->n; i++)
        free(g->e[i].canonical);
    free(g->e);
    cr_ent_map_free(&g->names);
    cr_ent_map_free(&g->phrase);
    cr_buf_free(&g->fold);
    free(g);
}

bool cr_gazetteer_lookup(const cr_gazetteer *g, const char *f, size_t n, size_t *entry,
                         int *kind, const char **canonical)
{
    size_t id;
    if (!g || !cr_ent_map_get(&g->names, f, n, &id))
        return false;
    if (entry)
        *entry = id;
    if (kind)
        *kind = g->e[id].kind;
    if (canonical)
        *canonical = g->e[id].canonical;
    return true;
}

bool cr_gazetteer_phrase_start(const cr_gazetteer *g, const char *f, size_t n)
{
    return g && cr_ent_map_get(&g->phrase, f, n, NULL);
}
