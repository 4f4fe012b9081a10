/* script.c - the scripted driver (as tig's): keys come from a file through the normal input
 * path, the screen is drawn into curses with no terminal behind it, and `dump` writes what
 * the screen shows to a file that a test compares with a golden one. Deterministic: the next
 * key is taken only after the reader has drawn. Script lines:
 *   key NAME...        keys by name, as in the config file: j Enter Tab C-o Space Down ...
 *   type TEXT          each character of TEXT as a key
 *   resize COLS ROWS   the terminal changes size
 *   dump FILE          the screen's text, one row a line, trailing spaces cut
 *   attrs FILE         the screen's attributes, one letter a cell (see cr_theme_letter), for
 *                      tests of what is lit
 *   # ...              a comment */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "app.h"
#include "crossread/text.h"

struct cr_script {
    FILE *f;
    char *path;
    int line;
    cr_key pending[256];
    int npending, next;
};

cr_script *cr_script_open(const char *path, char **err)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        *err = cr_xasprintf("cannot read the script %s", path);
        return NULL;
    }
    cr_script *s = cr_xcalloc(1, sizeof *s);
    s->f = f;
    s->path = cr_xstrdup(path);
    return s;
}

void cr_script_close(cr_script *s)
{
    if (!s)
        return;
    fclose(s->f);
    free(s->path);
    free(s);
}

static void dump(const char *file)
{
    FILE *out = fopen(file, "w");
    if (!out)
        return;
    wchar_t row[1024];
    for (int y = 0; y < LINES; y++) {
        int n = mvinnwstr(y, 0, row, COLS < 1023 ? COLS : 1023);
        if (n < 0)
            n = 0;
        row[n] = 0;
        cr_buf b;
        cr_buf_init(&b);
        for (int i = 0; i < n; i++) {
            char mb[8];
            int k = wctomb(mb, row[i]);
            cr_buf_add(&b, mb, k > 0 ? (size_t)k : 0);
        }
        while (b.len && b.data[b.len - 1] == ' ')
            b.len--;
        fwrite(b.data ? b.data : "", 1, b.len, out);
        fputc('\n', out);
        cr_buf_free(&b);
    }
    fclose(out);
}

static void dump_attrs(const char *file)
{
    FILE *out = fopen(file, "w");
    if (!out)
        return;
    for (int y = 0; y < LINES; y++) {
        int end = COLS;
        char row[1024];
        for (int x = 0; x < COLS && x < 1023; x++) {
            cchar_t cc;
            wchar_t wc[CCHARW_MAX + 1];
            attr_t a;
            short pair;
            row[x] = '.';
            if (mvin_wch(y, x, &cc) == OK && getcchar(&cc, wc, &a, &pair, NULL) == OK)
                row[x] = cr_theme_letter(a, pair);
        }
        end = COLS < 1023 ? COLS : 1023;
        while (end > 0 && row[end - 1] == '.')
            end--;
        fwrite(row, 1, (size_t)end, out);
        fputc('\n', out);
    }
    fclose(out);
}

static void fail(cr_app *app, cr_script *s, const char *what)
{
    fprintf(stderr, "crossread: %s:%d: %s\n", s->path, s->line, what);
    app->quit = true;
}

/* Reads script lines until there are keys to give; false at the end of the script. */
static bool refill(cr_script *s, cr_app *app, bool *resized)
{
    char buf[1024];
    while (s->next >= s->npending && fgets(buf, sizeof buf, s->f)) {
        s->line++;
        buf[strcspn(buf, "\r\n")] = '\0';
        char *arg = strchr(buf, ' ');
        if (arg)
            *arg++ = '\0';
        s->npending = s->next = 0;
        if (!buf[0] || buf[0] == '#')
            continue;
        if (strcmp(buf, "key") == 0 && arg) {
            for (char *tok = strtok(arg, " "); tok && s->npending < 256; tok = strtok(NULL, " "))
                if (cr_keymap_parse(tok, &s->pending[s->npending++]) != 0) {
                    fail(app, s, "unknown key name");
                    return false;
                }
        } else if (strcmp(buf, "type") == 0 && arg) {
            for (size_t i = 0, n = strlen(arg); i < n && s->npending < 256;) {
                unsigned int cp;
                i += (size_t)cr_utf8_decode(arg + i, n - i, &cp);
                s->pending[s->npending++] = (cr_key){(int)cp, 0};
            }
        } else if (strcmp(buf, "resize") == 0 && arg) {
            int cols, rows;
            if (sscanf(arg, "%d %d", &cols, &rows) != 2 || cols < 1 || rows < 1) {
                fail(app, s, "resize wants COLS ROWS");
                return false;
            }
            resizeterm(rows, cols);
            *resized = true;
            return true;
        } else if (strcmp(buf, "dump") == 0 && arg) {
            dump(arg);
        } else if (strcmp(buf, "attrs") == 0 && arg) {
            dump_attrs(arg);
        } else {
            fail(app, s, "unknown script command");
            return false;
        }
    }
    return s->next < s->npending;
}

int cr_script_next(cr_script *s, cr_app *app, wint_t *ch)
{
    bool resized = false;
    if (!refill(s, app, &resized)) {
        app->quit = true;
        return ERR;
    }
    if (resized) {
        *ch = KEY_RESIZE;
        return KEY_CODE_YES;
    }
    cr_key k = s->pending[s->next++];
    *ch = (wint_t)k.code;
    return k.is_key ? KEY_CODE_YES : OK;
}
