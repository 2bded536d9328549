/* error.c — filling error values (rendering lives in error_render.c). */
#include <stdarg.h>
#include <stdio.h>

#include "splq/error.h"

static int vfail(sq_error *err, sq_errcode code, sq_span span, const char *fmt, va_list ap) {
    if (err) {
        err->code = code;
        err->span = span;
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    }
    return -1;
}

int sq_fail(sq_error *err, sq_errcode code, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vfail(err, code, SQ_NO_SPAN, fmt, ap);
    va_end(ap);
    return -1;
}

int sq_fail_at(sq_error *err, sq_errcode code, sq_span span, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vfail(err, code, span, fmt, ap);
    va_end(ap);
    return -1;
}

void sq_error_clear(sq_error *err) {
    err->code = SQ_OK;
    err->span = SQ_NO_SPAN;
    err->msg[0] = '\0';
}

const char *sq_errcode_name(sq_errcode code) {
    static const char *const names[] = {
        [SQ_OK] = "no",
        [SQ_ERR_SYNTAX] = "syntax",
        [SQ_ERR_MACRO] = "macro",
        [SQ_ERR_UNSUPPORTED] = "unsupported",
        [SQ_ERR_ARG] = "argument",
        [SQ_ERR_IO] = "input",
        [SQ_ERR_LIMIT] = "limit",
        [SQ_ERR_RUNTIME] = "runtime",
        [SQ_ERR_NOMEM] = "memory",
    };
    if ((unsigned)code < sizeof names / sizeof names[0] && names[code])
        return names[code];
    return "unknown";
}
