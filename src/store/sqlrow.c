/* sqlrow.c - result columns as owned strings. */
#include "crossread/sqlrow.h"

#include "crossread/util.h"

char *cr_sql_text(sqlite3_stmt *st, int col)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    return t ? cr_xstrndup((const char *)t, (size_t)sqlite3_column_bytes(st, col)) : NULL;
}
