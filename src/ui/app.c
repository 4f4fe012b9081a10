/* app.c - the reader's main loop: screen geometry (wide, medium, narrow, too small), the
 * panes and overlays, the status bar and key dispatch (history is in history.c). */
#include <curses.h>
#include <langinfo.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "crossread/ui.h"
#include "study.h"

enum { MIN_COLS = 40, MIN_ROWS = 10 };

void cr_app_message(cr_app *app, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(app->message, sizeof app->message, fmt, ap);
    va_end(ap);
}

void cr_app_push_overlay(cr_app *app, cr_view *v)
{
    if (app->noverlays == (int)(sizeof app->overlay / sizeof app->overlay[0])) {
        v->ops->destroy(v);
        return;
    }
    app->overlay[app->noverlays++] = v;
}

void cr_app_pop_overlay(cr_app *app)
{
    if (!app->noverlays)
        return;
    cr_view *v = app->overlay[--app->noverlays];
    v->ops->destroy(v);
}

static int mode_for(int rows, int cols)
{
    if (cols < MIN_COLS || rows < MIN_ROWS)
        return MODE_TOO_SMALL;
    if (cols >= 120)
        return MODE_WIDE;
    if (cols >= 80)
        return MODE_MEDIUM;
    return MODE_NARROW;
}

static void draw_vline(cr_app *app, int x, int y0, int h)
{
    for (int y = y0; y < y0 + h; y++)
        cr_draw_str(app, y, x, 1, app->utf8 ? "\xE2\x94\x82" : "|", cr_role(app, ROLE_DIM));
}

static void draw_status(cr_app *app, cr_view *v)
{
    int y = app->rows - 1;
    int attr = cr_role(app, ROLE_STATUS);
    cr_draw_fill(y, 0, app->cols, attr);
    char hints[256] = "", pos[64] = "";
    v->ops->status(app, v, hints, sizeof hints, pos, sizeof pos);
    int pw = (int)strlen(pos);
    const char *left = app->message[0] ? app->message : hints;
    cr_draw_str(app, y, 1, app->cols - pw - 3, left, attr);
    if (pw && app->cols > pw + 2)
        cr_draw_str(app, y, app->cols - pw - 1, pw, pos, attr);
}

static void draw_too_small(cr_app *app)
{
    char msg[96];
    snprintf(msg, sizeof msg, "Terminal too small (%dx%d)", app->cols, app->rows);
    const char *need = "crossread needs at least 40x10";
    int y = app->rows / 2 - 1 > 0 ? app->rows / 2 - 1 : 0;
    cr_draw_str(app, y, 0, app->cols, msg, A_BOLD);
    if (y + 1 < app->rows)
        cr_draw_str(app, y + 1, 0, app->cols, need, 0);
}

static cr_view *focused_view(cr_app *app)
{
    return app->noverlays ? app->overlay[app->noverlays - 1] : app->pane[app->focus];
}

void cr_app_draw(cr_app *app)
{
    erase();
    getmaxyx(stdscr, app->rows, app->cols);
    app->mode = mode_for(app->rows, app->cols);
    if (app->mode == MODE_TOO_SMALL) {
        draw_too_small(app);
        refresh();
        return;
    }
    int h = app->rows - 1; /* the status bar takes the last row */
    if (app->noverlays) {
        cr_view *v = app->overlay[app->noverlays - 1];
        v->ops->draw(app, v, (cr_rect){0, 0, h, app->cols}, true);
    } else if (app->mode == MODE_WIDE) {
        int spct = app->config && app->config->sources_width ? app->config->sources_width : 30;
        int xpct = app->config && app->config->xref_width ? app->config->xref_width : 27;
        if (spct + xpct > 80)
            xpct = 80 - spct; /* the article keeps at least a fifth of the screen */
        int sw = app->cols * spct / 100, xw = app->cols * xpct / 100;
        int aw = app->cols - sw - xw - 2;
        app->pane[PANE_SOURCES]->ops->draw(app, app->pane[PANE_SOURCES], (cr_rect){0, 0, h, sw},
                                           app->focus == PANE_SOURCES);
        draw_vline(app, sw, 0, h);
        app->pane[PANE_ARTICLE]->ops->draw(app, app->pane[PANE_ARTICLE],
                                           (cr_rect){0, sw + 1, h, aw}, app->focus == PANE_ARTICLE);
        draw_vline(app, sw + 1 + aw, 0, h);
        app->pane[PANE_XREF]->ops->draw(app, app->pane[PANE_XREF],
                                        (cr_rect){0, sw + aw + 2, h, xw}, app->focus == PANE_XREF);
    } else if (app->mode == MODE_MEDIUM) {
        int sw = app->cols * 40 / 100;
        int aw = app->cols - sw - 1;
        int ah = h * 62 / 100;
        app->pane[PANE_SOURCES]->ops->draw(app, app->pane[PANE_SOURCES], (cr_rect){0, 0, h, sw},
                                           app->focus == PANE_SOURCES);
        draw_vline(app, sw, 0, h);
        app->pane[PANE_ARTICLE]->ops->draw(app, app->pane[PANE_ARTICLE],
                                           (cr_rect){0, sw + 1, ah, aw}, app->focus == PANE_ARTICLE);
        app->pane[PANE_XREF]->ops->draw(app, app->pane[PANE_XREF],
                                        (cr_rect){ah, sw + 1, h - ah, aw}, app->focus == PANE_XREF);
    } else {
        cr_view *v = app->pane[app->focus];
        v->ops->draw(app, v, (cr_rect){0, 0, h, app->cols}, true);
    }
    draw_status(app, focused_view(app));
    refresh();
}

/* What the app does with an action no view took. */
static void app_action(cr_app *app, cr_action a)
{
    switch (a) {
    case CR_ACT_NEXT_PANE: app->focus = (app->focus + 1) % PANE_COUNT; break;
    case CR_ACT_PREV_PANE: app->focus = (app->focus + PANE_COUNT - 1) % PANE_COUNT; break;
    case CR_ACT_HELP:
    case CR_ACT_FIND_BACK: /* ? finds backward in the article; anywhere else it is help */
        cr_app_push_overlay(app, cr_help_view());
        break;
    case CR_ACT_SEARCH: cr_app_push_overlay(app, cr_search_view(app)); break;
    case CR_ACT_FIND: /* / from the source list or cross-references finds in the article */
        if (!app->noverlays && cr_article_id(app->pane[PANE_ARTICLE])) {
            app->focus = PANE_ARTICLE;
            app->pane[PANE_ARTICLE]->ops->handle(app, app->pane[PANE_ARTICLE], a);
        }
        break;
    case CR_ACT_CLAIMS:
        if (cr_article_id(app->pane[PANE_ARTICLE]))
            cr_app_push_overlay(app, cr_claims_view(app, cr_article_id(app->pane[PANE_ARTICLE])));
        else
            cr_app_message(app, "No article open");
        break;
    case CR_ACT_CLAIMS_QUERY: cr_app_push_overlay(app, cr_claims_query_view(app, NULL)); break;
    case CR_ACT_NAMES: cr_app_push_overlay(app, cr_names_view(app, 0)); break;
    case CR_ACT_ARTICLE_NAMES:
        if (cr_article_id(app->pane[PANE_ARTICLE]))
            cr_app_push_overlay(app, cr_names_view(app, cr_article_id(app->pane[PANE_ARTICLE])));
        else
            cr_app_message(app, "No article open");
        break;
    case CR_ACT_TOGGLE_NAMES: cr_article_toggle_names(app, app->pane[PANE_ARTICLE]); break;
    case CR_ACT_BACK: cr_app_history(app, false); break;
    case CR_ACT_FORWARD: cr_app_history(app, true); break;
    case CR_ACT_REDRAW: clearok(curscr, TRUE); break;
    case CR_ACT_QUIT:
        if (app->mode == MODE_NARROW && app->focus != PANE_SOURCES)
            app->focus = PANE_SOURCES;
        else
            app->quit = true;
        break;
    default: cr_study_action(app, a); break;
    }
}

/* Actions that reach the app even while an overlay is up: the history, the views of marks
 * and the command line work from anywhere. */
static bool global_action(cr_action a)
{
    return a == CR_ACT_QUIT || a == CR_ACT_HELP || a == CR_ACT_BACK || a == CR_ACT_FORWARD ||
           a == CR_ACT_BOOKMARKS || a == CR_ACT_NOTES || a == CR_ACT_COMMAND || a == CR_ACT_NAMES ||
           a == CR_ACT_FIND_BACK || a == CR_ACT_SEARCH;
}

static void dispatch(cr_app *app, cr_action a)
{
    if (a == CR_ACT_NONE)
        return;
    if (app->mode == MODE_TOO_SMALL) {
        if (a == CR_ACT_QUIT)
            app->quit = true;
        return;
    }
    cr_view *v = focused_view(app);
    if (v->ops->handle(app, v, a))
        return;
    if (app->noverlays && !global_action(a))
        return; /* an overlay owns the other keys while it is up */
    app_action(app, a);
}

/* Peak resident memory of this process in KiB (VmHWM), or -1. */
static long peak_kib(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    long kib = -1;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "VmHWM: %ld kB", &kib) == 1)
            break;
    fclose(f);
    return kib;
}

static void report_first_screen(double started_ms)
{
    double ms = cr_now_ms() - started_ms;
    long kib = peak_kib();
    endwin();
    fprintf(stderr, "first-screen-ms %.1f peak-kib %ld\n", ms, kib);
}

int cr_app_getkey(cr_app *app, wint_t *ch)
{
    if (!app->script)
        return get_wch(ch);
    int rc = cr_script_next(app->script, app, ch);
    if (rc == ERR) /* the script ran out while a prompt waited: cancel it like Esc */
        *ch = 27, rc = OK;
    return rc;
}

static bool locale_is_utf8(void)
{
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

int cr_ui_run(cr_store *s, const cr_ui_opts *o)
{
    cr_script *script = NULL;
    FILE *devnull = NULL, *devnull_in = NULL;
    if (o && o->script) {
        char *err = NULL;
        if (!(script = cr_script_open(o->script, &err))) {
            fprintf(stderr, "crossread: %s\n", err);
            free(err);
            return 1;
        }
        devnull = fopen("/dev/null", "w");
        devnull_in = fopen("/dev/null", "r");
    } else if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
        fputs("crossread: the reader needs a terminal (use list or show for pipes)\n", stderr);
        return 1;
    }
    cr_app app = {.store = s, .utf8 = locale_is_utf8(), .config = o ? o->config : NULL,
                  .script = script};
    if (!app.utf8 && !script)
        fputs("crossread: the locale is not UTF-8; drawing with ASCII stand-ins "
              "(set LANG=C.UTF-8 for full text)\n", stderr);
    SCREEN *scr = script ? newterm("xterm-256color", devnull, devnull_in)
                         : newterm(NULL, stdout, stdin);
    if (!scr) {
        const char *term = getenv("TERM");
        fprintf(stderr, "crossread: cannot use the terminal type '%s'; try TERM=xterm\n",
                term ? term : "(unset)");
        cr_script_close(script);
        if (devnull)
            fclose(devnull);
        if (devnull_in)
            fclose(devnull_in);
        return 1;
    }
    set_term(scr);
    if (script)
        resizeterm(24, 80); /* a script starts at 80x24; its `resize` lines change that */
    cbreak();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    set_escdelay(25);
    curs_set(0);
    cr_theme_init(&app);
    cr_keymap_defaults();
    if (app.config)
        cr_config_apply_keys(app.config);
    if (!app.utf8)
        cr_app_message(&app, "Locale is not UTF-8: non-ASCII text is shown as '?'");
    if (app.config && app.config->nerrors)
        cr_app_message(&app, "Config: %s (%zu bad line%s in all, printed on stderr)",
                       app.config->errors[0], app.config->nerrors,
                       app.config->nerrors == 1 ? "" : "s");
    app.pane[PANE_SOURCES] = cr_sources_view();
    app.pane[PANE_ARTICLE] = cr_article_view();
    app.pane[PANE_XREF] = cr_xref_view();
    getmaxyx(stdscr, app.rows, app.cols);
    app.mode = mode_for(app.rows, app.cols);
    app.pane[PANE_SOURCES]->height = app.rows - 2;
    cr_sources_select(&app, app.pane[PANE_SOURCES], o && o->open_id ? o->open_id : 0);
    int64_t first = o && o->open_id ? o->open_id : cr_sources_selected(app.pane[PANE_SOURCES]);
    if (first)
        cr_app_open_article(&app, first, CR_POS_SAVED, o && o->open_id); /* asked for: read */
    if (o && o->open_id)
        app.focus = PANE_ARTICLE;

    while (!app.quit) {
        cr_app_draw(&app);
        if (o && o->bench) {
            report_first_screen(o->started_ms);
            break;
        }
        wint_t ch;
        int rc = cr_app_getkey(&app, &ch);
        if (rc == ERR)
            continue;
        app.message[0] = '\0';
        if (rc == KEY_CODE_YES && ch == KEY_RESIZE)
            continue; /* the next draw measures the new size and re-wraps */
        cr_key k = {(int)ch, rc == KEY_CODE_YES};
        cr_view *v = focused_view(&app);
        if (app.mode != MODE_TOO_SMALL && v->ops->key && v->ops->key(&app, v, k))
            continue;
        dispatch(&app, cr_keymap_lookup(k));
    }
    cr_article_save_pos(&app, app.pane[PANE_ARTICLE]);
    while (app.noverlays)
        cr_app_pop_overlay(&app);
    for (int i = 0; i < PANE_COUNT; i++)
        app.pane[i]->ops->destroy(app.pane[i]);
    endwin();
    delscreen(scr);
    cr_script_close(script);
    if (devnull)
        fclose(devnull);
    if (devnull_in)
        fclose(devnull_in);
    return 0;
}
