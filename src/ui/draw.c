/* draw.c - putting text on the screen: clipped by display width, grapheme by grapheme, with
 * any control character shown as a visible placeholder, and ASCII stand-ins when the locale
 * is not UTF-8. */
#include <curses.h>
#include <stdlib.h>
#include <unigbrk.h>
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
    cchar_t cc;
    if (setcchar(&cc, wc, (attr_t)attr & ~A_COLOR, (short)PAIR_NUMBER(attr), NULL) == OK &&
        wcwidth(wc[0]) >= 0) {
        add_wch(&cc);
    } else {
        for (int i = 0; i < width; i++)
            addch('?' | (chtype)attr);
    }
}

int cr_draw_text(cr_app *app, int y, int x, int maxw, const char *s, size_t len, int attr)
{
    if (maxw <= 0)
        return 0;
    move(y, x);
    int used = 0;
    const char *end = s + len;
    for (const char *p = s; p < end;) {
        const char *q = (const char *)u8_grapheme_next((const uint8_t *)p, (const uint8_t *)end);
        if (!q || q <= p)
            q = p + 1;
        int w;
        unsigned char c = (unsigned char)*p;
        if (c < 0x20 || c == 0x7F)
            w = 1; /* a control byte is drawn as one placeholder cell */
        else
            w = cr_display_width(p, (size_t)(q - p));
        if (w == 0) {
            /* a lone combining mark: attach nothing, skip it */
            p = q;
            continue;
        }
        if (used + w > maxw)
            break;
        put_grapheme(app, p, (size_t)(q - p), w, attr);
        used += w;
        p = q;
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
