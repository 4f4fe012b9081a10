/* app.h - private to the UI: the application state, the view interface every pane and
 * overlay implements (after tig's view_ops), and the drawing helpers. */
#ifndef CROSSREAD_UI_APP_H
#define CROSSREAD_UI_APP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "crossread/action.h"
#include "crossread/config.h"
#include "crossread/keymap.h"
#include "crossread/layout.h"
#include "crossread/query.h"
#include "crossread/store.h"
#include "crossread/textfind.h"
#include "crossread/util.h"

typedef struct cr_app cr_app;
typedef struct cr_view cr_view;
typedef struct cr_script cr_script;

typedef struct {
    int y, x, h, w;
} cr_rect;

typedef struct {
    const char *name;
    /* Draws the view inside r (title row included). */
    void (*draw)(cr_app *app, cr_view *v, cr_rect r, bool focused);
    /* Handles an action; false if the view does not know it (the app then tries). */
    bool (*handle)(cr_app *app, cr_view *v, cr_action a);
    /* Key hints and position for the status bar. */
    void (*status)(cr_app *app, cr_view *v, char *hints, size_t nh, char *pos, size_t np);
    void (*destroy)(cr_view *v);
    /* Optional: sees every key before the key map, for typing into a view; true if taken. */
    bool (*key)(cr_app *app, cr_view *v, cr_key k);
} cr_view_ops;

struct cr_view {
    const cr_view_ops *ops;
    void *data;
    int height; /* rows of content last drawn (for paging) */
    int width;
};

enum { PANE_SOURCES, PANE_ARTICLE, PANE_XREF, PANE_COUNT };
enum { MODE_WIDE, MODE_MEDIUM, MODE_NARROW, MODE_TOO_SMALL };

/* A place in the history: an article at a body offset, or one of the views of marks with
 * its cursor in pos. */
enum { PLACE_ARTICLE = 0, PLACE_BOOKMARKS, PLACE_NOTES };
typedef struct {
    int kind;
    int64_t id;
    size_t pos;
} cr_place;

/* Open an article where the reader left it last time. */
#define CR_POS_SAVED ((size_t)-1)

struct cr_app {
    cr_store *store;
    cr_view *pane[PANE_COUNT];
    cr_view *overlay[8]; /* full-screen views over the panes (help, ...) */
    int noverlays;
    int focus;
    int mode;
    int rows, cols;
    bool utf8, color, quit;
    char message[512];   /* a notice shown in the status bar until the next key */
    cr_script *script;   /* keys from a file instead of the terminal (tests), or NULL */
    cr_place back[64], fwd[64];
    int nback, nfwd;
    const cr_config *config; /* the configuration file, or NULL */
};

/* Drawing (draw.c). Text is clipped to maxw columns and never sends a control character;
 * returns the columns used. */
int cr_draw_text(cr_app *app, int y, int x, int maxw, const char *s, size_t len, int attr);
int cr_draw_str(cr_app *app, int y, int x, int maxw, const char *s, int attr);
void cr_draw_fill(int y, int x, int w, int attr);
/* curses attributes of a layout attribute set, or of a UI role */
int cr_attr_of(cr_app *app, int layout_attr);
enum { ROLE_TITLE_BAR = 1, ROLE_TITLE_BAR_FOCUS, ROLE_SELECTED, ROLE_STATUS, ROLE_DIM, ROLE_ACCENT,
       ROLE_WARN };
int cr_role(cr_app *app, int role);
void cr_theme_init(cr_app *app);
/* One letter for what a cell shows, the most telling first: m a search or find hit, h the
 * reader's highlight, e a lit name, r reverse (cursor rows, bars), b bold, u underline,
 * d dim, c another colour, . plain. Used by the scripted driver's `attrs`. */
char cr_theme_letter(unsigned long a, short pair);

/* Views */
cr_view *cr_sources_view(void);
cr_view *cr_article_view(void);
cr_view *cr_xref_view(void);
cr_view *cr_help_view(void);
cr_view *cr_search_view(cr_app *app);
cr_view *cr_claims_view(cr_app *app, int64_t article);
/* Claims of the library matching a query; query NULL or empty: a prompt asks for one. For
 * the `:claims QUERY` command. */
cr_view *cr_claims_query_view(cr_app *app, const char *query);
int64_t cr_sources_selected(cr_view *v);
void cr_sources_select(cr_app *app, cr_view *v, int64_t id);
size_t cr_article_pos(cr_view *v);
int64_t cr_article_id(cr_view *v);
/* The open article's record, or NULL. */
const cr_article_rec *cr_article_rec_of(cr_view *v);
/* The body text of the line at the reading position (for bookmarks and notes); new string. */
char *cr_article_excerpt(cr_view *v);
/* Saves the reading position of the open article if it moved. */
void cr_article_save_pos(cr_app *app, cr_view *v);
/* Re-reads the open article's highlights after marks changed. */
void cr_article_reload_marks(cr_app *app, cr_view *v);
/* Re-reads the visible rows (read/unread changed). */
void cr_sources_refresh(cr_view *v);

/* A one-line text field (lineedit.c): typing, Backspace, C-u; the text is UTF-8. */
typedef struct {
    cr_buf text;
} cr_lineedit;
/* Feeds a key; returns 1 if the text changed, 0 if the key is not for the field. */
int cr_lineedit_key(cr_lineedit *e, cr_key k);
/* What a key typed into a field means to the view that owns it. */
typedef enum {
    CR_EDIT_SAME,    /* taken, the text is unchanged */
    CR_EDIT_CHANGED, /* taken, the text changed */
    CR_EDIT_ENTER,   /* Return or keypad Enter: typing is done */
    CR_EDIT_ESCAPE,  /* Esc: typing is given up */
    CR_EDIT_MOVE,    /* an arrow: the view's list may move while typing */
} cr_edit_event;
cr_edit_event cr_lineedit_feed(cr_lineedit *e, cr_key k);
/* A query typed at the top of a results view (search, claims): Enter runs it with
 * run(app, view), which returns false for a query to fix, so typing goes on; Esc goes back to
 * the results, or closes the view when there are none. Returns whether the key was taken. */
bool cr_query_prompt_key(cr_app *app, cr_view *v, cr_lineedit *q, bool *typing, cr_key k,
                         bool (*run)(cr_app *app, cr_view *v), bool have_results);
void cr_lineedit_free(cr_lineedit *e);

/* List movement shared by list views: cursor and top row over count rows. */
typedef struct {
    long count, cursor, top;
} cr_listnav;
/* Applies a movement action; true if it was one. page = rows per page. */
bool cr_listnav_move(cr_listnav *n, cr_action a, long page);
/* Keeps the cursor inside the list and on screen. */
void cr_listnav_clamp(cr_listnav *n, long page);

/* Matches in the open article (article_find.c): the hits of an in-article find (typed at a
 * prompt) or of a library search, and which one is current. */
typedef struct {
    cr_hit *hit;        /* body ranges in text order */
    size_t n;
    long cur;           /* current match, -1 for none */
    cr_lineedit prompt; /* the find pattern */
    bool typing, backward;
    size_t origin;      /* the reading place when the prompt opened */
    cr_foldmap fold;    /* the body folded, made on the first find */
    bool folded;
} cr_matches;
void cr_matches_free(cr_matches *m);
/* Takes a copy of hits (a search's) as the matches; the first is current. */
void cr_matches_set(cr_matches *m, const cr_hit *hits, size_t n);
/* Finds the prompt's pattern in body; the current match is the first at or after origin
 * (before it, finding backward), wrapping round. */
void cr_matches_find(cr_matches *m, const char *body, size_t len);
/* Moves to the next match (dir 1) or previous (-1) from the current one, or from the body
 * offset pos when none is current; true if it wrapped round the end. */
bool cr_matches_step(cr_matches *m, int dir, size_t pos);
/* Shows hits in the article pane, the first at the top (a search's hits, a claim's sentence). */
void cr_article_show_hits(cr_app *app, cr_view *v, const cr_hit *hits, size_t n);

cr_view *cr_names_view(cr_app *app, int64_t article);
cr_view *cr_mentions_view(cr_app *app, int64_t entity, const char *name);
void cr_article_toggle_names(cr_app *app, cr_view *v);

/* The scripted driver (script.c): keys from a file, screen dumps to files. */
cr_script *cr_script_open(const char *path, char **err);
/* The next key, as get_wch() returns it; ERR (and app->quit) at the end of the script. */
int cr_script_next(cr_script *s, cr_app *app, wint_t *ch);
void cr_script_close(cr_script *s);

/* The next key, from the terminal or the script, as get_wch() returns it. Every reader of
 * keys (the main loop, prompts) goes through here, so scripts drive them all. */
int cr_app_getkey(cr_app *app, wint_t *ch);

/* The app's verbs used by views (app.c). */
void cr_app_draw(cr_app *app);
/* history.c: remembers where the reader is (article or view of marks) before going
 * elsewhere; back (forward = false) and forward. */
void cr_app_remember(cr_app *app);
void cr_app_history(cr_app *app, bool forward);
void cr_app_open_article(cr_app *app, int64_t id, size_t pos, bool remember);
void cr_app_push_overlay(cr_app *app, cr_view *v);
void cr_app_pop_overlay(cr_app *app);
void cr_app_message(cr_app *app, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Closes every overlay and shows the article at a body offset. */
void cr_app_goto(cr_app *app, int64_t id, size_t pos);
/* Load the article into the article pane / its cross-references into the xref pane. */
void cr_article_load(cr_app *app, cr_view *v, int64_t id, size_t pos);
void cr_xref_load(cr_app *app, cr_view *v, int64_t id);

#endif
