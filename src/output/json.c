/* json.c — the JSON lines writer: one object per row, keys in the row's
 * field order, every value a string as Splunk displays it, a multivalue
 * field as an array of strings.  Rows stream: nothing is held. */
#include "output_int.h"

/* A JSON string literal of s[0..n): control characters escaped, bytes
 * that are not UTF-8 replaced by U+FFFD so the output is always valid. */
static void json_string(const char *s, size_t n, sq_buf *out) {
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s;
    sq_buf_addc(out, '"');
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        /* Copy plain ASCII in one go; it is nearly everything. */
        while (run < n && p[run] >= 0x20 && p[run] < 0x80 && p[run] != '"' && p[run] != '\\')
            run++;
        sq_buf_add(out, s + i, run - i);
        i = run;
        if (i >= n)
            break;
        unsigned char c = p[i];
        if (c >= 0x80) {
            uint32_t cp;
            size_t len = sq_utf8_decode(p + i, n - i, &cp);
            if (cp == 0xFFFD && len == 1)
                sq_utf8_encode(0xFFFD, out);
            else
                sq_buf_add(out, s + i, len);
            i += len;
            continue;
        }
        switch (c) {
        case '"':
            sq_buf_add(out, "\\\"", 2);
            break;
        case '\\':
            sq_buf_add(out, "\\\\", 2);
            break;
        case '\n':
            sq_buf_add(out, "\\n", 2);
            break;
        case '\r':
            sq_buf_add(out, "\\r", 2);
            break;
        case '\t':
            sq_buf_add(out, "\\t", 2);
            break;
        case '\b':
            sq_buf_add(out, "\\b", 2);
            break;
        case '\f':
            sq_buf_add(out, "\\f", 2);
            break;
        default:
            sq_buf_add(out, "\\u00", 4);
            sq_buf_addc(out, hex[c >> 4]);
            sq_buf_addc(out, hex[c & 15]);
        }
        i++;
    }
    sq_buf_addc(out, '"');
}

static void json_scalar(sq_writer *w, sq_sym s, sq_value *v) {
    sq_buf_reset(&w->text);
    sq_out_scalar(s, v, 1, &w->text);
    json_string(w->text.data ? w->text.data : "", w->text.len, &w->line);
}

int sq_json_row(sq_writer *w, sq_event *ev, sq_error *err) {
    sq_buf_addc(&w->line, '{');
    int first = 1;
    for (uint32_t i = 0; i < ev->n; i++) {
        sq_field *f = &ev->fields[i];
        if (f->val.type == SQ_NULL || !sq_out_shown(w->syms, f->sym))
            continue;
        if (!first)
            sq_buf_addc(&w->line, ',');
        first = 0;
        json_string(sq_sym_name(w->syms, f->sym), sq_sym_len(w->syms, f->sym), &w->line);
        sq_buf_addc(&w->line, ':');
        if (f->val.type == SQ_MV) {
            sq_buf_addc(&w->line, '[');
            size_t n = sq_value_count(&f->val);
            for (size_t k = 0; k < n; k++) {
                if (k)
                    sq_buf_addc(&w->line, ',');
                json_scalar(w, f->sym, sq_value_at(&f->val, k));
            }
            sq_buf_addc(&w->line, ']');
        } else {
            json_scalar(w, f->sym, &f->val);
        }
    }
    sq_buf_add(&w->line, "}\n", 2);
    return sq_out_flush(w, &w->line, err);
}
