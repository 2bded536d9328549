/* iplocation.c — the iplocation command: location fields for IP addresses
 * from a MaxMind GeoIP2/GeoLite2 City database.
 *
 *   iplocation [prefix=<string>] [allfields=<bool>] [lang=<code>]
 *              [db_path=<file.mmdb>] <ip-field>
 *
 * Adds City, Country, Region (the first subdivision), lat and lon; with
 * allfields=true also Continent, MetroCode and Timezone; each name preceded
 * by prefix.  Names are in `lang` (default en).  An address the database
 * does not hold (private ranges, malformed text) gets no fields; one it
 * holds gets every field, empty where the database has no value.  Splunk
 * ships its own database; splq does not, so the database must be given with
 * db_path= or the SPLQ_GEOIP_DB environment variable — without one the
 * command is an error naming what is missing.  The file is read once at
 * setup.  A multivalue field: its first value. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "mmdb.h"
#include "splq/command.h"

typedef struct out_field {
    const char *name;
    const char *path[4];
    int npath;
    int localized; /* path[npath-1] is replaced by lang */
    int all_only;
} out_field;

static const out_field out_fields[] = {
    {"City", {"city", "names", ""}, 3, 1, 0},
    {"Continent", {"continent", "names", ""}, 3, 1, 1},
    {"Country", {"country", "names", ""}, 3, 1, 0},
    {"MetroCode", {"location", "metro_code"}, 2, 0, 1},
    {"Region", {"subdivisions", "0", "names", ""}, 4, 1, 0},
    {"Timezone", {"location", "time_zone"}, 2, 0, 1},
    {"lat", {"location", "latitude"}, 2, 0, 0},
    {"lon", {"location", "longitude"}, 2, 0, 0},
};
#define NOUT (sizeof out_fields / sizeof *out_fields)

typedef struct iploc_state {
    sq_sym field;
    sq_mmdb *db;
    int allfields;
    const char *lang;
    sq_sym syms[NOUT];
    sq_buf buf, scratch;
} iploc_state;

static void iploc_destroy(sq_op *op) {
    iploc_state *st = op->state;
    if (!st)
        return;
    sq_mmdb_close(st->db);
    sq_buf_free(&st->buf);
    sq_buf_free(&st->scratch);
    free(st);
    op->state = NULL;
}

static int iploc_parse(sq_op *op, iploc_state *st, const sq_ast *stage, sq_error *err) {
    const char *prefix = "", *db = NULL;
    const sq_ast *db_opt = NULL;
    st->lang = "en";
    sq_optspec specs[] = {
        {.key = "prefix", .kind = SQ_OPT_STR, .dst = &prefix},
        {.key = "allfields", .kind = SQ_OPT_BOOL, .dst = &st->allfields},
        {.key = "lang", .kind = SQ_OPT_STR, .dst = &st->lang},
        {.key = "db_path", .kind = SQ_OPT_STR, .dst = &db, .seen = &db_opt},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0)
        return -1;
    sq_nodelist names = {0};
    int rc = sq_args_names(&a, NULL, 1, "an IP address field", &names, err);
    if (rc == 0 && names.n > 1)
        rc = sq_fail_at(err, SQ_ERR_ARG, names.items[1]->span, "iplocation: takes one field");
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0) {
        st->field = sq_intern_cstr(op->q->syms, names.items[0]->text);
        for (size_t i = 0; i < NOUT; i++) {
            sq_buf_reset(&st->buf);
            sq_buf_adds(&st->buf, prefix);
            sq_buf_adds(&st->buf, out_fields[i].name);
            st->syms[i] = sq_intern(op->q->syms, st->buf.data, st->buf.len);
        }
        if (!db)
            db = getenv("SPLQ_GEOIP_DB");
        if (!db || !*db)
            rc = sq_fail_at(err, SQ_ERR_UNSUPPORTED, stage->span,
                            "iplocation needs a MaxMind GeoIP2/GeoLite2 City database, which "
                            "splq does not ship: give db_path=<file.mmdb> or set SPLQ_GEOIP_DB");
        else if (sq_mmdb_open(db, &st->db, err) < 0) {
            rc = -1;
            if (db_opt)
                err->span = db_opt->span;
        }
    }
    sq_nodelist_free(&names);
    sq_args_free(&a);
    return rc;
}

static int iploc_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    iploc_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    if (iploc_parse(op, st, stage, err) < 0) {
        iploc_destroy(op);
        return -1;
    }
    return 0;
}

static int iploc_push(sq_op *op, sq_event *ev, sq_error *err) {
    iploc_state *st = op->state;
    sq_value *v = sq_event_get(ev, st->field);
    if (!v || sq_value_count(v) == 0)
        return sq_op_emit(op, ev, err);
    size_t len;
    const char *s = sq_value_text(sq_value_at(v, 0), &st->scratch, &len);
    char ip[64];
    size_t rec;
    int rc = 0;
    if (len < sizeof ip) {
        memcpy(ip, s, len);
        ip[len] = '\0';
        rc = sq_mmdb_lookup(st->db, ip, &rec, err);
    }
    for (size_t i = 0; rc > 0 && i < NOUT; i++) {
        const out_field *f = &out_fields[i];
        if (f->all_only && !st->allfields)
            continue;
        const char *path[4];
        for (int k = 0; k < f->npath; k++)
            path[k] = f->path[k];
        if (f->localized)
            path[f->npath - 1] = st->lang;
        sq_buf_reset(&st->buf);
        int got = sq_mmdb_get(st->db, rec, path, f->npath, &st->buf, err);
        if (got < 0) {
            rc = -1;
            break;
        }
        sq_event_set(ev, st->syms[i], sq_value_str(st->buf.data ? st->buf.data : "", st->buf.len));
    }
    if (rc < 0) {
        sq_event_free(ev);
        return -1;
    }
    return sq_op_emit(op, ev, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const iplocation_options[] = {
    "prefix=", "allfields=", "lang=", "db_path=", NULL};

const sq_command sq_cmd_iplocation = {
    .name = "iplocation",
    .kind = SQ_CMD_STREAMING,
    .options = iplocation_options,
    .setup = iploc_setup,
    .push = iploc_push,
    .destroy = iploc_destroy,
};
