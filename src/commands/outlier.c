/* outlier.c — the outlier command: numeric outliers by interquartile range.
 *
 *   outlier [action=transform|remove|TF|RM] [mark=<bool>] [param=<num>]
 *           [uselower=<bool>] [<field>...]
 *
 * For each field (default: every field with a numeric value), values above
 * Q3 + param*(Q3 - Q1) (param default 2.5), and with uselower=true below
 * Q1 - param*(Q3 - Q1), are outliers.  action=transform (default) clamps
 * them to that bound (written "000<bound>" with mark=true); action=remove
 * drops the results that hold one.  Blocking: every result is held. */
#include <stdlib.h>
#include <strings.h>

#include "iqr.h"

static void outlier_destroy(sq_op *op) {
    sq_iqr_free(op->state);
    op->state = NULL;
}

static int outlier_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    const char *action = "transform";
    const sq_ast *action_opt = NULL;
    sq_iqr_opts o = {.param = 2.5};
    sq_optspec specs[] = {
        {.key = "action", .kind = SQ_OPT_STR, .dst = &action, .seen = &action_opt},
        {.key = "mark", .kind = SQ_OPT_BOOL, .dst = &o.mark},
        {.key = "param", .kind = SQ_OPT_NUM, .dst = &o.param},
        {.key = "uselower", .kind = SQ_OPT_BOOL, .dst = &o.uselower},
        {.key = "type", .kind = SQ_OPT_STR, .dst = &(const char *){NULL}},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0)
        return -1;
    sq_nodelist names = {0};
    int rc = sq_args_names(&a, NULL, 0, "field names", &names, err);
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0) {
        if (strcasecmp(action, "remove") == 0 || strcasecmp(action, "rm") == 0)
            o.remove = 1;
        else if (strcasecmp(action, "transform") != 0 && strcasecmp(action, "tf") != 0)
            rc = sq_fail_at(err, SQ_ERR_ARG, action_opt->span,
                            "outlier: action must be transform (TF) or remove (RM), not '%s'",
                            action);
    }
    if (rc == 0 && o.param < 0)
        rc = sq_fail_at(err, SQ_ERR_ARG, stage->span, "outlier: param must not be negative");
    if (rc == 0) {
        o.fields = names.items;
        o.nfields = names.n;
        op->state = sq_iqr_new(op->q, &o);
    }
    sq_nodelist_free(&names);
    sq_args_free(&a);
    return rc;
}

static int outlier_push(sq_op *op, sq_event *ev, sq_error *err) {
    sq_iqr_hold(op->state, ev);
    return sq_op_hold_event(op, ev, err);
}

static int outlier_finish(sq_op *op, sq_error *err) {
    if (sq_iqr_emit(op->state, op, err) < 0)
        return -1;
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const outlier_options[] = {
    "action=", "mark=", "param=", "uselower=", "type=", NULL};

const sq_command sq_cmd_outlier = {
    .name = "outlier",
    .kind = SQ_CMD_BLOCKING,
    .options = outlier_options,
    .setup = outlier_setup,
    .push = outlier_push,
    .finish = outlier_finish,
    .destroy = outlier_destroy,
};
