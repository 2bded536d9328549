/* json_event.c — one JSON object's text to an event, with field names as
 * Splunk's automatic JSON extraction (KV_MODE=json) makes them.
 *
 *   - nested keys are joined with '.':      userIdentity.sessionContext.mfa
 *   - array elements go under "{}", and the values of all elements form one
 *     multivalue field in document order:  resources{}.ARN, userAgent{}
 *     (an array of arrays: a{}{}); a one-element array gives a plain value;
 *   - every value is a string: JSON true/false/null become "true", "false",
 *     "null"; numbers keep their JSON spelling as far as it can be recovered
 *     (see format_number);
 *   - an empty object or array yields no field (Splunk lists no field for
 *     CloudTrail's `"failureCodes": []`);
 *   - a dotted key meeting a nested one ({"a.b":1,"a":{"b":2}}) adds its
 *     values to the same field, as a multivalue; a key repeated within one
 *     object keeps its last value (jansson's reading);
 *   - fields appear in document order; `_raw` is the record text.
 * Keys named `_raw` or `_time` are not extracted: they would overwrite the
 * event's own text and timestamp.
 *
 * Parsing is jansson's.  jansson checks UTF-8 strictly, so a record holding
 * invalid UTF-8 is rejected as malformed (Splunk would index it). */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input/input_int.h"
#include "splq/buf.h"
#include "splq/input.h"

typedef struct flat {
    sq_query *q;
    sq_event *ev;
    sq_buf name;
    sq_buf num;       /* scratch for numbers */
    int ints_as_real; /* the record had an integer beyond 64 bits */
} flat;

/* Numbers: jansson keeps integers as 64-bit integers (printed back exactly)
 * and other numbers as doubles, whose text is lost; they are printed in the
 * shortest form that reads back to the same double, keeping a ".0" when the
 * value is integral so that "1.0" survives.  So "1.50" reads back as "1.5"
 * and "1e3" as "1000.0" — values Splunk would show as written.  A record
 * holding an integer too big for 64 bits is read with every number as a
 * double; its integral numbers then print without ".0" (exact up to 2^53). */
static void format_number(const flat *f, const json_t *v, sq_buf *out) {
    if (json_is_integer(v)) {
        sq_buf_printf(out, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        return;
    }
    double d = json_real_value(v);
    if (f->ints_as_real && d == floor(d) && fabs(d) < 9007199254740992.0) {
        sq_buf_printf(out, "%.0f", d);
        return;
    }
    char tmp[400];
    int p;
    for (p = 1; p < 17; p++) {
        snprintf(tmp, sizeof tmp, "%.*e", p - 1, d);
        if (strtod(tmp, NULL) == d)
            break;
    }
    snprintf(tmp, sizeof tmp, "%.*e", p - 1, d);
    int exp10 = atoi(strchr(tmp, 'e') + 1);
    if (exp10 >= -7 && exp10 < 21) /* plain decimal notation, as JSON writers use */
        snprintf(tmp, sizeof tmp, "%.*f", p - 1 - exp10 > 0 ? p - 1 - exp10 : 0, d);
    sq_buf_adds(out, tmp);
    if (!strpbrk(tmp, ".eEn")) /* integral, not nan/inf */
        sq_buf_adds(out, ".0");
}

static void add_field(flat *f, sq_value v) {
    const char *name = f->name.data ? f->name.data : "";
    size_t len = f->name.len;
    if (len == 0 || (len == 4 && !memcmp(name, "_raw", 4)) ||
        (len == 5 && !memcmp(name, "_time", 5))) {
        sq_value_free(&v);
        return;
    }
    sq_sym sym = sq_intern(f->q->syms, name, len);
    sq_value *have = sq_event_get(f->ev, sym);
    if (have)
        sq_value_mv_push(have, v);
    else
        sq_event_set(f->ev, sym, v);
}

static int flatten(flat *f, const json_t *v, int depth, sq_error *err) {
    size_t keep = f->name.len;
    switch (json_typeof(v)) {
    case JSON_OBJECT: {
        if (depth > SQ_JSON_MAX_DEPTH)
            return sq_fail(err, SQ_ERR_LIMIT, "JSON nested deeper than %d levels",
                           SQ_JSON_MAX_DEPTH);
        const char *key;
        json_t *child;
        json_object_foreach((json_t *)v, key, child) {
            if (keep)
                sq_buf_addc(&f->name, '.');
            sq_buf_adds(&f->name, key);
            int rc = flatten(f, child, depth + 1, err);
            f->name.len = keep;
            f->name.data[keep] = '\0';
            if (rc < 0)
                return -1;
        }
        return 0;
    }
    case JSON_ARRAY: {
        if (depth > SQ_JSON_MAX_DEPTH)
            return sq_fail(err, SQ_ERR_LIMIT, "JSON nested deeper than %d levels",
                           SQ_JSON_MAX_DEPTH);
        sq_buf_adds(&f->name, "{}");
        size_t i;
        json_t *child;
        int rc = 0;
        json_array_foreach((json_t *)v, i, child) {
            if ((rc = flatten(f, child, depth + 1, err)) < 0)
                break;
        }
        f->name.len = keep;
        f->name.data[keep] = '\0';
        return rc;
    }
    case JSON_STRING:
        add_field(f, sq_value_str(json_string_value(v), json_string_length(v)));
        return 0;
    case JSON_INTEGER:
    case JSON_REAL:
        sq_buf_reset(&f->num);
        format_number(f, v, &f->num);
        add_field(f, sq_value_str(f->num.data, f->num.len));
        return 0;
    case JSON_TRUE:
        add_field(f, sq_value_cstr("true"));
        return 0;
    case JSON_FALSE:
        add_field(f, sq_value_cstr("false"));
        return 0;
    case JSON_NULL:
        add_field(f, sq_value_cstr("null"));
        return 0;
    }
    return 0;
}

int sq_json_fill(sq_query *q, sq_event *ev, const char *text, size_t len, int *bad_line,
                 sq_error *err) {
    json_error_t jerr;
    *bad_line = 1;
    json_t *root = json_loadb(text, len, JSON_ALLOW_NUL | JSON_DECODE_ANY, &jerr);
    int ints_as_real = 0;
    if (!root && strstr(jerr.text, "too big integer")) {
        /* integers beyond 64 bits: read every number as a double */
        root = json_loadb(text, len, JSON_ALLOW_NUL | JSON_DECODE_ANY | JSON_DECODE_INT_AS_REAL,
                          &jerr);
        ints_as_real = 1;
    }
    if (!root) {
        *bad_line = jerr.line > 0 ? jerr.line : 1;
        if (strstr(jerr.text, "maximum parsing depth"))
            return sq_fail(err, SQ_ERR_LIMIT, "JSON nested deeper than %d levels",
                           SQ_JSON_MAX_DEPTH);
        return sq_fail(err, SQ_ERR_ARG, "invalid JSON: %s", jerr.text);
    }
    if (!json_is_object(root)) {
        json_decref(root);
        return sq_fail(err, SQ_ERR_ARG, "not a JSON object");
    }
    sq_event_set(ev, SQ_SYM_RAW, sq_value_str(text, len));
    flat f = {q, ev, SQ_BUF_INIT, SQ_BUF_INIT, ints_as_real};
    sq_buf_reserve(&f.name, 128); /* name.data is never NULL below */
    f.name.data[0] = '\0';
    int rc = flatten(&f, root, 1, err);
    sq_buf_free(&f.name);
    sq_buf_free(&f.num);
    json_decref(root);
    return rc;
}

sq_event *sq_event_from_json(sq_query *q, const char *text, size_t len, sq_error *err) {
    sq_event *ev = sq_event_new();
    int line;
    if (sq_json_fill(q, ev, text, len, &line, err) < 0) {
        sq_event_free(ev);
        return NULL;
    }
    return ev;
}
