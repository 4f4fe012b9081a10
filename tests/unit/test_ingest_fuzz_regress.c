/* test_ingest_fuzz_regress.c - inputs the fuzzer once broke, kept so they stay fixed. */
#include "ingest_check.h"

#include "crossread/util.h"

#include <dirent.h>

TEST(ingest_fuzz_regressions)
{
    DIR *dir = opendir(t_path("tests/data/fuzz"));
    CHECK(dir != NULL);
    if (!dir)
        return;
    struct dirent *e;
    int seen = 0;
    while ((e = readdir(dir))) {
        if (e->d_name[0] == '.')
            continue;
        char path[600];
        snprintf(path, sizeof path, "%s/%s", t_path("tests/data/fuzz"), e->d_name);
        cr_doc d;
        cr_ingest_file(path, &d);
        if (ic_check_doc(&d) != 0)
            t_fail(__FILE__, __LINE__, "%s breaks an invariant", e->d_name);
        for (size_t i = 0; i < d.n; i++)
            free(cr_article_key(&d.items[i]));
        cr_doc_free(&d);
        seen++;
    }
    closedir(dir);
    CHECK(seen >= 1);
}
