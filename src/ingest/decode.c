/* decode.c - any file's bytes to valid, sanitised UTF-8 with '\n' line ends, or a reason
 * why it is not text. Every pass is linear: a 50 MB one-line file costs a few copies. */
#include "internal.h"

#include "crossread/text.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

static const char *magic_name(const unsigned char *u, size_t len)
{
    static const struct {
        const char *magic;
        size_t n;
        const char *name;
    } m[] = {
        {"\x89PNG\r\n\x1a\n", 8, "PNG image"}, {"\x7f" "ELF", 4, "ELF executable"},
        {"GIF8", 4, "GIF image"},              {"\xff\xd8\xff", 3, "JPEG image"},
        {"PK\x03\x04", 4, "ZIP archive"},      {"\x1f\x8b", 2, "gzip data"},
        {"%PDF-", 5, "PDF document"},          {"SQLite format 3", 15, "SQLite database"},
    };
    for (size_t i = 0; i < sizeof m / sizeof m[0]; i++)
        if (len >= m[i].n && memcmp(u, m[i].magic, m[i].n) == 0)
            return m[i].name;
    return NULL;
}

/* Converts with glibc iconv; NULL if the bytes are not valid in that encoding. */
static char *convert(const char *from, const char *s, size_t len, size_t *out_len)
{
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1)
        return NULL;
    size_t cap = len * 3 + 16; /* no single-/double-byte charset grows more than 3x */
    char *out = cr_xmalloc(cap + 1);
    char *in = (char *)s, *o = out;
    size_t inleft = len, oleft = cap;
    size_t r = iconv(cd, &in, &inleft, &o, &oleft);
    iconv_close(cd);
    if (r == (size_t)-1) {
        free(out);
        return NULL;
    }
    *out_len = (size_t)(o - out);
    out[*out_len] = '\0';
    return out;
}

/* True if the high bytes read as GBK double-byte characters and are many: Chinese text. */
static bool looks_gbk(const unsigned char *u, size_t len)
{
    size_t pairs = 0, bad = 0;
    for (size_t i = 0; i < len; i++) {
        if (u[i] < 0x80)
            continue;
        if (u[i] >= 0x81 && u[i] <= 0xFE && i + 1 < len && u[i + 1] >= 0x40 && u[i + 1] != 0x7F &&
            u[i + 1] != 0xFF) {
            pairs++;
            i++;
        } else
            bad++;
    }
    return pairs * 2 > len / 5 && bad * 50 <= pairs;
}

/* True if the text reads as UTF-8 with a few broken bytes rather than as a legacy
 * encoding: its valid multi-byte sequences outnumber its invalid bytes. (Legacy text
 * forms valid UTF-8 pairs only by accident.) */
static bool mostly_utf8(const unsigned char *u, size_t len)
{
    size_t valid = 0, invalid = 0;
    for (size_t i = 0; i < len;) {
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        size_t n = u[i] >= 0xF0 ? 4 : u[i] >= 0xE0 ? 3 : 2;
        if (u[i] >= 0xC2 && u[i] <= 0xF4 && n <= len - i && cr_utf8_valid((const char *)u + i, n)) {
            valid++;
            i += n;
        } else {
            invalid++;
            i++;
        }
    }
    return valid > invalid;
}

/* Bytes -> UTF-8 (not yet sanitised), noting conversions and repairs. */
static char *to_utf8(const char *s, size_t len, cr_doc *d, size_t *out_len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        char *r = convert("UTF-16", s, len, out_len);
        if (r) {
            ig_note(d, "converted from UTF-16");
            return r;
        }
    }
    if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        s += 3, len -= 3, u += 3;
    if (cr_utf8_valid(s, len)) {
        *out_len = len;
        return cr_xstrndup(s, len);
    }
    if (!mostly_utf8(u, len)) {
        /* Legacy 8-bit or double-byte text: which one is judged from the bytes. */
        const char *enc = NULL, *label = NULL;
        bool c1 = false;
        for (size_t i = 0; i < len; i++)
            c1 |= u[i] >= 0x80 && u[i] <= 0x9F;
        if (looks_gbk(u, len))
            enc = "GBK", label = "GBK";
        else if (c1)
            enc = "WINDOWS-1252", label = "Windows-1252";
        else
            enc = "ISO-8859-1", label = "Latin-1 (ISO-8859-1)";
        char *r = convert(enc, s, len, out_len);
        if (!r && c1) /* bytes undefined in Windows-1252: Latin-1 maps every byte */
            r = convert("ISO-8859-1", s, len, out_len), label = "Latin-1 (ISO-8859-1)";
        if (r) {
            ig_note(d, "converted from %s", label);
            return r;
        }
    }
    size_t bad = 0;
    char *r = cr_utf8_repair(s, len, out_len, &bad);
    ig_note(d, "%zu invalid UTF-8 sequence%s replaced by U+FFFD", bad, bad == 1 ? "" : "s");
    return r;
}

char *ig_decode(const char *data, size_t len, cr_doc *d, size_t *out_len)
{
    const unsigned char *u = (const unsigned char *)data;
    if (ig_blank(data, len)) {
        d->skipped = true;
        d->problem = cr_xstrdup("empty file");
        return NULL;
    }
    const char *kind = magic_name(u, len);
    if (kind) {
        d->skipped = true;
        d->problem = cr_xasprintf("binary file (%s)", kind);
        return NULL;
    }
    bool utf16 = len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF));
    size_t ctl = 0, nul = 0, probe = len < 65536 ? len : 65536;
    for (size_t i = 0; i < probe; i++)
        if (u[i] < 0x20 && u[i] != '\n' && u[i] != '\r' && u[i] != '\t' && u[i] != '\f' &&
            u[i] != 0x1B)
            ctl++;
    if (!utf16 && ctl * 10 > probe) {
        d->skipped = true;
        d->problem = cr_xasprintf("binary file (%zu%% control bytes)", ctl * 100 / probe);
        return NULL;
    }
    /* NUL bytes in text are debris: drop them, say so. */
    char *clean = NULL;
    if (!utf16 && memchr(data, 0, len)) {
        clean = cr_xmalloc(len);
        size_t k = 0;
        for (size_t i = 0; i < len; i++)
            if (data[i])
                clean[k++] = data[i];
            else
                nul++;
        ig_note(d, "%zu NUL byte%s removed", nul, nul == 1 ? "" : "s");
        data = clean;
        len = k;
    }
    size_t n;
    char *utf = to_utf8(data, len, d, &n);
    free(clean);
    /* CRLF and lone CR become '\n'; tabs become spaces so columns never matter. */
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char c = utf[i];
        if (c == '\r') {
            utf[k++] = '\n';
            if (i + 1 < n && utf[i + 1] == '\n')
                i++;
        } else
            utf[k++] = c == '\t' ? ' ' : c;
    }
    /* most files hold no control character: then the sanitised copy is not needed */
    bool controls = false;
    for (size_t i = 0; i < k && !controls; i++) {
        unsigned char c = (unsigned char)utf[i];
        controls = (c < 0x20 && c != '\n') || c == 0x7F ||
                   (c == 0xC2 && i + 1 < k && (unsigned char)utf[i + 1] <= 0x9F);
    }
    size_t changed = 0;
    char *safe = utf;
    *out_len = k;
    utf[k] = '\0';
    if (controls) {
        safe = cr_sanitize(utf, k, false, out_len, &changed);
        free(utf);
    }
    if (changed)
        ig_note(d, "%zu control character%s shown as symbols", changed, changed == 1 ? "" : "s");
    if (ig_blank(safe, *out_len)) {
        free(safe);
        d->skipped = true;
        d->problem = cr_xstrdup("empty file");
        return NULL;
    }
    return safe;
}
