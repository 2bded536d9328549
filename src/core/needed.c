/* needed.c — which fields a plan needs from each input event.
 *
 * The planner asks once per plan (a subsearch has its own).  The answer is
 * "all fields" unless every step below can prove a finite set:
 *   1. the needed-fields walk over the pipeline (fieldwalk.c): every field a
 *      stage reads, up to the first stage whose output fields are its own
 *      (stats, table, ...).  Events that reach the end of the pipeline go to
 *      the writer or to a subsearch's consumer, which may read any field:
 *      all.  An unmodelled command, a subsearch, a wildcard: all;
 *   2. _time when the env bounds it (--earliest/--latest);
 *   3. event types and tags (their searches read any field): all when
 *      eventtype, tag or tag::* is needed;
 *   4. the sourcetype knowledge whose outputs are needed, and transitively
 *      its inputs (sq_sourcetypes_need).
 * Extracting a field nobody reads is harmless, so reads are never taken
 * back when a stage creates the field: the analysis only has to be
 * conservative, never exact. */
#include <stdlib.h>
#include <string.h>

#include "splq/buf.h"
#include "splq/eventtype.h"
#include "splq/fieldwalk.h"
#include "splq/needed.h"
#include "splq/prefilter.h"
#include "splq/sourcetype.h"

struct sq_needed {
    int all;
    char **names;
    size_t n, cap;
};

sq_needed *sq_needed_new(void) {
    return sq_xcalloc(1, sizeof(sq_needed));
}

void sq_needed_free(sq_needed *n) {
    if (!n)
        return;
    for (size_t i = 0; i < n->n; i++)
        free(n->names[i]);
    free(n->names);
    free(n);
}

void sq_needed_set_all(sq_needed *n) {
    n->all = 1;
}

int sq_needed_all(const sq_needed *n) {
    return !n || n->all;
}

static int find(const sq_needed *n, const char *name, size_t len) {
    for (size_t i = 0; i < n->n; i++)
        if (strlen(n->names[i]) == len && memcmp(n->names[i], name, len) == 0)
            return 1;
    return 0;
}

int sq_needed_has(const sq_needed *n, const char *name, size_t len) {
    return sq_needed_all(n) || find(n, name, len);
}

void sq_needed_add(sq_needed *n, const char *name, size_t len) {
    if (n->all || find(n, name, len))
        return;
    if (memchr(name, '*', len) || memchr(name, '$', len) ||
        (len >= 2 && memmem(name, len, "<<", 2))) {
        n->all = 1;
        return;
    }
    if (n->n == n->cap) {
        n->cap = n->cap ? n->cap * 2 : 16;
        n->names = sq_xrealloc(n->names, n->cap * sizeof *n->names);
    }
    n->names[n->n++] = sq_xstrndup(name, len);
}

size_t sq_needed_count(const sq_needed *n) {
    return n ? n->n : 0;
}

const char *sq_needed_name(const sq_needed *n, size_t i) {
    return n->names[i];
}

int sq_needed_time(const sq_needed *n) {
    if (sq_needed_all(n))
        return 1;
    for (size_t i = 0; i < n->n; i++) {
        const char *f = n->names[i];
        if (strcmp(f, "_time") == 0 || strncmp(f, "date_", 5) == 0 ||
            strcmp(f, "timestartpos") == 0 || strcmp(f, "timeendpos") == 0)
            return 1;
    }
    return 0;
}

int sq_needed_tags(const sq_needed *n) {
    if (sq_needed_all(n))
        return 1;
    for (size_t i = 0; i < n->n; i++) {
        const char *f = n->names[i];
        if (strcmp(f, "eventtype") == 0 || strcmp(f, "tag") == 0 || strncmp(f, "tag::", 5) == 0)
            return 1;
    }
    return 0;
}

static void add_read(void *ud, const char *field) {
    sq_needed_add(ud, field, strlen(field));
}

sq_needed *sq_needed_for_plan(const sq_query *q, const sq_ast *pipeline) {
    sq_needed *n = sq_needed_new();
    if (q->fields_seen || sq_fastpath_off("NEEDED") || !sq_fields_read(pipeline, add_read, n)) {
        n->all = 1;
        return n;
    }
    const sq_env *env = q->env;
    if (env && (env->earliest || env->latest))
        sq_needed_add(n, "_time", 5);
    if (!n->all && env && sq_sourcetypes_need(env->sourcetypes, n) < 0)
        n->all = 1;
    if (env && env->eventtypes &&
        (sq_eventtypes_count(env->eventtypes) || sq_eventtypes_tag_count(env->eventtypes)) &&
        sq_needed_tags(n))
        n->all = 1;
    return n;
}
