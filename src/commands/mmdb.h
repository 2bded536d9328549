/* mmdb.h — a reader for MaxMind DB files (GeoIP2/GeoLite2 City), for
 * iplocation (internal to src/commands/).  The file is read whole into
 * memory; every offset is checked, so a damaged file is an error, never a
 * crash. */
#ifndef SPLQ_COMMANDS_MMDB_H
#define SPLQ_COMMANDS_MMDB_H

#include <stddef.h>
#include <stdint.h>

#include "splq/buf.h"
#include "splq/error.h"

typedef struct sq_mmdb sq_mmdb;

int sq_mmdb_open(const char *path, sq_mmdb **out, sq_error *err);
void sq_mmdb_close(sq_mmdb *db);

/* Find the record of an IPv4 or IPv6 address (text).  Returns 1 and sets
 * *rec, 0 when the address is not in the database (or not an address),
 * -1 for a damaged file. */
int sq_mmdb_lookup(sq_mmdb *db, const char *ip, size_t *rec, sq_error *err);

/* Follow a path of map keys and array indexes ("12" is an index) from a
 * record, and append the value found as text (strings as they are, numbers
 * in their shortest form).  Returns 1 when found, 0 when not, -1 damaged. */
int sq_mmdb_get(sq_mmdb *db, size_t rec, const char *const *path, int npath, sq_buf *out,
                sq_error *err);

#endif
