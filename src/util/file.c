/* file.c - reading a whole file, with a reason when that is not possible. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "crossread/util.h"

bool cr_read_whole_file(const char *path, char **data, size_t *len, char **err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        *err = cr_xstrdup(strerror(errno));
        return false;
    }
    struct stat sb;
    if (fstat(fileno(f), &sb) != 0 || S_ISDIR(sb.st_mode)) {
        *err = cr_xstrdup(S_ISDIR(sb.st_mode) ? "is a folder" : strerror(errno));
        fclose(f);
        return false;
    }
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_reserve(&b, sb.st_size > 0 ? (size_t)sb.st_size : 4096);
    for (;;) {
        cr_buf_reserve(&b, 65536);
        size_t n = fread(b.data + b.len, 1, b.cap - b.len - 1, f);
        b.len += n;
        if (n == 0)
            break;
    }
    bool failed = ferror(f);
    int e = errno;
    fclose(f);
    if (failed) {
        *err = cr_xstrdup(strerror(e));
        cr_buf_free(&b);
        return false;
    }
    cr_buf_reserve(&b, 0);
    b.data[b.len] = '\0';
    *len = b.len;
    *data = cr_buf_steal(&b);
    return true;
}
