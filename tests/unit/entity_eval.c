/* entity_eval.c - precision and recall of entity groups against a gold list.
 * A system group is right if its names meet exactly one gold entity; a gold entity is found
 * if exactly one group meets it and that group meets nothing else (a split or a wrong merge
 * is a miss). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entity_eval.h"

#include "crossread/entity.h"
#include "crossread/text.h"
#include "crossread/util.h"

char *ent_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    cr_buf b;
    cr_buf_init(&b);
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
        cr_buf_add(&b, chunk, got);
    fclose(f);
    *len = b.len;
    return cr_buf_steal(&b);
}

/* Lines that ingest marks as boilerplate in these files: appeals, link lists, credits. */
static const char *const markers[] = {
    "Become an OC Media Member", "Support independent journalism", "Become a member",
    "[Read on OC Media", "[Read more on OC Media", "This article was amended", " For ease of reading",
    "Read in Georgian", "Right now, online media", "Interested in directly", "**Related article:**",
    "*This article was first", "*The views expressed", "Original url:", "Similar Posts",
    "This post is also available", "Lisans öğrenimini", "Related article:",
};

static cr_span *marker_spans(const char *s, size_t len, size_t *n)
{
    cr_span *sp = NULL;
    *n = 0;
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(s + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - s) : len;
        for (size_t m = 0; m < sizeof markers / sizeof *markers; m++) {
            size_t k = strlen(markers[m]);
            if (e - i >= k && memcmp(s + i, markers[m], k) == 0) {
                sp = cr_xrealloc(sp, (*n + 1) * sizeof *sp);
                sp[(*n)++] = (cr_span){i, e - i, CR_SPAN_BOILERPLATE};
                break;
            }
        }
        i = e + 1;
    }
    return sp;
}

typedef struct {
    char *name, *fold;
    long votes[6];
    long articles;
    size_t last_file;
    unsigned long long files; /* bit f-1 for each file f (1-based) naming it, f <= 64 */
} stat;

static unsigned long long file_bit(size_t file)
{
    return file >= 1 && file <= 64 ? 1ULL << (file - 1) : 0;
}

static size_t find_or_add(stat **st, size_t *n, const char *name, size_t file)
{
    char *f = cr_fold(name, strlen(name));
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*st)[i].fold, f) == 0) {
            free(f);
            (*st)[i].files |= file_bit(file);
            if ((*st)[i].last_file != file) {
                (*st)[i].last_file = file;
                (*st)[i].articles++;
            }
            return i;
        }
    *st = cr_xrealloc(*st, (*n + 1) * sizeof **st);
    stat *s = &(*st)[(*n)++];
    memset(s, 0, sizeof *s);
    s->name = cr_xstrdup(name);
    s->fold = f;
    s->articles = 1;
    s->last_file = file;
    s->files = file_bit(file);
    return *n - 1;
}

typedef struct {
    char *canonical;
    int kind;
    char **fold;
    size_t n;
} gold_ent;

static gold_ent *load_gold(const char *list, size_t len, size_t *n)
{
    char *text = cr_xstrndup(list, len);
    gold_ent *g = NULL;
    *n = 0;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#' || !line[0])
            continue;
        char *t1 = strchr(line, '\t');
        if (!t1)
            continue;
        *t1 = '\0';
        char *kind = t1 + 1, *t2 = strchr(kind, '\t');
        if (t2)
            *t2 = '\0';
        g = cr_xrealloc(g, (*n + 1) * sizeof *g);
        gold_ent *e = &g[(*n)++];
        e->canonical = cr_xstrdup(line);
        e->kind = cr_entity_kind_parse(kind, strlen(kind));
        e->fold = cr_xmalloc(sizeof *e->fold);
        e->fold[0] = cr_fold(line, strlen(line));
        e->n = 1;
        for (char *a = t2 ? t2 + 1 : NULL; a && *a;) {
            char *bar = strchr(a, '|');
            size_t al = bar ? (size_t)(bar - a) : strlen(a);
            e->fold = cr_xrealloc(e->fold, (e->n + 2) * sizeof *e->fold);
            e->fold[e->n++] = cr_fold(a, al);
            /* "Mich.", "Inc.": readers copy an abbreviation's point, which is no part of the
             * name the tokenizer sees ("U.S." keeps its points). */
            if (al > 2 && a[al - 1] == '.' && !memchr(a, '.', al - 1))
                e->fold[e->n++] = cr_fold(a, al - 1);
            a = bar ? bar + 1 : NULL;
        }
    }
    free(text);
    return g;
}

static long gold_of(const gold_ent *g, size_t ng, const char *fold)
{
    for (size_t i = 0; i < ng; i++)
        for (size_t k = 0; k < g[i].n; k++)
            if (strcmp(g[i].fold[k], fold) == 0)
                return (long)i;
    return -1;
}

bool ent_evaluate(const char *const *files, size_t nfiles, const char *gold_path, bool verbose,
                  ent_score *out)
{
    /* Reads the files (a file that cannot be read ends the list there and makes the result
     * false, as before) and marks their boilerplate lines, then scores them. */
    ent_text *t = cr_xcalloc(nfiles ? nfiles : 1, sizeof *t);
    char **texts = cr_xcalloc(nfiles ? nfiles : 1, sizeof *texts);
    cr_span **spans = cr_xcalloc(nfiles ? nfiles : 1, sizeof *spans);
    size_t n = 0;
    bool ok = true;
    for (; n < nfiles; n++) {
        size_t len, nsp;
        texts[n] = ent_read_file(files[n], &len);
        if (!texts[n]) {
            ok = false;
            break;
        }
        spans[n] = marker_spans(texts[n], len, &nsp);
        t[n] = (ent_text){texts[n], len, spans[n], nsp};
    }
    bool scored = ent_evaluate_texts(t, n, gold_path, verbose, out);
    for (size_t i = 0; i < n; i++) {
        free(texts[i]);
        free(spans[i]);
    }
    free(texts);
    free(spans);
    free(t);
    return ok && scored;
}

bool ent_evaluate_texts(const ent_text *texts, size_t ntexts, const char *gold_path, bool verbose,
                        ent_score *out)
{
    size_t len;
    char *list = ent_read_file(gold_path, &len);
    if (!list) {
        memset(out, 0, sizeof *out);
        return false;
    }
    ent_evaluate_texts_list(texts, ntexts, list, len, verbose, out);
    free(list);
    return true;
}

/* The system's groups: every name extracted from the texts, resolved together. */
typedef struct {
    stat *st;
    size_t nst;
    size_t *grp, *canon; /* group of each name; canon[r] != NONE for each group r */
    int *gkind;
    cr_name_stat *ns;
} sys_groups;

static void extract_groups(const ent_text *texts, size_t ntexts, sys_groups *sg, ent_score *out)
{
    cr_gazetteer *gz = cr_gazetteer_default();
    stat *st = NULL;
    size_t nst = 0;
    char **pa = NULL, **pb = NULL;
    bool *pshort = NULL;
    size_t npair = 0;
    for (size_t f = 0; f < ntexts; f++) {
        cr_entities e;
        double t0 = cr_now_ms();
        cr_entities_extract(gz, texts[f].text, texts[f].len, texts[f].spans, texts[f].nspans, &e);
        out->ms += cr_now_ms() - t0;
        out->bytes += (double)texts[f].len;
        for (size_t i = 0; i < e.n; i++) {
            size_t k = find_or_add(&st, &nst, e.m[i].name, f + 1);
            st[k].votes[e.m[i].kind]++;
        }
        for (size_t i = 0; i < e.nalias; i++) {
            pa = cr_xrealloc(pa, (npair + 1) * sizeof *pa);
            pb = cr_xrealloc(pb, (npair + 1) * sizeof *pb);
            pshort = cr_xrealloc(pshort, (npair + 1) * sizeof *pshort);
            pshort[npair] = e.alias[i].reason && strcmp(e.alias[i].reason, "short form") == 0;
            pa[npair] = cr_xstrdup(e.alias[i].a);
            pb[npair++] = cr_xstrdup(e.alias[i].b);
        }
        cr_entities_free(&e);
    }
    size_t cnt = nst ? nst : 1;
    cr_name_stat *ns = cr_xmalloc(cnt * sizeof *ns);
    cr_name_pair *pairs = cr_xmalloc((npair ? npair : 1) * sizeof *pairs);
    size_t nstated = 0, nshort = 0; /* stated aliases from the front, short forms from the back */
    for (size_t i = 0; i < nst; i++) {
        int best = CR_ENT_OTHER;
        for (int k = CR_ENT_PERSON; k < CR_ENT_OTHER; k++)
            if (st[i].votes[k] > st[i].votes[best] || (best == CR_ENT_OTHER && st[i].votes[k] > 0))
                best = k;
        ns[i] = (cr_name_stat){st[i].name, best, st[i].articles};
    }
    for (size_t i = 0; i < npair; i++)
        pairs[pshort[i] ? npair - ++nshort : nstated++] = (cr_name_pair){pa[i], pb[i]};
    sg->grp = cr_xmalloc(cnt * sizeof *sg->grp);
    sg->canon = cr_xmalloc(cnt * sizeof *sg->canon);
    sg->gkind = cr_xmalloc(cnt * sizeof *sg->gkind);
    cr_entities_resolve(gz, ns, nst, pairs, nstated, pairs + nstated, nshort, NULL, 0, NULL, 0, sg->grp, sg->canon,
                        sg->gkind);
    sg->st = st;
    sg->nst = nst;
    sg->ns = ns;
    for (size_t i = 0; i < npair; i++) {
        free(pa[i]);
        free(pb[i]);
    }
    free(pa);
    free(pb);
    free(pshort);
    free(pairs);
    cr_gazetteer_free(gz);
}

static void free_groups(sys_groups *sg)
{
    for (size_t i = 0; i < sg->nst; i++) {
        free(sg->st[i].name);
        free(sg->st[i].fold);
    }
    free(sg->st);
    free(sg->ns);
    free(sg->grp);
    free(sg->canon);
    free(sg->gkind);
}

static void free_gold(gold_ent *gold, size_t ng)
{
    for (size_t i = 0; i < ng; i++) {
        for (size_t k = 0; k < gold[i].n; k++)
            free(gold[i].fold[k]);
        free(gold[i].fold);
        free(gold[i].canonical);
    }
    free(gold);
}

/* Which gold entity each group r meets through its names: -1 none, -2 several, else its
 * index. */
static long *groups_meet(const sys_groups *sg, const gold_ent *gold, size_t ng)
{
    long *meet = cr_xmalloc((sg->nst ? sg->nst : 1) * sizeof *meet);
    for (size_t r = 0; r < sg->nst; r++)
        meet[r] = -1;
    for (size_t i = 0; i < sg->nst; i++) {
        long gi = gold_of(gold, ng, sg->st[i].fold);
        size_t r = sg->grp[i];
        if (gi < 0)
            continue;
        if (meet[r] == -1)
            meet[r] = gi;
        else if (meet[r] != gi)
            meet[r] = -2;
    }
    return meet;
}

/* found[i]: gold entity i is met by exactly one group, which meets nothing else. */
static bool *gold_found(const sys_groups *sg, const long *meet, const gold_ent *gold, size_t ng, size_t *hits)
{
    bool *bad = cr_xcalloc(ng ? ng : 1, sizeof *bad), *found = cr_xcalloc(ng ? ng : 1, sizeof *found);
    for (size_t r = 0; r < sg->nst; r++) {
        if (sg->canon[r] == (size_t)-1)
            continue;
        if (meet[r] >= 0)
            hits[meet[r]]++;
        if (meet[r] == -2)
            for (size_t i = 0; i < sg->nst; i++) {
                long gi = sg->grp[i] == r ? gold_of(gold, ng, sg->st[i].fold) : -1;
                if (gi >= 0)
                    bad[gi] = true;
            }
    }
    for (size_t i = 0; i < ng; i++)
        found[i] = hits[i] == 1 && !bad[i];
    free(bad);
    return found;
}

static void print_group(const sys_groups *sg, size_t r, const char *what)
{
    printf("    %s group:", what);
    for (size_t i = 0; i < sg->nst; i++)
        if (sg->grp[i] == r)
            printf(" [%s]", sg->st[i].name);
    printf("\n");
}

void ent_evaluate_texts_list(const ent_text *texts, size_t ntexts, const char *list, size_t len,
                             bool verbose, ent_score *out)
{
    memset(out, 0, sizeof *out);
    size_t ng;
    gold_ent *gold = load_gold(list, len, &ng);
    sys_groups sg;
    extract_groups(texts, ntexts, &sg, out);
    long *meet = groups_meet(&sg, gold, ng);
    size_t *hits = cr_xcalloc(ng ? ng : 1, sizeof *hits);
    bool *found = gold_found(&sg, meet, gold, ng, hits);
    size_t kinds_right = 0;
    for (size_t r = 0; r < sg.nst; r++) {
        if (sg.canon[r] == (size_t)-1)
            continue;
        out->groups++;
        bool core = meet[r] < 0 || gold[meet[r]].kind != CR_ENT_OTHER;
        out->core_groups += core;
        if (meet[r] >= 0) {
            out->true_groups++;
            out->core_true_groups += core;
            kinds_right += sg.gkind[r] == gold[meet[r]].kind;
            if (verbose && sg.gkind[r] != gold[meet[r]].kind)
                printf("    kind: %s is %s, gold %s\n", sg.ns[sg.canon[r]].name, cr_entity_kind_name(sg.gkind[r]),
                       cr_entity_kind_name(gold[meet[r]].kind));
        } else if (verbose) {
            print_group(&sg, r, meet[r] == -1 ? "false" : "merged");
        }
    }
    out->gold = ng;
    for (size_t i = 0; i < ng; i++) {
        out->found += found[i];
        if (gold[i].kind != CR_ENT_OTHER) {
            out->core_gold++;
            out->core_found += found[i];
        }
        if (!found[i] && verbose) {
            printf("    missed: %s (%zu groups%s)\n", gold[i].canonical, hits[i], hits[i] == 1 ? ", merged" : "");
            for (size_t r = 0; hits[i] > 1 && r < sg.nst; r++)
                if (sg.canon[r] != (size_t)-1 && meet[r] == (long)i)
                    print_group(&sg, r, "  split");
        }
    }
    out->kinds_right = kinds_right;
    ent_score_finish(out);
    free_groups(&sg);
    free_gold(gold, ng);
    free(meet);
    free(hits);
    free(found);
}

/* Appends the entities of one section to the story's list, an entity named by the same
 * canonical in several sections becoming one with all their forms; in[e] gets bit s for
 * each section s that lists entity e. */
static void add_section(gold_ent **g, size_t *ng, unsigned long long **in, const char *list, size_t len, size_t s)
{
    size_t n;
    gold_ent *sec = load_gold(list, len, &n);
    for (size_t k = 0; k < n; k++) {
        size_t e = 0;
        while (e < *ng && strcmp((*g)[e].fold[0], sec[k].fold[0]) != 0)
            e++;
        if (e == *ng) {
            *g = cr_xrealloc(*g, (*ng + 1) * sizeof **g);
            *in = cr_xrealloc(*in, (*ng + 1) * sizeof **in);
            (*g)[e] = sec[k];
            (*in)[e] = 0;
            (*ng)++;
        } else { /* the forms join the entity already listed */
            gold_ent *t = &(*g)[e];
            t->fold = cr_xrealloc(t->fold, (t->n + sec[k].n) * sizeof *t->fold);
            memcpy(t->fold + t->n, sec[k].fold, sec[k].n * sizeof *t->fold);
            t->n += sec[k].n;
            free(sec[k].fold);
            free(sec[k].canonical);
        }
        (*in)[e] |= s < 64 ? 1ULL << s : 0;
    }
    free(sec);
}

static void print_pair_group(const sys_groups *sg, size_t r, size_t a, size_t b, const char *what)
{
    printf("    texts %zu+%zu %s:", a + 1, b + 1, what);
    for (size_t i = 0; i < sg->nst; i++)
        if (sg->grp[i] == r)
            printf(" [%s]", sg->st[i].name);
    printf("\n");
}

void ent_evaluate_shared(const ent_text *texts, size_t ntexts, const char *const *sections,
                         const size_t *section_len, bool verbose, ent_score *out)
{
    memset(out, 0, sizeof *out);
    if (ntexts > 64)
        ntexts = 64;
    gold_ent *gold = NULL;
    unsigned long long *in = NULL;
    size_t ng = 0;
    for (size_t s = 0; s < ntexts; s++)
        add_section(&gold, &ng, &in, sections[s], section_len[s], s);
    sys_groups sg;
    extract_groups(texts, ntexts, &sg, out);
    long *meet = groups_meet(&sg, gold, ng);
    unsigned long long *holds = cr_xcalloc(sg.nst ? sg.nst : 1, sizeof *holds);
    for (size_t i = 0; i < sg.nst; i++)
        holds[sg.grp[i]] |= sg.st[i].files;
    for (size_t a = 0; a < ntexts; a++)
        for (size_t b = a + 1; b < ntexts; b++) {
            unsigned long long pair = 1ULL << a | 1ULL << b;
            for (size_t r = 0; r < sg.nst; r++) {
                if (sg.canon[r] == (size_t)-1 || (holds[r] & pair) != pair)
                    continue;
                bool core = meet[r] < 0 || gold[meet[r]].kind != CR_ENT_OTHER;
                bool right = meet[r] >= 0 && (in[meet[r]] & pair) == pair;
                out->groups++;
                out->core_groups += core;
                out->true_groups += right;
                out->core_true_groups += right && core;
                out->kinds_right += right && sg.gkind[r] == gold[meet[r]].kind;
                if (verbose && !right)
                    print_pair_group(&sg, r, a, b, meet[r] == -2 ? "merged" : "not shared in gold");
            }
            for (size_t e = 0; e < ng; e++) {
                if ((in[e] & pair) != pair)
                    continue;
                bool found = false;
                for (size_t r = 0; r < sg.nst && !found; r++)
                    found = sg.canon[r] != (size_t)-1 && meet[r] == (long)e && (holds[r] & pair) == pair;
                bool core = gold[e].kind != CR_ENT_OTHER;
                out->gold++;
                out->core_gold += core;
                out->found += found;
                out->core_found += found && core;
                if (verbose && !found)
                    printf("    texts %zu+%zu missed: %s\n", a + 1, b + 1, gold[e].canonical);
            }
        }
    ent_score_finish(out);
    free(holds);
    free(meet);
    free(in);
    free_groups(&sg);
    free_gold(gold, ng);
}

void ent_score_add(ent_score *sum, const ent_score *s)
{
    sum->groups += s->groups;
    sum->true_groups += s->true_groups;
    sum->gold += s->gold;
    sum->found += s->found;
    sum->kinds_right += s->kinds_right;
    sum->core_groups += s->core_groups;
    sum->core_true_groups += s->core_true_groups;
    sum->core_gold += s->core_gold;
    sum->core_found += s->core_found;
    sum->bytes += s->bytes;
    sum->ms += s->ms;
}

static double ratio(size_t a, size_t b)
{
    return b ? (double)a / (double)b : 0;
}

void ent_score_finish(ent_score *s)
{
    s->precision = ratio(s->true_groups, s->groups);
    s->recall = ratio(s->found, s->gold);
    s->kind_accuracy = ratio(s->kinds_right, s->true_groups);
    s->core_precision = ratio(s->core_true_groups, s->core_groups);
    s->core_recall = ratio(s->core_found, s->core_gold);
}

void ent_score_print(const char *label, const ent_score *s)
{
    printf("  %s entities: %zu groups, %zu gold; precision %.3f recall %.3f kinds %.3f; "
           "people/places/orgs/events: precision %.3f recall %.3f\n",
           label, s->groups, s->gold, s->precision, s->recall, s->kind_accuracy, s->core_precision,
           s->core_recall);
}

/* The entities two readers agree on: those of list a met by exactly one entity of list b
 * (through any of their forms) that meets nothing else of a. */
static bool *consensus(const gold_ent *a, size_t na, const gold_ent *b, size_t nb)
{
    long *meet = cr_xmalloc((nb ? nb : 1) * sizeof *meet);
    size_t *hits = cr_xcalloc(na ? na : 1, sizeof *hits);
    bool *bad = cr_xcalloc(na ? na : 1, sizeof *bad), *agreed = cr_xcalloc(na ? na : 1, sizeof *agreed);
    for (size_t j = 0; j < nb; j++) {
        meet[j] = -1;
        for (size_t k = 0; k < b[j].n; k++) {
            long gi = gold_of(a, na, b[j].fold[k]);
            if (gi >= 0)
                meet[j] = meet[j] == -1 || meet[j] == gi ? gi : -2;
        }
        if (meet[j] >= 0)
            hits[meet[j]]++;
        for (size_t k = 0; meet[j] == -2 && k < b[j].n; k++) {
            long gi = gold_of(a, na, b[j].fold[k]);
            if (gi >= 0)
                bad[gi] = true;
        }
    }
    for (size_t i = 0; i < na; i++)
        agreed[i] = hits[i] == 1 && !bad[i];
    free(meet);
    free(hits);
    free(bad);
    return agreed;
}

void ent_agreement(const char *list_a, size_t la, const char *list_b, size_t lb, bool verbose, ent_score *out)
{
    memset(out, 0, sizeof *out);
    size_t na, nb;
    gold_ent *a = load_gold(list_a, la, &na), *b = load_gold(list_b, lb, &nb);
    bool *a_agreed = consensus(a, na, b, nb), *b_agreed = consensus(b, nb, a, na);
    out->gold = na;
    out->groups = nb;
    for (size_t i = 0; i < na; i++) {
        out->found += a_agreed[i];
        if (!a_agreed[i] && verbose)
            printf("    only first: %s\n", a[i].canonical);
    }
    for (size_t j = 0; j < nb; j++) {
        out->true_groups += b_agreed[j];
        if (!b_agreed[j] && verbose)
            printf("    only second: %s\n", b[j].canonical);
    }
    out->precision = nb ? (double)out->true_groups / (double)nb : 0;
    out->recall = na ? (double)out->found / (double)na : 0;
    free(a_agreed);
    free(b_agreed);
    free_gold(a, na);
    free_gold(b, nb);
}
