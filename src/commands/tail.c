/* tail.c — the tail command: `tail [N]` returns the last N results (default
 * 10) in reverse order, the last one first.  Holds at most N results (a
 * ring). */
#include <stdlib.h>

#include "args.h"
#include "splq/command.h"

typedef struct tail_state {
    sq_event **ring; /* grows up to cap slots, then wraps */
    size_t alloc;
    size_t cap;  /* N */
    size_t n;    /* held, <= cap */
    size_t next; /* where the next result goes */
} tail_state;

static void tail_destroy(sq_op *op) {
    tail_state *st = op->state;
    if (!st)
        return;
    for (size_t i = 0; i < st->alloc; i++)
        sq_event_free(st->ring[i]);
    free(st->ring);
    free(st);
    op->state = NULL;
}

#define TAIL_MAX (1LL << 40)

static int tail_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    long long n = 10;
    const sq_ast *limit_opt = NULL;
    sq_optspec specs[] = {{.key = "limit",
                           .kind = SQ_OPT_INT,
                           .dst = &n,
                           .min = 0,
                           .max = TAIL_MAX,
                           .seen = &limit_opt}};
    sq_args a;
    if (sq_args_init(&a, stage, specs, 1, err) < 0)
        return -1;
    int rc = 0;
    if (sq_arg_is_int(sq_args_peek(&a))) {
        rc = sq_arg_int(sq_args_next(&a), 0, TAIL_MAX, "tail count", &n, err);
        if (rc == 0 && limit_opt)
            rc = sq_fail_at(err, SQ_ERR_ARG, limit_opt->span,
                            "tail: give the count or limit=, not both");
    }
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    sq_args_free(&a);
    if (rc < 0)
        return -1;
    tail_state *st = sq_xcalloc(1, sizeof *st);
    st->cap = (size_t)n;
    op->state = st;
    return 0;
}

static int tail_push(sq_op *op, sq_event *ev, sq_error *err) {
    tail_state *st = op->state;
    if (st->cap == 0) {
        sq_event_free(ev);
        return 0;
    }
    if (st->n < st->cap) {
        if (st->n == st->alloc) {
            size_t alloc = st->alloc ? st->alloc * 2 : 16;
            if (alloc > st->cap)
                alloc = st->cap;
            st->ring = sq_xrealloc(st->ring, alloc * sizeof *st->ring);
            for (size_t i = st->alloc; i < alloc; i++)
                st->ring[i] = NULL;
            st->alloc = alloc;
        }
        st->ring[st->n++] = ev;
        st->next = st->n % st->cap;
        return sq_op_hold_event(op, ev, err);
    }
    sq_event_free(st->ring[st->next]); /* full: drop the oldest */
    st->ring[st->next] = ev;
    st->next = (st->next + 1) % st->cap;
    return 0;
}

static int tail_finish(sq_op *op, sq_error *err) {
    tail_state *st = op->state;
    /* Newest first: walk back from the slot before next. */
    while (st->n > 0) {
        st->next = (st->next + st->cap - 1) % st->cap;
        sq_event *ev = st->ring[st->next];
        st->ring[st->next] = NULL;
        st->n--;
        if (sq_op_emit(op, ev, err) < 0)
            return -1;
    }
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const tail_options[] = {"limit=", NULL};

const sq_command sq_cmd_tail = {
    .name = "tail",
    .kind = SQ_CMD_BLOCKING,
    .options = tail_options,
    .setup = tail_setup,
    .push = tail_push,
    .finish = tail_finish,
    .destroy = tail_destroy,
    .keeps_columns = 1,
};
