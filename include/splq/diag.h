/* diag.h — warnings and notes, routed to the front end.
 *
 * The library never writes to stderr itself: it reports through a sink that
 * the front end installs (the CLI prints; tests collect). */
#ifndef SPLQ_DIAG_H
#define SPLQ_DIAG_H

#include <stdint.h>

typedef enum sq_diag_level { SQ_DIAG_NOTE, SQ_DIAG_WARNING } sq_diag_level;

typedef void (*sq_diag_fn)(void *ud, sq_diag_level level, const char *msg);

typedef struct sq_diag {
    sq_diag_fn fn; /* NULL: discard */
    void *ud;
    uint64_t warnings;
    uint64_t notes;
} sq_diag;

void sq_notef(sq_diag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sq_warnf(sq_diag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
