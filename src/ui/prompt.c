/* prompt.c - one-line input in the status bar: the ':' command line, the pipe command, and
 * notes when there is no $EDITOR. It owns the keyboard until Enter or Esc; the screen behind
 * it keeps being drawn, so a resize while typing is harmless. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "crossread/text.h"
#include "study.h"

/* UTF-8 of one code point (curses hands us wide characters). */
static void add_utf8(cr_buf *b, unsigned int c)
{
    char u[4];
    size_t n;
    if (c < 0x80) {
        u[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        u[0] = (char)(0xC0 | c >> 6);
        u[1] = (char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        u[0] = (char)(0xE0 | c >> 12);
        u[1] = (char)(0x80 | (c >> 6 & 0x3F));
        u[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | c >> 18);
        u[1] = (char)(0x80 | (c >> 12 & 0x3F));
        u[2] = (char)(0x80 | (c >> 6 & 0x3F));
        u[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    cr_buf_add(b, u, n);
}

/* Removes the last character (not the last byte). */
static void drop_last(cr_buf *b)
{
    while (b->len > 0) {
        unsigned char c = (unsigned char)b->data[--b->len];
        if ((c & 0xC0) != 0x80)
            break;
    }
    if (b->data)
        b->data[b->len] = '\0';
}

static void draw_line(cr_app *app, const char *label, const cr_buf *b)
{
    cr_app_draw(app);
    int y = app->rows - 1;
    int attr = cr_role(app, ROLE_STATUS);
    cr_draw_fill(y, 0, app->cols, attr);
    int x = cr_draw_str(app, y, 0, app->cols - 1, label, attr);
    int room = app->cols - x - 1;
    /* show the end of a long line: that is where the typing happens */
    const char *t = b->data ? b->data : "";
    size_t len = b->len;
    while (len && cr_display_width(t, len) > room) {
        int w;
        size_t n = cr_grapheme_next(t, len, &w);
        t += n ? n : 1;
        len -= n ? n : 1;
    }
    x += cr_draw_text(app, y, x, room, t, len, attr);
    move(y, x < app->cols ? x : app->cols - 1);
    refresh();
}

char *cr_prompt(cr_app *app, const char *label, const char *initial)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_adds(&b, initial ? initial : "");
    curs_set(1);
    char *result = NULL;
    for (;;) {
        draw_line(app, label, &b);
        wint_t ch;
        int rc = cr_app_getkey(app, &ch);
        if (rc == ERR)
            continue;
        if (rc == KEY_CODE_YES) {
            if (ch == KEY_ENTER) {
                result = cr_buf_steal(&b);
                break;
            }
            if (ch == KEY_BACKSPACE) {
                if (!b.len)
                    break; /* backspace on an empty line leaves it, as in vi */
                drop_last(&b);
            }
            continue;
        }
        if (ch == '\n' || ch == '\r') {
            result = cr_buf_steal(&b);
            break;
        }
        if (ch == 27 || ch == 3 || ch == 7) /* Esc, C-c, C-g */
            break;
        if (ch == 127 || ch == 8) {
            if (!b.len)
                break;
            drop_last(&b);
        } else if (ch == 21) { /* C-u */
            b.len = 0;
            if (b.data)
                b.data[0] = '\0';
        } else if (ch >= 0x20 && !(ch >= 0x7F && ch < 0xA0)) {
            add_utf8(&b, (unsigned int)ch);
        }
    }
    curs_set(0);
    cr_buf_free(&b);
    if (!result)
        cr_app_message(app, "Cancelled");
    return result;
}

bool cr_confirm(cr_app *app, const char *question)
{
    cr_buf none;
    cr_buf_init(&none);
    for (;;) {
        draw_line(app, question, &none);
        wint_t ch;
        int rc = cr_app_getkey(app, &ch);
        if (rc == ERR || (rc == KEY_CODE_YES && ch == KEY_RESIZE))
            continue;
        app->message[0] = '\0';
        return rc == OK && (ch == 'y' || ch == 'Y');
    }
}
