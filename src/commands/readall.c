/* readall.c — reading the query's inputs from a generating command (see
 * readall.h). */
#include <stdlib.h>
#include <string.h>

#include "readall.h"
#include "splq/buf.h"
#include "splq/input.h"
#include "splq/sourcetype.h"

int sq_readall(sq_query *q, sq_readall_fn fn, void *ud, sq_error *err) {
    sq_st_apply *st;
    if (sq_st_apply_new(q, &st, err) < 0)
        return -1;
    static const sq_input stdin_only = {.path = "-"};
    const sq_input *inputs = q->ninputs ? q->inputs : &stdin_only;
    size_t n = q->ninputs ? q->ninputs : 1;
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        sq_event_reader *r;
        if (sq_event_reader_open(q, inputs[i].path, inputs[i].source, inputs[i].sourcetype, st, &r,
                                 err) < 0) {
            rc = -1;
            break;
        }
        sq_event *ev;
        while ((rc = sq_event_reader_next(r, &ev, err)) == 1) {
            if (fn(ud, ev, err) < 0) {
                rc = -1;
                break;
            }
        }
        sq_event_reader_close(r);
    }
    sq_st_apply_free(st);
    return rc < 0 ? -1 : 0;
}
