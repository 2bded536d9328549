/* lookup_int.h — pieces of the lookup code shared between src/core/lookup*.c:
 * building tables and reading CSV files into them. */
#ifndef SPLQ_LOOKUP_INT_H
#define SPLQ_LOOKUP_INT_H

#include <stddef.h>

#include "splq/error.h"
#include "splq/lookup.h"

/* An empty table with the default matching rules. */
sq_lookup_table *sq_lookup_table_new(void);
void sq_lookup_table_add_col(sq_lookup_table *t, const char *name, size_t len);
/* Read a CSV file (gzip or plain): the first record is the header. */
int sq_csv_read(const char *path, sq_lookup_table **out, sq_error *err);

#endif
