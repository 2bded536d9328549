/* json.c — JSON eval functions (Splunk 8.1+): json_object, json_array,
 * json_extract, json_extract_exact, json_keys, json_valid, json_set,
 * json_set_exact, json_append, json_extend, json_delete, json_entries,
 * json_has_key_exact, json_array_to_mv, mv_to_json_array, the eval form
 * of spath, and the 10.x isarray, isobject, toarray, toobject, tomv.
 *
 * JSON is parsed with jansson and written compactly (no spaces, keys in
 * document order).  Paths use spath's syntax: `a.b{0}.c`, `{}` for every
 * element of an array.  A value that came from another json_ function is
 * embedded as JSON, any other value as a JSON string or number. */
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "functions.h"

#define DUMP_FLAGS (JSON_COMPACT | JSON_ENCODE_ANY | JSON_REAL_PRECISION(15))

static json_t *parse(sq_value *v) {
    sq_buf sc = SQ_BUF_INIT;
    size_t len;
    const char *s = sq_ex_text(v, &sc, &len);
    json_t *j = json_loadb(s, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
    sq_buf_free(&sc);
    return j;
}

static sq_value dump(const json_t *j) {
    char *s = json_dumps(j, DUMP_FLAGS);
    if (!s)
        return SQ_VALUE_NULL;
    sq_value v = sq_value_str(s, strlen(s));
    free(s);
    return v;
}

/* A JSON scalar as a field value; containers as their JSON text. */
static sq_value to_value(const json_t *j) {
    switch (json_typeof(j)) {
    case JSON_STRING:
        return sq_value_str(json_string_value(j), json_string_length(j));
    case JSON_INTEGER:
        return sq_value_num((double)json_integer_value(j));
    case JSON_REAL:
        return sq_value_num(json_real_value(j));
    case JSON_TRUE:
        return sq_value_cstr("true");
    case JSON_FALSE:
        return sq_value_cstr("false");
    case JSON_NULL:
        return SQ_VALUE_NULL;
    default:
        return dump(j);
    }
}

/* (A folded constant call keeps its fn.) */
static int is_json_call(const sq_enode *n) {
    return n->fn &&
           (strncmp(n->fn->name, "json_", 5) == 0 || strcmp(n->fn->name, "mv_to_json_array") == 0 ||
            strcmp(n->fn->name, "toarray") == 0 || strcmp(n->fn->name, "toobject") == 0 ||
            strcmp(n->fn->name, "lookup") == 0) &&
           n->fn->rtype == SQ_T_STR;
}

/* An argument as JSON: embedded when it came from a json_ function. */
static json_t *from_value(const sq_enode *arg, sq_value *v) {
    if (v->type == SQ_NULL)
        return json_null();
    if (v->type == SQ_BOOL)
        return json_boolean(v->u.boolean);
    if (v->type == SQ_MV) {
        json_t *a = json_array();
        for (size_t i = 0; i < v->u.mv.n; i++)
            json_array_append_new(a, from_value(arg, &v->u.mv.items[i]));
        return a;
    }
    if (is_json_call(arg)) {
        json_t *j = parse(v);
        if (j)
            return j;
    }
    if (v->type == SQ_NUM) {
        double d = v->u.num;
        if (d == floor(d) && fabs(d) < 9e15)
            return json_integer((json_int_t)d);
        return json_real(d);
    }
    return json_stringn(v->u.str.ptr, v->u.str.len);
}

static int out_json(sq_xv *out, json_t *j) {
    *out = j ? sq_xv_own(dump(j)) : SQ_XV_NULL;
    json_decref(j);
    return 0;
}

/* --- paths ---------------------------------------------------------------- */

/* Collect the values at path (spath syntax) under j into res (borrowed). */
static void walk(json_t *j, const char *p, size_t len, json_t ***res, size_t *n, size_t *cap) {
    if (!j)
        return;
    while (len && *p == '.')
        p++, len--;
    if (len == 0) {
        if (*n == *cap) {
            *cap = *cap ? *cap * 2 : 8;
            *res = sq_xrealloc(*res, *cap * sizeof **res);
        }
        (*res)[(*n)++] = j;
        return;
    }
    if (*p == '{') {
        const char *close = memchr(p, '}', len);
        if (!close || !json_is_array(j))
            return;
        size_t inner = (size_t)(close - p - 1), used = (size_t)(close - p + 1);
        if (inner == 0) {
            for (size_t i = 0; i < json_array_size(j); i++)
                walk(json_array_get(j, i), close + 1, len - used, res, n, cap);
            return;
        }
        double d;
        if (!sq_str_is_number(p + 1, inner, &d) || d != floor(d))
            return;
        long long i = (long long)d;
        if (i < 0)
            i += (long long)json_array_size(j);
        if (i >= 0)
            walk(json_array_get(j, (size_t)i), close + 1, len - used, res, n, cap);
        return;
    }
    size_t k = 0;
    while (k < len && p[k] != '.' && p[k] != '{')
        k++;
    if (!json_is_object(j))
        return;
    char *key = sq_xstrndup(p, k);
    json_t *child = json_object_get(j, key);
    free(key);
    walk(child, p + k, len - k, res, n, cap);
}

/* Values at a path; *n of them (the array is malloc'd, values borrowed). */
static json_t **find(json_t *root, sq_value *path, size_t *n) {
    sq_buf sc = SQ_BUF_INIT;
    size_t len, cap = 0;
    const char *p = sq_ex_text(path, &sc, &len);
    json_t **res = NULL;
    *n = 0;
    walk(root, p, len, &res, n, &cap);
    sq_buf_free(&sc);
    return res;
}

/* --- functions ------------------------------------------------------------ */

static int fn_json_object(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    json_t *o = json_object();
    sq_buf sc = SQ_BUF_INIT;
    for (int i = 0; i + 1 < n->nkids; i += 2) {
        size_t len;
        const char *k = sq_ex_text(&a[i].v, &sc, &len);
        char *key = sq_xstrndup(k, len);
        json_object_set_new(o, key, from_value(n->kids[i + 1], &a[i + 1].v));
        free(key);
    }
    sq_buf_free(&sc);
    return out_json(out, o);
}

static int cc_pairs(sq_cctx *cc, sq_enode *n) {
    if (n->nkids % 2)
        return sq_fail_at(cc->err, SQ_ERR_ARG, n->span,
                          "function \"%s\" takes pairs of key and value", n->fn->name);
    return 0;
}

static int fn_json_array(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    json_t *arr = json_array();
    for (int i = 0; i < n->nkids; i++)
        json_array_append_new(arr, from_value(n->kids[i], &a[i].v));
    return out_json(out, arr);
}

static int extract(sq_enode *n, sq_xv *a, sq_xv *out, int exact) {
    json_t *root = parse(&a[0].v);
    *out = SQ_XV_NULL;
    if (!root)
        return 0;
    if (n->nkids == 1) {
        *out = sq_xv_own(to_value(root));
        json_decref(root);
        return 0;
    }
    json_t *all = json_array();
    for (int i = 1; i < n->nkids; i++) {
        json_t *hit = NULL;
        size_t k = 0;
        json_t **res = NULL;
        if (exact) {
            sq_buf sc = SQ_BUF_INIT;
            size_t len;
            const char *key = sq_ex_text(&a[i].v, &sc, &len);
            char *kc = sq_xstrndup(key, len);
            hit = json_is_object(root) ? json_object_get(root, kc) : NULL;
            free(kc);
            sq_buf_free(&sc);
        } else {
            res = find(root, &a[i].v, &k);
            if (k == 1) {
                hit = res[0];
            } else if (k > 1) {
                hit = json_array();
                for (size_t j = 0; j < k; j++)
                    json_array_append(hit, res[j]);
                json_array_append_new(all, hit);
                hit = NULL;
            }
            free(res);
            if (k > 1)
                continue;
        }
        json_array_append(all, hit ? hit : json_null());
    }
    if (n->nkids == 2) {
        json_t *one = json_array_get(all, 0);
        *out = sq_xv_own(to_value(one));
    } else {
        *out = sq_xv_own(dump(all));
    }
    json_decref(all);
    json_decref(root);
    return 0;
}

static int fn_json_extract(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    return extract(n, a, out, 0);
}

static int fn_json_extract_exact(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    return extract(n, a, out, 1);
}

static int fn_json_keys(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    json_t *root = parse(&a[0].v);
    *out = SQ_XV_NULL;
    if (!json_is_object(root)) {
        json_decref(root);
        return 0;
    }
    json_t *keys = json_array();
    const char *k;
    json_t *v;
    json_object_foreach(root, k, v) json_array_append_new(keys, json_string(k));
    json_decref(root);
    return out_json(out, keys);
}

static int fn_json_valid(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    json_t *root = parse(&a[0].v);
    *out = sq_xv_own(sq_value_bool(root != NULL));
    json_decref(root);
    return 0;
}

static int fn_json_has_key_exact(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    json_t *root = parse(&a[0].v);
    sq_buf sc = SQ_BUF_INIT;
    size_t len;
    const char *k = sq_ex_text(&a[1].v, &sc, &len);
    char *key = sq_xstrndup(k, len);
    *out = sq_xv_own(sq_value_bool(json_is_object(root) && json_object_get(root, key)));
    free(key);
    sq_buf_free(&sc);
    json_decref(root);
    return 0;
}

/* One step of an edit path: an object key, or an array index ({N}). */
typedef struct step {
    char *key; /* NULL for an index step */
    size_t idx;
} step;

/* Split a path (a.b{1}.c) into steps; exact: the whole path is one key.
 * Returns the number of steps, or 0 when the path is malformed ({} or a
 * negative index cannot be the target of an edit). */
static size_t path_steps(const char *p, size_t len, int exact, step **out) {
    step *st = NULL;
    size_t n = 0, cap = 0;
    size_t i = 0;
    while (i <= len) {
        size_t j = i;
        while (j < len && p[j] != '.' && p[j] != '{' && !exact)
            j++;
        if (exact)
            j = len;
        if (j > i || (j == len && n == 0) || (j < len && p[j] == '.')) {
            if (n == cap)
                st = sq_xrealloc(st, (cap = cap ? cap * 2 : 4) * sizeof *st);
            st[n++] = (step){sq_xstrndup(p + i, j - i), 0};
        }
        while (j < len && p[j] == '{') {
            size_t k = j + 1, v = 0;
            if (k >= len || p[k] < '0' || p[k] > '9')
                goto bad;
            while (k < len && p[k] >= '0' && p[k] <= '9' && v < ((size_t)1 << 40))
                v = v * 10 + (size_t)(p[k++] - '0');
            if (k >= len || p[k] != '}')
                goto bad;
            if (n == cap)
                st = sq_xrealloc(st, (cap = cap ? cap * 2 : 4) * sizeof *st);
            st[n++] = (step){NULL, v};
            j = k + 1;
        }
        if (j < len && p[j] != '.')
            goto bad;
        i = j + 1;
    }
    *out = st;
    return n;
bad:
    for (size_t k = 0; k < n; k++)
        free(st[k].key);
    free(st);
    *out = NULL;
    return 0;
}

static void steps_free(step *st, size_t n) {
    for (size_t k = 0; k < n; k++)
        free(st[k].key);
    free(st);
}

static json_t *step_get(json_t *cur, const step *s) {
    return s->key ? json_object_get(cur, s->key) : json_array_get(cur, s->idx);
}

/* The container holding the last step of the path, creating objects for
 * missing keys on the way; NULL when the path runs into a scalar or past
 * the end of an array. */
static json_t *parent_of(json_t *root, step *st, size_t n) {
    json_t *cur = root;
    for (size_t k = 0; k + 1 < n; k++) {
        json_t *next = step_get(cur, &st[k]);
        if (!next && st[k].key && json_is_object(cur)) {
            /* a missing key becomes an object, or an array before {N} */
            next = st[k + 1].key ? json_object() : json_array();
            json_object_set_new(cur, st[k].key, next);
        }
        if (!next || (!json_is_object(next) && !json_is_array(next)))
            return NULL;
        cur = next;
    }
    return cur;
}

typedef enum { EDIT_SET, EDIT_APPEND, EDIT_EXTEND } edit_kind;

/* parent[last] = val (an index past the end appends; further: no-op). */
static void set_step(json_t *parent, const step *last, json_t *val) {
    if (last->key && json_is_object(parent))
        json_object_set(parent, last->key, val);
    else if (!last->key && json_is_array(parent)) {
        if (last->idx < json_array_size(parent))
            json_array_set(parent, last->idx, val);
        else if (last->idx == json_array_size(parent))
            json_array_append(parent, val);
    }
}

static int edit(sq_enode *n, sq_xv *a, sq_xv *out, edit_kind kind, int exact) {
    json_t *root = parse(&a[0].v);
    *out = SQ_XV_NULL;
    if (!json_is_object(root) && !json_is_array(root)) {
        json_decref(root);
        return 0;
    }
    sq_buf sc = SQ_BUF_INIT;
    for (int i = 1; i + 1 < n->nkids; i += 2) {
        size_t len;
        const char *p = sq_ex_text(&a[i].v, &sc, &len);
        step *st;
        size_t ns = path_steps(p, len, exact, &st);
        json_t *parent = ns ? parent_of(root, st, ns) : NULL;
        json_t *val = from_value(n->kids[i + 1], &a[i + 1].v);
        if (parent) {
            json_t *cur = step_get(parent, &st[ns - 1]);
            if (kind == EDIT_SET) {
                set_step(parent, &st[ns - 1], val);
            } else if (json_is_array(cur)) {
                if (kind == EDIT_EXTEND && json_is_array(val))
                    json_array_extend(cur, val);
                else
                    json_array_append(cur, val);
            }
        }
        json_decref(val);
        steps_free(st, ns);
    }
    sq_buf_free(&sc);
    return out_json(out, root);
}

static int cc_edit(sq_cctx *cc, sq_enode *n) {
    if (n->nkids % 2 == 0)
        return sq_fail_at(cc->err, SQ_ERR_ARG, n->span,
                          "function \"%s\" takes a JSON value and pairs of path and value",
                          n->fn->name);
    return 0;
}

static int fn_json_set(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    return edit(n, a, out, EDIT_SET, 0);
}

static int fn_json_set_exact(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    return edit(n, a, out, EDIT_SET, 1);
}

static int fn_json_append(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    return edit(n, a, out, EDIT_APPEND, 0);
}

static int fn_json_extend(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    return edit(n, a, out, EDIT_EXTEND, 0);
}

static int fn_json_delete(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    json_t *root = parse(&a[0].v);
    *out = SQ_XV_NULL;
    if (!json_is_object(root)) {
        json_decref(root);
        return 0;
    }
    sq_buf sc = SQ_BUF_INIT;
    for (int i = 1; i < n->nkids; i++) {
        size_t len;
        const char *p = sq_ex_text(&a[i].v, &sc, &len);
        const char *dot = memrchr(p, '.', len);
        json_t *parent = root;
        if (dot) {
            size_t k;
            sq_value pv = sq_value_str(p, (size_t)(dot - p));
            json_t **res = find(root, &pv, &k);
            parent = k == 1 ? res[0] : NULL;
            free(res);
            sq_value_free(&pv);
            p = dot + 1;
            len = strlen(p);
        }
        char *key = sq_xstrndup(p, len);
        if (json_is_object(parent))
            json_object_del(parent, key);
        free(key);
    }
    sq_buf_free(&sc);
    return out_json(out, root);
}

static int fn_json_entries(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    json_t *root = parse(&a[0].v);
    *out = SQ_XV_NULL;
    if (!json_is_object(root)) {
        json_decref(root);
        return 0;
    }
    json_t *arr = json_array();
    const char *k;
    json_t *v;
    json_object_foreach(root, k, v) {
        json_t *e = json_object();
        json_object_set_new(e, "key", json_string(k));
        json_object_set(e, "value", v);
        json_array_append_new(arr, e);
    }
    json_decref(root);
    return out_json(out, arr);
}

static int fn_json_array_to_mv(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    json_t *root = parse(&a[0].v);
    *out = SQ_XV_NULL;
    if (!json_is_array(root)) {
        json_decref(root);
        return 0;
    }
    sq_value r = SQ_VALUE_NULL;
    for (size_t i = 0; i < json_array_size(root); i++) {
        json_t *e = json_array_get(root, i);
        sq_value_mv_push(&r, json_is_null(e) ? sq_value_cstr("null") : to_value(e));
    }
    json_decref(root);
    *out = sq_xv_own(r);
    return 0;
}

/* mv_to_json_array(mv[, infer_types]): strings, or typed when inferring. */
static int fn_mv_to_json_array(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    int infer = n->nkids > 1 && sq_value_truthy(&a[1].v);
    json_t *arr = json_array();
    sq_buf sc = SQ_BUF_INIT;
    for (size_t i = 0; i < sq_value_count(&a[0].v); i++) {
        sq_value *v = sq_value_at(&a[0].v, i);
        size_t len;
        const char *t = sq_ex_text(v, &sc, &len);
        json_t *e = NULL;
        if (infer)
            e = json_loadb(t, len, JSON_DECODE_ANY, NULL);
        json_array_append_new(arr, e ? e : json_stringn(t, len));
    }
    sq_buf_free(&sc);
    return out_json(out, arr);
}

/* --- 10.x JSON-typed tests and conversions -------------------------------- */

/* splq has no array or object value type: a JSON array or object is its
 * JSON text (as json_array() and json_object() return it). */
static int json_kind_is(sq_xv *a, int (*pred)(const json_t *)) {
    sq_value *v = sq_first(&a[0].v);
    if (!v || v->type != SQ_STR || a[0].v.type == SQ_MV)
        return 0;
    json_t *j = parse(v);
    int r = j && pred(j);
    json_decref(j);
    return r;
}

static int is_arr(const json_t *j) {
    return json_is_array(j);
}

static int is_obj(const json_t *j) {
    return json_is_object(j);
}

static int fn_isarray(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    *out = sq_xv_own(sq_value_bool(json_kind_is(a, is_arr)));
    return 0;
}

static int fn_isobject(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    *out = sq_xv_own(sq_value_bool(json_kind_is(a, is_obj)));
    return 0;
}

/* toarray(x): a JSON array stays; a multivalue becomes the array of its
 * values; any other value becomes a one-element array. */
static int fn_toarray(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    if (a[0].v.type != SQ_MV && json_kind_is(a, is_arr)) {
        json_t *j = parse(sq_first(&a[0].v));
        return out_json(out, j);
    }
    json_t *arr = json_array();
    if (a[0].v.type == SQ_MV) {
        json_decref(arr);
        arr = from_value(n->kids[0], &a[0].v);
    } else {
        json_array_append_new(arr, from_value(n->kids[0], &a[0].v));
    }
    return out_json(out, arr);
}

/* toobject(x): a JSON object stays; anything else is null. */
static int fn_toobject(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    *out = SQ_XV_NULL;
    if (a[0].v.type != SQ_MV && json_kind_is(a, is_obj))
        return out_json(out, parse(sq_first(&a[0].v)));
    return 0;
}

/* tomv(x): a JSON array becomes a multivalue of its elements (as
 * json_array_to_mv); any other value is returned as it is. */
static int fn_tomv(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    if (a[0].v.type != SQ_MV && json_kind_is(a, is_arr))
        return fn_json_array_to_mv(c, n, a, out);
    *out = a[0];
    a[0] = SQ_XV_NULL;
    return 0;
}

/* spath(value, path): every value at the path; several make a multivalue. */
static int fn_spath(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    json_t *root = parse(&a[0].v);
    *out = SQ_XV_NULL;
    if (!root)
        return 0;
    sq_value r = SQ_VALUE_NULL;
    for (size_t p = 0; p < sq_value_count(&a[1].v); p++) {
        size_t k;
        json_t **res = find(root, sq_value_at(&a[1].v, p), &k);
        for (size_t i = 0; i < k; i++)
            sq_value_mv_push(&r, json_is_null(res[i]) ? sq_value_cstr("null") : to_value(res[i]));
        free(res);
    }
    json_decref(root);
    if (r.type == SQ_MV && r.u.mv.n == 1) {
        sq_value one = r.u.mv.items[0];
        free(r.u.mv.items);
        r = one;
    }
    *out = sq_xv_own(r);
    return 0;
}

#define NP SQ_FN_NULLPROP
static const sq_func table[] = {
    {"json_object", 0, -1, 0, SQ_T_STR, fn_json_object, cc_pairs},
    {"json_array", 0, -1, 0, SQ_T_STR, fn_json_array, NULL},
    {"json_extract", 1, -1, NP, SQ_T_ANY, fn_json_extract, NULL},
    {"json_extract_exact", 1, -1, NP, SQ_T_ANY, fn_json_extract_exact, NULL},
    {"json_keys", 1, 1, NP, SQ_T_STR, fn_json_keys, NULL},
    {"json_valid", 1, 1, NP, SQ_T_BOOL, fn_json_valid, NULL},
    {"json_has_key_exact", 2, 2, NP, SQ_T_BOOL, fn_json_has_key_exact, NULL},
    {"json_set", 3, -1, 0, SQ_T_STR, fn_json_set, cc_edit},
    {"json_set_exact", 3, -1, 0, SQ_T_STR, fn_json_set_exact, cc_edit},
    {"json_append", 3, -1, 0, SQ_T_STR, fn_json_append, cc_edit},
    {"json_extend", 3, -1, 0, SQ_T_STR, fn_json_extend, cc_edit},
    {"json_delete", 2, -1, NP, SQ_T_STR, fn_json_delete, NULL},
    {"json_entries", 1, 1, NP, SQ_T_STR, fn_json_entries, NULL},
    {"json_array_to_mv", 1, 2, NP, SQ_T_ANY, fn_json_array_to_mv, NULL},
    {"mv_to_json_array", 1, 2, NP, SQ_T_STR, fn_mv_to_json_array, NULL},
    {"spath", 2, 2, NP, SQ_T_ANY, fn_spath, NULL},
    {"isarray", 1, 1, 0, SQ_T_BOOL, fn_isarray, NULL},
    {"isobject", 1, 1, 0, SQ_T_BOOL, fn_isobject, NULL},
    {"toarray", 1, 1, NP, SQ_T_STR, fn_toarray, NULL},
    {"toobject", 1, 1, NP, SQ_T_STR, fn_toobject, NULL},
    {"tomv", 1, 1, NP, SQ_T_ANY, fn_tomv, NULL},
    {NULL, 0, 0, 0, 0, NULL, NULL},
};

const sq_func *sq_functions_json(void) {
    return table;
}
