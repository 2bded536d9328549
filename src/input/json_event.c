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
 * Parsing is jansson's.  jansson checks UTF-8 strictly, but a byte an
 * attacker controls must not hide an event from a rule, so a record that
 * jansson refuses and that holds invalid UTF-8 (a stray byte, a truncated
 * sequence, an overlong form, an encoded surrogate) or a lone surrogate
 * escape ("\ud83d" cut from its pair) or a raw control byte inside a string
 * (NUL, tab: writers that do not escape them) is read again with each
 * invalid byte replaced by U+FFFD, each lone surrogate escape by "\ufffd"
 * and each raw control byte by its \u00XX escape.  The field values then
 * hold U+FFFD (or the control character); `_raw` keeps the bytes as read
 * (see docs/limits.md). */
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
void sq_json_format_real(double d, int ints_as_real, sq_buf *out) {
    if (ints_as_real && d == floor(d) && fabs(d) < 9007199254740992.0) {
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

static void format_number(const flat *f, const json_t *v, sq_buf *out) {
    if (json_is_integer(v)) {
        sq_buf_printf(out, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        return;
    }
    sq_json_format_real(json_real_value(v), f->ints_as_real, out);
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

/* Length of the valid UTF-8 sequence at s[0..n), or 0 when it is not one
 * (the rules jansson applies: no overlong forms, no surrogates, at most
 * U+10FFFF). */
size_t sq_utf8_seq(const unsigned char *s, size_t n) {
    unsigned c = s[0];
    size_t need;
    unsigned cp;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        need = 2, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF)
        need = 3, cp = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4)
        need = 4, cp = c & 0x07;
    else
        return 0;
    if (need > n)
        return 0;
    for (size_t i = 1; i < need; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if ((need == 3 && cp < 0x800) || (need == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return need;
}

static int hex4(const char *s, size_t n, unsigned *out) {
    if (n < 4)
        return 0;
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else
            return 0;
    }
    *out = v;
    return 1;
}

/* The record with invalid UTF-8 bytes replaced by U+FFFD, lone surrogate
 * escapes by \ufffd and raw control bytes in strings escaped, into out.  Returns 1 when anything
 * was replaced (0: the record's trouble is elsewhere). */
static int sanitize_record(const char *text, size_t len, sq_buf *out) {
    const unsigned char *s = (const unsigned char *)text;
    int changed = 0, in_string = 0;
    size_t i = 0;
    while (i < len) {
        if (s[i] == '"')
            in_string = !in_string;
        if (in_string && s[i] < 0x20) { /* a raw control byte (NUL, tab...) */
            sq_buf_printf(out, "\\u%04x", s[i]);
            changed = 1;
            i++;
            continue;
        }
        if (s[i] == '\\' && i + 1 < len) {
            unsigned u, lo;
            if (s[i + 1] == 'u' && hex4(text + i + 2, len - i - 2, &u)) {
                if (u >= 0xD800 && u <= 0xDBFF && i + 12 <= len && s[i + 6] == '\\' &&
                    s[i + 7] == 'u' && hex4(text + i + 8, len - i - 8, &lo) && lo >= 0xDC00 &&
                    lo <= 0xDFFF) {
                    sq_buf_add(out, text + i, 12); /* a valid pair */
                    i += 12;
                } else if (u >= 0xD800 && u <= 0xDFFF) {
                    sq_buf_adds(out, "\\ufffd");
                    changed = 1;
                    i += 6;
                } else {
                    sq_buf_add(out, text + i, 6);
                    i += 6;
                }
                continue;
            }
            sq_buf_add(out, text + i, 2);
            i += 2;
            continue;
        }
        size_t n = sq_utf8_seq(s + i, len - i);
        if (n == 0) {
            sq_buf_adds(out, "\xEF\xBF\xBD");
            changed = 1;
            i++;
            continue;
        }
        sq_buf_add(out, text + i, n);
        i += n;
    }
    return changed;
}

static json_t *load_record(const char *text, size_t len, int *ints_as_real, json_error_t *jerr) {
    json_t *root = json_loadb(text, len, JSON_ALLOW_NUL | JSON_DECODE_ANY, jerr);
    *ints_as_real = 0;
    if (!root && strstr(jerr->text, "too big integer")) {
        /* integers beyond 64 bits: read every number as a double */
        root =
            json_loadb(text, len, JSON_ALLOW_NUL | JSON_DECODE_ANY | JSON_DECODE_INT_AS_REAL, jerr);
        *ints_as_real = 1;
    }
    return root;
}

int sq_json_fill(sq_query *q, sq_event *ev, const char *text, size_t len, int *bad_line,
                 sq_error *err) {
    json_error_t jerr;
    *bad_line = 1;
    int ints_as_real = 0;
    json_t *root = load_record(text, len, &ints_as_real, &jerr);
    if (!root && !strstr(jerr.text, "maximum parsing depth")) {
        sq_buf clean = SQ_BUF_INIT;
        if (sanitize_record(text, len, &clean)) {
            json_error_t jerr2;
            json_t *again = load_record(clean.data, clean.len, &ints_as_real, &jerr2);
            if (again)
                root = again;
        }
        sq_buf_free(&clean);
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
