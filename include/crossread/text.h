/* text.h - UTF-8 validation and repair, control-character sanitising, folding, display width.
 * Everything above this layer may assume valid UTF-8 without control characters other than
 * '\n' (and '\t' only where documented). */
#ifndef CROSSREAD_TEXT_H
#define CROSSREAD_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* True if s[0..len) is well-formed UTF-8 (no overlongs, surrogates or values > U+10FFFF). */
bool cr_utf8_valid(const char *s, size_t len);

/* Copies s[0..len) to a new NUL-terminated string in which every maximal invalid
 * subsequence is replaced by U+FFFD (the W3C/Unicode "substitution of maximal subparts"
 * practice). *replaced (if not NULL) receives the number of replacements. */
char *cr_utf8_repair(const char *s, size_t len, size_t *out_len, size_t *replaced);

/* Makes text safe to show: C0 controls (except '\n' and, if keep_tab, '\t'), DEL and the C1
 * controls U+0080..U+009F become visible Control Pictures (U+2400 + c, U+2421 for DEL,
 * U+FFFD for C1), so an escape sequence in an article can never reach the terminal.
 * A NUL byte becomes U+2400. Input must be valid UTF-8. *changed counts the replacements. */
char *cr_sanitize(const char *s, size_t len, bool keep_tab, size_t *out_len, size_t *changed);

/* Case- and diacritic-insensitive key for matching names: NFKD, strip combining marks,
 * lower case (full Unicode case folding), collapse runs of spaces. Returns a new string. */
char *cr_fold(const char *s, size_t len);

/* Display width in terminal columns: the sum over code points of uc_width() (CJK wide = 2,
 * combining marks and ZWJ = 0, emoji 2, a flag 1 + 1), raised to glibc's wcwidth() for the
 * few characters it counts wider (soft hyphen, ...), so that ncurses agrees. Controls count
 * 0, except a '\t', which counts as one column (draw it as a space). */
int cr_display_width(const char *s, size_t len);

/* Decodes one code point at s (valid UTF-8 assumed, len > 0); returns its byte length. */
int cr_utf8_decode(const char *s, size_t len, unsigned int *cp);

/* Byte length of the grapheme cluster (UAX #29 extended, including emoji ZWJ sequences and
 * flag pairs) starting at s[0..len); *cols receives its width. 0 only if len is 0. For
 * stepping a cursor through text without splitting what the user sees as one character. */
size_t cr_grapheme_next(const char *s, size_t len, int *cols);

/* Byte length of the longest prefix of s[0..len) that fits in max_cols columns without
 * splitting a grapheme cluster; *cols receives its width. */
size_t cr_prefix_fitting(const char *s, size_t len, int max_cols, int *cols);

/* The dominant script of a text as an ISO 15924 name ("Latin", "Cyrillic", "Armenian",
 * "Han", "Arabic", ...), judged from its letters; "Unknown" if it has none. Static string. */
const char *cr_dominant_script(const char *s, size_t len);

#endif
