/* boilerplate.c - recognises the paragraphs a reader hides by default: appeals, "Related
 * article", "Similar Posts", language switchers, editorial notes, photo credits, wire tags
 * and footnote lists. Only a paragraph's first bytes are examined, so cost is constant. */
#include "internal.h"

#include <string.h>

#define BP (1u << CR_SPAN_BOILERPLATE)
#define CAP (1u << CR_SPAN_CAPTION)
#define REF (1u << CR_SPAN_REFERENCE)

/* Paragraph openings that mark boilerplate, compared case-insensitively. */
static const char *const openings[] = {
    "Become an ", "Become a member", "Support independent journalism", "Support small, independent",
    "Interested in directly assisting", "Consider becoming a member", "Join today", "Donate",
    "Subscribe to", "Sign up for", "Related article", "Related:", "Read more", "[Read more",
    "Read on ", "[Read on ", "Read also", "Read in ", "See also", "Similar Posts",
    "This post is also available in", "This article was first", "This article was amended",
    "This article was originally", "The views expressed in", "For ease of reading, we choose",
    "Image via", "Photo:", "Photo credit", "©", "(AFP)", "(Reuters)", "(AP)", "Soundcloud",
    "Advertisement", "RECASTS ", "UPDATES ", "ADDS ", "REFILES ", "CORRECTS ", "Original url",
};

/* "Alexander Ryumin / TASS" at the end: a photo credit. */
static bool ends_with_credit(const char *s, size_t len)
{
    if (len < 6)
        return false;
    size_t i = len;
    while (i > 0 && s[i - 1] >= 'A' && s[i - 1] <= 'Z')
        i--;
    size_t caps = len - i;
    return caps >= 2 && caps <= 12 && i >= 3 && memcmp(s + i - 3, " / ", 3) == 0;
}

unsigned ig_classify(const char *s, size_t len)
{
    ig_trim(&s, &len);
    if (!len)
        return 0;
    for (size_t i = 0; i < sizeof openings / sizeof openings[0]; i++)
        if (ig_starts_ci(s, len, openings[i])) {
            bool caption = !strcmp(openings[i], "Image via") || !strncmp(openings[i], "Photo", 5) ||
                           !strcmp(openings[i], "©");
            if (!strncmp(openings[i], "RECASTS", 7) || !strncmp(openings[i], "ADDS", 4) ||
                !strncmp(openings[i], "UPDATES", 7) || !strncmp(openings[i], "REFILES", 7) ||
                !strncmp(openings[i], "CORRECTS", 8)) {
                if (memcmp(s, openings[i], strlen(openings[i])) != 0)
                    continue; /* wire tags are upper case; "Adds up" is prose */
            }
            return BP | (caption ? CAP : 0);
        }
    if ((len == 6 && (memcmp(s, "Reuter", 6) == 0 || memcmp(s, "REUTER", 6) == 0)))
        return BP; /* the wire's sign-off */
    /* "[1] ...": a footnote */
    if (s[0] == '[' && len > 2 && s[1] >= '0' && s[1] <= '9') {
        size_t j = 1;
        while (j < len && j < 5 && s[j] >= '0' && s[j] <= '9')
            j++;
        if (j < len && s[j] == ']')
            return BP | REF;
    }
    /* "lo/msh (AP, AFP, Reuters)": editors' initials and wire sources */
    if (len < 60 && s[len - 1] == ')' && memchr(s, '/', len) && memchr(s, '(', len) &&
        s[0] >= 'a' && s[0] <= 'z')
        return BP;
    if (len < 400 && ends_with_credit(s, len))
        return BP | CAP;
    /* "... in Khankendi. Photo: social networks" */
    size_t tail = len > 80 ? len - 80 : 0;
    if (len < 600 && (ig_contains_ci(s + tail, len - tail, "Photo: ", 80) ||
                      ig_contains_ci(s + tail, len - tail, "Photo by ", 80)))
        return BP | CAP;
    if (len < 600 && ig_contains_ci(s + tail, len - tail, "Image via ", 80))
        return BP | CAP;
    if (ig_contains_ci(s, len, "Original url:", 20))
        return BP;
    /* short appeals whatever their opening words */
    static const char *const appeals[] = {"our collective fundraiser", "becoming a member",
                                          "become a member", "donate now", "donate to us",
                                          "support independent", "subscribe to our"};
    for (size_t i = 0; len < 400 && i < sizeof appeals / sizeof appeals[0]; i++)
        if (ig_contains_ci(s, len, appeals[i], 400))
            return BP;
    return 0;
}

/* Copies the outlet name between prefix and terminator, if both are there. */
static char *between(const char *s, size_t len, const char *prefix, const char *term)
{
    size_t n = strlen(prefix);
    if (!ig_starts_ci(s, len, prefix))
        return NULL;
    const char *e = NULL;
    size_t m = strlen(term);
    for (size_t i = n; i + m <= len && i < 80; i++)
        if (memcmp(s + i, term, m) == 0) {
            e = s + i;
            break;
        }
    if (!e || e - (s + n) < 2)
        return NULL;
    /* "OC\u00A0Media" and "OC Media" are one outlet */
    cr_buf b;
    cr_buf_init(&b);
    for (const char *p = s + n; p < e; p++) {
        if ((unsigned char)p[0] == 0xC2 && p + 1 < e && (unsigned char)p[1] == 0xA0) {
            cr_buf_addc(&b, ' ');
            p++;
        } else
            cr_buf_addc(&b, *p);
    }
    return cr_buf_steal(&b);
}

char *ig_outlet_hint(const char *s, size_t len)
{
    ig_trim(&s, &len);
    char *r = between(s, len, "[Read on ", ":");
    if (!r)
        r = between(s, len, "[Read more on ", ":");
    if (!r)
        r = between(s, len, "Become an ", " Member");
    if (!r)
        r = between(s, len, "Become a ", " Member");
    return r;
}
