/* claims_number.c - finds number phrases ("more than 100,000", "a few hundred", "$50m",
 * "5 -10,000") and normalises them to a value range, rejecting numbers that are not
 * quantities: years, dates, times, ordinals, footnotes, article numbers, phones, URLs. */
#include <ctype.h>
#include <string.h>

#include "claims_int.h"
#include "crossread/claims.h"

static bool dig(char c) { return c >= '0' && c <= '9'; }

typedef struct {
    double lo, hi;
    size_t end;
    int ndigits;  /* digits before the decimal point when written in digits, else 0 */
    bool grouped; /* "100,000", "100 000" */
    bool decimal;
    bool words;
    bool scaled;  /* "million", "thousand" applied */
    double mul;   /* the scale applied, 1 if none */
} value;

static const char *const small_words[] = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", NULL};
static const char *const tens_words[] = {"thirty", "forty", "fifty", "sixty", "seventy",
                                         "eighty", "ninety", NULL};
/* "mln" and "bln" are the wire services' (Reuters') million and billion. */
static const char *const scale_words[] = {"hundred", "thousand", "million", "billion",
                                          "trillion", "mln", "bln", NULL};
static const double scale_vals[] = {1e2, 1e3, 1e6, 1e9, 1e12, 1e6, 1e9};
static const char *const months[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", NULL};
static const char *const ref_words[] = {"article", "section", "paragraph", "clause", "chapter",
                                        "page", "pages", "resolution", "no", "number", "item",
                                        "point", "annex", "part", "room", "flight", "route",
                                        "ad", "a.d", "a.d.", "no.", "tel", "phone", "age", "aged", NULL};

/* Skips spaces (and no-break or thin spaces) from i. */
static size_t skip_sp(const char *s, size_t len, size_t i)
{
    for (;;) {
        if (i < len && s[i] == ' ') {
            i++;
            continue;
        }
        size_t p = i < len ? cw_punct_len(s, len, i) : 0;
        if (p == 2 && (unsigned char)s[i + 1] == 0xA0) {
            i += 2;
            continue;
        }
        if (p == 3 && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0xAF || (unsigned char)s[i + 2] == 0x89)) {
            i += 3;
            continue;
        }
        return i;
    }
}

/* A group separator inside digits: ',' or a (no-break, thin) space. Returns its length. */
static size_t group_sep(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return 0;
    if (s[i] == ',' || s[i] == ' ')
        return 1;
    if (i + 1 < len && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0)
        return 2;
    if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0xAF || (unsigned char)s[i + 2] == 0x89))
        return 3;
    return 0;
}

/* A scale word after a number ("1.2 million", "5 thousand"); glued "m"/"bn" only when a
 * currency sign makes money certain ("$50m"). */
static size_t scale_after(const char *s, size_t len, size_t i, bool money, double *mul)
{
    if (money && i < len) {
        static const struct { const char *w; double m; } glued[] = {
            {"bn", 1e9}, {"mn", 1e6}, {"m", 1e6}, {"k", 1e3}};
        for (size_t g = 0; g < sizeof glued / sizeof glued[0]; g++)
            if (cw_starts(s, len, i, glued[g].w)) {
                *mul = glued[g].m;
                return i + strlen(glued[g].w);
            }
    }
    size_t j = skip_sp(s, len, i), ws, we;
    if (j == i && !(i < len && s[i] == '-'))
        return i;
    if (j < len && s[j] == '-')
        j++;
    if (!cw_next_word(s, len, j, &ws, &we) || ws != j)
        return i;
    int k = cw_find(s + ws, we - ws, scale_words);
    if (k < 1) /* "hundred" after digits is rare and usually "1 hundred" is not news style */
        return i;
    *mul = scale_vals[k];
    return we;
}

static const char *unit_word(const char *s, size_t n, bool *time_unit);

/* "25bn rupees": a glued scale is safe when a currency word follows. */
static bool currency_follows(const char *s, size_t len, size_t i)
{
    while (i < len && isalpha((unsigned char)s[i]))
        i++;
    size_t ws, we;
    bool t;
    const char *u = i < len && s[i] == ' ' && cw_next_word(s, len, i + 1, &ws, &we) && ws == i + 1
                        ? unit_word(s + ws, we - ws, &t)
                        : NULL;
    return u && !t && strcmp(u, "%") != 0 && strlen(u) >= 3 && strcmp(u, "people") != 0 &&
           strcmp(u, "miles") != 0;
}

static bool parse_digits(const char *s, size_t len, size_t i, bool money, value *v)
{
    double x = 0;
    size_t j = i;
    int nd = 0;
    while (j < len && dig(s[j])) {
        x = x * 10 + (s[j++] - '0');
        nd++;
    }
    v->grouped = false;
    /* thousands groups: exactly three digits after each separator; a space groups only
     * after a lead of one to three digits ("100 000"), so "in 2020 100 people" is two */
    for (;;) {
        size_t g = group_sep(s, len, j), k = j + g;
        if (!g || nd > 15)
            break;
        if (s[j] != ',' && !v->grouped && nd > 3)
            break;
        if (k + 3 > len || !dig(s[k]) || !dig(s[k + 1]) || !dig(s[k + 2]) ||
            (k + 3 < len && dig(s[k + 3])))
            break;
        x = x * 1000 + (s[k] - '0') * 100 + (s[k + 1] - '0') * 10 + (s[k + 2] - '0');
        j = k + 3;
        v->grouped = true;
        nd += 3;
    }
    v->decimal = false;
    if (j + 1 < len && s[j] == '.' && dig(s[j + 1])) {
        double f = 0.1;
        j++;
        while (j < len && dig(s[j])) {
            x += (s[j++] - '0') * f;
            f /= 10;
        }
        v->decimal = true;
    }
    /* "9-1/8 pct", "a 7-3/4 pct coupon": wire-service fractions in eighths, quarters ... */
    if (!v->decimal && j + 4 <= len && s[j] == '-' && dig(s[j + 1]) && s[j + 2] == '/' &&
        dig(s[j + 3]) && (j + 4 == len || !dig(s[j + 4])) && s[j + 3] != '0' && s[j + 1] < s[j + 3]) {
        x += (double)(s[j + 1] - '0') / (double)(s[j + 3] - '0');
        j += 4;
        v->decimal = true;
    }
    v->ndigits = nd;
    money = money || (j < len && isalpha((unsigned char)s[j]) && currency_follows(s, len, j));
    double mul = 1;
    size_t e = scale_after(s, len, j, money, &mul);
    v->scaled = mul > 1;
    v->mul = mul;
    v->lo = v->hi = x * mul;
    v->end = e;
    v->words = false;
    return true;
}

/* "twenty-five", "two hundred", "three million", "nine". */
static bool parse_word_number(const char *s, size_t len, size_t ws, size_t we, value *v)
{
    const char *dash = memchr(s + ws, '-', we - ws);
    if (dash) { /* "twenty-five" is one word to the scanner */
        size_t d = (size_t)(dash - s);
        int t = cw_find(s + ws, d - ws, tens_words), u = cw_find(s + d + 1, we - d - 1, small_words);
        bool twenty = cw_ieq(s + ws, d - ws, "twenty");
        int small = cw_find(s + ws, d - ws, small_words);
        bool t_unit;
        const char *unit = unit_word(s + d + 1, we - d - 1, &t_unit);
        if (small >= 1 && unit && t_unit) {
            /* "three-month shipment period", like "the 10-month blockade": a duration. "one-"
             * stays out: "a one-day visit" says no more than "a visit". */
            v->lo = v->hi = small + 1;
            v->end = d;
            v->words = true;
            return true;
        }
        if ((t < 0 && !twenty) || u < 0 || u > 8)
            return false; /* "one-day": an adjective, not a count */
        v->lo = v->hi = (twenty ? 20 : 30 + 10 * t) + u + 1;
        v->end = we;
        v->words = true;
        return true;
    }
    int k = cw_find(s + ws, we - ws, small_words);
    double x;
    if (k >= 0) {
        x = k + 1;
    } else if ((k = cw_find(s + ws, we - ws, tens_words)) >= 0) {
        x = 30 + 10 * k;
    } else {
        return false;
    }
    size_t end = we, a, b;
    if (x >= 20 && end + 1 < len && s[end] == '-' && cw_next_word(s, len, end + 1, &a, &b) &&
        a == end + 1 && (k = cw_find(s + a, b - a, small_words)) >= 0 && k < 9) {
        x += k + 1;
        end = b;
    }
    if (end < len && s[end] == ' ' && cw_next_word(s, len, end + 1, &a, &b) && a == end + 1 &&
        (k = cw_find(s + a, b - a, scale_words)) >= 0) {
        x *= scale_vals[k];
        end = b;
        v->scaled = true;
        v->mul = scale_vals[k];
    }
    v->lo = v->hi = x;
    v->end = end;
    v->words = true;
    return true;
}

/* Vague amounts: "dozens", "hundreds", "thousands", "tens of thousands", "hundreds of
 * thousands", "a few hundred", "several thousand", "a handful", "a dozen". */
static bool parse_vague(const char *s, size_t len, size_t ws, size_t we, value *v)
{
    size_t a, b, c, d;
    bool more = cw_next_word(s, len, we, &a, &b) && a == we + 1;
    v->words = true;
    if (cw_ieq(s + ws, we - ws, "tens") || cw_ieq(s + ws, we - ws, "hundreds")) {
        double base = cw_ieq(s + ws, we - ws, "tens") ? 10 : 100;
        if (more && cw_ieq(s + a, b - a, "of") && cw_next_word(s, len, b, &c, &d) &&
            c == b + 1 && (cw_ieq(s + c, d - c, "thousands") || cw_ieq(s + c, d - c, "millions"))) {
            double m = cw_ieq(s + c, d - c, "thousands") ? 1e3 : 1e6;
            v->lo = 2 * base * m;
            v->hi = 10 * base * m - 1;
            v->end = d;
            return true;
        }
        if (base == 10)
            return false;
        v->lo = 200, v->hi = 999, v->end = we;
        return true;
    }
    static const struct { const char *w; double lo, hi; } plural[] = {
        {"dozens", 24, 99}, {"thousands", 2000, 9999}, {"millions", 2e6, 9.99e6}};
    for (size_t i = 0; i < sizeof plural / sizeof plural[0]; i++)
        if (cw_ieq(s + ws, we - ws, plural[i].w)) {
            v->lo = plural[i].lo, v->hi = plural[i].hi, v->end = we;
            return true;
        }
    /* "a few hundred", "several thousand", "a dozen", "a hundred", "a handful" */
    double flo, fhi;
    size_t se = we;
    if (cw_ieq(s + ws, we - ws, "a") || cw_ieq(s + ws, we - ws, "an")) {
        if (!more)
            return false;
        if (cw_ieq(s + a, b - a, "few")) {
            flo = 2, fhi = 5;
            se = b;
        } else if (cw_ieq(s + a, b - a, "handful")) {
            v->lo = 2, v->hi = 9, v->end = b;
            return true;
        } else if (cw_ieq(s + a, b - a, "quarter") || cw_ieq(s + a, b - a, "half")) {
            /* "a quarter of a million", "a half million" */
            double part = cw_ieq(s + a, b - a, "quarter") ? 0.25 : 0.5;
            size_t e = b;
            int k = -1;
            for (int w = 0; w < 3 && cw_next_word(s, len, e, &c, &d) && c == e + 1; w++) {
                e = d;
                if ((k = cw_find(s + c, d - c, scale_words)) >= 1)
                    break;
                if (!cw_ieq(s + c, d - c, "of") && !cw_ieq(s + c, d - c, "a"))
                    return false;
            }
            if (k < 1)
                return false;
            v->lo = v->hi = part * scale_vals[k], v->end = e;
            return true;
        } else if (cw_ieq(s + a, b - a, "dozen")) {
            v->lo = v->hi = 12, v->end = b;
            return true;
        } else {
            int k = cw_find(s + a, b - a, scale_words);
            if (k < 0)
                return false;
            v->lo = v->hi = scale_vals[k], v->end = b;
            return true;
        }
    } else if (cw_ieq(s + ws, we - ws, "half")) { /* "half a million" */
        size_t e = we;
        for (int w = 0; w < 2 && cw_next_word(s, len, e, &c, &d) && c == e + 1; w++) {
            e = d;
            int k = cw_find(s + c, d - c, scale_words);
            if (k >= 1) {
                v->lo = v->hi = 0.5 * scale_vals[k], v->end = d;
                return true;
            }
            if (!cw_ieq(s + c, d - c, "a"))
                return false;
        }
        return false;
    } else if (cw_ieq(s + ws, we - ws, "several")) {
        flo = 3, fhi = 9;
    } else {
        return false;
    }
    if (!cw_next_word(s, len, se, &c, &d) || c != se + 1)
        return false;
    if (cw_ieq(s + c, d - c, "tens")) { /* "several tens of thousands" */
        value t;
        if (!parse_vague(s, len, c, d, &t))
            return false;
        v->lo = t.lo, v->hi = t.hi, v->end = t.end;
        return true;
    }
    int k = cw_find(s + c, d - c, scale_words);
    double m = k >= 0 ? scale_vals[k] : cw_ieq(s + c, d - c, "dozen") ? 12 : 0;
    if (m == 0)
        return false;
    v->lo = flo * m, v->hi = fhi * m, v->end = d;
    return true;
}

/* Qualifiers that may precede a number, and what they do to the range. */
typedef struct {
    const char *text;
    const char *name;
    double lo_mul, hi_mul;
} qualifier;
static const qualifier quals[] = {
    {"more than", "more than", 1, 1.5}, {"over", "more than", 1, 1.5},
    {"just over", "more than", 1, 1.2}, {"in excess of", "more than", 1, 1.5},
    {"at least", "at least", 1, 2},     {"nearly", "nearly", 0.9, 1},
    {"almost", "nearly", 0.9, 1},       {"just under", "nearly", 0.9, 1},
    {"about", "about", 0.9, 1.1},       {"around", "about", 0.9, 1.1},
    {"approximately", "about", 0.9, 1.1}, {"roughly", "about", 0.9, 1.1},
    {"some", "about", 0.9, 1.1},        {"an estimated", "about", 0.9, 1.1},
    {"estimated at", "about", 0.9, 1.1}, {"estimated", "about", 0.9, 1.1},
    {"up to", "up to", 0.5, 1},         {"as many as", "up to", 0.5, 1},
    {"as much as", "up to", 0.5, 1},
    {"fewer than", "less than", 0, 1},  {"less than", "less than", 0, 1},
    {"under", "less than", 0, 1},       {"as few as", "as few as", 1, 1},
};

/* The qualifier that ends right before s[i] (one space between), or NULL. */
static const qualifier *qualifier_before(const char *s, size_t i, size_t *qstart)
{
    size_t j = i;
    while (j > 0 && s[j - 1] == ' ')
        j--;
    for (size_t q = 0; q < sizeof quals / sizeof quals[0]; q++) {
        size_t n = strlen(quals[q].text);
        if (n > j)
            continue;
        size_t a = j - n;
        if (a > 0 && isalpha((unsigned char)s[a - 1]))
            continue;
        bool same = true;
        for (size_t k = 0; k < n && same; k++)
            same = tolower((unsigned char)s[a + k]) == quals[q].text[k];
        if (same) {
            *qstart = a;
            return &quals[q];
        }
    }
    return NULL;
}

static bool word_before_in(const char *s, size_t i, const char *const *list)
{
    size_t ws, we;
    if (!cw_prev_word(s, i, &ws, &we))
        return false;
    if (cw_find(s + ws, we - ws, list) >= 0)
        return true;
    while (we > ws && s[we - 1] == '.')
        we--; /* "Dec." */
    return we > ws && cw_find(s + ws, we - ws, list) >= 0;
}

static bool word_after_in(const char *s, size_t len, size_t i, const char *const *list)
{
    size_t j = skip_sp(s, len, i), ws, we;
    if (j < len && s[j] == ',')
        return false;
    return cw_next_word(s, len, j, &ws, &we) && ws == j && cw_find(s + ws, we - ws, list) >= 0;
}

/* The whitespace-delimited token around [a, b) looks like a URL, an e-mail or a path. */
/* The '/' of a fraction after a whole number ("9-1/8"). */
static bool fraction_slash(const char *s, size_t len, size_t k)
{
    return k >= 3 && k + 1 < len && dig(s[k - 1]) && s[k - 2] == '-' && dig(s[k - 3]) && dig(s[k + 1]);
}

static bool in_url(const char *s, size_t len, size_t a, size_t b)
{
    size_t ts = a, te = b;
    while (ts > 0 && a - ts < 300 && !isspace((unsigned char)s[ts - 1]))
        ts--;
    while (te < len && te - b < 300 && !isspace((unsigned char)s[te]))
        te++;
    for (size_t k = ts; k < te; k++)
        if ((s[k] == '/' && !fraction_slash(s, len, k)) || s[k] == '@' || s[k] == '=' || s[k] == '_' || s[k] == '<')
            return true;
    return false;
}

static const char *unit_word(const char *s, size_t n, bool *time_unit)
{
    static const struct { const char *w; const char *unit; bool time; } units[] = {
        {"percent", "%", 0}, {"dollars", "USD", 0}, {"usd", "USD", 0}, {"euros", "EUR", 0},
        {"euro", "EUR", 0}, {"eur", "EUR", 0}, {"rubles", "RUB", 0}, {"roubles", "RUB", 0},
        {"rub", "RUB", 0}, {"drams", "AMD", 0}, {"amd", "AMD", 0}, {"manats", "AZN", 0},
        {"manat", "AZN", 0}, {"azn", "AZN", 0}, {"pounds", "GBP", 0}, {"rupees", "rupees", 0},
        {"yen", "JPY", 0}, {"yuan", "CNY", 0}, {"naira", "NGN", 0}, {"lira", "TRY", 0},
        {"day", "days", 1}, {"days", "days", 1}, {"week", "weeks", 1}, {"weeks", "weeks", 1},
        {"month", "months", 1}, {"months", "months", 1}, {"year", "years", 1},
        {"years", "years", 1}, {"decade", "decades", 1}, {"decades", "decades", 1},
        {"hour", "hours", 1}, {"hours", "hours", 1}, {"minute", "minutes", 1},
        {"minutes", "minutes", 1}, {"km", "km", 0}, {"kilometers", "km", 0},
        {"kilometres", "km", 0}, {"kilometer", "km", 0}, {"kilometre", "km", 0},
        {"miles", "miles", 0}, {"mile", "miles", 0}, {"strong", "people", 0},
        /* wire-service abbreviations: "9.15 pct", "100 mln dlrs", "50 mln stg" */
        {"pct", "%", 0}, {"dlrs", "USD", 0}, {"dlr", "USD", 0}, {"stg", "GBP", 0},
        {"pence", "pence", 0},
        /* quantities of goods: counted, never people ("500,000 tonnes of Chinese corn") */
        {"tonnes", "goods", 0}, {"tonne", "goods", 0}, {"tons", "goods", 0}, {"ton", "goods", 0},
        {"barrels", "goods", 0}, {"bushels", "goods", 0}, {"ounces", "goods", 0},
        {"bales", "goods", 0}, {"bags", "goods", 0}, {"shares", "goods", 0}};
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (cw_ieq(s, n, units[i].w)) {
            *time_unit = units[i].time;
            return units[i].unit;
        }
    return NULL;
}

/* The unit right after a number: "%", "percent", "per cent", "dollars", "-month", ... ;
 * *ago is set for "two weeks ago", a point in time rather than a duration. */
static const char *unit_after(const char *s, size_t len, size_t i, bool *ago)
{
    *ago = false;
    if (i < len && s[i] == '%')
        return "%";
    size_t j = skip_sp(s, len, i), ws, we;
    if (j < len && s[j] == '-')
        j++;
    if (!cw_next_word(s, len, j, &ws, &we) || ws != j)
        return NULL;
    if (cw_ieq(s + ws, we - ws, "per") && cw_next_word(s, len, we, &ws, &we) &&
        cw_ieq(s + ws, we - ws, "cent"))
        return "%";
    bool t;
    const char *u = unit_word(s + ws, we - ws, &t);
    size_t a, b;
    if (u && t && cw_next_word(s, len, we, &a, &b) && a == we + 1 && cw_ieq(s + a, b - a, "ago"))
        *ago = true;
    return u;
}

static const char *currency_before(const char *s, size_t i, size_t *cstart)
{
    if (i >= 1 && s[i - 1] == '$') {
        *cstart = i - 1;
        return "USD";
    }
    if (i >= 3 && (unsigned char)s[i - 3] == 0xE2 && (unsigned char)s[i - 2] == 0x82 &&
        (unsigned char)s[i - 1] == 0xAC) {
        *cstart = i - 3;
        return "EUR";
    }
    if (i >= 2 && (unsigned char)s[i - 2] == 0xC2 && (unsigned char)s[i - 1] == 0xA3) {
        *cstart = i - 2;
        return "GBP";
    }
    return NULL;
}

/* Is the digit number [a, v->end) something other than a quantity? */
static bool not_a_quantity(const char *s, size_t len, size_t a, const value *v, bool money)
{
    size_t e = v->end;
    if (in_url(s, len, a, e))
        return true;
    size_t ls = a;
    while (ls > 0 && (s[ls - 1] == ' ' || s[ls - 1] == '\t'))
        ls--;
    if ((ls == 0 || s[ls - 1] == '\n') && e < len && (s[e] == '.' || s[e] == ')'))
        return true; /* "1. People are leaving": a list marker */
    if (a > 0 && (s[a - 1] == '+' || s[a - 1] == '#' || s[a - 1] == '.' || s[a - 1] == ':' ||
                  s[a - 1] == '/'))
        return true; /* phone, hash, "A.D.", times, dates */
    size_t k = a;
    while (k > 0 && a - k < 24 && (dig(s[k - 1]) || s[k - 1] == ' ' || s[k - 1] == '(' ||
                                   s[k - 1] == ')' || s[k - 1] == '-'))
        k--;
    if (k > 0 && s[k - 1] == '+' && k < a && dig(s[k]))
        return true; /* "+374 10 123456": the rest of a phone number */
    if (a > 0 && (s[a - 1] == '[' || s[a - 1] == '(') && e < len && (s[e] == ']' || s[e] == ')'))
        return true; /* footnote marker, "Samoa (7)" */
    if (a >= 3 && s[a - 1] == ' ' && s[a - 2] == ',' && isalpha((unsigned char)s[a - 3]) &&
        e < len && s[e] == ',' && !v->grouped && v->ndigits <= 3 && v->lo < 120) {
        size_t ws, we; /* "Beattie, 27, is": an age after a name */
        if (cw_prev_word(s, a - 2, &ws, &we) && isupper((unsigned char)s[ws]))
            return true;
    }
    if (e < len && (s[e] == ':' || s[e] == '/') && e + 1 < len && dig(s[e + 1]))
        return true; /* 10:30, 12/10 */
    if (e + 1 < len && s[e] == '.' && dig(s[e + 1]))
        return true; /* 15.12.2022 */
    if (e < len && isalpha((unsigned char)s[e]) && !money)
        return true; /* 6th, 1990s, 5pm, 3D */
    if (e + 1 < len && s[e] == '-' && isalpha((unsigned char)s[e + 1])) {
        size_t ws, we;
        bool t;
        if (cw_next_word(s, len, e + 1, &ws, &we) && !unit_word(s + ws, we - ws, &t))
            return true; /* "a 50-meter cross", "a 366-seat parliament": an adjective */
    }
    if (e + 1 < len && s[e] == '-' && dig(s[e + 1])) {
        size_t k = e + 1;
        while (k < len && dig(s[k]))
            k++;
        if (k < len && s[k] == '-' && k + 1 < len && dig(s[k + 1]))
            return true; /* 2023-10-02, 55-55-55 */
    }
    if (!v->grouped && !v->decimal && v->ndigits >= 7)
        return true; /* identifiers and phone numbers */
    if (word_before_in(s, a, months) || word_after_in(s, len, e, months))
        return true;
    if (word_before_in(s, a, ref_words))
        return true;
    size_t ws, we;
    if (cw_prev_word(s, a, &ws, &we) && (cw_ieq(s + ws, we - ws, "p.m.") || cw_ieq(s + ws, we - ws, "a.m.")))
        return true;
    size_t j = skip_sp(s, len, e);
    if (cw_next_word(s, len, j, &ws, &we) && ws == j &&
        (cw_ieq(s + ws, we - ws, "am") || cw_ieq(s + ws, we - ws, "pm") ||
         cw_ieq(s + ws, we - ws, "gmt") || cw_ieq(s + ws, we - ws, "utc")))
        return true;
    if (cw_starts(s, len, j, "a.m") || cw_starts(s, len, j, "p.m"))
        return true;
    return false;
}

static bool is_year(const value *v)
{
    return !v->grouped && !v->decimal && !v->scaled && v->ndigits == 4 && v->lo >= 1000 &&
           v->lo <= 2100;
}

static bool range_sep(const char *s, size_t len, size_t i, size_t *next, bool *hyphen)
{
    size_t j = skip_sp(s, len, i);
    *hyphen = false;
    if (j < len && s[j] == '-') {
        *hyphen = true;
        j++;
    } else if (j + 2 < len && (unsigned char)s[j] == 0xE2 && (unsigned char)s[j + 1] == 0x80 &&
               (unsigned char)s[j + 2] == 0x93) {
        *hyphen = true; /* en dash */
        j += 3;
    } else if (cw_starts(s, len, j, "to") || cw_starts(s, len, j, "and")) {
        j += s[j] == 't' || s[j] == 'T' ? 2 : 3;
    } else {
        return false;
    }
    j = skip_sp(s, len, j);
    *next = j;
    return j < len;
}

/* Parses a number (digits, words or vague words) at i; false if there is none. */
static bool parse_at(const char *s, size_t len, size_t i, bool money, value *v)
{
    memset(v, 0, sizeof *v);
    if (dig(s[i]))
        return parse_digits(s, len, i, money, v);
    size_t ws, we;
    if (!cw_next_word(s, len, i, &ws, &we) || ws != i)
        return false;
    return parse_word_number(s, len, ws, we, v) || parse_vague(s, len, ws, we, v);
}

static bool word_start(const char *s, size_t i)
{
    return i == 0 || !(isalnum((unsigned char)s[i - 1]) || s[i - 1] == '-' || s[i - 1] == '\'' ||
                       s[i - 1] == ',' || s[i - 1] == '.');
}

/* How every number word begins: a cheap test before any word lookup, since "the", "for"
 * and "that" begin a third of English words. */
static bool number_word_prefix(const char *s, size_t len, size_t i)
{
    static const char *const prefixes[] = {
        "one", "two", "twe", "thr", "thir", "tho", "fou", "fiv", "fif", "six", "sev", "eig",
        "nin", "ten", "ele", "fort", "doz", "hund", "mill", "half", "a ", "an ", NULL};
    for (int k = 0; prefixes[k]; k++) {
        size_t n = strlen(prefixes[k]), j = 0;
        while (j < n && i + j < len && tolower((unsigned char)s[i + j]) == prefixes[k][j])
            j++;
        if (j == n)
            return true;
    }
    return false;
}

/* Candidate starts: digits, or a letter that may begin a number word. */
static bool may_start(const char *s, size_t len, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (dig((char)c))
        return i == 0 || !(isalnum((unsigned char)s[i - 1]) || s[i - 1] == '-' ||
                           (s[i - 1] == ',' && i >= 2 && dig(s[i - 2])) ||
                           (s[i - 1] == '.' && i >= 2 && dig(s[i - 2])));
    return isalpha(c) && word_start(s, i) && number_word_prefix(s, len, i);
}

/* A range after the number v at i: "50 to 1,000", "between 50 and 1,000", "5 -10,000".
 * Widens v and sets *end; returns false when the pair is two years ("2016-2020") or a
 * score ("2-0"), which are no quantities. */
static bool range_after(const char *s, size_t len, size_t i, bool money, value *v, size_t *end)
{
    size_t j;
    bool hyphen, digits = !v->words;
    value w;
    bool between = word_before_in(s, i, (const char *const[]){"between", "from", NULL});
    *end = v->end;
    if (!range_sep(s, len, v->end, &j, &hyphen) ||
        !(hyphen || s[skip_sp(s, len, v->end)] != 'a' || between) || /* "and" needs "between" */
        !parse_at(s, len, j, money, &w) || w.words != v->words ||
        (digits && not_a_quantity(s, len, j, &w, money)))
        return true;
    if (w.lo <= v->lo) {
        if (!(hyphen && digits && v->end == j - 1 && v->lo < 100))
            return true; /* no range: "5 to 3" is not one */
        *end = w.end; /* "at 2-0 they were": a score, not a quantity */
        return false;
    }
    if (is_year(v) && is_year(&w)) {
        *end = w.end;
        return false;
    }
    if (!v->scaled && w.scaled)
        v->lo *= w.mul; /* "5 to 10 million" */
    if (hyphen && digits && !v->grouped && v->ndigits <= 2 && w.lo >= 1000 &&
        (long long)w.lo % 1000 == 0 && v->lo * 1000 <= w.lo)
        v->lo *= 1000; /* "5 -10,000": five to ten thousand */
    v->hi = w.hi;
    v->end = w.end;
    *end = w.end;
    return true;
}

/* Fills out for the value v written at [cstart, end): qualifier, increment, unit. */
static void describe(const char *s, size_t len, size_t cstart, size_t end, const value *v,
                     const char *unit, cr_number *out)
{
    out->start = out->nstart = cstart;
    out->len = end - cstart;
    out->lo = v->lo;
    out->hi = v->hi;
    out->unit = unit;
    out->words = v->words;
    out->qualifier = NULL;
    size_t qs, ws, we;
    const qualifier *q = qualifier_before(s, cstart, &qs);
    if (q) {
        out->qualifier = q->name;
        out->lo = v->lo * q->lo_mul;
        out->hi = v->hi * q->hi_mul;
        out->start = qs;
        out->len = end - qs;
    }
    out->increment = cw_prev_word(s, out->start, &ws, &we) &&
                     (cw_ieq(s + ws, we - ws, "another") || cw_ieq(s + ws, we - ws, "further") ||
                      cw_ieq(s + ws, we - ws, "additional"));
    if (unit && strcmp(unit, "%") == 0 && end < len && s[end] == '%')
        out->len++;
}

bool cr_number_next(const char *s, size_t len, size_t from, cr_number *out)
{
    static const char *const pronoun_one[] = {"no", "any", "every", "each", "the", "which",
                                              "this", "that", NULL};
    for (size_t i = from; i < len; i++) {
        if (!may_start(s, len, i))
            continue;
        size_t cstart = i, pw, pe;
        const char *cur = dig(s[i]) ? currency_before(s, i, &cstart) : NULL;
        value v;
        if (!dig(s[i]) && cw_starts(s, len, i, "one") && cw_prev_word(s, i, &pw, &pe) &&
            cw_find(s + pw, pe - pw, pronoun_one) >= 0) {
            i += 2;
            continue; /* "no one", "the one": a pronoun */
        }
        if (!parse_at(s, len, i, cur != NULL, &v)) {
            while (i + 1 < len && isalpha((unsigned char)s[i + 1]))
                i++; /* skip the rest of a word that is not a number */
            continue;
        }
        bool digits = !v.words;
        bool money = cur != NULL ||
                     (digits && v.scaled && v.end > 0 && isalpha((unsigned char)s[v.end - 1]));
        if (digits && not_a_quantity(s, len, i, &v, money)) {
            i = v.end > i ? v.end - 1 : i;
            continue;
        }
        size_t end;
        size_t single_end = v.end; /* to tell whether a range followed */
        if (!range_after(s, len, i, cur != NULL, &v, &end)) {
            i = end - 1;
            continue;
        }
        if (digits && is_year(&v) && v.end == single_end) {
            size_t ws, we, k = skip_sp(s, len, v.end);
            if (!(cw_next_word(s, len, k, &ws, &we) && ws == k && cw_people_noun(s + ws, we - ws))) {
                i = v.end - 1;
                continue; /* a year, unless people follow: "2000 people" */
            }
        }
        bool ago;
        const char *unit = unit_after(s, len, end, &ago);
        size_t bs, be, ps, pe2;
        if (!unit && cw_next_word(s, len, end, &bs, &be) && bs == skip_sp(s, len, end) &&
            cw_ieq(s + bs, be - bs, "basis") && cw_next_word(s, len, be, &ps, &pe2) &&
            (cw_ieq(s + ps, pe2 - ps, "points") || cw_ieq(s + ps, pe2 - ps, "point"))) {
            unit = "%"; /* "146 basis points": hundredths of a percentage point */
            v.lo /= 100;
            v.hi /= 100;
        }
        if (ago) {
            i = end - 1;
            continue; /* "two weeks ago": a point in time */
        }
        describe(s, len, cstart, end, &v, cur ? cur : unit, out);
        return true;
    }
    return false;
}
