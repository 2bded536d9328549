/* fieldsel.h — field lists with wildcards, as table and fields take them
 * (internal to src/commands/). */
#ifndef SPLQ_COMMANDS_FIELDSEL_H
#define SPLQ_COMMANDS_FIELDSEL_H

#include "args.h"
#include "splq/event.h"
#include "splq/query.h"

typedef struct sq_fieldsel_item {
    const char *pat; /* the name as written (points into the AST) */
    size_t len;
    int wild;   /* has '*' */
    sq_sym sym; /* !wild: the field */
    /* wild: per-symbol cache of the match, 0 unknown, 1 no, 2 yes */
    unsigned char *cache;
    size_t ncache;
} sq_fieldsel_item;

typedef struct sq_fieldsel {
    sq_query *q;
    sq_fieldsel_item *items;
    int n;
    /* scratch for sq_fieldsel_project */
    sq_field *tmp;
    unsigned char *taken;
    void *named; /* name-sorting scratch */
    size_t cap;
} sq_fieldsel;

void sq_fieldsel_init(sq_fieldsel *s, sq_query *q, const sq_nodelist *names);
void sq_fieldsel_free(sq_fieldsel *s);
/* Does item i select field sym?  A wildcard selects an internal field (_*)
 * only when the pattern itself starts with '_'. */
int sq_fieldsel_item_matches(sq_fieldsel *s, int i, sq_sym sym);
int sq_fieldsel_matches(sq_fieldsel *s, sq_sym sym); /* any item */
/* Keep only the selected fields, in list order; the fields one wildcard
 * selects come in name order.  With keep_time_raw, _time and _raw stay
 * even when not selected (ahead of the others). */
void sq_fieldsel_project(sq_fieldsel *s, sq_event *ev, int keep_time_raw);

#endif
