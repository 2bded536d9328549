/* regex.c — PCRE2 for eval functions (match, replace, mvfind, ...).
 *
 * Patterns are compiled once (JIT when available) with limits on backtracking
 * so that a hostile pattern or subject ends in an error, never a hang. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "../functions/functions.h"

/* Limits: generous for real detections, small enough to stop catastrophic
 * backtracking within a fraction of a second. */
#define SQ_RE_MATCH_LIMIT 5000000
#define SQ_RE_DEPTH_LIMIT 100000
#define SQ_RE_HEAP_LIMIT_KIB (64 * 1024)
#define SQ_RE_JIT_STACK_MAX (4 * 1024 * 1024)

struct sq_regex {
    pcre2_code *code;
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    pcre2_jit_stack *jstack;
    int groups;
};

static void regex_release(sq_regex *re) {
    if (!re)
        return;
    pcre2_match_data_free(re->md);
    pcre2_match_context_free(re->mctx);
    pcre2_jit_stack_free(re->jstack);
    pcre2_code_free(re->code);
    free(re);
}

int sq_regex_compile(const char *pat, size_t len, sq_span span, sq_regex **out, sq_error *err) {
    int ec;
    PCRE2_SIZE eoff;
    /* UTF mode (as Splunk), tolerant of invalid UTF-8 in the subjects. */
    pcre2_code *code =
        pcre2_compile((PCRE2_SPTR)pat, len, PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &ec, &eoff, NULL);
    if (!code) /* a pattern that is not valid UTF-8 still compiles bytewise */
        code = pcre2_compile((PCRE2_SPTR)pat, len, 0, &ec, &eoff, NULL);
    if (!code) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(ec, msg, sizeof msg);
        return sq_fail_at(err, SQ_ERR_ARG, span,
                          "invalid regular expression \"%.*s\": %s at offset %zu",
                          (int)(len > 200 ? 200 : len), pat, (const char *)msg, (size_t)eoff);
    }
    sq_regex *re = sq_xcalloc(1, sizeof *re);
    re->code = code;
    uint32_t cap = 0;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &cap);
    re->groups = (int)cap;
    re->mctx = pcre2_match_context_create(NULL);
    re->md = pcre2_match_data_create_from_pattern(code, NULL);
    if (!re->mctx || !re->md) {
        regex_release(re);
        return sq_fail(err, SQ_ERR_NOMEM, "out of memory compiling a regular expression");
    }
    pcre2_set_match_limit(re->mctx, SQ_RE_MATCH_LIMIT);
    pcre2_set_depth_limit(re->mctx, SQ_RE_DEPTH_LIMIT);
    pcre2_set_heap_limit(re->mctx, SQ_RE_HEAP_LIMIT_KIB);
    /* SPLQ_NO_JIT: PCRE2's interpreter only, for valgrind, which reports
     * the JIT's generated code as uninitialised reads (make check-valgrind) */
    if (!getenv("SPLQ_NO_JIT") && pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0) {
        re->jstack = pcre2_jit_stack_create(32 * 1024, SQ_RE_JIT_STACK_MAX, NULL);
        if (re->jstack)
            pcre2_jit_stack_assign(re->mctx, NULL, re->jstack);
    }
    *out = re;
    return 0;
}

void sq_regex_free(sq_regex *re) {
    regex_release(re);
}

int sq_regex_groups(const sq_regex *re) {
    return re->groups;
}

int sq_regex_exec(sq_regex *re, const char *s, size_t len, size_t start, const size_t **ovec,
                  sq_error *err) {
    if (start > len)
        return 0;
    int rc = pcre2_match(re->code, (PCRE2_SPTR)s, len, start, 0, re->md, re->mctx);
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (rc < 0) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(rc, msg, sizeof msg);
        int limit = rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
                    rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT;
        return sq_fail(err, limit ? SQ_ERR_LIMIT : SQ_ERR_RUNTIME, "regular expression: %s",
                       (const char *)msg);
    }
    if (rc == 0) /* ovector too small: cannot happen with from_pattern */
        rc = (int)pcre2_get_ovector_count(re->md);
    *ovec = pcre2_get_ovector_pointer(re->md);
    return rc;
}

/* --- regex arguments of eval functions ------------------------------------ */

static void regex_arg_free(void *p) {
    sq_regex_arg *ra = p;
    if (!ra)
        return;
    sq_regex_free(ra->re);
    free(ra->pat);
    free(ra);
}

int sq_regex_arg_compile(sq_cctx *cc, sq_enode *call, int argi) {
    sq_regex_arg *ra = sq_xcalloc(1, sizeof *ra);
    call->data = ra;
    call->data_free = regex_arg_free;
    const sq_value *lit;
    if (argi < call->nkids && sq_ex_is_literal(call->kids[argi], &lit) && lit->type == SQ_STR) {
        ra->literal = 1;
        return sq_regex_compile(lit->u.str.ptr, lit->u.str.len, call->kids[argi]->span, &ra->re,
                                cc->err);
    }
    return 0;
}

sq_regex *sq_regex_arg_get(sq_ectx *c, sq_enode *call, const sq_value *v) {
    sq_regex_arg *ra = call->data;
    if (ra->literal)
        return ra->re;
    sq_buf scratch = SQ_BUF_INIT;
    size_t len;
    const char *pat = sq_ex_text(v, &scratch, &len);
    if (ra->re && ra->patlen == len && memcmp(ra->pat, pat, len) == 0) {
        sq_buf_free(&scratch);
        return ra->re;
    }
    sq_regex_free(ra->re);
    free(ra->pat);
    ra->re = NULL;
    ra->pat = NULL;
    sq_regex *re = NULL;
    if (sq_regex_compile(pat, len, call->span, &re, c->err) == 0) {
        ra->re = re;
        ra->pat = sq_xstrndup(pat, len);
        ra->patlen = len;
    }
    sq_buf_free(&scratch);
    return re;
}
