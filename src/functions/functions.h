/* functions.h — the contract between the expression engine (src/expr/) and
 * the eval function families (src/functions/).  Internal to the library.
 *
 * An expression compiles to a tree of sq_enode.  Evaluating a node yields an
 * sq_xv: a value that is either owned (must be freed) or borrowed (a shallow
 * view of a field value or a literal, valid until the event changes), so that
 * reading a field or a constant costs no allocation.
 *
 * Each family file defines a static const table of sq_func and one exported
 * accessor listed in registry.c.  A function is strict by default: the
 * engine evaluates its arguments first and, with SQ_FN_NULLPROP, answers
 * null for it when any argument is null.  A SQ_FN_LAZY function evaluates
 * its arguments itself (if, case, coalesce, mvfilter...).
 *
 * A compiled expression keeps per-node scratch (regex match data, the last
 * dynamic pattern), so one sq_expr must not be evaluated by two threads at
 * once: compile one per worker. */
#ifndef SPLQ_FUNCTIONS_H
#define SPLQ_FUNCTIONS_H

#include <stddef.h>

#include "splq/ast.h"
#include "splq/buf.h"
#include "splq/error.h"
#include "splq/event.h"
#include "splq/query.h"
#include "splq/value.h"

/* Static result types, for type checking at compile time. */
typedef enum sq_stype {
    SQ_T_ANY = 0, /* field values: number or string, maybe multivalue */
    SQ_T_NUM,
    SQ_T_STR,
    SQ_T_BOOL,
    SQ_T_MV,
    SQ_T_NULL
} sq_stype;

typedef enum sq_nkind {
    SQ_N_LIT,   /* lit */
    SQ_N_FIELD, /* sym */
    SQ_N_CALL,  /* fn, kids */
    SQ_N_BIN,   /* op, kids[0], kids[1] */
    SQ_N_UNARY, /* op, kids[0] */
    SQ_N_IN     /* kids[0] in kids[1..] */
} sq_nkind;

typedef struct sq_xv {
    sq_value v;
    int borrowed; /* v is a shallow view: do not free, copy to keep */
} sq_xv;

#define SQ_XV_NULL ((sq_xv){{.type = SQ_NULL}, 0})

struct sq_func;

typedef struct sq_enode {
    sq_nkind kind;
    sq_op_code op;
    sq_stype stype;
    unsigned char exact;  /* inside exact(): no significant-figure rounding */
    unsigned char strlit; /* a string literal (typeof, concatenation) */
    sq_span span;
    sq_value lit;
    sq_sym sym;
    const struct sq_func *fn;
    struct sq_enode **kids;
    int nkids;
    /* A function's compiled state (regex, parsed literal...). */
    void *data;
    void (*data_free)(void *data);
} sq_enode;

/* The evaluation context of one event. */
typedef struct sq_ectx {
    sq_query *q;
    sq_event *ev;
    sq_error *err;
    /* mvfilter/mvmap: while set, the field `bind_sym` reads as bind_val. */
    int bound;
    sq_sym bind_sym;
    const sq_value *bind_val;
} sq_ectx;

/* The compilation context. */
typedef struct sq_cctx {
    sq_query *q;
    sq_error *err;
    int exact; /* compiling inside exact() */
    /* the next node compiled is sigfig()'s argument: an arithmetic node
     * there is not folded, so sigfig sees its operands as written */
    int keep_arith;
} sq_cctx;

enum {
    SQ_FN_LAZY = 1u << 0,     /* args not pre-evaluated: args == NULL */
    SQ_FN_NULLPROP = 1u << 1, /* any null argument: result null */
    SQ_FN_VOLATILE = 1u << 2  /* differs per call (random, time) */
};

/* eval: compute *out from the call's arguments.  Return 0, or -1 with
 * c->err filled (runtime errors only; bad input is normally null). */
typedef int (*sq_fn_eval)(sq_ectx *c, sq_enode *call, sq_xv *args, sq_xv *out);
/* compile: validate arguments and precompute call->data.  Optional. */
typedef int (*sq_fn_compile)(sq_cctx *cc, sq_enode *call);

typedef struct sq_func {
    const char *name;
    signed char min_args;
    signed char max_args; /* -1: any number */
    unsigned char flags;
    sq_stype rtype;
    sq_fn_eval eval;
    sq_fn_compile compile;
} sq_func;

/* Family tables, each terminated by an entry with name == NULL. */
const sq_func *sq_functions_conditional(void);
const sq_func *sq_functions_conversion(void);
const sq_func *sq_functions_text(void);
const sq_func *sq_functions_multivalue(void);
const sq_func *sq_functions_math(void);
const sq_func *sq_functions_time(void);
const sq_func *sq_functions_json(void);
const sq_func *sq_functions_crypto(void);
const sq_func *sq_functions_info(void);
const sq_func *sq_functions_lookup(void);

/* Case-insensitive lookup over every family; NULL when unknown. */
const sq_func *sq_function_lookup(const char *name);
/* Every function, for listings (registry.c): calls fn for each. */
void sq_function_each(void (*fn)(const sq_func *f, void *ud), void *ud);

/* --- engine services for functions (src/expr/) --------------------------- */

/* Evaluate node n into *out (a lazy function's arguments). */
int sq_ex_eval(sq_ectx *c, sq_enode *n, sq_xv *out);
/* Evaluate as a condition: 1 true, 0 false, -2 null, -1 error. */
int sq_ex_test(sq_ectx *c, sq_enode *n);
void sq_xv_free(sq_xv *x);
/* An owned value (copies a borrowed one); x is left null. */
sq_value sq_xv_take(sq_xv *x);
static inline sq_xv sq_xv_own(sq_value v) {
    sq_xv x = {v, 0};
    return x;
}
/* A borrowed view of v (no copy). */
static inline sq_xv sq_xv_borrow(const sq_value *v) {
    sq_xv x = {*v, 1};
    return x;
}

/* Argument helpers: the first value of x read as a number (1, or 0 when
 * null or not numeric); an owned string value built from a buffer. */
int sq_arg_num(sq_xv *x, double *d);
sq_value sq_value_from_buf(sq_buf *b);
/* The first scalar of v (v itself unless multivalue); NULL when empty. */
sq_value *sq_first(sq_value *v);

/* compile hook helper: argument i must be able to be boolean (a type
 * error with its span otherwise). */
int sq_check_bool_arg(sq_cctx *cc, sq_enode *call, int i);
/* SQL LIKE of any value of a against pattern (% _ and \ escapes). */
int sq_ex_like(sq_value *a, sq_value *pattern);
/* The `=` of eval between two values (any value of a multivalue).  strict:
 * SQ_STRICT_A/B when that side is a string literal (never read as a number,
 * as Splunk types literals: "10" < "9" compares text). */
enum { SQ_STRICT_A = 1, SQ_STRICT_B = 2 };
int sq_ex_equal(sq_value *a, sq_value *b, int strict);

/* Splunk's scalar equality: numerically when both read as numbers, else
 * the display texts byte for byte. */
int sq_ex_scalar_eq(sq_value *a, sq_value *b);
/* Text of a scalar value (first value of a multivalue). */
const char *sq_ex_text(const sq_value *v, sq_buf *scratch, size_t *len);
/* Does node n read fields? Sets *sym to the first field it reads. */
int sq_ex_first_field(const sq_enode *n, sq_sym *sym);
/* Is node n a literal (string or number) and, if so, its value. */
int sq_ex_is_literal(const sq_enode *n, const sq_value **lit);
/* Round d half away from zero to `decimals` places, in decimal (not binary)
 * terms: round(2.675, 2) = 2.68. */
double sq_round_decimal(double d, int decimals);
/* Round to n significant figures; *decimals receives the places shown. */
double sq_round_sig(double d, int sig, int *decimals);

/* Is the address ip in the CIDR block (IPv4 or IPv6; a bare address is a
 * /32 or /128)?  Malformed input: 0.  (conditional.c) */
int sq_cidr_contains(const char *cidr, size_t clen, const char *ip, size_t iplen);

/* --- regular expressions (PCRE2, src/expr/regex.c) ------------------------ */

typedef struct sq_regex sq_regex;

/* Compile with JIT and match limits.  Errors carry span. */
int sq_regex_compile(const char *pat, size_t len, sq_span span, sq_regex **out, sq_error *err);
void sq_regex_free(sq_regex *re);
/* Search subject from byte offset `start`.  Returns the number of capture
 * pairs set (>= 1) on a match, 0 on no match, -1 on a runtime error (match
 * limit: err filled).  *ovec points at the pairs (valid until the next
 * call on re). */
int sq_regex_exec(sq_regex *re, const char *s, size_t len, size_t start, const size_t **ovec,
                  sq_error *err);
/* Number of capture groups. */
int sq_regex_groups(const sq_regex *re);

/* A regex argument: compiled once when it is a literal, else recompiled
 * when the pattern text changes.  Kept in call->data by the helpers. */
typedef struct sq_regex_arg {
    sq_regex *re;
    char *pat; /* pattern text of re (dynamic patterns) */
    size_t patlen;
    int literal;
} sq_regex_arg;

/* compile hook helper: prepare argument `argi` of call as a regex. */
int sq_regex_arg_compile(sq_cctx *cc, sq_enode *call, int argi);
/* eval helper: the regex for the pattern value v (literal: precompiled). */
sq_regex *sq_regex_arg_get(sq_ectx *c, sq_enode *call, const sq_value *v);

#endif
