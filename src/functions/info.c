/* info.c — informational eval functions: isnull, isnotnull, isnum, isint,
 * isstr, isbool, typeof.
 *
 * A field value that reads as a number is a number (as Splunk infers field
 * types); a string literal written in the query stays a string. */
#include <math.h>
#include <stdlib.h>

#include "functions.h"

/* 'N' number, 'S' string, 'B' boolean, 'M' multivalue, 0 null. */
static char kind_of(sq_enode *arg, sq_value *v) {
    double d;
    switch (v->type) {
    case SQ_NULL:
        return 0;
    case SQ_NUM:
        return 'N';
    case SQ_BOOL:
        return 'B';
    case SQ_MV:
        return 'M';
    case SQ_STR:
        return (!arg->strlit && sq_value_number(v, &d)) ? 'N' : 'S';
    }
    return 0;
}

static int fn_isnull(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    *out = sq_xv_own(sq_value_bool(a[0].v.type == SQ_NULL));
    return 0;
}

static int fn_isnotnull(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    *out = sq_xv_own(sq_value_bool(a[0].v.type != SQ_NULL));
    return 0;
}

static int fn_isnum(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double d = 0;
    int num = kind_of(n->kids[0], &a[0].v) == 'N' && sq_value_number(&a[0].v, &d) && !isnan(d);
    *out = sq_xv_own(sq_value_bool(num));
    return 0;
}

static int fn_isint(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double d = 0;
    int num = kind_of(n->kids[0], &a[0].v) == 'N' && sq_value_number(&a[0].v, &d) && isfinite(d) &&
              d == floor(d);
    *out = sq_xv_own(sq_value_bool(num));
    return 0;
}

static int fn_isstr(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double d;
    char k = kind_of(n->kids[0], &a[0].v);
    /* NaN counts as a string, whether written as a string or a number */
    int s = k == 'S' || (k == 'N' && sq_value_number(&a[0].v, &d) && isnan(d));
    *out = sq_xv_own(sq_value_bool(s));
    return 0;
}

static int fn_isbool(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    *out = sq_xv_own(sq_value_bool(a[0].v.type == SQ_BOOL));
    return 0;
}

static int fn_typeof(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    const char *t;
    switch (kind_of(n->kids[0], &a[0].v)) {
    case 'N':
        t = "Number";
        break;
    case 'S':
        t = "String";
        break;
    case 'B':
        t = "Bool";
        break;
    case 'M':
        t = "Multivalue";
        break;
    default:
        t = "Invalid";
        break;
    }
    *out = sq_xv_own(sq_value_cstr(t));
    return 0;
}

static const sq_func table[] = {
    {"isnull", 1, 1, 0, SQ_T_BOOL, fn_isnull, NULL},
    {"isnotnull", 1, 1, 0, SQ_T_BOOL, fn_isnotnull, NULL},
    {"isnum", 1, 1, 0, SQ_T_BOOL, fn_isnum, NULL},
    {"isint", 1, 1, 0, SQ_T_BOOL, fn_isint, NULL},
    {"isstr", 1, 1, 0, SQ_T_BOOL, fn_isstr, NULL},
    {"isbool", 1, 1, 0, SQ_T_BOOL, fn_isbool, NULL},
    {"typeof", 1, 1, 0, SQ_T_STR, fn_typeof, NULL},
    {NULL, 0, 0, 0, 0, NULL, NULL},
};

const sq_func *sq_functions_info(void) {
    return table;
}
