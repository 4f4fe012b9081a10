/* theme.c - colours and attributes. NO_COLOR (no-color.org) and monochrome terminals get
 * attributes only: bold, underline, reverse, dim. */
#include <curses.h>
#include <stdlib.h>

#include "app.h"

enum { PAIR_TITLE = 1, PAIR_META, PAIR_LINK, PAIR_MATCH, PAIR_ENTITY, PAIR_BAR, PAIR_ACCENT,
       PAIR_WARN, PAIR_MARK };

void cr_theme_init(cr_app *app)
{
    const char *no_color = getenv("NO_COLOR");
    app->color = has_colors() && !(no_color && *no_color);
    if (!app->color)
        return;
    start_color();
    use_default_colors();
    init_pair(PAIR_TITLE, COLOR_YELLOW, -1);
    init_pair(PAIR_META, COLOR_CYAN, -1);
    init_pair(PAIR_LINK, COLOR_BLUE, -1);
    init_pair(PAIR_MATCH, COLOR_BLACK, COLOR_YELLOW);
    init_pair(PAIR_ENTITY, COLOR_GREEN, -1);
    init_pair(PAIR_BAR, COLOR_WHITE, COLOR_BLUE);
    init_pair(PAIR_ACCENT, COLOR_GREEN, -1);
    init_pair(PAIR_WARN, COLOR_RED, -1);
    init_pair(PAIR_MARK, COLOR_BLACK, COLOR_CYAN);
    /* the configuration file's colours, role by role (cr_color_role order) */
    static const short pair_of_role[CR_COLOR_COUNT] = {
        PAIR_TITLE, PAIR_META, PAIR_LINK, PAIR_MATCH, PAIR_ENTITY, PAIR_BAR, PAIR_ACCENT,
        PAIR_WARN, PAIR_MARK,
    };
    for (int r = 0; app->config && r < CR_COLOR_COUNT; r++) {
        const cr_color_pref *c = &app->config->colors[r];
        if (c->set && c->fg < COLORS && c->bg < COLORS)
            init_pair(pair_of_role[r], (short)c->fg, (short)c->bg);
    }
}

static int pair(cr_app *app, int p)
{
    return app->color ? (int)COLOR_PAIR(p) : 0;
}

int cr_attr_of(cr_app *app, int a)
{
    int r = 0;
    if (a & (CR_ATTR_BOLD | CR_ATTR_HEADING | CR_ATTR_TITLE))
        r |= A_BOLD;
    if (a & CR_ATTR_ITALIC)
        r |= A_ITALIC;
    if (a & CR_ATTR_LINK)
        r |= A_UNDERLINE;
    if (a & (CR_ATTR_BOILER | CR_ATTR_CAPTION))
        r |= A_DIM;
    if (a & CR_ATTR_TITLE)
        r |= pair(app, PAIR_TITLE);
    else if (a & CR_ATTR_META)
        r |= pair(app, PAIR_META);
    if (a & CR_ATTR_ENTITY)
        r |= app->color ? pair(app, PAIR_ENTITY) : (int)A_UNDERLINE;
    if (a & CR_ATTR_MARK)
        r |= app->color ? pair(app, PAIR_MARK) : (int)A_STANDOUT;
    if (a & CR_ATTR_MATCH)
        r = (r & ~(int)A_COLOR) | (app->color ? pair(app, PAIR_MATCH) : (int)A_REVERSE);
    return r;
}

int cr_role(cr_app *app, int role)
{
    switch (role) {
    case ROLE_TITLE_BAR: return A_BOLD | (app->color ? 0 : (int)A_UNDERLINE);
    case ROLE_TITLE_BAR_FOCUS: return A_BOLD | (app->color ? pair(app, PAIR_BAR) : (int)A_REVERSE);
    case ROLE_SELECTED: return A_REVERSE;
    case ROLE_STATUS: return A_REVERSE;
    case ROLE_DIM: return A_DIM;
    case ROLE_ACCENT: return app->color ? pair(app, PAIR_ACCENT) : (int)A_BOLD;
    case ROLE_WARN: return A_BOLD | pair(app, PAIR_WARN);
    default: return 0;
    }
}

char cr_theme_letter(unsigned long a, short pair)
{
    if (pair == PAIR_MATCH)
        return 'm';
    if (pair == PAIR_MARK)
        return 'h';
    if (pair == PAIR_ENTITY)
        return 'e';
    if (a & A_REVERSE)
        return 'r';
    if (a & A_BOLD)
        return 'b';
    if (a & A_UNDERLINE)
        return 'u';
    if (a & A_DIM)
        return 'd';
    return pair ? 'c' : '.';
}
