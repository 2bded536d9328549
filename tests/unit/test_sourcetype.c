/* test_sourcetype.c — props.conf-style knowledge: loading, _time, the date_*
 * fields, FIELDALIAS, EVAL, and the shipped aws:cloudtrail definitions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "splq/buf.h"
#include "splq/input.h"
#include "splq/sourcetype.h"
#include "unit.h"

typedef struct fixture {
    sq_env env;
    sq_query q;
    sq_st_apply *apply;
    sq_buf warnings;
} fixture;

static void collect(void *ud, sq_diag_level level, const char *msg) {
    sq_buf_adds(ud, msg);
    sq_buf_addc(ud, '\n');
}

static void write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
}

/* A query whose knowledge is the props text given (NULL: the shipped
 * sourcetypes/ directory). */
static void fx_init(fixture *f, const char *props) {
    setenv("TZ", "UTC", 1);
    tzset();
    memset(f, 0, sizeof *f);
    f->env.diag.fn = collect;
    f->env.diag.ud = &f->warnings;
    f->env.sourcetypes = sq_sourcetypes_new();
    sq_error err;
    if (props) {
        char path[] = "/tmp/splq_props_XXXXXX";
        int fd = mkstemp(path);
        ck_assert_int_ge(fd, 0);
        close(fd);
        write_file(path, props);
        ck_assert_msg(sq_sourcetypes_load(f->env.sourcetypes, path, &err) == 0, "%s", err.msg);
        unlink(path);
    } else {
        ck_assert_msg(sq_sourcetypes_load_dir(f->env.sourcetypes, "sourcetypes", &err) == 0, "%s",
                      err.msg);
    }
    f->q.env = &f->env;
    f->q.syms = sq_symtab_new();
    f->q.now = 1700000000;
    ck_assert_int_eq(sq_st_apply_new(&f->q, &f->apply, &err), 0);
}

static void fx_free(fixture *f) {
    sq_st_apply_free(f->apply);
    sq_symtab_free(f->q.syms);
    sq_sourcetypes_free(f->env.sourcetypes);
    sq_buf_free(&f->warnings);
}

static sq_event *apply(fixture *f, const char *sourcetype, const char *json) {
    sq_error err;
    sq_event *ev = sq_event_from_json(&f->q, json, strlen(json), &err);
    ck_assert_msg(ev != NULL, "%s", err.msg);
    sq_event_set(ev, SQ_SYM_SOURCETYPE, sq_value_cstr(sourcetype));
    ck_assert_int_eq(sq_st_apply_event(f->apply, ev, &err), 0);
    return ev;
}

/* The field's display text ("a|b" for multivalues), or NULL when absent. */
static const char *field(fixture *f, sq_event *ev, const char *name) {
    static char out[4096];
    sq_sym s;
    if (!sq_sym_find(f->q.syms, name, strlen(name), &s))
        return NULL;
    const sq_value *v = sq_event_cget(ev, s);
    if (!v)
        return NULL;
    sq_buf b = SQ_BUF_INIT;
    sq_value_format(v, &b, "|");
    snprintf(out, sizeof out, "%s", sq_buf_cstr(&b));
    sq_buf_free(&b);
    return out;
}

#define CHECK_FIELD(f, ev, name, want)                                                             \
    do {                                                                                           \
        const char *got_ = field(f, ev, name);                                                     \
        const char *want_ = (want);                                                                \
        if (want_ == NULL)                                                                         \
            ck_assert_msg(got_ == NULL, "%s: expected no field, got '%s'", name, got_);            \
        else                                                                                       \
            ck_assert_msg(got_ &&strcmp(got_, want_) == 0, "%s: expected '%s', got '%s'", name,    \
                          want_, got_ ? got_ : "(none)");                                          \
    } while (0)

static double event_time(sq_event *ev) {
    double t;
    ck_assert_int_eq(sq_event_time(ev, &t), 1);
    return t;
}

/* ---- loading -------------------------------------------------------------------- */

START_TEST(load_merge_and_dir) {
    char dir[] = "/tmp/splq_stdir_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char p1[128], p2[128], p3[128];
    snprintf(p1, sizeof p1, "%s/a.conf", dir);
    snprintf(p2, sizeof p2, "%s/b.conf", dir);
    snprintf(p3, sizeof p3, "%s/c.txt", dir);
    write_file(p1, "[st]\nEVAL-x = \"a\"\nEVAL-y = \"a\"\n[source::/var/log/x]\nEVAL-z = 1\n");
    write_file(p2, "[st]\nEVAL-y = \"b\"\n");
    write_file(p3, "[st]\nEVAL-x = \"ignored\"\n");
    fixture f;
    fx_init(&f, "[other]\n");
    sq_error err;
    ck_assert_int_eq(sq_sourcetypes_load_dir(f.env.sourcetypes, dir, &err), 0);
    sq_event *ev = apply(&f, "st", "{\"k\":1}");
    CHECK_FIELD(&f, ev, "x", "a");
    CHECK_FIELD(&f, ev, "y", "b"); /* b.conf after a.conf */
    CHECK_FIELD(&f, ev, "z", NULL);
    sq_event_free(ev);
    ck_assert_int_eq(sq_sourcetypes_load_dir(f.env.sourcetypes, "/nonexistent", &err), -1);
    ck_assert_int_eq(sq_sourcetypes_load(f.env.sourcetypes, "/nonexistent.conf", &err), -1);
    fx_free(&f);
    unlink(p1);
    unlink(p2);
    unlink(p3);
    rmdir(dir);
}
END_TEST

START_TEST(detect) {
    const char *ct =
        "{\"eventVersion\":\"1.08\",\"eventTime\":\"2020-01-01T00:00:00Z\","
        "\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"X\",\"awsRegion\":\"r\"}";
    ck_assert_str_eq(sq_sourcetype_detect(ct, strlen(ct)), "aws:cloudtrail");
    const char *eb = "{\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":"
                     "{\"eventVersion\":\"1\",\"eventSource\":\"s\",\"eventName\":\"n\","
                     "\"awsRegion\":\"r\"}}";
    ck_assert_str_eq(sq_sourcetype_detect(eb, strlen(eb)), "_json");
    ck_assert_str_eq(sq_sourcetype_detect("{\"a\":1}", 7), "_json");
    ck_assert_str_eq(sq_sourcetype_detect(ct, 30), "_json");
}
END_TEST

/* ---- _time ------------------------------------------------------------------------ */

START_TEST(time_prefix_format) {
    fixture f;
    fx_init(&f, "[ct]\n"
                "TIME_PREFIX = \\\"eventTime\\\"\\s*\\:\\s*\\\"\n"
                "TIME_FORMAT = %Y-%m-%dT%H:%M:%S%Z\n"
                "MAX_TIMESTAMP_LOOKAHEAD = 28\n"
                "[short]\n"
                "TIME_PREFIX = \"t\":\"\n"
                "TIME_FORMAT = %Y-%m-%d %H:%M:%S\n"
                "MAX_TIMESTAMP_LOOKAHEAD = 10\n"
                "[zoned]\n"
                "TIME_PREFIX = \"t\":\"\n"
                "TIME_FORMAT = %Y-%m-%d %H:%M:%S\n"
                "TZ = America/New_York\n"
                "[plain]\n"
                "TIME_PREFIX = \"t\":\"\n"
                "TIME_FORMAT = %Y-%m-%d %H:%M:%S.%3N\n"
                "ADD_EXTRA_TIME_FIELDS = false\n");
    sq_event *ev = apply(&f, "ct", "{\"a\":1, \"eventTime\" : \"2020-02-27T15:25:49Z\"}");
    ck_assert_double_eq(event_time(ev), 1582817149.0);
    /* _time keeps its place; the date_* fields follow what was there */
    CHECK_FIELD(&f, ev, "date_hour", "15");
    CHECK_FIELD(&f, ev, "date_minute", "25");
    CHECK_FIELD(&f, ev, "date_second", "49");
    CHECK_FIELD(&f, ev, "date_mday", "27");
    CHECK_FIELD(&f, ev, "date_month", "february");
    CHECK_FIELD(&f, ev, "date_wday", "thursday");
    CHECK_FIELD(&f, ev, "date_year", "2020");
    CHECK_FIELD(&f, ev, "date_zone", "0");
    CHECK_FIELD(&f, ev, "timestartpos", "23");
    CHECK_FIELD(&f, ev, "timeendpos", "43");
    sq_event_free(ev);

    /* no prefix in the text: the previous event's time */
    ev = apply(&f, "ct", "{\"a\":2}");
    ck_assert_double_eq(event_time(ev), 1582817149.0);
    CHECK_FIELD(&f, ev, "date_hour", NULL);
    sq_event_free(ev);

    /* the timestamp does not fit in the lookahead */
    ev = apply(&f, "short", "{\"t\":\"2020-02-27 15:25:49\"}");
    ck_assert_double_eq(event_time(ev), 1582817149.0); /* still the previous one */
    sq_event_free(ev);

    /* the stanza's TZ when the text has none; date_* as written */
    ev = apply(&f, "zoned", "{\"t\":\"2020-02-27 10:25:49\"}");
    ck_assert_double_eq(event_time(ev), 1582817149.0);
    CHECK_FIELD(&f, ev, "date_hour", "10");
    CHECK_FIELD(&f, ev, "date_zone", "local");
    sq_event_free(ev);

    ev = apply(&f, "plain", "{\"t\":\"2020-02-27 15:25:49.250\"}");
    ck_assert_double_eq_tol(event_time(ev), 1582817149.25, 1e-6);
    CHECK_FIELD(&f, ev, "date_hour", NULL);
    sq_event_free(ev);
    ck_assert_str_eq(sq_buf_cstr(&f.warnings), "");
    fx_free(&f);
}
END_TEST

START_TEST(time_fallback_is_zero_first) {
    fixture f;
    fx_init(&f, "[ct]\nTIME_PREFIX = \"eventTime\":\"\nTIME_FORMAT = %Y-%m-%dT%H:%M:%S%Z\n");
    sq_event *ev = apply(&f, "ct", "{\"a\":1}");
    ck_assert_double_eq(event_time(ev), 0.0);
    sq_event_free(ev);
    /* a format that does not match: no timestamp */
    ev = apply(&f, "ct", "{\"eventTime\":\"yesterday\"}");
    ck_assert_double_eq(event_time(ev), 0.0);
    sq_event_free(ev);
    fx_free(&f);
}
END_TEST

START_TEST(time_fields_auto_current) {
    fixture f;
    fx_init(&f, "[tsf]\nTIMESTAMP_FIELDS = missing, when\nTIME_FORMAT = %d/%m/%Y %H:%M\n"
                "[tsauto]\nTIMESTAMP_FIELDS = when\n"
                "[cur]\nDATETIME_CONFIG = CURRENT\n"
                "[none]\nDATETIME_CONFIG = NONE\n"
                "[bad]\nTIME_PREFIX = ([\n");
    sq_event *ev =
        apply(&f, "tsf", "{\"x\":\"2021-01-01T00:00:00Z\",\"when\":\"27/02/2020 15:25\"}");
    ck_assert_double_eq(event_time(ev), 1582817100.0);
    CHECK_FIELD(&f, ev, "date_minute", "25");
    CHECK_FIELD(&f, ev, "timestartpos", NULL); /* not a position in _raw */
    sq_event_free(ev);
    ev = apply(&f, "tsauto", "{\"when\":\"2020-02-27T15:25:49.5+01:00\"}");
    ck_assert_double_eq_tol(event_time(ev), 1582817149.5 - 3600, 1e-6);
    CHECK_FIELD(&f, ev, "date_zone", "60");
    sq_event_free(ev);
    ev = apply(&f, "cur", "{\"t\":\"2020-02-27T15:25:49Z\"}");
    ck_assert_double_eq(event_time(ev), 1700000000.0);
    sq_event_free(ev);
    ev = apply(&f, "none", "{\"t\":\"2020-02-27T15:25:49Z\"}");
    ck_assert_double_eq_tol(event_time(ev), 1582813549.5, 1e-6); /* the previous event's */
    sq_event_free(ev);
    /* a broken TIME_PREFIX is reported once, then ignored (auto-detection) */
    ev = apply(&f, "bad", "{\"t\":\"2020-02-27T15:25:49Z\"}");
    ck_assert_double_eq(event_time(ev), 1582817149.0);
    sq_event_free(ev);
    ev = apply(&f, "bad", "{\"t\":\"2020-02-27T15:25:50Z\"}");
    sq_event_free(ev);
    ck_assert_ptr_nonnull(strstr(sq_buf_cstr(&f.warnings), "TIME_PREFIX"));
    ck_assert_ptr_null(strstr(strstr(sq_buf_cstr(&f.warnings), "TIME_PREFIX") + 1, "TIME_PREFIX"));
    fx_free(&f);
}
END_TEST

START_TEST(time_autodetect) {
    fixture f;
    fx_init(&f, "[_json]\n");
    struct {
        const char *json;
        double want;
    } cases[] = {
        {"{\"id\":12345,\"ts\":\"2020-02-27T15:25:49Z\"}", 1582817149.0},
        {"{\"ts\":\"2020-02-27T15:25:49.123Z\"}", 1582817149.123},
        {"{\"ts\":\"2020-02-27 16:25:49,5+01:00\"}", 1582817149.5},
        {"{\"ts\":\"2020-02-27 15:25:49\"}", 1582817149.0},
        {"{\"ts\":\"2020/02/27 15:25:49\"}", 1582817149.0},
        {"{\"log\":\"27/Feb/2020:16:25:49 +0100 GET /\"}", 1582817149.0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sq_event *ev = apply(&f, "_json", cases[i].json);
        ck_assert_msg(event_time(ev) > cases[i].want - 1e-6 &&
                          event_time(ev) < cases[i].want + 1e-6,
                      "%s: got %f", cases[i].json, event_time(ev));
        sq_event_free(ev);
    }
    /* beyond the default lookahead of 128 characters: not seen */
    sq_buf b = SQ_BUF_INIT;
    sq_buf_adds(&b, "{\"pad\":\"");
    for (int i = 0; i < 130; i++)
        sq_buf_addc(&b, 'x');
    sq_buf_adds(&b, "\",\"ts\":\"2021-01-01T00:00:00Z\"}");
    sq_event *ev = apply(&f, "_json", b.data);
    ck_assert_double_eq(event_time(ev), 1582817149.0); /* the previous event's */
    sq_event_free(ev);
    sq_buf_free(&b);
    fx_free(&f);
}
END_TEST

/* ---- FIELDALIAS and EVAL ---------------------------------------------------------- */

START_TEST(aliases) {
    fixture f;
    fx_init(&f, "[st]\n"
                "FIELDALIAS-b = src AS dst  other as gone\n"
                "FIELDALIAS-a = \"sp ace\" AS spaced\n"
                "FIELDALIAS-c = src ASNEW kept  src ASNEW fresh  none ASNEW kept2\n"
                "FIELDALIAS-d = src AS\n"
                "FIELDALIAS-e = dst AS chained\n");
    sq_event *ev = apply(&f, "st",
                         "{\"src\":\"1\",\"dst\":\"old\",\"gone\":\"x\",\"kept\":\"k\","
                         "\"kept2\":\"k2\",\"sp ace\":\"s\"}");
    CHECK_FIELD(&f, ev, "dst", "1");    /* AS replaces */
    CHECK_FIELD(&f, ev, "gone", NULL);  /* AS with a missing source removes */
    CHECK_FIELD(&f, ev, "kept", "k");   /* ASNEW keeps */
    CHECK_FIELD(&f, ev, "fresh", "1");  /* ASNEW fills an absent field */
    CHECK_FIELD(&f, ev, "kept2", "k2"); /* ASNEW with a missing source keeps */
    CHECK_FIELD(&f, ev, "spaced", "s");
    CHECK_FIELD(&f, ev, "chained", "1"); /* classes run in order: b before e */
    CHECK_FIELD(&f, ev, "src", "1");     /* the source stays */
    ck_assert_ptr_nonnull(strstr(sq_buf_cstr(&f.warnings), "FIELDALIAS-d"));
    sq_event_free(ev);
    /* the replaced field keeps its position */
    ev = apply(&f, "st", "{\"dst\":\"old\",\"src\":\"1\"}");
    ck_assert_uint_eq(ev->fields[1].sym, sq_intern_cstr(f.q.syms, "dst"));
    sq_event_free(ev);
    fx_free(&f);
}
END_TEST

START_TEST(evals_parallel) {
    fixture f;
    fx_init(&f, "[default]\n"
                "EVAL-from_default = \"d\"\n"
                "EVAL-overridden = \"default\"\n"
                "[st]\n"
                "EVAL-x = y * 2\n"
                "EVAL-y = 100\n"
                "EVAL-gone = null()\n"
                "EVAL-flag = 1 > 0\n"
                "EVAL-broken = if(\n"
                "EVAL-after = coalesce(missing, \"fallback\")\n"
                "EVAL-overridden = \"mine\"\n"
                "EVAL-code = coalesce(errorCode, \"success\")\n"
                "EVAL-msg = errorCode\n"
                "FIELDALIAS-al = errorCode AS result_id\n"
                "EVAL-seen_alias = result_id\n");
    sq_event *ev = apply(&f, "st", "{\"y\":\"3\",\"gone\":\"here\",\"flag\":\"f\"}");
    CHECK_FIELD(&f, ev, "x", "6"); /* from y before EVAL-y */
    CHECK_FIELD(&f, ev, "y", "100");
    CHECK_FIELD(&f, ev, "gone", NULL); /* a null result removes the field */
    CHECK_FIELD(&f, ev, "flag", NULL); /* a boolean is no field value */
    CHECK_FIELD(&f, ev, "after", "fallback");
    CHECK_FIELD(&f, ev, "from_default", "d");
    CHECK_FIELD(&f, ev, "overridden", "mine");
    CHECK_FIELD(&f, ev, "code", "success");
    CHECK_FIELD(&f, ev, "msg", NULL);
    CHECK_FIELD(&f, ev, "seen_alias", NULL);
    ck_assert_ptr_nonnull(strstr(sq_buf_cstr(&f.warnings), "EVAL-broken"));
    sq_event_free(ev);
    ev = apply(&f, "st", "{\"errorCode\":\"AccessDenied\"}");
    CHECK_FIELD(&f, ev, "code", "AccessDenied");
    CHECK_FIELD(&f, ev, "msg", "AccessDenied");
    CHECK_FIELD(&f, ev, "seen_alias", "AccessDenied"); /* EVAL sees aliases */
    sq_event_free(ev);
    /* a sourcetype without a stanza gets the [default] knowledge */
    ev = apply(&f, "unknown", "{\"a\":1}");
    CHECK_FIELD(&f, ev, "from_default", "d");
    CHECK_FIELD(&f, ev, "overridden", "default");
    sq_event_free(ev);
    fx_free(&f);
}
END_TEST

/* ---- the shipped aws:cloudtrail knowledge --------------------------------------- */

static const char *ct_service_job =
    "{\"eventVersion\":\"1.05\",\"userIdentity\":{\"accountId\":\"11112223334444\","
    "\"invokedBy\":\"s3.amazonaws.com\"},\"eventTime\":\"2020-02-27T15:25:49Z\","
    "\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"JobCreated\",\"awsRegion\":\"us-east-1\","
    "\"sourceIPAddress\":\"s3.amazonaws.com\",\"userAgent\":\"s3.amazonaws.com\","
    "\"requestParameters\":null,\"eventID\":\"7c38\",\"readOnly\":false,"
    "\"eventType\":\"AwsServiceEvent\",\"recipientAccountId\":\"11112223334444\","
    "\"serviceEventDetails\":{\"jobId\":\"e849\",\"status\":\"New\",\"failureCodes\":[]}}";

START_TEST(cloudtrail_service_event) {
    fixture f;
    fx_init(&f, NULL);
    sq_event *ev = apply(&f, "aws:cloudtrail", ct_service_job);
    ck_assert_double_eq(event_time(ev), 1582817149.0);
    CHECK_FIELD(&f, ev, "src", "s3.amazonaws.com");
    CHECK_FIELD(&f, ev, "src_ip", "s3.amazonaws.com");
    CHECK_FIELD(&f, ev, "signature", "JobCreated");
    CHECK_FIELD(&f, ev, "command", "JobCreated");
    CHECK_FIELD(&f, ev, "dest", "s3.amazonaws.com");
    CHECK_FIELD(&f, ev, "dvc", "s3.amazonaws.com");
    CHECK_FIELD(&f, ev, "region", "us-east-1");
    CHECK_FIELD(&f, ev, "vendor_region", "us-east-1");
    CHECK_FIELD(&f, ev, "app", "AwsServiceEvent");
    CHECK_FIELD(&f, ev, "aws_account_id", "11112223334444");
    CHECK_FIELD(&f, ev, "vendor_account", "11112223334444");
    CHECK_FIELD(&f, ev, "user_group_id", "11112223334444");
    CHECK_FIELD(&f, ev, "vendor_product", "AWS CloudTrail");
    CHECK_FIELD(&f, ev, "vendor", "Amazon Web Services");
    CHECK_FIELD(&f, ev, "product", "CloudTrail");
    CHECK_FIELD(&f, ev, "user_agent", "s3.amazonaws.com");
    CHECK_FIELD(&f, ev, "errorCode", "success");
    CHECK_FIELD(&f, ev, "msg", "success");
    CHECK_FIELD(&f, ev, "result_id", NULL);
    CHECK_FIELD(&f, ev, "reason", NULL);
    CHECK_FIELD(&f, ev, "desc", "null");
    CHECK_FIELD(&f, ev, "start_time", "2020-02-27T15:25:49Z");
    /* who: a service call has no user, user name or ARN */
    CHECK_FIELD(&f, ev, "user", NULL);
    CHECK_FIELD(&f, ev, "user_name", NULL);
    CHECK_FIELD(&f, ev, "user_arn", NULL);
    CHECK_FIELD(&f, ev, "user_type", NULL);
    CHECK_FIELD(&f, ev, "object", NULL);
    CHECK_FIELD(&f, ev, "date_wday", "thursday");
    ck_assert_str_eq(sq_buf_cstr(&f.warnings), "");
    sq_event_free(ev);
    fx_free(&f);
}
END_TEST

START_TEST(cloudtrail_identities) {
    fixture f;
    fx_init(&f, NULL);
    /* an API call under an assumed role */
    sq_event *ev = apply(
        &f, "aws:cloudtrail",
        "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"AssumedRole\","
        "\"principalId\":\"AROA1:etl\",\"arn\":\"arn:aws:sts::111:assumed-role/BatchOpsRole/etl\","
        "\"accountId\":\"111\",\"accessKeyId\":\"ASIA1\",\"sessionContext\":{\"sessionIssuer\":"
        "{\"type\":\"Role\",\"principalId\":\"AROA1\",\"userName\":\"BatchOpsRole\"}}},"
        "\"eventTime\":\"2024-03-11T08:00:00Z\",\"eventSource\":\"s3.amazonaws.com\","
        "\"eventName\":\"GetObject\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"192.0.2.1\","
        "\"userAgent\":\"aws-cli/2\",\"requestParameters\":{\"bucketName\":\"b\"},"
        "\"eventType\":\"AwsApiCall\",\"recipientAccountId\":\"111\"}");
    CHECK_FIELD(&f, ev, "user", NULL);
    CHECK_FIELD(&f, ev, "user_name", "BatchOpsRole");
    CHECK_FIELD(&f, ev, "userName", "BatchOpsRole");
    CHECK_FIELD(&f, ev, "user_arn", "arn:aws:sts::111:assumed-role/BatchOpsRole/etl");
    CHECK_FIELD(&f, ev, "user_type", "AssumedRole");
    CHECK_FIELD(&f, ev, "user_id", NULL);
    CHECK_FIELD(&f, ev, "user_access_key", "ASIA1");
    CHECK_FIELD(&f, ev, "object", NULL);
    CHECK_FIELD(&f, ev, "desc", NULL);
    CHECK_FIELD(&f, ev, "src_user", NULL);
    sq_event_free(ev);

    /* IAM user management, and a Put* call under a role */
    ev =
        apply(&f, "aws:cloudtrail",
              "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"AssumedRole\","
              "\"principalId\":\"AROA2:bob\",\"arn\":\"arn:aws:sts::444:assumed-role/Admin/bob\","
              "\"accountId\":\"444\",\"sessionContext\":{\"sessionIssuer\":{\"type\":\"Role\","
              "\"userName\":\"Admin\"}}},\"eventTime\":\"2024-03-11T08:00:00Z\","
              "\"eventSource\":\"iam.amazonaws.com\",\"eventName\":\"CreateUser\","
              "\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"192.0.2.2\",\"userAgent\":\"cli\","
              "\"requestParameters\":{\"userName\":\"mallory\"},\"responseElements\":{\"user\":"
              "{\"userName\":\"mallory\",\"userId\":\"AIDAM\"}},\"eventType\":\"AwsApiCall\"}");
    CHECK_FIELD(&f, ev, "user", "mallory");
    CHECK_FIELD(&f, ev, "user_name", "mallory");
    CHECK_FIELD(&f, ev, "user_id", "AIDAM");
    CHECK_FIELD(&f, ev, "user_type", NULL);
    CHECK_FIELD(&f, ev, "object", "mallory");
    CHECK_FIELD(&f, ev, "dest", "iam.amazonaws.com");
    CHECK_FIELD(&f, ev, "src_user", "AROA2:bob");
    CHECK_FIELD(&f, ev, "vendor_account", "444");
    sq_event_free(ev);

    ev = apply(&f, "aws:cloudtrail",
               "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"AssumedRole\","
               "\"accountId\":\"444\",\"sessionContext\":{\"sessionIssuer\":{\"type\":\"Role\","
               "\"userName\":\"Admin\"}}},\"eventTime\":\"2024-03-11T08:00:00Z\","
               "\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"PutBucketReplication\","
               "\"awsRegion\":\"us-east-1\",\"requestParameters\":{\"bucketName\":\"b1\","
               "\"Host\":\"b1.s3.amazonaws.com\"},\"eventType\":\"AwsApiCall\"}");
    CHECK_FIELD(&f, ev, "user", "Admin");
    CHECK_FIELD(&f, ev, "dest", "b1.s3.amazonaws.com");
    CHECK_FIELD(&f, ev, "object", "b1");
    CHECK_FIELD(&f, ev, "user_agent", NULL);
    sq_event_free(ev);
    fx_free(&f);
}
END_TEST

START_TEST(cloudtrail_outcomes_and_roles) {
    fixture f;
    fx_init(&f, NULL);
    /* a failed console sign-in has no errorCode of its own */
    sq_event *ev =
        apply(&f, "aws:cloudtrail",
              "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"IAMUser\",\"principalId\":"
              "\"AIDAB\","
              "\"arn\":\"arn:aws:iam::444:user/bob\",\"accountId\":\"444\",\"userName\":\"bob\"},"
              "\"eventTime\":\"2024-03-11T08:00:00Z\",\"eventSource\":\"signin.amazonaws.com\","
              "\"eventName\":\"ConsoleLogin\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":"
              "\"198.51.100.7\","
              "\"userAgent\":\"Mozilla\",\"responseElements\":{\"ConsoleLogin\":\"Failure\"},"
              "\"additionalEventData\":{\"LoginTo\":\"https://console.aws.amazon.com/"
              "\",\"MFAUsed\":\"No\"},"
              "\"errorMessage\":\"Failed authentication\",\"eventType\":\"AwsConsoleSignIn\"}");
    CHECK_FIELD(&f, ev, "errorCode", "failure");
    CHECK_FIELD(&f, ev, "msg", "success");
    CHECK_FIELD(&f, ev, "result_id", NULL);
    CHECK_FIELD(&f, ev, "reason", "Failed authentication");
    CHECK_FIELD(&f, ev, "result", "Failed authentication");
    CHECK_FIELD(&f, ev, "user", "bob");
    CHECK_FIELD(&f, ev, "user_id", "AIDAB");
    CHECK_FIELD(&f, ev, "user_type", "IAMUser");
    CHECK_FIELD(&f, ev, "dest", "https://console.aws.amazon.com/");
    CHECK_FIELD(&f, ev, "authentication_method", "SFA");
    CHECK_FIELD(&f, ev, "app", "AwsConsoleSignIn");
    sq_event_free(ev);

    /* an IAM error naming the user in its message */
    ev = apply(
        &f, "aws:cloudtrail",
        "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"IAMUser\","
        "\"arn\":\"arn:aws:iam::444:user/eve\",\"accountId\":\"444\",\"userName\":\"eve\"},"
        "\"eventTime\":\"2024-03-11T08:00:00Z\",\"eventSource\":\"iam.amazonaws.com\","
        "\"eventName\":\"GetUser\",\"awsRegion\":\"us-east-1\",\"errorCode\":\"AccessDenied\","
        "\"errorMessage\":\"User: arn:aws:iam::444:user/eve is not authorized to perform: "
        "iam:GetUser on resource: user alice\",\"eventType\":\"AwsApiCall\"}");
    CHECK_FIELD(&f, ev, "user", "alice");
    CHECK_FIELD(&f, ev, "user_name", "alice");
    CHECK_FIELD(&f, ev, "object", "alice");
    CHECK_FIELD(&f, ev, "errorCode", "AccessDenied");
    CHECK_FIELD(&f, ev, "result_id", "AccessDenied");
    CHECK_FIELD(&f, ev, "msg", "AccessDenied");
    CHECK_FIELD(&f, ev, "user_type", NULL);
    sq_event_free(ev);

    /* a role assumed by a service */
    ev = apply(
        &f, "aws:cloudtrail",
        "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"AWSService\","
        "\"invokedBy\":\"ec2.amazonaws.com\"},\"eventTime\":\"2024-03-11T08:00:00Z\","
        "\"eventSource\":\"sts.amazonaws.com\",\"eventName\":\"AssumeRole\","
        "\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"ec2.amazonaws.com\","
        "\"userAgent\":\"ec2.amazonaws.com\",\"requestParameters\":{\"roleArn\":"
        "\"arn:aws:iam::111:role/WebRole\",\"roleSessionName\":\"i-0abc\"},"
        "\"responseElements\":{\"assumedRoleUser\":{\"assumedRoleId\":\"AROAW:i-0abc\","
        "\"arn\":\"arn:aws:sts::111:assumed-role/WebRole/i-0abc\"}},"
        "\"resources\":[{\"ARN\":\"arn:aws:iam::111:role/WebRole\",\"type\":\"AWS::IAM::Role\"}],"
        "\"eventType\":\"AwsApiCall\",\"recipientAccountId\":\"111\"}");
    CHECK_FIELD(&f, ev, "aws_account_id", "111");
    CHECK_FIELD(&f, ev, "vendor_account", "111");
    CHECK_FIELD(&f, ev, "user", "i-0abc");
    CHECK_FIELD(&f, ev, "user_name", "WebRole");
    CHECK_FIELD(&f, ev, "user_arn", "arn:aws:iam::111:role/WebRole");
    CHECK_FIELD(&f, ev, "user_id", "AROAW");
    CHECK_FIELD(&f, ev, "user_type", "AWS::IAM::Role");
    CHECK_FIELD(&f, ev, "dest", "sts.amazonaws.com");
    CHECK_FIELD(&f, ev, "src_user", NULL);
    sq_event_free(ev);

    /* instances: multivalue ids flow into dest and object */
    ev = apply(
        &f, "aws:cloudtrail",
        "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"IAMUser\",\"userName\":\"a\","
        "\"accountId\":\"1\"},\"eventTime\":\"2024-03-11T08:00:00Z\","
        "\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":\"RunInstances\","
        "\"awsRegion\":\"us-east-1\",\"requestParameters\":{\"instanceType\":\"t2.micro\","
        "\"instancesSet\":{\"items\":[{\"imageId\":\"ami-1\"}]}},\"responseElements\":"
        "{\"instancesSet\":{\"items\":[{\"instanceId\":\"i-1\"},{\"instanceId\":\"i-2\"}]}},"
        "\"eventType\":\"AwsApiCall\"}");
    CHECK_FIELD(&f, ev, "dest", "i-1|i-2");
    CHECK_FIELD(&f, ev, "object", "i-1|i-2");
    CHECK_FIELD(&f, ev, "image_id", "ami-1");
    CHECK_FIELD(&f, ev, "instance_type", "t2.micro");
    CHECK_FIELD(&f, ev, "user", "a");
    sq_event_free(ev);
    ck_assert_str_eq(sq_buf_cstr(&f.warnings), "");
    fx_free(&f);
}
END_TEST

static Suite *sourcetype_suite(void) {
    Suite *s = suite_create("sourcetype");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, load_merge_and_dir);
    tcase_add_test(tc, detect);
    tcase_add_test(tc, time_prefix_format);
    tcase_add_test(tc, time_fallback_is_zero_first);
    tcase_add_test(tc, time_fields_auto_current);
    tcase_add_test(tc, time_autodetect);
    tcase_add_test(tc, aliases);
    tcase_add_test(tc, evals_parallel);
    tcase_add_test(tc, cloudtrail_service_event);
    tcase_add_test(tc, cloudtrail_identities);
    tcase_add_test(tc, cloudtrail_outcomes_and_roles);
    suite_add_tcase(s, tc);
    return s;
}

SQ_TEST_SUITE(sourcetype_suite)
