/* keymap.c - the default key bindings and rebinding by key name. */
#include "crossread/keymap.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    cr_key key;
    cr_action action;
} binding;

enum { MAX_BINDINGS = 256 };
static binding table[MAX_BINDINGS];
static size_t nbindings;

#define CTRL(c) ((c) & 0x1f)

/* Key names, both for the config file and for the help screen. */
static const struct {
    const char *name;
    cr_key key;
} named[] = {
    {"Down", {KEY_DOWN, 1}},       {"Up", {KEY_UP, 1}},         {"Left", {KEY_LEFT, 1}},
    {"Right", {KEY_RIGHT, 1}},     {"PgDn", {KEY_NPAGE, 1}},    {"PgUp", {KEY_PPAGE, 1}},
    {"Home", {KEY_HOME, 1}},       {"End", {KEY_END, 1}},       {"S-Tab", {KEY_BTAB, 1}},
    {"Backspace", {KEY_BACKSPACE, 1}}, {"Enter", {KEY_ENTER, 1}}, {"F1", {KEY_F(1), 1}},
    {"Space", {' ', 0}},           {"Tab", {'\t', 0}},          {"Return", {'\n', 0}},
    {"Esc", {27, 0}},              {"Backspace", {127, 0}},
};

static void bind_key(cr_key k, cr_action a)
{
    for (size_t i = 0; i < nbindings; i++)
        if (table[i].key.code == k.code && table[i].key.is_key == k.is_key) {
            table[i].action = a;
            return;
        }
    if (nbindings < MAX_BINDINGS)
        table[nbindings++] = (binding){k, a};
}

static void bind_char(int c, cr_action a)
{
    bind_key((cr_key){c, 0}, a);
}

static void bind_code(int code, cr_action a)
{
    bind_key((cr_key){code, 1}, a);
}

void cr_keymap_defaults(void)
{
    nbindings = 0;
    bind_char('j', CR_ACT_MOVE_DOWN);
    bind_code(KEY_DOWN, CR_ACT_MOVE_DOWN);
    bind_char('k', CR_ACT_MOVE_UP);
    bind_code(KEY_UP, CR_ACT_MOVE_UP);
    bind_char(' ', CR_ACT_PAGE_DOWN);
    bind_code(KEY_NPAGE, CR_ACT_PAGE_DOWN);
    bind_char(CTRL('f'), CR_ACT_PAGE_DOWN);
    bind_char('b', CR_ACT_PAGE_UP);
    bind_code(KEY_PPAGE, CR_ACT_PAGE_UP);
    bind_char(CTRL('b'), CR_ACT_PAGE_UP);
    bind_char(CTRL('d'), CR_ACT_HALF_DOWN);
    bind_char(CTRL('u'), CR_ACT_HALF_UP);
    bind_char('g', CR_ACT_FIRST);
    bind_code(KEY_HOME, CR_ACT_FIRST);
    bind_char('G', CR_ACT_LAST);
    bind_code(KEY_END, CR_ACT_LAST);
    bind_char('\t', CR_ACT_NEXT_PANE);
    bind_code(KEY_BTAB, CR_ACT_PREV_PANE);
    bind_char('\n', CR_ACT_ENTER);
    bind_char('\r', CR_ACT_ENTER);
    bind_code(KEY_ENTER, CR_ACT_ENTER);
    bind_code(KEY_BACKSPACE, CR_ACT_BACK);
    bind_char(127, CR_ACT_BACK);
    bind_char(CTRL('h'), CR_ACT_BACK);
    bind_char(CTRL('o'), CR_ACT_BACK);
    bind_char('B', CR_ACT_TOGGLE_BOILERPLATE);
    bind_char('/', CR_ACT_FIND);
    bind_char('?', CR_ACT_FIND_BACK); /* help when not in the article pane; F1 always */
    bind_char('n', CR_ACT_NEXT_MATCH);
    bind_char('N', CR_ACT_PREV_MATCH);
    bind_char('s', CR_ACT_SEARCH);
    bind_char('c', CR_ACT_CLAIMS);
    bind_char('C', CR_ACT_CLAIMS_QUERY);
    bind_char('e', CR_ACT_NAMES);
    bind_char('E', CR_ACT_ARTICLE_NAMES);
    bind_char('H', CR_ACT_TOGGLE_NAMES);
    bind_char('+', CR_ACT_MERGE_NAMES);
    bind_char('-', CR_ACT_SPLIT_NAMES);
    bind_code(KEY_F(1), CR_ACT_HELP);
    bind_char(CTRL('l'), CR_ACT_REDRAW);
    bind_char('q', CR_ACT_QUIT);
    /* Ctrl-I is Tab to a terminal: forward gets a key of its own */
    bind_char(']', CR_ACT_FORWARD);
    bind_char('u', CR_ACT_TOGGLE_READ);
    bind_char('m', CR_ACT_BOOKMARK);
    bind_char('\'', CR_ACT_BOOKMARKS);
    bind_char('v', CR_ACT_HIGHLIGHT);
    bind_char('a', CR_ACT_NOTE);
    bind_char('A', CR_ACT_NOTES);
    bind_char('x', CR_ACT_DELETE_MARK);
    bind_char('o', CR_ACT_OPEN_URL);
    bind_char('|', CR_ACT_PIPE);
    bind_char('y', CR_ACT_COPY_CITATION);
    bind_char(':', CR_ACT_COMMAND);
    bind_char(27, CR_ACT_CANCEL);
}

cr_action cr_keymap_lookup(cr_key k)
{
    for (size_t i = 0; i < nbindings; i++)
        if (table[i].key.code == k.code && table[i].key.is_key == k.is_key)
            return table[i].action;
    return CR_ACT_NONE;
}

int cr_keymap_parse(const char *name, cr_key *k)
{
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        if (strcmp(named[i].name, name) == 0) {
            *k = named[i].key;
            return 0;
        }
    if (strncmp(name, "C-", 2) == 0 && name[2] >= 'a' && name[2] <= 'z' && !name[3]) {
        *k = (cr_key){CTRL(name[2]), 0};
        return 0;
    }
    if (name[0] > ' ' && name[0] < 127 && !name[1]) {
        *k = (cr_key){(unsigned char)name[0], 0};
        return 0;
    }
    return -1;
}

int cr_keymap_bind(const char *keyname, cr_action a)
{
    cr_key k;
    if (cr_keymap_parse(keyname, &k) != 0)
        return -1;
    bind_key(k, a);
    return 0;
}

bool cr_keymap_key_valid(const char *keyname)
{
    cr_key k;
    return cr_keymap_parse(keyname, &k) == 0;
}

static void keyname_of(cr_key k, char *buf, size_t size)
{
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        if (named[i].key.code == k.code && named[i].key.is_key == k.is_key) {
            snprintf(buf, size, "%s", named[i].name);
            return;
        }
    if (!k.is_key && k.code < 32)
        snprintf(buf, size, "C-%c", k.code + 'a' - 1);
    else if (!k.is_key)
        snprintf(buf, size, "%c", k.code);
    else
        snprintf(buf, size, "key %d", k.code);
}

void cr_keymap_describe(cr_action a, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < nbindings && used + 1 < size; i++) {
        if (table[i].action != a)
            continue;
        /* Return and C-m, C-h and Backspace are one key to a user: show one name */
        if (!table[i].key.is_key && (table[i].key.code == '\r' || table[i].key.code == CTRL('h')))
            continue;
        char name[32];
        keyname_of(table[i].key, name, sizeof name);
        if (strstr(buf, name) && strlen(name) > 1)
            continue; /* two codes of one key (Backspace sends 127 or KEY_BACKSPACE) */
        int n = snprintf(buf + used, size - used, "%s%s", used ? ", " : "", name);
        if (n < 0)
            break;
        used += (size_t)n;
    }
}
