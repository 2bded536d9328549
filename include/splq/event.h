/* event.h — events (rows) and interned field names.
 *
 * A field name is interned once into a symbol table so that per-event field
 * lookups compare integers.  An event is an ordered list of (symbol, value):
 * the order is the order in which fields appeared, and it is the column order
 * writers use. */
#ifndef SPLQ_EVENT_H
#define SPLQ_EVENT_H

#include <stddef.h>
#include <stdint.h>

#include "splq/value.h"

typedef uint32_t sq_sym;

/* Symbols every symbol table interns first, in this order. */
enum {
    SQ_SYM_TIME = 0,   /* _time: SQ_NUM epoch seconds */
    SQ_SYM_RAW,        /* _raw */
    SQ_SYM_SOURCE,     /* source */
    SQ_SYM_SOURCETYPE, /* sourcetype */
    SQ_SYM_HOST,       /* host */
    SQ_SYM_INDEX,      /* index */
    SQ_SYM_LINECOUNT,  /* linecount */
    SQ_SYM_PREDEFINED
};

typedef struct sq_symtab sq_symtab;

sq_symtab *sq_symtab_new(void);
void sq_symtab_free(sq_symtab *t);
sq_sym sq_intern(sq_symtab *t, const char *name, size_t len);
sq_sym sq_intern_cstr(sq_symtab *t, const char *name);
/* Find without creating: 1 if known. */
int sq_sym_find(const sq_symtab *t, const char *name, size_t len, sq_sym *out);
const char *sq_sym_name(const sq_symtab *t, sq_sym s);
size_t sq_sym_len(const sq_symtab *t, sq_sym s);
size_t sq_symtab_count(const sq_symtab *t);
/* Internal fields are those whose name starts with '_'. */
int sq_sym_is_internal(const sq_symtab *t, sq_sym s);

typedef struct sq_field {
    sq_sym sym;
    sq_value val; /* never SQ_NULL: setting null removes the field */
} sq_field;

typedef struct sq_event {
    sq_field *fields;
    uint32_t n;
    uint32_t cap;
    uint64_t seq; /* position in the input, for stable orders */
} sq_event;

sq_event *sq_event_new(void);
void sq_event_free(sq_event *ev);
sq_event *sq_event_clone(const sq_event *ev);

/* The field's value, or NULL when absent. */
sq_value *sq_event_get(sq_event *ev, sq_sym s);
const sq_value *sq_event_cget(const sq_event *ev, sq_sym s);
/* Set a field, taking v.  An existing field keeps its position; a new one is
 * appended.  A null v removes the field. */
void sq_event_set(sq_event *ev, sq_sym s, sq_value v);
void sq_event_remove(sq_event *ev, sq_sym s);
/* Rename keeping position; replaces any existing field named `to`.  If `from`
 * is absent, `to` is removed (Splunk's rename of a missing field). */
void sq_event_rename(sq_event *ev, sq_sym from, sq_sym to);
/* The memory an event holds, estimated (for the memory ceiling). */
size_t sq_event_bytes(const sq_event *ev);
/* _time as a number; 0 if absent or not numeric. */
int sq_event_time(const sq_event *ev, double *t);

#endif
