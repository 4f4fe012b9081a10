/* osc52.c - the OSC 52 clipboard sequence, its base64 and its tmux/screen wrappers. */
#include "crossread/osc52.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crossread/util.h"

char *cr_base64(const void *data, size_t len)
{
    static const char digits[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const unsigned char *p = data;
    char *out = cr_xmalloc((len + 2) / 3 * 4 + 1), *o = out;
    size_t i = 0;
    for (; i + 2 < len; i += 3) {
        unsigned v = (unsigned)p[i] << 16 | (unsigned)p[i + 1] << 8 | p[i + 2];
        *o++ = digits[v >> 18 & 63];
        *o++ = digits[v >> 12 & 63];
        *o++ = digits[v >> 6 & 63];
        *o++ = digits[v & 63];
    }
    if (i < len) {
        unsigned v = (unsigned)p[i] << 16 | (i + 1 < len ? (unsigned)p[i + 1] << 8 : 0);
        *o++ = digits[v >> 18 & 63];
        *o++ = digits[v >> 12 & 63];
        *o++ = i + 1 < len ? digits[v >> 6 & 63] : '=';
        *o++ = '=';
    }
    *o = '\0';
    return out;
}

cr_mux cr_mux_of_term(const char *term)
{
    if (term && strncmp(term, "tmux", 4) == 0)
        return CR_MUX_TMUX;
    if (term && strncmp(term, "screen", 6) == 0)
        return CR_MUX_SCREEN;
    return CR_MUX_NONE;
}

/* screen passes at most 768 bytes of a DCS string: send the sequence in short DCS pieces */
enum { SCREEN_CHUNK = 76 };

char *cr_osc52_sequence(const char *text, size_t len, cr_mux mux)
{
    char *b64 = cr_base64(text, len);
    cr_buf osc, out;
    cr_buf_init(&osc);
    cr_buf_init(&out);
    cr_buf_printf(&osc, "\033]52;c;%s\a", b64);
    free(b64);
    switch (mux) {
    case CR_MUX_NONE:
        cr_buf_free(&out);
        return cr_buf_steal(&osc);
    case CR_MUX_TMUX:
        /* tmux pass-through: every ESC inside is doubled */
        cr_buf_adds(&out, "\033Ptmux;");
        for (size_t i = 0; i < osc.len; i++) {
            if (osc.data[i] == '\033')
                cr_buf_addc(&out, '\033');
            cr_buf_addc(&out, osc.data[i]);
        }
        cr_buf_adds(&out, "\033\\");
        break;
    case CR_MUX_SCREEN:
        for (size_t i = 0; i < osc.len; i += SCREEN_CHUNK) {
            size_t n = osc.len - i < SCREEN_CHUNK ? osc.len - i : SCREEN_CHUNK;
            cr_buf_adds(&out, "\033P");
            cr_buf_add(&out, osc.data + i, n);
            cr_buf_adds(&out, "\033\\");
        }
        break;
    }
    cr_buf_free(&osc);
    return cr_buf_steal(&out);
}

bool cr_osc52_copy(const char *text, char **err)
{
    char *seq = cr_osc52_sequence(text, strlen(text), cr_mux_of_term(getenv("TERM")));
    /* straight to the terminal, not through curses, which would show the bytes as text */
    int fd = open("/dev/tty", O_WRONLY | O_NOCTTY | O_CLOEXEC);
    bool ok = false;
    if (fd < 0) {
        *err = cr_xasprintf("cannot reach the terminal: %s", strerror(errno));
    } else {
        size_t n = strlen(seq), done = 0;
        while (done < n) {
            ssize_t w = write(fd, seq + done, n - done);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                break;
            done += (size_t)w;
        }
        ok = done == n;
        if (!ok)
            *err = cr_xasprintf("cannot write to the terminal: %s", strerror(errno));
        close(fd);
    }
    free(seq);
    return ok;
}
