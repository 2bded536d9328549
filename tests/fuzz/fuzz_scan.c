/* fuzz_scan.c — the selective JSON scanner (src/input/scan.c) against the
 * jansson path (json_event.c) on arbitrary records: whenever the scanner
 * accepts a record, jansson must accept it too and give the needed fields
 * the same values in the same order.  Any difference aborts.  The needed
 * names are the fields jansson found (all of them, then every other one)
 * plus a few fixed names, so that both matched and skipped values are
 * exercised.  The sourcetype the scanner detects on the way must be
 * sq_sourcetype_detect's. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "input/input_int.h"
#include "input/scan.h"
#include "splq/needed.h"
#include "splq/sourcetype.h"

static int same_value(sq_value *a, sq_value *b) {
    size_t n = sq_value_count(a);
    if (n != sq_value_count(b) || (a->type == SQ_MV) != (b->type == SQ_MV))
        return 0;
    for (size_t i = 0; i < n; i++) {
        sq_value *x = sq_value_at(a, i), *y = sq_value_at(b, i);
        if (x->type != SQ_STR || y->type != SQ_STR || x->u.str.len != y->u.str.len ||
            memcmp(x->u.str.ptr, y->u.str.ptr, x->u.str.len) != 0)
            return 0;
    }
    return 1;
}

static void check(sq_query *q, const uint8_t *data, size_t size, sq_event *ref, int ref_ok,
                  int every) {
    static const char *const fixed[] = {"a", "a.b", "a{}", "a{}.b", "b", "_raw", "x.y.z"};
    sq_needed *n = sq_needed_new();
    for (uint32_t i = 0; ref_ok && i < ref->n; i++)
        if (i % (uint32_t)every == 0) {
            const char *name = sq_sym_name(q->syms, ref->fields[i].sym);
            sq_needed_add(n, name, sq_sym_len(q->syms, ref->fields[i].sym));
        }
    for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++)
        sq_needed_add(n, fixed[i], strlen(fixed[i]));
    if (sq_needed_all(n)) { /* a field name with a wildcard */
        sq_needed_free(n);
        return;
    }
    sq_scan *sc = sq_scan_new(q, n);
    sq_event *ev = sq_event_new();
    if (sc && sq_scan_fill(sc, ev, (const char *)data, size)) {
        if (!ref_ok)
            abort(); /* accepted what jansson refuses */
        uint32_t k = 0;
        for (uint32_t i = 0; i < ref->n; i++) {
            sq_field *f = &ref->fields[i];
            const char *name = sq_sym_name(q->syms, f->sym);
            if (!sq_needed_has(n, name, sq_sym_len(q->syms, f->sym)))
                continue;
            if (k >= ev->n || ev->fields[k].sym != f->sym ||
                !same_value(&f->val, &ev->fields[k].val))
                abort(); /* a different field, value or order */
            k++;
        }
        if (k != ev->n)
            abort(); /* a field jansson does not have */
        if (strcmp(sq_scan_sourcetype(sc), sq_sourcetype_detect((const char *)data, size)) != 0)
            abort(); /* detection on the way differs from the substring search */
    }
    sq_event_free(ev);
    sq_scan_free(sc);
    sq_needed_free(n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    sq_query q = {0};
    q.syms = sq_symtab_new();
    sq_event *ref = sq_event_new();
    sq_error err;
    sq_error_clear(&err);
    int line;
    int ok = sq_json_fill(&q, ref, (const char *)data, size, &line, &err) == 0;
    check(&q, data, size, ref, ok, 1);
    check(&q, data, size, ref, ok, 2);
    sq_event_free(ref);
    sq_symtab_free(q.syms);
    return 0;
}
