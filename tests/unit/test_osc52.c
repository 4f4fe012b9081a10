/* OSC 52: base64 against RFC 4648's vectors, and the plain, tmux and screen wrappings. */
#include "t.h"

#include <stdlib.h>

#include "crossread/osc52.h"

static void b64(const char *in, const char *want)
{
    char *got = cr_base64(in, strlen(in));
    CHECK_STR(got, want);
    free(got);
}

TEST(osc52_base64_rfc4648)
{
    b64("", "");
    b64("f", "Zg==");
    b64("fo", "Zm8=");
    b64("foo", "Zm9v");
    b64("foob", "Zm9vYg==");
    b64("fooba", "Zm9vYmE=");
    b64("foobar", "Zm9vYmFy");
    b64("\xE2\x80\x94", "4oCU"); /* an em dash: bytes, not characters */
}

TEST(osc52_mux_from_term)
{
    CHECK_INT(cr_mux_of_term("xterm-256color"), CR_MUX_NONE);
    CHECK_INT(cr_mux_of_term(NULL), CR_MUX_NONE);
    CHECK_INT(cr_mux_of_term("tmux-256color"), CR_MUX_TMUX);
    CHECK_INT(cr_mux_of_term("screen"), CR_MUX_SCREEN);
    CHECK_INT(cr_mux_of_term("screen.xterm-256color"), CR_MUX_SCREEN);
}

TEST(osc52_sequences)
{
    char *s = cr_osc52_sequence("foo", 3, CR_MUX_NONE);
    CHECK_STR(s, "\033]52;c;Zm9v\a");
    free(s);
    s = cr_osc52_sequence("foo", 3, CR_MUX_TMUX);
    CHECK_STR(s, "\033Ptmux;\033\033]52;c;Zm9v\a\033\\");
    free(s);
    s = cr_osc52_sequence("foo", 3, CR_MUX_SCREEN);
    CHECK_STR(s, "\033P\033]52;c;Zm9v\a\033\\");
    free(s);
}

TEST(osc52_screen_splits_long_text)
{
    char text[300];
    memset(text, 'a', sizeof text);
    char *s = cr_osc52_sequence(text, sizeof text, CR_MUX_SCREEN);
    /* the OSC is 7 + 400 + 1 = 408 bytes: six pieces of at most 76 */
    int pieces = 0;
    for (const char *p = s; (p = strstr(p, "\033P")); p += 2)
        pieces++;
    CHECK_INT(pieces, 6);
    /* unwrapped, the pieces give back the plain sequence */
    char *plain = cr_osc52_sequence(text, sizeof text, CR_MUX_NONE);
    char *joined = calloc(1, strlen(s) + 1), *o = joined;
    for (const char *p = s; *p;) {
        if (p[0] == '\033' && p[1] == 'P') {
            p += 2;
            continue;
        }
        if (p[0] == '\033' && p[1] == '\\') {
            p += 2;
            continue;
        }
        *o++ = *p++;
    }
    CHECK_STR(joined, plain);
    free(joined);
    free(plain);
    free(s);
}
