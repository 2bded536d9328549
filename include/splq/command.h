/* command.h — SPL commands as operators in a push pipeline.
 *
 * Each command is one file under src/commands/ defining a `const
 * sq_command`, listed once in src/commands/registry.c.  A plan is a chain of
 * sq_op: events are pushed in at the head; a streaming command transforms
 * or drops each event and passes it on; a blocking command holds what it must
 * and emits in finish(); a generating command emits in finish(). */
#ifndef SPLQ_COMMAND_H
#define SPLQ_COMMAND_H

#include <stdint.h>

#include "splq/ast.h"
#include "splq/error.h"
#include "splq/event.h"
#include "splq/query.h"

typedef enum sq_cmd_kind { SQ_CMD_GENERATING, SQ_CMD_STREAMING, SQ_CMD_BLOCKING } sq_cmd_kind;

typedef struct sq_op sq_op;

typedef struct sq_command {
    const char *name;
    sq_cmd_kind kind;
    /* The command's key=value options (written "name=") and keywords
     * ("by", "sortby"), NULL-terminated, for the REPL's completion; the
     * unit suite checks the options against what setup accepts.  May be
     * NULL: none. */
    const char *const *options;
    /* Validate the stage's arguments and build op->state. */
    int (*setup)(sq_op *op, const sq_ast *stage, sq_error *err);
    /* Take ownership of ev: pass it on with sq_op_emit, or free it.
     * Returns 0, or -1 on error.  A command that needs no more input (head
     * with its N) sets op->q->stop_input, and the planner stops reading. */
    int (*push)(sq_op *op, sq_event *ev, sq_error *err);
    /* End of input: emit what is held, then call sq_op_finish_next.
     * NULL means: nothing held, just finish the next operator. */
    int (*finish)(sq_op *op, sq_error *err);
    void (*destroy)(sq_op *op); /* free op->state; may be NULL */
    /* Non-NULL: the command is known but deliberately not run; why. */
    const char *refusal;
    /* The columns of the results, for table and CSV output: a command that
     * names them (table f1 f2) gives its fields in order, so that a field
     * no result holds is still a column, as in Splunk; 0 when it cannot
     * say (a wildcard).  NULL: the command does not name columns. */
    size_t (*columns)(const sq_op *op, const sq_sym **syms);
    /* 1: rows pass with their fields untouched (filtered or reordered:
     * search, where, sort, head...), so columns named before stay. */
    int keeps_columns;
} sq_command;

struct sq_op {
    const sq_command *cmd;
    const sq_ast *stage;
    sq_query *q;
    sq_op *next; /* NULL only for the sink */
    void *state;
    uint64_t events_in;
    uint64_t events_out;
    size_t held; /* bytes this operator holds, counted in q->mem_held */
};

/* Pass ev to the next operator (takes ownership). */
int sq_op_emit(sq_op *op, sq_event *ev, sq_error *err);
/* Finish the next operator.  What op held has been passed on by now, so
 * its memory is no longer counted as op's (sq_op_hold(op, 0)). */
int sq_op_finish_next(sq_op *op, sq_error *err);

/* The one memory account of the query (--max-memory): a command that keeps
 * events, groups or tables says how many bytes it holds now, and the call
 * fails with SQ_ERR_LIMIT, naming the command and the limit, once all the
 * query's operators together hold more than the ceiling.  Lowering never
 * fails (err may then be NULL).  The planner releases what an operator
 * still holds when it is finished or freed. */
int sq_op_hold(sq_op *op, size_t bytes, sq_error *err);
/* op keeps ev as well (its estimated size, sq_event_bytes, is added). */
int sq_op_hold_event(sq_op *op, const sq_event *ev, sq_error *err);

const sq_command *sq_command_lookup(const char *name);
/* The registry, for listings and completion. */
const sq_command *const *sq_command_all(size_t *n);

#endif
