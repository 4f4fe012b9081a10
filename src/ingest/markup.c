/* markup.c - inline markdown-ish markup rendered to plain text plus spans:
 * **bold**, __bold__, *italic*, [text](url), <https://url>, \-escapes. Unmatched markers
 * stay as they are, so plain text passes through unchanged. */
#include "internal.h"

#include <string.h>

/* Markup never spans more than this many bytes; the cap keeps a long line full of
 * unmatched markers linear instead of quadratic. */
#define SPAN_MAX 4096

/* Index of the closing marker for an opener at s[i] of width w, or 0 if none on this line. */
static size_t closing(const char *s, size_t len, size_t i, const char *m, size_t w)
{
    if (i + w >= len || s[i + w] == ' ')
        return 0;
    size_t end = len - i > SPAN_MAX ? i + SPAN_MAX : len;
    for (size_t j = i + w + 1; j + w <= end; j++) {
        if (memcmp(s + j, m, w) == 0 && s[j - 1] != ' ') {
            if (w == 1 && j + 1 < len && s[j + 1] == '*')
                continue; /* "*a **b** c*": skip the inner bold marker */
            return j;
        }
    }
    return 0;
}

void ig_inline(ig_build *b, const char *s, size_t len, bool markdown)
{
    if (!markdown) {
        cr_buf_add(&b->body, s, len);
        return;
    }
    size_t i = 0, run = 0; /* s[run..i) is pending plain text */
#define FLUSH() (cr_buf_add(&b->body, s + run, i - run))
    while (i < len) {
        char c = s[i];
        if (c == '\\' && i + 1 < len && strchr("\\`*_[]()#<>!-", s[i + 1])) {
            FLUSH();
            cr_buf_addc(&b->body, s[i + 1]);
            i += 2;
            run = i;
        } else if ((c == '*' || c == '_') && i + 1 < len && s[i + 1] == c) {
            const char *m = c == '*' ? "**" : "__";
            size_t j = closing(s, len, i, m, 2);
            if (!j) {
                i += 2;
                continue;
            }
            FLUSH();
            size_t start = b->body.len;
            ig_inline(b, s + i + 2, j - i - 2, true);
            ig_span(b, start, b->body.len - start, CR_SPAN_BOLD);
            i = run = j + 2;
        } else if (c == '*' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '(')) {
            size_t j = closing(s, len, i, "*", 1);
            if (!j) {
                i++;
                continue;
            }
            FLUSH();
            size_t start = b->body.len;
            ig_inline(b, s + i + 1, j - i - 1, true);
            ig_span(b, start, b->body.len - start, CR_SPAN_ITALIC);
            i = run = j + 1;
        } else if (c == '[') {
            /* [text](url): find the "](" that closes this bracket, then the ')' */
            size_t depth = 0, j = i, end = len - i > SPAN_MAX ? i + SPAN_MAX : len;
            for (; j < end; j++) {
                if (s[j] == '[')
                    depth++;
                else if (s[j] == ']' && --depth == 0)
                    break;
            }
            const char *close = NULL;
            if (j + 1 < end && s[j + 1] == '(')
                close = memchr(s + j + 2, ')', end - j - 2);
            if (j >= end || !close) {
                i++;
                continue;
            }
            FLUSH();
            size_t start = b->body.len;
            ig_inline(b, s + i + 1, j - i - 1, true);
            ig_span(b, start, b->body.len - start, CR_SPAN_LINK);
            ig_url(b, s + j + 2, (size_t)(close - (s + j + 2)));
            i = run = (size_t)(close - s) + 1;
        } else if (c == '<' && (ig_starts_ci(s + i + 1, len - i - 1, "http://") ||
                                ig_starts_ci(s + i + 1, len - i - 1, "https://"))) {
            const char *close = memchr(s + i, '>', len - i > SPAN_MAX ? SPAN_MAX : len - i);
            if (!close || memchr(s + i, ' ', (size_t)(close - (s + i)))) {
                i++;
                continue;
            }
            FLUSH();
            size_t start = b->body.len, ulen = (size_t)(close - (s + i)) - 1;
            cr_buf_add(&b->body, s + i + 1, ulen);
            ig_span(b, start, ulen, CR_SPAN_LINK);
            ig_url(b, s + i + 1, ulen);
            i = run = (size_t)(close - s) + 1;
        } else
            i++;
    }
    FLUSH();
#undef FLUSH
}
