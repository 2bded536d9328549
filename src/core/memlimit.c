/* memlimit.c — the memory ceiling of a query (--max-memory): one account,
 * q->mem_held, that every blocking operator's holdings are counted in (see
 * sq_op_hold in command.h). */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "splq/command.h"
#include "splq/plan.h"

#define SQ_MAX_MEMORY_CAP ((size_t)2 << 30)

size_t sq_max_memory_default(void) {
    long pages = sysconf(_SC_PHYS_PAGES);
    long page = sysconf(_SC_PAGESIZE);
    if (pages <= 0 || page <= 0)
        return SQ_MAX_MEMORY_CAP;
    size_t half = (size_t)pages / 2 * (size_t)page;
    return half < SQ_MAX_MEMORY_CAP ? half : SQ_MAX_MEMORY_CAP;
}

size_t sq_max_memory(const sq_env *env) {
    return env && env->max_memory ? env->max_memory : sq_max_memory_default();
}

int sq_size_parse(const char *s, size_t *out) {
    if (!s || !isdigit((unsigned char)*s))
        return -1;
    char *end;
    errno = 0;
    unsigned long long n = strtoull(s, &end, 10);
    if (errno)
        return -1;
    static const char units[] = "KMGT";
    int shift = 0;
    if (*end) {
        const char *u = strchr(units, toupper((unsigned char)*end));
        if (!u)
            return -1;
        shift = 10 * (int)(u - units + 1);
        end++;
        if (strcasecmp(end, "") != 0 && strcasecmp(end, "b") != 0 && strcasecmp(end, "ib") != 0)
            return -1;
    }
    if (n == 0 || (shift && n > (SIZE_MAX >> shift)))
        return -1;
    *out = (size_t)n << shift;
    return 0;
}

void sq_size_format(size_t n, char *out, size_t cap) {
    static const char units[] = "KMGT";
    int u = -1;
    while (u < 3 && n >= 1024 && n % 1024 == 0) {
        n /= 1024;
        u++;
    }
    if (u < 0)
        snprintf(out, cap, "%zu bytes", n);
    else
        snprintf(out, cap, "%zu%c", n, units[u]);
}

int sq_op_hold(sq_op *op, size_t bytes, sq_error *err) {
    sq_query *q = op->q;
    if (!q) {
        op->held = bytes;
        return 0;
    }
    q->mem_held = q->mem_held - op->held + bytes;
    int grew = bytes > op->held;
    op->held = bytes;
    if (!grew) /* before the limit: its default costs a system call per event */
        return 0;
    size_t limit = sq_max_memory(q->env);
    if (q->mem_held <= limit)
        return 0;
    char lim[32];
    sq_size_format(limit, lim, sizeof lim);
    return sq_fail_at(err, SQ_ERR_LIMIT, op->stage ? op->stage->span : SQ_NO_SPAN,
                      "%s: memory limit of %s exceeded (--max-memory); narrow the search or "
                      "raise the limit",
                      op->cmd ? op->cmd->name : "query", lim);
}

int sq_op_hold_event(sq_op *op, const sq_event *ev, sq_error *err) {
    return sq_op_hold(op, op->held + sq_event_bytes(ev) + sizeof ev, err);
}

int sq_op_hold_rows(sq_op *op, const sq_rowset *rs, sq_error *err) {
    size_t b = op->held + rs->cap * sizeof *rs->rows;
    for (size_t i = 0; i < rs->n; i++)
        if (rs->rows[i])
            b += sq_event_bytes(rs->rows[i]);
    return sq_op_hold(op, b, err);
}
