/* time.c — date and time eval functions: now, time, relative_time,
 * strftime, strptime (over include/splq/timefmt.h).
 *
 * now() is the query's fixed search time; time() is the wall clock at each
 * call.  strptime() and time() results show six decimals, as Splunk prints
 * them. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "functions.h"
#include "splq/timefmt.h"

static int fn_now(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    *out = sq_xv_own(sq_value_num(c->q ? c->q->now : 0));
    return 0;
}

static int fn_time(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    double t = (double)ts.tv_sec + (double)(ts.tv_nsec / 1000) / 1e6;
    *out = sq_xv_own(sq_value_num_prec(t, 6));
    return 0;
}

/* A NUL-terminated copy of a value's text (formats and modifiers). */
static char *text_copy(sq_value *v) {
    sq_buf sc = SQ_BUF_INIT;
    size_t len;
    const char *s = sq_ex_text(v, &sc, &len);
    char *r = sq_xstrndup(s, len);
    sq_buf_free(&sc);
    return r;
}

static int fn_relative_time(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double t, r;
    *out = SQ_XV_NULL;
    if (!sq_arg_num(&a[0], &t))
        return 0;
    char *spec = text_copy(&a[1].v);
    if (sq_relative_time(t, spec, &r) == 0)
        *out = sq_xv_own(sq_value_num(r));
    free(spec);
    return 0;
}

static int fn_strftime(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double t;
    *out = SQ_XV_NULL;
    if (!sq_arg_num(&a[0], &t))
        return 0;
    char *fmt = text_copy(&a[1].v);
    sq_buf b = SQ_BUF_INIT;
    if (sq_strftime(t, fmt, &b) == 0)
        *out = sq_xv_own(sq_value_from_buf(&b));
    sq_buf_free(&b);
    free(fmt);
    return 0;
}

static int fn_strptime(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    sq_value *v = sq_first(&a[0].v);
    *out = SQ_XV_NULL;
    if (!v || v->type == SQ_NUM) /* already a time: Splunk leaves it be */
        return 0;
    sq_buf sc = SQ_BUF_INIT;
    size_t len;
    const char *s = sq_ex_text(v, &sc, &len);
    char *fmt = text_copy(&a[1].v);
    double t;
    if (sq_strptime(s, len, fmt, &t) >= 0)
        *out = sq_xv_own(sq_value_num_prec(t, 6));
    free(fmt);
    sq_buf_free(&sc);
    return 0;
}

static const sq_func table[] = {
    {"now", 0, 0, 0, SQ_T_NUM, fn_now, NULL},
    {"time", 0, 0, SQ_FN_VOLATILE, SQ_T_NUM, fn_time, NULL},
    {"relative_time", 2, 2, SQ_FN_NULLPROP, SQ_T_NUM, fn_relative_time, NULL},
    {"strftime", 2, 2, SQ_FN_NULLPROP, SQ_T_STR, fn_strftime, NULL},
    {"strptime", 2, 2, SQ_FN_NULLPROP, SQ_T_NUM, fn_strptime, NULL},
    {NULL, 0, 0, 0, 0, NULL, NULL},
};

const sq_func *sq_functions_time(void) {
    return table;
}
