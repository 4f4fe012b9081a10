/* lineedit.c - a one-line text field and list movement, shared by the views. */
#include <curses.h>

#include "app.h"

int cr_lineedit_key(cr_lineedit *e, cr_key k)
{
    if ((k.is_key && k.code == KEY_BACKSPACE) || (!k.is_key && (k.code == 127 || k.code == 8))) {
        if (!e->text.len)
            return 1;
        /* drop the last character, not the last byte */
        size_t n = e->text.len - 1;
        while (n > 0 && ((unsigned char)e->text.data[n] & 0xC0) == 0x80)
            n--;
        e->text.len = n;
        e->text.data[n] = '\0';
        return 1;
    }
    if (!k.is_key && k.code == 21) { /* C-u clears */
        e->text.len = 0;
        if (e->text.data)
            e->text.data[0] = '\0';
        return 1;
    }
    if (k.is_key || k.code < 0x20 || k.code == 0x7F || k.code > 0x10FFFF)
        return 0;
    unsigned int c = (unsigned int)k.code;
    char u[4];
    size_t n;
    if (c < 0x80) {
        u[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        u[0] = (char)(0xC0 | (c >> 6));
        u[1] = (char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        u[0] = (char)(0xE0 | (c >> 12));
        u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (c >> 18));
        u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    if (c >= 0xD800 && c <= 0xDFFF)
        return 0;
    cr_buf_add(&e->text, u, n);
    return 1;
}

cr_edit_event cr_lineedit_feed(cr_lineedit *e, cr_key k)
{
    if ((!k.is_key && (k.code == '\n' || k.code == '\r')) || (k.is_key && k.code == KEY_ENTER))
        return CR_EDIT_ENTER;
    if (!k.is_key && k.code == 27)
        return CR_EDIT_ESCAPE;
    if (k.is_key && (k.code == KEY_DOWN || k.code == KEY_UP))
        return CR_EDIT_MOVE;
    return cr_lineedit_key(e, k) ? CR_EDIT_CHANGED : CR_EDIT_SAME;
}

bool cr_query_prompt_key(cr_app *app, cr_view *v, cr_lineedit *q, bool *typing, cr_key k,
                         bool (*run)(cr_app *app, cr_view *v), bool have_results)
{
    if (!*typing)
        return false;
    switch (cr_lineedit_feed(q, k)) {
    case CR_EDIT_ENTER: *typing = !run(app, v); return true;
    case CR_EDIT_ESCAPE:
        if (have_results)
            *typing = false;
        else
            cr_app_pop_overlay(app);
        return true;
    case CR_EDIT_MOVE: return false;
    case CR_EDIT_CHANGED:
    case CR_EDIT_SAME: return true;
    }
    return true;
}

void cr_lineedit_free(cr_lineedit *e)
{
    cr_buf_free(&e->text);
}

void cr_listnav_clamp(cr_listnav *n, long page)
{
    if (page < 1)
        page = 1;
    if (n->cursor >= n->count)
        n->cursor = n->count - 1;
    if (n->cursor < 0)
        n->cursor = 0;
    if (n->cursor < n->top)
        n->top = n->cursor;
    if (n->cursor >= n->top + page)
        n->top = n->cursor - page + 1;
    if (n->top < 0)
        n->top = 0;
}

bool cr_listnav_move(cr_listnav *n, cr_action a, long page)
{
    if (page < 1)
        page = 1;
    switch (a) {
    case CR_ACT_MOVE_DOWN: n->cursor++; break;
    case CR_ACT_MOVE_UP: n->cursor--; break;
    case CR_ACT_PAGE_DOWN: n->cursor += page; break;
    case CR_ACT_PAGE_UP: n->cursor -= page; break;
    case CR_ACT_HALF_DOWN: n->cursor += page / 2; break;
    case CR_ACT_HALF_UP: n->cursor -= page / 2; break;
    case CR_ACT_FIRST: n->cursor = 0; break;
    case CR_ACT_LAST: n->cursor = n->count - 1; break;
    default: return false;
    }
    cr_listnav_clamp(n, page);
    return true;
}
