/* draw.c - putting text on the screen: clipped by display width, grapheme by grapheme, with
 * any control character shown as a visible placeholder, and ASCII stand-ins when the locale
 * is not UTF-8. */
#include <curses.h>
#include <stdlib.h>
#include <wchar.h>

#include "app.h"
#include "crossread/text.h"

/* One grapheme cluster as curses wide characters. */
static void put_grapheme(cr_app *app, const char *g, size_t len, int width, int attr)
{
    if (!app->utf8) {
        for (int i = 0; i < width; i++)
            addch(((unsigned char)g[0] < 0x80 && width == 1 ? (chtype)g[0] : '?') | (chtype)attr);
        return;
    }
    wchar_t wc[8];
    int n = 0;
    for (size_t i = 0; i < len && n < 7;) {
        unsigned int cp;
        i += (size_t)cr_utf8_decode(g + i, len - i, &cp);
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
            cp = cp == 0x7F ? 0x2421 : cp < 0x20 ? 0x2400 + cp : 0xFFFD;
        wc[n++] = (wchar_t)cp;
    }
    wc[n] = 0;
    /* per code point, as ncurses counts widths: a base with its marks shares a cell, and
     * the parts of an emoji sequence each take their own (the wrapper counted the same) */
    attrset((chtype)attr);
    if (wcwidth(wc[0]) < 0)
        for (int i = 0; i < width; i++)
            addch('?');
    else
        addnwstr(wc, n);
    attrset(A_NORMAL);
}

int cr_draw_text(cr_app *app, int y, int x, int maxw, const char *s, size_t len, int attr)
{
    if (maxw <= 0)
        return 0;
    move(y, x);
    int used = 0;
    const char *end = s + len;
    for (const char *p = s; p < end;) {
        int w;
        size_t n = cr_grapheme_next(p, (size_t)(end - p), &w);
        if (n == 0)
            n = 1;
        unsigned char c = (unsigned char)*p;
        if (c == '\t') {
            /* curses would jump to a tab stop; the wrapper counted one column */
            if (used + 1 > maxw)
                break;
            addch(' ' | (chtype)attr);
            used++;
            p += n;
            continue;
        }
        if (c < 0x20 || c == 0x7F)
            w = 1; /* a control byte is drawn as one placeholder cell */
        if (w == 0) {
            p += n; /* a lone combining mark has no cell of its own */
            continue;
        }
        if (used + w > maxw)
            break;
        put_grapheme(app, p, n, w, attr);
        used += w;
        p += n;
    }
    return used;
}

int cr_draw_str(cr_app *app, int y, int x, int maxw, const char *s, int attr)
{
    size_t n = 0;
    while (s && s[n])
        n++;
    return cr_draw_text(app, y, x, maxw, s ? s : "", n, attr);
}

void cr_draw_fill(int y, int x, int w, int attr)
{
    if (w <= 0)
        return;
    move(y, x);
    for (int i = 0; i < w; i++)
        addch(' ' | (chtype)attr);
}
