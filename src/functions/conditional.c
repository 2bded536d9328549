/* conditional.c — comparison and conditional eval functions: if, case,
 * validate, coalesce, null, true, false, nullif, like, match, in, cidrmatch.
 *
 * Conditions follow the engine's three-valued logic: a null condition is
 * not true (if() takes its else branch, case() moves on). */
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>

#include "functions.h"
#include "splq/parse.h"
#include "splq/search.h"

static int fn_if(sq_ectx *c, sq_enode *n, sq_xv *args, sq_xv *out) {
    int t = sq_ex_test(c, n->kids[0]);
    if (t == -1)
        return -1;
    return sq_ex_eval(c, n->kids[t == 1 ? 1 : 2], out);
}

static int cc_if(sq_cctx *cc, sq_enode *n) {
    return sq_check_bool_arg(cc, n, 0);
}

static int fn_case(sq_ectx *c, sq_enode *n, sq_xv *args, sq_xv *out) {
    for (int i = 0; i + 1 < n->nkids; i += 2) {
        int t = sq_ex_test(c, n->kids[i]);
        if (t == -1)
            return -1;
        if (t == 1)
            return sq_ex_eval(c, n->kids[i + 1], out);
    }
    *out = SQ_XV_NULL;
    return 0;
}

static int cc_pairs(sq_cctx *cc, sq_enode *n) {
    if (n->nkids % 2)
        return sq_fail_at(cc->err, SQ_ERR_ARG, n->span,
                          "function \"%s\" takes pairs of condition and value", n->fn->name);
    for (int i = 0; i < n->nkids; i += 2)
        if (sq_check_bool_arg(cc, n, i) < 0)
            return -1;
    return 0;
}

/* validate(): the value of the first condition that is not true. */
static int fn_validate(sq_ectx *c, sq_enode *n, sq_xv *args, sq_xv *out) {
    for (int i = 0; i + 1 < n->nkids; i += 2) {
        int t = sq_ex_test(c, n->kids[i]);
        if (t == -1)
            return -1;
        if (t != 1)
            return sq_ex_eval(c, n->kids[i + 1], out);
    }
    *out = SQ_XV_NULL;
    return 0;
}

static int fn_coalesce(sq_ectx *c, sq_enode *n, sq_xv *args, sq_xv *out) {
    for (int i = 0; i < n->nkids; i++) {
        if (sq_ex_eval(c, n->kids[i], out) < 0)
            return -1;
        if (out->v.type != SQ_NULL)
            return 0;
    }
    *out = SQ_XV_NULL;
    return 0;
}

static int fn_null(sq_ectx *c, sq_enode *n, sq_xv *args, sq_xv *out) {
    *out = SQ_XV_NULL;
    return 0;
}

static int fn_true(sq_ectx *c, sq_enode *n, sq_xv *args, sq_xv *out) {
    *out = sq_xv_own(sq_value_bool(1));
    return 0;
}

static int fn_false(sq_ectx *c, sq_enode *n, sq_xv *args, sq_xv *out) {
    *out = sq_xv_own(sq_value_bool(0));
    return 0;
}

static int fn_nullif(sq_ectx *c, sq_enode *n, sq_xv *args, sq_xv *out) {
    if (args[0].v.type == SQ_NULL || args[1].v.type == SQ_NULL ||
        !sq_ex_equal(&args[0].v, &args[1].v,
                     (n->kids[0]->strlit ? SQ_STRICT_A : 0) |
                         (n->kids[1]->strlit ? SQ_STRICT_B : 0))) {
        *out = args[0];
        args[0] = SQ_XV_NULL;
        return 0;
    }
    *out = SQ_XV_NULL;
    return 0;
}

static int fn_like(sq_ectx *c, sq_enode *n, sq_xv *args, sq_xv *out) {
    *out = sq_xv_own(sq_value_bool(sq_ex_like(&args[0].v, &args[1].v)));
    return 0;
}

static int cc_regex1(sq_cctx *cc, sq_enode *n) {
    return sq_regex_arg_compile(cc, n, 1);
}

/* match(): the regex matches anywhere in any value. */
static int fn_match(sq_ectx *c, sq_enode *n, sq_xv *args, sq_xv *out) {
    sq_regex *re = sq_regex_arg_get(c, n, &args[1].v);
    if (!re)
        return -1;
    sq_buf scratch = SQ_BUF_INIT;
    int hit = 0, rc = 0;
    for (size_t i = 0; i < sq_value_count(&args[0].v) && !hit; i++) {
        size_t len;
        const char *s = sq_ex_text(sq_value_at(&args[0].v, i), &scratch, &len);
        const size_t *ov;
        int m = sq_regex_exec(re, s, len, 0, &ov, c->err);
        if (m < 0) {
            rc = -1;
            break;
        }
        hit = m > 0;
    }
    sq_buf_free(&scratch);
    if (rc == 0)
        *out = sq_xv_own(sq_value_bool(hit));
    return rc;
}

static int fn_in(sq_ectx *c, sq_enode *n, sq_xv *args, sq_xv *out) {
    if (args[0].v.type == SQ_NULL) {
        *out = SQ_XV_NULL;
        return 0;
    }
    int hit = 0;
    for (int i = 1; i < n->nkids && !hit; i++)
        if (args[i].v.type != SQ_NULL)
            hit = sq_ex_equal(&args[0].v, &args[i].v,
                              (n->kids[0]->strlit ? SQ_STRICT_A : 0) |
                                  (n->kids[i]->strlit ? SQ_STRICT_B : 0));
    *out = sq_xv_own(sq_value_bool(hit));
    return 0;
}

/* --- cidrmatch ------------------------------------------------------------ */

typedef struct ipaddr {
    int family; /* 4 or 6 */
    unsigned char b[16];
} ipaddr;

static int parse_ip(const char *s, size_t len, ipaddr *ip) {
    char buf[64];
    if (len == 0 || len >= sizeof buf)
        return 0;
    memcpy(buf, s, len);
    buf[len] = '\0';
    if (inet_pton(AF_INET, buf, ip->b) == 1) {
        ip->family = 4;
        return 1;
    }
    if (inet_pton(AF_INET6, buf, ip->b) == 1) {
        ip->family = 6;
        return 1;
    }
    return 0;
}

static int parse_cidr(const char *s, size_t len, ipaddr *net, int *bits) {
    const char *slash = memchr(s, '/', len);
    size_t alen = slash ? (size_t)(slash - s) : len;
    if (!parse_ip(s, alen, net))
        return 0;
    int max = net->family == 4 ? 32 : 128;
    if (!slash) {
        *bits = max;
        return 1;
    }
    double d;
    size_t blen = len - alen - 1;
    if (!sq_str_is_number(slash + 1, blen, &d) || d < 0 || d > max || d != (int)d)
        return 0;
    *bits = (int)d;
    return 1;
}

static int in_net(const ipaddr *net, int bits, const ipaddr *ip) {
    if (net->family != ip->family)
        return 0;
    int full = bits / 8, rest = bits % 8;
    if (memcmp(net->b, ip->b, (size_t)full) != 0)
        return 0;
    if (rest == 0)
        return 1;
    unsigned char mask = (unsigned char)(0xFF << (8 - rest));
    return (net->b[full] & mask) == (ip->b[full] & mask);
}

int sq_cidr_contains(const char *cidr, size_t clen, const char *ip, size_t iplen) {
    ipaddr net, a;
    int bits;
    if (!parse_cidr(cidr, clen, &net, &bits) || !parse_ip(ip, iplen, &a))
        return 0;
    return in_net(&net, bits, &a);
}

static int fn_cidrmatch(sq_ectx *c, sq_enode *n, sq_xv *args, sq_xv *out) {
    sq_buf s1 = SQ_BUF_INIT, s2 = SQ_BUF_INIT;
    size_t clen;
    const char *cidr = sq_ex_text(&args[0].v, &s1, &clen);
    int hit = 0;
    for (size_t i = 0; i < sq_value_count(&args[1].v) && !hit; i++) {
        size_t len;
        const char *ip = sq_ex_text(sq_value_at(&args[1].v, i), &s2, &len);
        hit = sq_cidr_contains(cidr, clen, ip, len);
    }
    sq_buf_free(&s1);
    sq_buf_free(&s2);
    *out = sq_xv_own(sq_value_bool(hit));
    return 0;
}

/* --- searchmatch ------------------------------------------------------------ */

static void matcher_free(void *m) {
    sq_matcher_free(m);
}

/* searchmatch("search string"): the string is parsed and compiled once as a
 * search expression; it must be a literal. */
static int cc_searchmatch(sq_cctx *cc, sq_enode *n) {
    const sq_value *lit;
    if (!sq_ex_is_literal(n->kids[0], &lit) || lit->type != SQ_STR)
        return sq_fail_at(cc->err, SQ_ERR_UNSUPPORTED, n->span,
                          "searchmatch() needs a quoted search string");
    sq_ast *ast = NULL;
    if (sq_parse(lit->u.str.ptr, lit->u.str.len, SQ_PARSE_SEARCH, &ast, cc->err) < 0) {
        sq_ast_free(ast);
        cc->err->span = n->kids[0]->span; /* the error's offsets are in the string */
        return -1;
    }
    sq_matcher *m = NULL;
    int rc = sq_matcher_compile(cc->q, ast, &m, cc->err);
    sq_ast_free(ast);
    if (rc < 0) {
        cc->err->span = n->kids[0]->span;
        return -1;
    }
    n->data = m;
    n->data_free = matcher_free;
    return 0;
}

static int fn_searchmatch(sq_ectx *c, sq_enode *n, sq_xv *args, sq_xv *out) {
    *out = sq_xv_own(sq_value_bool(c->ev && sq_matcher_match(n->data, c->ev)));
    return 0;
}

static const sq_func table[] = {
    {"if", 3, 3, SQ_FN_LAZY, SQ_T_ANY, fn_if, cc_if},
    {"case", 2, -1, SQ_FN_LAZY, SQ_T_ANY, fn_case, cc_pairs},
    {"validate", 2, -1, SQ_FN_LAZY, SQ_T_ANY, fn_validate, cc_pairs},
    {"coalesce", 1, -1, SQ_FN_LAZY, SQ_T_ANY, fn_coalesce, NULL},
    {"null", 0, 0, 0, SQ_T_NULL, fn_null, NULL},
    {"true", 0, 0, 0, SQ_T_BOOL, fn_true, NULL},
    {"false", 0, 0, 0, SQ_T_BOOL, fn_false, NULL},
    {"nullif", 2, 2, 0, SQ_T_ANY, fn_nullif, NULL},
    {"like", 2, 2, SQ_FN_NULLPROP, SQ_T_BOOL, fn_like, NULL},
    {"match", 2, 2, SQ_FN_NULLPROP, SQ_T_BOOL, fn_match, cc_regex1},
    {"in", 1, -1, 0, SQ_T_BOOL, fn_in, NULL},
    {"cidrmatch", 2, 2, SQ_FN_NULLPROP, SQ_T_BOOL, fn_cidrmatch, NULL},
    /* LAZY: the argument is used at compile time only; VOLATILE: reads the
     * event, never folded */
    {"searchmatch", 1, 1, SQ_FN_LAZY | SQ_FN_VOLATILE, SQ_T_BOOL, fn_searchmatch, cc_searchmatch},
    {NULL, 0, 0, 0, 0, NULL, NULL},
};

const sq_func *sq_functions_conditional(void) {
    return table;
}
