/* meta.c - metadata found in lines: dates in many forms, bylines, outlets and their names. */
#include "internal.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const months[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec"};
static const char *const month_full[12] = {"january", "february", "march",     "april",
                                           "may",     "june",     "july",      "august",
                                           "september", "october", "november", "december"};

/* 1..12 for "Oct", "October", "Sept", "OCT"; 0 otherwise. */
static int month_of(const char *s, size_t n)
{
    for (int m = 0; m < 12; m++) {
        if (n == 3 && strncasecmp(s, months[m], 3) == 0)
            return m + 1;
        if (n == strlen(month_full[m]) && strncasecmp(s, month_full[m], n) == 0)
            return m + 1;
    }
    if (n == 4 && strncasecmp(s, "sept", 4) == 0)
        return 9;
    return 0;
}

static bool valid_ymd(int y, int m, int d)
{
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return !(m == 2 && d == 29 && !leap);
}

typedef struct {
    const char *s;
    size_t n;
    bool num;
    int val;
    char sep; /* the separator that followed */
} tok;

/* Splits a short line into word/number tokens; stops at a time of day. */
static int tokens(const char *s, size_t len, tok *t, int max, size_t *used)
{
    int k = 0;
    size_t i = 0;
    while (i < len && k < max) {
        while (i < len && strchr(" ,.-/", s[i]))
            i++;
        if (i >= len)
            break;
        size_t j = i;
        bool num = isdigit((unsigned char)s[i]);
        while (j < len && (num ? isdigit((unsigned char)s[j]) : isalpha((unsigned char)s[j])))
            j++;
        if (j == i)
            break;
        t[k] = (tok){s + i, j - i, num, 0, j < len ? s[j] : 0};
        if (num)
            t[k].val = j - i <= 4 ? atoi(s + i) : -1; /* atoi stops at the non-digit */
        k++;
        i = j;
        if (j < len && (s[j] == ':' || s[j] == 'T'))
            break;
    }
    *used = i;
    return k;
}

/* What may follow a date on a date line: a time ("15:01:01.79", "T12:15:00+0900") and an
 * upper-case zone ("UTC", "PM"); never words. */
static bool time_tail(const char *s, size_t len)
{
    if (len >= 40)
        return false;
    for (size_t i = 0; i < len;) {
        if (strchr("0123456789:.+-TZ ", s[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < len && isupper((unsigned char)s[j]))
            j++;
        if (j == i || j - i > 4)
            return false;
        i = j;
    }
    return true;
}

static bool put(int y, int m, int d, char out[11])
{
    if (!valid_ymd(y, m, d))
        return false;
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, d);
    memcpy(out, tmp, 11);
    return true;
}

bool ig_date_line(const char *s, size_t len, char out[11])
{
    ig_trim(&s, &len);
    if (len < 6 || len > 60)
        return false;
    tok t[4];
    size_t used;
    int k = tokens(s, len, t, 3, &used);
    if (k < 3 || !time_tail(s + used, len - used))
        return false;
    /* a weekday may lead: "Monday, Oct 2 2023" is not handled, tokens would be 4 */
    if (t[0].num && t[1].num && t[2].num) {
        if (t[0].n == 4) /* 2023-10-02, 2023/10/02 */
            return put(t[0].val, t[1].val, t[2].val, out);
        if (t[2].n == 4 && (t[0].sep == '.' || t[0].sep == '-' || t[0].sep == '/')) /* 02.10.2023 */
            return put(t[2].val, t[1].val, t[0].val, out);
        return false;
    }
    if (!t[0].num && t[1].num && t[2].num && t[2].n == 4) /* Oct 2 2023, January 03, 2023 */
        return put(t[2].val, month_of(t[0].s, t[0].n), t[1].val, out);
    if (t[0].num && !t[1].num && t[2].num && t[2].n == 4) /* 5 April 2023, 26-FEB-1987 */
        return put(t[2].val, month_of(t[1].s, t[1].n), t[0].val, out);
    return false;
}

bool cr_parse_date(const char *s, size_t len, char out[11])
{
    return ig_date_line(s, len, out);
}

bool ig_date_in_text(const char *s, size_t len, char *const *urls, size_t nurls, char out[11])
{
    /* years of URL paths like /2021/02/09/, by month */
    int year_of_month[13] = {0};
    for (size_t u = 0; u < nurls; u++) {
        const char *p = urls[u];
        size_t n = strlen(p);
        for (size_t i = 0; i + 9 <= n; i++) {
            const char *q = p + i;
            if (q[0] == '/' && isdigit((unsigned char)q[1]) && isdigit((unsigned char)q[4]) &&
                q[5] == '/' && isdigit((unsigned char)q[6]) && isdigit((unsigned char)q[7]) &&
                q[8] == '/') {
                int y = atoi(q + 1), m = atoi(q + 6);
                if (m >= 1 && m <= 12 && y > 1900 && !year_of_month[m])
                    year_of_month[m] = y;
            }
        }
    }
    size_t lim = len < 20000 ? len : 20000;
    for (size_t i = 0; i + 5 < lim; i++) {
        if (!(i == 0 || s[i - 1] == ' ') || !isupper((unsigned char)s[i]))
            continue;
        size_t j = i;
        while (j < lim && isalpha((unsigned char)s[j]))
            j++;
        int m = month_of(s + i, j - i);
        if (!m || j + 2 >= lim)
            continue;
        size_t k = j;
        if (s[k] == '.')
            k++;
        if (s[k] != ' ' || !isdigit((unsigned char)s[k + 1]))
            continue;
        int d = atoi(s + k + 1);
        if (year_of_month[m] && put(year_of_month[m], m, d, out))
            return true;
    }
    return false;
}

/* A name: 2 to 4 capitalised words, letters, dots, hyphens and apostrophes only. */
bool ig_name_line(const char *s, size_t len)
{
    ig_trim(&s, &len);
    if (len < 5 || len > 40)
        return false;
    int words = 0;
    bool start = true;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ') {
            start = true;
            continue;
        }
        if (start) {
            bool punct = c == 0xE2 && i + 1 < len && (unsigned char)s[i + 1] == 0x80; /* dashes, quotes */
            if (!(isupper(c) || (c >= 0x80 && !punct)))
                return false;
            words++;
            start = false;
        } else if (!(isalpha(c) || c >= 0x80 || c == '.' || c == '-' || c == '\''))
            return false;
    }
    if (words < 2 || words > 4)
        return false;
    /* "WORLD OF WARCRAFT" is a subheading, not a person */
    for (size_t i = 1; i < len; i++)
        if (islower((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)
            return true;
    return false;
}

char *ig_author_line(const char *s, size_t len)
{
    ig_trim(&s, &len);
    if (len > 120)
        return NULL;
    const char *a = NULL;
    size_t n = 0;
    if (ig_starts_ci(s, len, "Author – ") || ig_starts_ci(s, len, "Author - ") ||
        ig_starts_ci(s, len, "Author: ")) {
        a = memchr(s, ' ', len) + 1;
        n = len - (size_t)(a - s);
        if (n > 4 && (unsigned char)a[0] == 0xE2)
            a += 4, n -= 4; /* the en dash and its space */
        else if (n > 2 && (a[0] == '-'))
            a += 2, n -= 2;
    } else if (len > 3 && strncmp(s, "By", 2) == 0 && (s[2] == ' ' || isupper((unsigned char)s[2]))) {
        a = s[2] == ' ' ? s + 3 : s + 2;
        n = len - (size_t)(a - s);
    } else if (len > 10 && strncmp(s, "FROM ", 5) == 0 && !strncmp(s + len - 5, " NEWS", 5)) {
        return cr_xstrndup(s + 5, len - 10); /* "FROM AFP NEWS": the agency */
    } else
        return NULL;
    /* the place after a comma is where, not who: "Artur Khachatryan, Yerevan" */
    const char *comma = memchr(a, ',', n);
    if (comma)
        n = (size_t)(comma - a);
    /* "By [Kirill Krivosheev](#)": the rendered name without the link markup */
    if (n > 2 && a[0] == '[') {
        const char *close = memchr(a, ']', n);
        if (close) {
            a++;
            n = (size_t)(close - a);
        }
    }
    ig_trim(&a, &n);
    if (!n || n > 60 || !ig_name_line(a, n))
        return NULL;
    return cr_xstrndup(a, n);
}

typedef struct {
    const char *key;  /* domain suffix, or lower-case outlet line */
    const char *name; /* readable outlet name */
} outlet_name;

static const outlet_name domains[] = {
    {"oc-media.org", "OC Media"},           {"eurasianet.org", "Eurasianet"},
    {"themoscowtimes.com", "The Moscow Times"}, {"france24.com", "France 24"},
    {"dw.com", "DW"},                       {"voanews.com", "Voice of America"},
    {"timesofisrael.com", "The Times of Israel"}, {"washingtontimes.com", "Washington Times"},
    {"barrons.com", "Barron's"},            {"abcnews.go.com", "ABC News"},
    {"news.un.org", "United Nations News"}, {"jam-news.net", "JAMnews"},
    {"armradio.am", "Public Radio of Armenia"}, {"news.am", "News.am"},
    {"armenpress.am", "Armenpress"},        {"aa.com.tr", "Anadolu Agency"},
    {"rferl.org", "RFE/RL"},                {"azatutyun.am", "Azatutyun"},
    {"reuters.com", "Reuters"},             {"apnews.com", "AP"},
    {"bbc.co.uk", "BBC News"},              {"bbc.com", "BBC News"},
    {"aljazeera.com", "Al Jazeera"},        {"civil.ge", "Civil.ge"},
    {"meduza.io", "Meduza"},                {"politico.eu", "Politico"},
    {"aawsat.com", "Asharq Al-Awsat"},      {"livedoor.com", "livedoor News"},
    {"sohu.com", "Sohu"},                   {"new.am", "new.am"},
    {"ankasam.org", "ANKASAM"},             {"hetq.am", "Hetq"},
    {"azernews.az", "AzerNews"},            {"apa.az", "APA"},
};

/* Outlet lines as digests print them, mapped to the names used elsewhere. */
static const outlet_name mastheads[] = {
    {"barron's", "Barron's"},
    {"dw – deutsche welle", "DW"},
    {"dw - deutsche welle", "DW"},
    {"deutsche welle", "DW"},
    {"voa", "Voice of America"},
    {"un news", "United Nations News"},
};

char *ig_outlet_from_url(const char *url)
{
    const char *p = strstr(url, "://");
    if (!p)
        return NULL;
    p += 3;
    size_t n = strcspn(p, "/:?#");
    if (!n)
        return NULL;
    for (size_t i = 0; i < sizeof domains / sizeof domains[0]; i++) {
        size_t k = strlen(domains[i].key);
        if (n >= k && strncasecmp(p + n - k, domains[i].key, k) == 0 &&
            (n == k || p[n - k - 1] == '.'))
            return cr_xstrdup(domains[i].name);
    }
    if (n > 4 && strncasecmp(p, "www.", 4) == 0)
        p += 4, n -= 4;
    return cr_xstrndup(p, n);
}

bool ig_outlet_line(const char *s, size_t len)
{
    ig_trim(&s, &len);
    if (len < 2 || len > 60 || ig_is_url(s, len))
        return false;
    char last = s[len - 1];
    if (last == '.' || last == ':' || last == '?' || last == '!' || last == '"')
        return false;
    int words = 1;
    for (size_t i = 0; i < len; i++)
        words += s[i] == ' ';
    return words <= 6;
}

char *ig_outlet_name(const char *s, size_t len)
{
    ig_trim(&s, &len);
    /* "new.am, Armenia": the country after the comma is where, not who */
    for (size_t i = len; i > 0; i--) {
        if (s[i - 1] != ',')
            continue;
        const char *after = s + i;
        size_t alen = len - i;
        ig_trim(&after, &alen);
        if (alen && !memchr(after, ' ', alen))
            len = i - 1;
        break;
    }
    ig_trim(&s, &len);
    for (size_t i = 0; i < sizeof mastheads / sizeof mastheads[0]; i++)
        if (strlen(mastheads[i].key) == len && strncasecmp(s, mastheads[i].key, len) == 0)
            return cr_xstrdup(mastheads[i].name);
    for (size_t i = 0; i < sizeof domains / sizeof domains[0]; i++)
        if (strlen(domains[i].name) == len && strncasecmp(s, domains[i].name, len) == 0)
            return cr_xstrdup(domains[i].name);
    /* an all-capitals masthead reads better in title case */
    bool caps = len > 4;
    for (size_t i = 0; i < len; i++)
        if (islower((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)
            caps = false;
    char *r = cr_xstrndup(s, len);
    for (size_t i = 1; caps && i < len; i++) {
        bool inside = isalpha((unsigned char)r[i - 1]) || r[i - 1] == '\'';
        if (inside && isalpha((unsigned char)r[i]))
            r[i] = (char)tolower((unsigned char)r[i]);
    }
    return r;
}

char *ig_outlet_mentioned(const char *s, size_t len)
{
    size_t lim = len < 200000 ? len : 200000;
    for (size_t i = 0; i < sizeof domains / sizeof domains[0]; i++) {
        const char *name = domains[i].name;
        size_t n = strlen(name), count = 0;
        if (n < 4)
            continue;
        for (const char *p = s; (p = memmem(p, lim - (size_t)(p - s), name, n)); p += n) {
            bool word_end = (size_t)(p - s) + n >= lim || !isalnum((unsigned char)p[n]);
            bool word_start = p == s || !isalnum((unsigned char)p[-1]);
            bool in_url = p > s && (p[-1] == '/' || p[-1] == '.');
            count += word_start && word_end && !in_url;
        }
        if (count >= 2)
            return cr_xstrdup(name);
    }
    return NULL;
}
