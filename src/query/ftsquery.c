/* ftsquery.c - the search syntax: a lexer, a recursive-descent parser into a small tree,
 * and two printers of that tree as FTS5 expressions (with and without alias expansion).
 * Every user word is printed as a double-quoted FTS5 string; operators are printed by us. */
#include "crossread/ftsquery.h"

#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unistr.h>

#include "crossread/util.h"

enum { NEAR_DEFAULT = 10, NEAR_MAX_COMBOS = 32 };

enum tok_kind { T_END, T_WORD, T_QUOTE, T_LP, T_RP, T_AND, T_OR, T_NOT, T_NEAR, T_NEARCALL, T_COMMA };

typedef struct {
    enum tok_kind kind;
    const char *s; /* text of a word or the inside of a quote */
    size_t len;
    size_t at;     /* byte offset in the query */
    bool prefix;
    int dist;      /* NEAR/N, else -1 */
} token;

enum node_op { N_PHRASE, N_AND, N_OR, N_NOT, N_NEAR };

typedef struct {
    enum node_op op;
    int a, b;       /* children (AND, OR, NOT) */
    int phrase;     /* N_PHRASE */
    int *near;      /* N_NEAR: phrase indexes */
    size_t nnear;
    int dist;
} node;

struct cr_ftsq {
    cr_ftsq_phrase *ph;
    size_t nph, capph;
    node *nodes;
    size_t nnodes, capnodes;
    int root;
    char *match, *literal;
    bool expanded;
};

typedef struct {
    const char *q;
    token *t;
    size_t nt, i;
    cr_ftsq *out;
    char *err;
    cr_ftsq_alias_fn lookup;
    void *ctx;
} parser;

/* ---- lexing ---- */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* The column a user sees for a byte offset (1-based, in characters). */
static size_t column(const char *q, size_t at)
{
    size_t col = 1;
    for (size_t i = 0; i < at && q[i]; i++)
        if (((unsigned char)q[i] & 0xC0) != 0x80)
            col++;
    return col;
}

static void fail(parser *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void fail(parser *p, const char *fmt, ...)
{
    if (p->err)
        return;
    va_list ap;
    va_start(ap, fmt);
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    p->err = cr_buf_steal(&b);
}

static void push_tok(parser *p, token t, size_t *cap)
{
    if (p->nt == *cap) {
        *cap = *cap ? 2 * *cap : 16;
        p->t = cr_xrealloc(p->t, *cap * sizeof *p->t);
    }
    p->t[p->nt++] = t;
}

static bool keyword(const char *s, size_t n, const char *kw)
{
    return strlen(kw) == n && memcmp(s, kw, n) == 0;
}

static void lex(parser *p)
{
    const char *q = p->q;
    size_t i = 0, cap = 0;
    int near_depth = 0; /* inside NEAR( ... ): a comma separates the distance */
    while (!p->err) {
        while (is_space(q[i]))
            i++;
        token t = {.at = i, .dist = -1};
        char c = q[i];
        if (!c) {
            t.kind = T_END;
            push_tok(p, t, &cap);
            return;
        }
        if (c == '(' || c == ')') {
            t.kind = c == '(' ? T_LP : T_RP;
            if (c == ')' && near_depth)
                near_depth--;
            i++;
        } else if (c == ',' && near_depth) {
            t.kind = T_COMMA;
            i++;
        } else if (c == '"') {
            size_t end = i + 1;
            while (q[end] && q[end] != '"')
                end++;
            if (!q[end]) {
                fail(p, "Unbalanced quote: the \" at column %zu is never closed", column(q, i));
                return;
            }
            t.kind = T_QUOTE;
            t.s = q + i + 1;
            t.len = end - i - 1;
            i = end + 1;
            if (q[i] == '*') {
                t.prefix = true;
                while (q[i] == '*')
                    i++;
            }
        } else {
            size_t end = i;
            while (q[end] && !is_space(q[end]) && q[end] != '"' && q[end] != '(' && q[end] != ')' &&
                   !(near_depth && q[end] == ','))
                end++;
            size_t n = end - i;
            t.s = q + i;
            if (keyword(t.s, n, "AND"))
                t.kind = T_AND;
            else if (keyword(t.s, n, "OR"))
                t.kind = T_OR;
            else if (keyword(t.s, n, "NOT"))
                t.kind = T_NOT;
            else if (keyword(t.s, n, "NEAR") && q[end] == '(') {
                t.kind = T_NEARCALL;
                near_depth++;
            } else if (n >= 4 && memcmp(t.s, "NEAR", 4) == 0 &&
                       (n == 4 || (t.s[4] == '/' && n > 5 && strspn(t.s + 5, "0123456789") == n - 5))) {
                t.kind = T_NEAR;
                t.dist = n == 4 ? NEAR_DEFAULT : atoi(t.s + 5);
                if (n > 5 && (n - 5 > 6 || t.dist < 0)) {
                    fail(p, "NEAR/%.*s at column %zu: the distance is too large", (int)(n - 5),
                         t.s + 5, column(q, i));
                    return;
                }
            } else {
                t.kind = T_WORD;
                while (n > 0 && t.s[n - 1] == '*') {
                    t.prefix = true;
                    n--;
                }
                if (!n) {
                    fail(p, "A lone * at column %zu: put it right after a word, as in kill* for "
                            "killed, killing", column(q, i));
                    return;
                }
            }
            t.len = n;
            i = end;
        }
        push_tok(p, t, &cap);
    }
}

/* ---- parsing ---- */

static const token *peek(parser *p)
{
    return &p->t[p->i];
}

static int new_node(parser *p, node n)
{
    cr_ftsq *o = p->out;
    if (o->nnodes == o->capnodes) {
        o->capnodes = o->capnodes ? 2 * o->capnodes : 16;
        o->nodes = cr_xrealloc(o->nodes, o->capnodes * sizeof *o->nodes);
    }
    o->nodes[o->nnodes] = n;
    return (int)o->nnodes++;
}

/* A word or phrase must hold something FTS5 indexes: a letter or a digit. */
static bool has_alnum(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        ucs4_t uc;
        int k = u8_mbtouc(&uc, (const uint8_t *)s + i, len - i);
        if (uc_is_general_category(uc, UC_CATEGORY_L) || uc_is_general_category(uc, UC_CATEGORY_N))
            return true;
        i += k > 0 ? (size_t)k : 1;
    }
    return false;
}

static int phrase(parser *p, const token *t)
{
    if (!has_alnum(t->s, t->len)) {
        if (t->kind == T_QUOTE && !t->len)
            fail(p, "Empty phrase: the \"\" at column %zu has nothing to search for", column(p->q, t->at));
        else
            fail(p, "Nothing to search for in %s%.*s%s at column %zu: it has no letters or digits",
                 t->kind == T_QUOTE ? "\"" : "'", (int)t->len, t->s, t->kind == T_QUOTE ? "\"" : "'",
                 column(p->q, t->at));
        return -1;
    }
    cr_ftsq *o = p->out;
    if (o->nph == o->capph) {
        o->capph = o->capph ? 2 * o->capph : 8;
        o->ph = cr_xrealloc(o->ph, o->capph * sizeof *o->ph);
    }
    cr_ftsq_phrase *ph = &o->ph[o->nph];
    memset(ph, 0, sizeof *ph);
    ph->text = cr_xstrndup(t->s, t->len);
    ph->prefix = t->prefix;
    if (p->lookup && !ph->prefix)
        ph->naliases = p->lookup(ph->text, &ph->aliases, p->ctx);
    if (ph->naliases)
        o->expanded = true;
    return new_node(p, (node){.op = N_PHRASE, .phrase = (int)o->nph++});
}

static bool starts_operand(const token *t)
{
    return t->kind == T_WORD || t->kind == T_QUOTE || t->kind == T_LP || t->kind == T_NEARCALL;
}

static const char *tok_name(const token *t)
{
    switch (t->kind) {
    case T_AND: return "AND";
    case T_OR: return "OR";
    case T_NOT: return "NOT";
    case T_NEAR: return "NEAR";
    default: return "?";
    }
}

/* After an operator: what follows must be something to search for. */
static bool need_operand(parser *p, const token *op)
{
    const token *t = peek(p);
    if (starts_operand(t))
        return true;
    if (t->kind == T_END || t->kind == T_RP)
        fail(p, "Dangling operator: %s at column %zu has nothing after it", tok_name(op),
             column(p->q, op->at));
    else
        fail(p, "Two operators in a row: %s at column %zu follows %s", tok_name(t), column(p->q, t->at),
             tok_name(op));
    return false;
}

static int parse_or(parser *p);

static int parse_nearcall(parser *p)
{
    const token *call = &p->t[p->i++];
    p->i++; /* the '(' */
    int ph[64];
    size_t n = 0;
    int dist = NEAR_DEFAULT;
    for (;;) {
        const token *t = peek(p);
        if (t->kind == T_WORD || t->kind == T_QUOTE) {
            if (n == sizeof ph / sizeof ph[0]) {
                fail(p, "NEAR at column %zu has too many words", column(p->q, call->at));
                return -1;
            }
            int nd = phrase(p, t);
            if (nd < 0)
                return -1;
            ph[n++] = p->out->nodes[nd].phrase;
            p->i++;
        } else if (t->kind == T_COMMA) {
            p->i++;
            const token *d = peek(p);
            if (d->kind != T_WORD || d->prefix || strspn(d->s, "0123456789") != d->len || d->len > 6) {
                fail(p, "NEAR at column %zu: after the comma comes the distance in words, as in "
                        "NEAR(a b, 10)", column(p->q, call->at));
                return -1;
            }
            dist = atoi(d->s);
            p->i++;
            if (peek(p)->kind != T_RP) {
                fail(p, "NEAR at column %zu: the distance must come last, as in NEAR(a b, 10)",
                     column(p->q, call->at));
                return -1;
            }
        } else if (t->kind == T_RP) {
            p->i++;
            break;
        } else if (t->kind == T_END) {
            fail(p, "Unbalanced parenthesis: NEAR( at column %zu is never closed", column(p->q, call->at));
            return -1;
        } else {
            fail(p, "Only words and phrases can go inside NEAR(...) (column %zu)", column(p->q, t->at));
            return -1;
        }
    }
    if (n == 0) {
        fail(p, "Empty NEAR at column %zu: write NEAR(word word) or NEAR(word word, 10)",
             column(p->q, call->at));
        return -1;
    }
    if (n == 1) {
        fail(p, "NEAR at column %zu needs at least two words or phrases", column(p->q, call->at));
        return -1;
    }
    node nd = {.op = N_NEAR, .dist = dist, .nnear = n};
    nd.near = cr_xmalloc(n * sizeof *nd.near);
    memcpy(nd.near, ph, n * sizeof *ph);
    return new_node(p, nd);
}

static int parse_primary(parser *p)
{
    const token *t = peek(p);
    switch (t->kind) {
    case T_WORD:
    case T_QUOTE: {
        int n = phrase(p, t);
        p->i++;
        return n;
    }
    case T_NEARCALL: return parse_nearcall(p);
    case T_LP: {
        size_t at = t->at;
        p->i++;
        if (peek(p)->kind == T_RP) {
            fail(p, "Empty parentheses at column %zu: put words inside them", column(p->q, at));
            return -1;
        }
        int n = parse_or(p);
        if (n < 0)
            return -1;
        if (peek(p)->kind != T_RP) {
            fail(p, "Unbalanced parenthesis: the ( at column %zu is never closed", column(p->q, at));
            return -1;
        }
        p->i++;
        return n;
    }
    case T_RP:
        fail(p, "Unbalanced parenthesis: the ) at column %zu has no ( before it", column(p->q, t->at));
        return -1;
    case T_END: fail(p, "Type words to search for"); return -1;
    case T_NOT:
        fail(p, "NOT at column %zu needs something before it: \"a NOT b\" finds a without b",
             column(p->q, t->at));
        return -1;
    default:
        fail(p, "Dangling operator: %s at column %zu has nothing before it", tok_name(t),
             column(p->q, t->at));
        return -1;
    }
}

/* a NEAR b NEAR/5 c: words and phrases within a distance (the last distance given wins). */
static int parse_near(parser *p)
{
    int left = parse_primary(p);
    while (left >= 0 && peek(p)->kind == T_NEAR) {
        const token *op = &p->t[p->i++];
        if (!need_operand(p, op))
            return -1;
        node *l = &p->out->nodes[left];
        const token *r = peek(p);
        if ((l->op != N_PHRASE && l->op != N_NEAR) || (r->kind != T_WORD && r->kind != T_QUOTE)) {
            fail(p, "NEAR at column %zu joins words or phrases only, as in Lachin NEAR corridor",
                 column(p->q, op->at));
            return -1;
        }
        int right = parse_primary(p);
        if (right < 0)
            return -1;
        l = &p->out->nodes[left];
        if (l->op == N_PHRASE) {
            int first = l->phrase;
            l->op = N_NEAR;
            l->near = cr_xmalloc(sizeof *l->near);
            l->near[0] = first;
            l->nnear = 1;
        }
        l->near = cr_xrealloc(l->near, (l->nnear + 1) * sizeof *l->near);
        l->near[l->nnear++] = p->out->nodes[right].phrase;
        l->dist = op->dist;
    }
    return left;
}

static int parse_not(parser *p)
{
    int left = parse_near(p);
    while (left >= 0 && peek(p)->kind == T_NOT) {
        const token *op = &p->t[p->i++];
        if (!need_operand(p, op))
            return -1;
        int right = parse_near(p);
        if (right < 0)
            return -1;
        left = new_node(p, (node){.op = N_NOT, .a = left, .b = right});
    }
    return left;
}

static int parse_and(parser *p)
{
    int left = parse_not(p);
    while (left >= 0) {
        const token *t = peek(p);
        if (t->kind == T_AND) {
            p->i++;
            if (!need_operand(p, t))
                return -1;
        } else if (!starts_operand(t)) {
            break;
        }
        int right = parse_not(p);
        if (right < 0)
            return -1;
        left = new_node(p, (node){.op = N_AND, .a = left, .b = right});
    }
    return left;
}

static int parse_or(parser *p)
{
    int left = parse_and(p);
    while (left >= 0 && peek(p)->kind == T_OR) {
        const token *op = &p->t[p->i++];
        if (!need_operand(p, op))
            return -1;
        int right = parse_and(p);
        if (right < 0)
            return -1;
        left = new_node(p, (node){.op = N_OR, .a = left, .b = right});
    }
    return left;
}

/* ---- printing ---- */

static void quoted(cr_buf *b, const char *s, bool prefix)
{
    cr_buf_addc(b, '"');
    for (; *s; s++) {
        if (*s == '"')
            cr_buf_addc(b, '"');
        cr_buf_addc(b, *s);
    }
    cr_buf_addc(b, '"');
    if (prefix)
        cr_buf_adds(b, " *");
}

static const char *alt(const cr_ftsq_phrase *ph, size_t k)
{
    return k == 0 ? ph->text : ph->aliases[k - 1];
}

static void print_near(const cr_ftsq *q, const node *n, bool expand, cr_buf *b)
{
    size_t combos = 1;
    for (size_t i = 0; expand && i < n->nnear && combos <= NEAR_MAX_COMBOS; i++)
        combos *= 1 + q->ph[n->near[i]].naliases;
    if (!expand || combos > NEAR_MAX_COMBOS)
        combos = 1;
    if (combos > 1)
        cr_buf_addc(b, '(');
    /* every choice of one name per phrase: an odometer over the alternatives */
    size_t pick[64] = {0};
    for (size_t c = 0; c < combos; c++) {
        if (c)
            cr_buf_adds(b, " OR ");
        cr_buf_adds(b, "NEAR(");
        for (size_t i = 0; i < n->nnear; i++) {
            if (i)
                cr_buf_addc(b, ' ');
            const cr_ftsq_phrase *ph = &q->ph[n->near[i]];
            quoted(b, alt(ph, combos > 1 ? pick[i] : 0), ph->prefix);
        }
        cr_buf_printf(b, ", %d)", n->dist);
        for (size_t i = 0; combos > 1 && i < n->nnear; i++) {
            if (++pick[i] <= q->ph[n->near[i]].naliases)
                break;
            pick[i] = 0;
        }
    }
    if (combos > 1)
        cr_buf_addc(b, ')');
}

static void print_node(const cr_ftsq *q, int i, bool expand, cr_buf *b)
{
    const node *n = &q->nodes[i];
    switch (n->op) {
    case N_PHRASE: {
        const cr_ftsq_phrase *ph = &q->ph[n->phrase];
        if (!expand || !ph->naliases) {
            quoted(b, ph->text, ph->prefix);
            return;
        }
        cr_buf_addc(b, '(');
        for (size_t k = 0; k <= ph->naliases; k++) {
            if (k)
                cr_buf_adds(b, " OR ");
            quoted(b, alt(ph, k), false);
        }
        cr_buf_addc(b, ')');
        return;
    }
    case N_NEAR: print_near(q, n, expand, b); return;
    default:
        cr_buf_addc(b, '(');
        print_node(q, n->a, expand, b);
        cr_buf_adds(b, n->op == N_AND ? " AND " : n->op == N_OR ? " OR " : " NOT ");
        print_node(q, n->b, expand, b);
        cr_buf_addc(b, ')');
    }
}

static char *print(const cr_ftsq *q, bool expand)
{
    cr_buf b;
    cr_buf_init(&b);
    print_node(q, q->root, expand, &b);
    return cr_buf_steal(&b);
}

/* ---- the interface ---- */

cr_ftsq *cr_ftsq_parse(const char *query, cr_ftsq_alias_fn lookup, void *ctx, char **err)
{
    parser p = {.q = query ? query : "", .lookup = lookup, .ctx = ctx};
    p.out = cr_xcalloc(1, sizeof *p.out);
    lex(&p);
    if (!p.err) {
        p.out->root = parse_or(&p);
        if (!p.err && peek(&p)->kind != T_END) {
            const token *t = peek(&p);
            if (t->kind == T_RP)
                fail(&p, "Unbalanced parenthesis: the ) at column %zu has no ( before it",
                     column(p.q, t->at));
            else
                fail(&p, "Unexpected %s at column %zu", tok_name(t), column(p.q, t->at));
        }
    }
    free(p.t);
    if (p.err) {
        *err = p.err;
        cr_ftsq_free(p.out);
        return NULL;
    }
    p.out->match = print(p.out, true);
    p.out->literal = print(p.out, false);
    return p.out;
}

void cr_ftsq_free(cr_ftsq *q)
{
    if (!q)
        return;
    for (size_t i = 0; i < q->nph; i++) {
        free(q->ph[i].text);
        for (size_t k = 0; k < q->ph[i].naliases; k++)
            free(q->ph[i].aliases[k]);
        free(q->ph[i].aliases);
    }
    for (size_t i = 0; i < q->nnodes; i++)
        if (q->nodes[i].op == N_NEAR)
            free(q->nodes[i].near);
    free(q->ph);
    free(q->nodes);
    free(q->match);
    free(q->literal);
    free(q);
}

const char *cr_ftsq_match(const cr_ftsq *q)
{
    return q->match;
}

const char *cr_ftsq_literal(const cr_ftsq *q)
{
    return q->literal;
}

bool cr_ftsq_expanded(const cr_ftsq *q)
{
    return q->expanded;
}

size_t cr_ftsq_nphrases(const cr_ftsq *q)
{
    return q->nph;
}

const cr_ftsq_phrase *cr_ftsq_phrase_at(const cr_ftsq *q, size_t i)
{
    return i < q->nph ? &q->ph[i] : NULL;
}

static bool eval(const cr_ftsq *q, int i, bool (*has)(const cr_ftsq_phrase *, void *), void *ctx)
{
    const node *n = &q->nodes[i];
    switch (n->op) {
    case N_PHRASE: return has(&q->ph[n->phrase], ctx);
    case N_NEAR:
        for (size_t k = 0; k < n->nnear; k++)
            if (!has(&q->ph[n->near[k]], ctx))
                return false;
        return true;
    case N_AND: return eval(q, n->a, has, ctx) && eval(q, n->b, has, ctx);
    case N_OR: return eval(q, n->a, has, ctx) || eval(q, n->b, has, ctx);
    case N_NOT: return eval(q, n->a, has, ctx) && !eval(q, n->b, has, ctx);
    }
    return false;
}

bool cr_ftsq_eval(const cr_ftsq *q, bool (*has)(const cr_ftsq_phrase *p, void *ctx), void *ctx)
{
    return eval(q, q->root, has, ctx);
}
