/* diag.c — warnings and notes through the front end's sink. */
#include <stdarg.h>
#include <stdio.h>

#include "splq/diag.h"

static void emit(sq_diag *d, sq_diag_level level, const char *fmt, va_list ap) {
    if (!d)
        return;
    if (level == SQ_DIAG_WARNING)
        d->warnings++;
    else
        d->notes++;
    if (!d->fn)
        return;
    char msg[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
    d->fn(d->ud, level, msg);
}

void sq_notef(sq_diag *d, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    emit(d, SQ_DIAG_NOTE, fmt, ap);
    va_end(ap);
}

void sq_warnf(sq_diag *d, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    emit(d, SQ_DIAG_WARNING, fmt, ap);
    va_end(ap);
}
