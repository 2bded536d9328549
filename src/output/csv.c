/* csv.c — the CSV writer (RFC 4180 quoting, "\n" line ends): a header row
 * of the columns (the union of the rows' shown fields, first seen first),
 * then one line per row; a multivalue field's values joined by newlines. */
#include <stdlib.h>
#include <string.h>

#include "output_int.h"

static void csv_field(const char *s, size_t n, sq_buf *out) {
    if (strcspn(s, ",\"\r\n") >= n) {
        sq_buf_add(out, s, n);
        return;
    }
    sq_buf_addc(out, '"');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            sq_buf_addc(out, '"');
        sq_buf_addc(out, s[i]);
    }
    sq_buf_addc(out, '"');
}

static void csv_value(sq_writer *w, sq_sym s, sq_value *v) {
    sq_buf_reset(&w->text);
    size_t n = sq_value_count(v);
    for (size_t k = 0; k < n; k++) {
        if (k)
            sq_buf_addc(&w->text, '\n');
        sq_out_scalar(s, sq_value_at(v, k), 1, &w->text);
    }
    csv_field(sq_buf_cstr(&w->text), w->text.len, &w->line);
}

int sq_csv_finish(sq_writer *w, sq_error *err) {
    const sq_columns *c = &w->cols;
    if (c->n == 0 || w->nheld == 0)
        return 0;
    for (size_t j = 0; j < c->n; j++) {
        if (j)
            sq_buf_addc(&w->line, ',');
        csv_field(sq_sym_name(w->syms, c->syms[j]), sq_sym_len(w->syms, c->syms[j]), &w->line);
    }
    sq_buf_addc(&w->line, '\n');
    if (sq_out_flush(w, &w->line, err) != 0)
        return -1;
    sq_value **slots = sq_xcalloc(c->n, sizeof *slots);
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < w->nheld; i++) {
        sq_event *ev = w->held[i];
        sq_columns_row(c, ev, slots);
        for (size_t j = 0; j < c->n; j++) {
            if (j)
                sq_buf_addc(&w->line, ',');
            if (slots[j])
                csv_value(w, c->syms[j], slots[j]);
        }
        sq_buf_addc(&w->line, '\n');
        rc = sq_out_flush(w, &w->line, err);
        /* Rows are written once; free them as we go to give memory back. */
        sq_event_free(ev);
        w->held[i] = NULL;
    }
    free(slots);
    return rc;
}
