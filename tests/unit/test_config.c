/* The configuration file: bindings, colours, widths, the library, and bad lines reported
 * with file and line while the good ones still apply. */
#include "t.h"

#include <stdlib.h>

#include "crossread/config.h"
#include "crossread/keymap.h"
#include "crossread/util.h"

static void parse(cr_config *c, const char *text)
{
    *c = (cr_config){0};
    cr_config_parse(c, "cfg", text, strlen(text));
}

TEST(config_good_lines)
{
    cr_config c;
    parse(&c, "# comment\n\n  bind J move-down\nbind C-n page-down\nbind q none\n"
              "color mark black yellow\ncolour bar 15 default\n"
              "set sources-width 25\nset xref-width 30\nset library ~/study/lib.db\n");
    CHECK_INT(c.nerrors, 0);
    CHECK_INT(c.nbinds, 3);
    CHECK_STR(c.binds[0].key, "J");
    CHECK_INT(c.binds[0].action, CR_ACT_MOVE_DOWN);
    CHECK_INT(c.binds[0].line, 3);
    CHECK_INT(c.binds[1].action, CR_ACT_PAGE_DOWN);
    CHECK_INT(c.binds[2].action, CR_ACT_NONE);
    CHECK(c.colors[CR_COLOR_MARK].set);
    CHECK_INT(c.colors[CR_COLOR_MARK].fg, 0);
    CHECK_INT(c.colors[CR_COLOR_MARK].bg, 3);
    CHECK_INT(c.colors[CR_COLOR_BAR].fg, 15);
    CHECK_INT(c.colors[CR_COLOR_BAR].bg, -1);
    CHECK(!c.colors[CR_COLOR_TITLE].set);
    CHECK_INT(c.sources_width, 25);
    CHECK_INT(c.xref_width, 30);
    const char *home = getenv("HOME");
    if (home && *home) {
        char *want = cr_xasprintf("%s/study/lib.db", home);
        CHECK_STR(c.library, want);
        free(want);
    }
    cr_config_free(&c);
}

TEST(config_library_path_keeps_spaces)
{
    cr_config c;
    parse(&c, "set library /data/my study/lib.db  \n");
    CHECK_INT(c.nerrors, 0);
    CHECK_STR(c.library, "/data/my study/lib.db");
    cr_config_free(&c);
}

TEST(config_bad_lines_name_file_and_line)
{
    cr_config c;
    parse(&c, "bind j move-down\n"
              "bind j fly\n"              /* 2: unknown action */
              "bind NoSuchKey quit\n"     /* 3: unknown key */
              "bind j\n"                  /* 4: missing action */
              "color sky red blue\n"      /* 5: unknown role */
              "color mark red nope\n"     /* 6: unknown colour */
              "color mark 300 red\n"      /* 7: out of range */
              "set sources-width 95\n"    /* 8: out of range */
              "set xref-width wide\n"     /* 9: not a number */
              "set speed 3\n"             /* 10: unknown setting */
              "frobnicate\n"              /* 11: unknown command */
              "bind k move-up\n");
    CHECK_INT(c.nerrors, 10);
    if (c.nerrors == 10) {
        CHECK(strstr(c.errors[0], "cfg:2: ") == c.errors[0] && strstr(c.errors[0], "fly"));
        CHECK(strstr(c.errors[1], "cfg:3: ") && strstr(c.errors[1], "NoSuchKey"));
        CHECK(strstr(c.errors[2], "cfg:4: "));
        CHECK(strstr(c.errors[3], "cfg:5: ") && strstr(c.errors[3], "sky"));
        CHECK(strstr(c.errors[4], "cfg:6: ") && strstr(c.errors[4], "nope"));
        CHECK(strstr(c.errors[5], "cfg:7: ") && strstr(c.errors[5], "300"));
        CHECK(strstr(c.errors[6], "cfg:8: "));
        CHECK(strstr(c.errors[7], "cfg:9: "));
        CHECK(strstr(c.errors[8], "cfg:10: ") && strstr(c.errors[8], "speed"));
        CHECK(strstr(c.errors[9], "cfg:11: ") && strstr(c.errors[9], "frobnicate"));
    }
    /* the good lines around the bad ones still count */
    CHECK_INT(c.nbinds, 2);
    CHECK_INT(c.sources_width, 0);
    CHECK(!c.colors[CR_COLOR_MARK].set);
    cr_config_free(&c);
}

TEST(config_apply_keys_rebinds)
{
    cr_config c;
    parse(&c, "bind J move-down\nbind j none\n");
    cr_keymap_defaults();
    cr_config_apply_keys(&c);
    CHECK_INT(cr_keymap_lookup((cr_key){'J', 0}), CR_ACT_MOVE_DOWN);
    CHECK_INT(cr_keymap_lookup((cr_key){'j', 0}), CR_ACT_NONE);
    CHECK_INT(cr_keymap_lookup((cr_key){'m', 0}), CR_ACT_BOOKMARK);
    cr_keymap_defaults();
    cr_config_free(&c);
}

TEST(config_load_missing_and_default_path)
{
    const char *dir = t_tmpdir();
    cr_config c = {0};
    char *missing = cr_xasprintf("%s/none/config", dir);
    cr_config_load(&c, missing);
    CHECK_INT(c.nerrors, 0);
    CHECK(c.path == NULL);
    cr_config_free(&c);
    free(missing);

    char *old = getenv("XDG_CONFIG_HOME") ? cr_xstrdup(getenv("XDG_CONFIG_HOME")) : NULL;
    setenv("XDG_CONFIG_HOME", "/x/y", 1);
    char *p = cr_config_default_path();
    CHECK_STR(p, "/x/y/crossread/config");
    free(p);
    if (old) {
        setenv("XDG_CONFIG_HOME", old, 1);
        free(old);
    } else {
        unsetenv("XDG_CONFIG_HOME");
    }
}
