/* accounting.c — the data accounting of a run (query.h: sq_counters): why
 * lines were skipped, and the counts per input file. */
#include <stdlib.h>

#include "splq/buf.h"
#include "splq/query.h"

static const char *const names[SQ_SKIP_NREASONS] = {
    [SQ_SKIP_INVALID_JSON] = "invalid_json", [SQ_SKIP_TOO_DEEP] = "too_deep",
    [SQ_SKIP_NOT_OBJECT] = "not_object",     [SQ_SKIP_TRUNCATED] = "truncated",
    [SQ_SKIP_GZIP] = "gzip_damaged",         [SQ_SKIP_BINARY] = "binary",
};

static const char *const texts[SQ_SKIP_NREASONS] = {
    [SQ_SKIP_INVALID_JSON] = "invalid JSON",
    [SQ_SKIP_TOO_DEEP] = "nested too deeply",
    [SQ_SKIP_NOT_OBJECT] = "not a JSON object",
    [SQ_SKIP_TRUNCATED] = "cut off at the end of the input",
    [SQ_SKIP_GZIP] = "damaged gzip data",
    [SQ_SKIP_BINARY] = "binary file",
};

const char *sq_skip_reason_name(sq_skip_reason r) {
    return r < SQ_SKIP_NREASONS ? names[r] : "unknown";
}

const char *sq_skip_reason_text(sq_skip_reason r) {
    return r < SQ_SKIP_NREASONS ? texts[r] : "unknown";
}

void sq_count_skip(sq_counters *c, sq_skip_reason why) {
    if (!c || why >= SQ_SKIP_NREASONS)
        return;
    c->lines_skipped++;
    c->skipped_by[why]++;
}

void sq_counters_free(sq_counters *c) {
    if (!c)
        return;
    for (size_t i = 0; i < c->nfiles; i++)
        free(c->files[i].path);
    free(c->files);
    c->files = NULL;
    c->nfiles = 0;
}
