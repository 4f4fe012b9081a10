/* claims_eval.c - matching extracted claims with hand-made lists, see claims_eval.h. */
#include <math.h>
#include <string.h>
#include <strings.h>

#include "claims_eval.h"

#include "crossread/util.h"

char *ce_fold_nbsp(const char *s, size_t n)
{
    cr_buf b;
    cr_buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)s[i] == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
            cr_buf_addc(&b, ' ');
            i++;
        } else {
            cr_buf_addc(&b, s[i]);
        }
    }
    return cr_buf_steal(&b);
}

bool ce_near(double a, double b)
{
    return fabs(a - b) <= 0.01 * fmax(1, fabs(b));
}

bool ce_said_by_ok(const char *gold_said_by, const cr_claim *c)
{
    if (strcmp(gold_said_by, "-") == 0)
        return c->said_by == NULL;
    return c->said_by && strcasestr(c->said_by, gold_said_by) != NULL;
}

bool ce_kind_ok(const char *gold_kind, const cr_claim *c)
{
    size_t kl = strcspn(c->subject, " ");
    return strlen(gold_kind) == kl && strncmp(c->subject, gold_kind, kl) == 0;
}

int ce_split(char *line, char **col, int max)
{
    int nc = 0;
    for (char *p = line; nc < max; nc++) {
        col[nc] = p;
        char *tab = strchr(p, '\t');
        if (!tab) {
            nc++;
            break;
        }
        *tab = '\0';
        p = tab + 1;
    }
    return nc;
}

long ce_match(ce_found *fs, size_t n, const char *file, double lo, double hi, const char *snippet)
{
    for (size_t j = 0; j < n; j++) {
        ce_found *x = &fs[j];
        if (x->used || strcmp(x->file, file) != 0 || !ce_near(x->c.lo, lo) || !ce_near(x->c.hi, hi) ||
            !strstr(x->sentence, snippet))
            continue;
        x->used = true;
        return (long)j;
    }
    return -1;
}
