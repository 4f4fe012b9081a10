/* config.c - reading the configuration file. Parsing only checks and records; the reader
 * applies the result (keys here, colours and widths in the UI). */
#include "crossread/config.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crossread/keymap.h"
#include "crossread/util.h"

static const char *const role_names[CR_COLOR_COUNT] = {
    "title", "meta", "link", "match", "entity", "bar", "accent", "warn", "mark",
};

const char *cr_color_role_name(cr_color_role r)
{
    return r >= 0 && r < CR_COLOR_COUNT ? role_names[r] : "";
}

static const char *const color_names[] = {"black", "red",     "green", "yellow",
                                          "blue",  "magenta", "cyan",  "white"};

char *cr_config_default_path(void)
{
    const char *xdg = getenv("XDG_CONFIG_HOME");
    if (xdg && *xdg == '/')
        return cr_xasprintf("%s/crossread/config", xdg);
    const char *home = getenv("HOME");
    return cr_xasprintf("%s/.config/crossread/config", home && *home ? home : ".");
}

static void error(cr_config *c, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void error(cr_config *c, const char *file, int line, const char *fmt, ...)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_printf(&b, "%s:%d: ", file, line);
    va_list ap;
    va_start(ap, fmt);
    cr_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    c->errors = cr_xrealloc(c->errors, (c->nerrors + 1) * sizeof *c->errors);
    c->errors[c->nerrors++] = cr_buf_steal(&b);
}

/* Splits a line into at most max words; the last word takes the rest of the line. */
static int split(char *s, char **w, int max)
{
    int n = 0;
    while (*s && n < max) {
        while (isspace((unsigned char)*s))
            s++;
        if (!*s)
            break;
        w[n++] = s;
        if (n == max) {
            char *end = s + strlen(s);
            while (end > s && isspace((unsigned char)end[-1]))
                *--end = '\0';
            break;
        }
        while (*s && !isspace((unsigned char)*s))
            s++;
        if (*s)
            *s++ = '\0';
    }
    return n;
}

/* "red", "default", or 0..255 */
static bool parse_color(const char *s, int *out)
{
    if (strcmp(s, "default") == 0) {
        *out = -1;
        return true;
    }
    for (int i = 0; i < 8; i++)
        if (strcmp(s, color_names[i]) == 0) {
            *out = i;
            return true;
        }
    char *end;
    long v = strtol(s, &end, 10);
    if (*s && !*end && v >= 0 && v <= 255) {
        *out = (int)v;
        return true;
    }
    return false;
}

static bool parse_percent(const char *s, int *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (!*s || *end || v < 10 || v > 60)
        return false;
    *out = (int)v;
    return true;
}

static void do_bind(cr_config *c, const char *file, int ln, char **w, int n)
{
    if (n != 3) {
        error(c, file, ln, "bind wants a key and an action: bind KEY ACTION");
        return;
    }
    if (!cr_keymap_key_valid(w[1])) {
        error(c, file, ln, "unknown key '%s'", w[1]);
        return;
    }
    cr_action a = strcmp(w[2], "none") == 0 ? CR_ACT_NONE : cr_action_by_name(w[2]);
    if (a == CR_ACT_NONE && strcmp(w[2], "none") != 0) {
        error(c, file, ln, "unknown action '%s' (the help screen, ?, lists them)", w[2]);
        return;
    }
    c->binds = cr_xrealloc(c->binds, (c->nbinds + 1) * sizeof *c->binds);
    c->binds[c->nbinds++] = (cr_config_bind){cr_xstrdup(w[1]), a, ln};
}

static void do_color(cr_config *c, const char *file, int ln, char **w, int n)
{
    if (n != 4) {
        error(c, file, ln, "color wants a role and two colours: color ROLE FG BG");
        return;
    }
    int role = -1, fg, bg;
    for (int r = 0; r < CR_COLOR_COUNT; r++)
        if (strcmp(w[1], role_names[r]) == 0)
            role = r;
    if (role < 0) {
        error(c, file, ln, "unknown colour role '%s' (title, meta, link, match, entity, bar, "
                           "accent, warn, mark)", w[1]);
        return;
    }
    if (!parse_color(w[2], &fg) || !parse_color(w[3], &bg)) {
        error(c, file, ln, "unknown colour '%s' (a name such as red, default, or 0-255)",
              !parse_color(w[2], &fg) ? w[2] : w[3]);
        return;
    }
    c->colors[role] = (cr_color_pref){true, fg, bg};
}

static char *expand_home(const char *p)
{
    const char *home = getenv("HOME");
    if (p[0] == '~' && (p[1] == '/' || !p[1]) && home && *home)
        return cr_xasprintf("%s%s", home, p + 1);
    return cr_xstrdup(p);
}

static void do_set(cr_config *c, const char *file, int ln, char **w, int n)
{
    if (n != 3) {
        error(c, file, ln, "set wants a name and a value: set NAME VALUE");
        return;
    }
    if (strcmp(w[1], "sources-width") == 0 || strcmp(w[1], "xref-width") == 0) {
        int *dst = w[1][0] == 's' ? &c->sources_width : &c->xref_width;
        if (!parse_percent(w[2], dst))
            error(c, file, ln, "%s wants a percentage from 10 to 60, not '%s'", w[1], w[2]);
    } else if (strcmp(w[1], "library") == 0) {
        free(c->library);
        c->library = expand_home(w[2]);
    } else {
        error(c, file, ln, "unknown setting '%s' (sources-width, xref-width, library)", w[1]);
    }
}

void cr_config_parse(cr_config *c, const char *file, const char *text, size_t len)
{
    int ln = 0;
    for (size_t p = 0; p < len;) {
        size_t e = p;
        while (e < len && text[e] != '\n')
            e++;
        ln++;
        char *line = cr_xstrndup(text + p, e - p);
        p = e + 1;
        char *s = line;
        while (isspace((unsigned char)*s))
            s++;
        if (*s && *s != '#') {
            /* "bind KEY ACTION" and "color" are words; "set library" may hold spaces */
            char *w[4];
            int n = split(s, w, strncmp(s, "set", 3) == 0 ? 3 : 4);
            if (strcmp(w[0], "bind") == 0)
                do_bind(c, file, ln, w, n);
            else if (strcmp(w[0], "color") == 0 || strcmp(w[0], "colour") == 0)
                do_color(c, file, ln, w, n);
            else if (strcmp(w[0], "set") == 0)
                do_set(c, file, ln, w, n);
            else
                error(c, file, ln, "unknown command '%s' (bind, color, set)", w[0]);
        }
        free(line);
    }
}

void cr_config_load(cr_config *c, const char *path)
{
    char *own = path ? NULL : cr_config_default_path();
    const char *file = path ? path : own;
    if (access(file, F_OK) == 0) {
        char *data, *err = NULL;
        size_t len;
        c->path = cr_xstrdup(file);
        if (cr_read_whole_file(file, &data, &len, &err)) {
            cr_config_parse(c, file, data, len);
            free(data);
        } else {
            c->errors = cr_xrealloc(c->errors, (c->nerrors + 1) * sizeof *c->errors);
            c->errors[c->nerrors++] = cr_xasprintf("%s: cannot read: %s", file, err);
            free(err);
        }
    }
    free(own);
}

void cr_config_apply_keys(const cr_config *c)
{
    for (size_t i = 0; i < c->nbinds; i++)
        cr_keymap_bind(c->binds[i].key, c->binds[i].action);
}

void cr_config_free(cr_config *c)
{
    for (size_t i = 0; i < c->nbinds; i++)
        free(c->binds[i].key);
    free(c->binds);
    for (size_t i = 0; i < c->nerrors; i++)
        free(c->errors[i]);
    free(c->errors);
    free(c->library);
    free(c->path);
    memset(c, 0, sizeof *c);
}
