/* memsource.h — events held in memory: an input read and built once, then
 * fed to any number of queries without reading the file again (the REPL).
 *
 * The events are built exactly as the planner builds them from the file
 * (JSON extraction, source, sourcetype and its knowledge), under their own
 * symbol table; a query receives copies whose field names are interned into
 * its own table.  Set sq_input.mem to feed a query from one. */
#ifndef SPLQ_MEMSOURCE_H
#define SPLQ_MEMSOURCE_H

#include <stddef.h>
#include <stdint.h>

#include "splq/error.h"
#include "splq/event.h"
#include "splq/query.h"

typedef struct sq_memsource sq_memsource;

/* Read in->path (labelled by in->source and in->sourcetype) into memory.
 * More than max_bytes of input (0: no limit) is an SQ_ERR_LIMIT error, so
 * the caller can fall back to reading the file per query.  Warnings (bad
 * records) go to env->diag; lines skipped are counted in counters (may be
 * NULL) along with bytes and events read. */
int sq_memsource_load(sq_env *env, const sq_input *in, uint64_t max_bytes, sq_memsource **out,
                      sq_counters *counters, sq_error *err);
void sq_memsource_free(sq_memsource *m);

size_t sq_memsource_count(const sq_memsource *m);
/* Input bytes the events were built from. */
uint64_t sq_memsource_bytes(const sq_memsource *m);
/* The events and the symbol table their field names belong to (listings). */
const sq_event *sq_memsource_event(const sq_memsource *m, size_t i);
const sq_symtab *sq_memsource_syms(const sq_memsource *m);

/* Copies of the events for one query: a map from the source's symbols to
 * the query's, built on first use. */
typedef struct sq_memfeed {
    const sq_memsource *src;
    sq_symtab *syms;
    sq_sym *map;
    size_t nmap;
    size_t next;
} sq_memfeed;
void sq_memfeed_init(sq_memfeed *f, const sq_memsource *src, sq_symtab *syms);
/* The next event as a new event of the query's table; NULL at the end. */
sq_event *sq_memfeed_next(sq_memfeed *f);
void sq_memfeed_done(sq_memfeed *f);

#endif
