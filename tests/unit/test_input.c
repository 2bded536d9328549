/* test_input.c — readers (JSON lines, arrays, CloudTrail Records, pretty
 * objects, gzip, stdin, malformed input) and JSON flattening. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "input/input_int.h"
#include "splq/buf.h"
#include "splq/input.h"
#include "splq/sourcetype.h"
#include "unit.h"

/* ---- fixtures ------------------------------------------------------------------ */

typedef struct fixture {
    sq_env env;
    sq_query q;
    sq_buf warnings; /* one per line */
    char path[64];
} fixture;

static void collect(void *ud, sq_diag_level level, const char *msg) {
    sq_buf *b = ud;
    sq_buf_adds(b, msg);
    sq_buf_addc(b, '\n');
}

static void fx_init(fixture *f) {
    memset(f, 0, sizeof *f);
    f->env.diag.fn = collect;
    f->env.diag.ud = &f->warnings;
    f->q.env = &f->env;
    f->q.syms = sq_symtab_new();
    f->path[0] = 0;
}

static void fx_free(fixture *f) {
    if (f->path[0])
        unlink(f->path);
    sq_symtab_free(f->q.syms);
    sq_buf_free(&f->warnings);
}

static void fx_write(fixture *f, const char *data, size_t len) {
    strcpy(f->path, "/tmp/splq_input_XXXXXX");
    int fd = mkstemp(f->path);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, data, len), (ssize_t)len);
    close(fd);
}

static void fx_write_gz(fixture *f, const char *data) {
    strcpy(f->path, "/tmp/splq_input_XXXXXX");
    int fd = mkstemp(f->path);
    ck_assert_int_ge(fd, 0);
    gzFile gz = gzdopen(fd, "wb");
    ck_assert_int_eq(gzwrite(gz, data, (unsigned)strlen(data)), (int)strlen(data));
    gzclose(gz);
}

/* All records of the file, joined as "LINE:TEXT|". */
static char *read_all(fixture *f) {
    sq_reader *r;
    sq_error err;
    ck_assert_int_eq(sq_reader_open(f->path, &f->env.diag, &f->q.counters, &r, &err), 0);
    sq_buf out = SQ_BUF_INIT;
    sq_record rec;
    int rc;
    while ((rc = sq_reader_next(r, &rec, &err)) == 1) {
        sq_buf_printf(&out, "%llu:", (unsigned long long)rec.line);
        sq_buf_add(&out, rec.text, rec.len);
        sq_buf_addc(&out, '|');
    }
    ck_assert_int_eq(rc, 0);
    sq_reader_close(r);
    sq_buf_addc(&out, '\0');
    return sq_buf_steal(&out);
}

static void check_records(const char *data, const char *want, uint64_t skipped,
                          const char *warning) {
    fixture f;
    fx_init(&f);
    fx_write(&f, data, strlen(data));
    char *got = read_all(&f);
    ck_assert_str_eq(got, want);
    ck_assert_uint_eq(f.q.counters.lines_skipped, skipped);
    ck_assert_uint_eq(f.q.counters.bytes_read, strlen(data));
    if (warning) {
        char *w = sq_xstrdup(sq_buf_cstr(&f.warnings));
        ck_assert_msg(strstr(w, warning) != NULL, "warnings: %s", w);
        ck_assert_msg(strstr(w, f.path) != NULL, "warning names the file: %s", w);
        free(w);
    } else {
        ck_assert_str_eq(sq_buf_cstr(&f.warnings), "");
    }
    free(got);
    fx_free(&f);
}

/* ---- reader layouts -------------------------------------------------------- */

START_TEST(reader_json_lines) {
    check_records("{\"a\":1}\n{\"b\":2}\n", "1:{\"a\":1}|2:{\"b\":2}|", 0, NULL);
    /* blank lines, CRLF, surrounding blanks, no final newline */
    check_records("\n  {\"a\":1}  \r\n\r\n{\"b\":2}", "2:{\"a\":1}|4:{\"b\":2}|", 0, NULL);
    /* a UTF-8 byte order mark */
    check_records("\xEF\xBB\xBF{\"a\":1}\n", "1:{\"a\":1}|", 0, NULL);
    /* a line that is not JSON is still a record: it fails later, when parsed */
    check_records("{\"a\":1}\nnot json\n{\"b\":2}\n", "1:{\"a\":1}|2:not json|3:{\"b\":2}|", 0,
                  NULL);
    /* a JSON lines file whose lines hold brackets in strings */
    check_records("{\"a\":\"}{[\"}\n{\"b\":\"\\\"}\"}\n", "1:{\"a\":\"}{[\"}|2:{\"b\":\"\\\"}\"}|",
                  0, NULL);
    check_records("", "", 0, NULL);
    check_records(" \n\n", "", 0, NULL);
}
END_TEST

START_TEST(reader_arrays) {
    check_records("[{\"a\":1},{\"b\":[1,2]}]", "1:{\"a\":1}|1:{\"b\":[1,2]}|", 0, NULL);
    check_records("[\n  {\n    \"a\": 1\n  },\n  {\"b\": 2}\n]\n",
                  "2:{\n    \"a\": 1\n  }|5:{\"b\": 2}|", 0, NULL);
    check_records("[]", "", 0, NULL);
    check_records("[ ]\n[{\"c\":3}]", "2:{\"c\":3}|", 0, NULL);
    /* elements that are not objects are dropped with a warning */
    check_records("[1, \"x\", {\"a\":1}, [2], null]", "1:{\"a\":1}|", 4,
                  ":1: array element is not a JSON object");
}
END_TEST

START_TEST(reader_records_wrapper) {
    check_records("{\"Records\":[{\"a\":1},{\"b\":2}]}", "1:{\"a\":1}|1:{\"b\":2}|", 0, NULL);
    check_records("{\n \"Records\" : [\n  {\"a\":1},\n  {\"b\":2}\n ]\n}\n",
                  "3:{\"a\":1}|4:{\"b\":2}|", 0, NULL);
    /* several delivery files concatenated, one per line */
    check_records("{\"Records\":[{\"a\":1}]}\n{\"Records\":[{\"b\":2}]}\n",
                  "1:{\"a\":1}|2:{\"b\":2}|", 0, NULL);
    /* keys after Records are skipped */
    check_records("{\"Records\":[{\"a\":1}],\"x\":{\"y\":[1]}}\n", "1:{\"a\":1}|", 0, NULL);
    /* Records not first: the object is an ordinary record */
    check_records("{\"x\":1,\"Records\":[{\"a\":1}]}", "1:{\"x\":1,\"Records\":[{\"a\":1}]}|", 0,
                  NULL);
    check_records("{\"Records\":[]}", "", 0, NULL);
}
END_TEST

START_TEST(reader_pretty_objects) {
    check_records("{\n  \"a\": {\"b\": 1}\n}\n", "1:{\n  \"a\": {\"b\": 1}\n}|", 0, NULL);
    check_records("{\n\"a\":1\n}\n{\n\"b\":2\n}", "1:{\n\"a\":1\n}|4:{\n\"b\":2\n}|", 0, NULL);
}
END_TEST

START_TEST(reader_malformed) {
    /* records written one after another without commas: read, warned once */
    check_records("{\"Records\":[{\"a\":1}{\"b\":2}\n{\"c\":3}]}",
                  "1:{\"a\":1}|1:{\"b\":2}|2:{\"c\":3}|", 0,
                  ":1: missing ',' between array elements");
    /* a truncated array */
    check_records("[{\"a\":1},\n{\"b\":", "1:{\"a\":1}|", 1, ":2: input ends inside a record");
    check_records("[{\"a\":1}", "1:{\"a\":1}|", 0, "input ends inside an array");
    check_records("{\"Records\":[{\"a\":1}]", "1:{\"a\":1}|", 0,
                  "input ends inside the {\"Records\": ...} object");
    /* stray text between pretty objects */
    check_records("{\n\"a\":1\n}\nhello there\n{\"b\":2}", "1:{\n\"a\":1\n}|5:{\"b\":2}|", 1,
                  ":4: not a JSON object");
    /* an unterminated string at the end */
    check_records("[{\"a\":\"x\\", "", 1, "input ends inside a record");
}
END_TEST

START_TEST(reader_gzip) {
    fixture f;
    fx_init(&f);
    fx_write_gz(&f, "{\"Records\":[{\"a\":1},{\"b\":2}]}");
    char *got = read_all(&f);
    ck_assert_str_eq(got, "1:{\"a\":1}|1:{\"b\":2}|");
    ck_assert_uint_eq(f.q.counters.bytes_read, 29);
    free(got);
    fx_free(&f);

    /* a damaged stream: what decompressed is kept, with a warning */
    fx_init(&f);
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    unsigned char gz[256];
    ck_assert_int_eq(deflateInit2(&zs, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY), Z_OK);
    const char *text = "{\"a\":1}\n{\"b\":2}\n";
    zs.next_in = (unsigned char *)text;
    zs.avail_in = (unsigned)strlen(text);
    zs.next_out = gz;
    zs.avail_out = sizeof gz;
    ck_assert_int_eq(deflate(&zs, Z_FINISH), Z_STREAM_END);
    size_t n = sizeof gz - zs.avail_out;
    deflateEnd(&zs);
    fx_write(&f, (char *)gz, n - 6); /* cut the trailer off */
    got = read_all(&f);
    ck_assert_str_eq(got, "1:{\"a\":1}|2:{\"b\":2}|");
    ck_assert_ptr_nonnull(strstr(sq_buf_cstr(&f.warnings), "gzip data is damaged"));
    free(got);
    fx_free(&f);
}
END_TEST

START_TEST(reader_big_records) {
    /* records longer than the read chunk, with an escape sitting on the
     * chunk boundary, framed by the pretty-object scanner */
    const size_t chunk = 256u << 10;
    for (size_t shift = 0; shift < 3; shift++) {
        sq_buf b = SQ_BUF_INIT;
        sq_buf_adds(&b, "[\n{\"s\":\"");
        while (b.len < chunk - 1 - shift)
            sq_buf_addc(&b, 'x');
        sq_buf_adds(&b, "\\\"]}\\\\\"},\n{\"t\":1}]");
        fixture f;
        fx_init(&f);
        fx_write(&f, b.data, b.len);
        sq_reader *r;
        sq_error err;
        ck_assert_int_eq(sq_reader_open(f.path, &f.env.diag, &f.q.counters, &r, &err), 0);
        sq_record rec;
        ck_assert_int_eq(sq_reader_next(r, &rec, &err), 1);
        ck_assert_uint_eq(rec.len, b.len - 2 - 10);
        ck_assert_int_eq(rec.text[rec.len - 1], '}');
        ck_assert_int_eq(sq_reader_next(r, &rec, &err), 1);
        ck_assert_int_eq(rec.line, 3);
        ck_assert_int_eq(rec.len, 7);
        ck_assert_int_eq(sq_reader_next(r, &rec, &err), 0);
        sq_reader_close(r);
        fx_free(&f);
        sq_buf_free(&b);
    }
}
END_TEST

START_TEST(reader_many_records) {
    /* a few megabytes of lines and of array elements: every record intact,
     * line numbers right across buffer refills */
    for (int layout = 0; layout < 2; layout++) {
        sq_buf b = SQ_BUF_INIT;
        if (layout)
            sq_buf_adds(&b, "[\n");
        for (int i = 0; i < 20000; i++)
            sq_buf_printf(&b, "{\"i\":%d,\"pad\":\"%0*d\"}%s\n", i, 100 + i % 150, 0,
                          layout && i < 19999 ? "," : "");
        if (layout)
            sq_buf_adds(&b, "]\n");
        fixture f;
        fx_init(&f);
        fx_write(&f, b.data, b.len);
        sq_reader *r;
        sq_error err;
        ck_assert_int_eq(sq_reader_open(f.path, &f.env.diag, &f.q.counters, &r, &err), 0);
        sq_record rec;
        int i = 0, rc;
        char want[32];
        while ((rc = sq_reader_next(r, &rec, &err)) == 1) {
            int n = snprintf(want, sizeof want, "{\"i\":%d,", i);
            ck_assert_int_eq(memcmp(rec.text, want, (size_t)n), 0);
            ck_assert_int_eq(rec.text[rec.len - 1], '}');
            ck_assert_uint_eq(rec.line, (uint64_t)(i + 1 + layout));
            i++;
        }
        ck_assert_int_eq(rc, 0);
        ck_assert_int_eq(i, 20000);
        ck_assert_uint_eq(f.q.counters.bytes_read, b.len);
        sq_reader_close(r);
        fx_free(&f);
        sq_buf_free(&b);
    }
}
END_TEST

START_TEST(reader_plain_and_gzip_agree) {
    /* a plain regular file is read with read(2) into an aligned buffer, a
     * gzip file through zlib: the same records, line numbers and byte
     * counts either way, across many refills and compactions */
    sq_buf b = SQ_BUF_INIT;
    for (int i = 0; i < 30000; i++)
        sq_buf_printf(&b, "%s{\"i\":%d,\"pad\":\"%0*d\"}\n", i % 7 ? "" : "\n", i, 1 + i * 37 % 301,
                      0);
    fixture plain, gz;
    fx_init(&plain);
    fx_write(&plain, b.data, b.len);
    fx_init(&gz);
    sq_buf_addc(&b, '\0');
    fx_write_gz(&gz, b.data);
    char *a = read_all(&plain), *z = read_all(&gz);
    ck_assert_str_eq(a, z);
    ck_assert_uint_eq(plain.q.counters.bytes_read, b.len - 1);
    ck_assert_uint_eq(gz.q.counters.bytes_read, b.len - 1);
    free(a);
    free(z);
    fx_free(&plain);
    fx_free(&gz);
    sq_buf_free(&b);
}
END_TEST

START_TEST(reader_stdin_and_errors) {
    fixture f;
    fx_init(&f);
    fx_write(&f, "{\"a\":1}\n", 8);
    int saved = dup(STDIN_FILENO);
    FILE *in = fopen(f.path, "r");
    dup2(fileno(in), STDIN_FILENO);
    char *got;
    char *keep = sq_xstrdup(f.path);
    strcpy(f.path, "-");
    got = read_all(&f);
    strcpy(f.path, keep);
    free(keep);
    dup2(saved, STDIN_FILENO);
    close(saved);
    fclose(in);
    ck_assert_str_eq(got, "1:{\"a\":1}|");
    free(got);

    sq_reader *r;
    sq_error err;
    ck_assert_int_eq(sq_reader_open("/nonexistent/x.json", NULL, NULL, &r, &err), -1);
    ck_assert_int_eq(err.code, SQ_ERR_IO);
    ck_assert_ptr_nonnull(strstr(err.msg, "/nonexistent/x.json"));
    ck_assert_int_eq(sq_reader_open("/tmp", NULL, NULL, &r, &err), -1);
    ck_assert_ptr_nonnull(strstr(err.msg, "directory"));
    fx_free(&f);
}
END_TEST

/* ---- JSON flattening ---------------------------------------------------------- */

/* "name=value;" for every field in order; multivalues as a|b. */
static char *dump_event(sq_query *q, sq_event *ev, int with_raw) {
    sq_buf b = SQ_BUF_INIT;
    for (uint32_t i = 0; i < ev->n; i++) {
        if (!with_raw && ev->fields[i].sym == SQ_SYM_RAW)
            continue;
        sq_buf_adds(&b, sq_sym_name(q->syms, ev->fields[i].sym));
        sq_buf_addc(&b, '=');
        sq_value_format(&ev->fields[i].val, &b, "|");
        sq_buf_addc(&b, ';');
    }
    sq_buf_addc(&b, '\0');
    return sq_buf_steal(&b);
}

static void check_flat(const char *json, const char *want) {
    fixture f;
    fx_init(&f);
    sq_error err;
    sq_event *ev = sq_event_from_json(&f.q, json, strlen(json), &err);
    ck_assert_msg(ev != NULL, "%s: %s", json, err.msg);
    const sq_value *raw = sq_event_cget(ev, SQ_SYM_RAW);
    ck_assert_ptr_nonnull(raw);
    ck_assert_str_eq(raw->u.str.ptr, json);
    char *got = dump_event(&f.q, ev, 0);
    ck_assert_str_eq(got, want);
    free(got);
    sq_event_free(ev);
    fx_free(&f);
}

static void check_flat_fails(const char *json, size_t len, const char *why) {
    fixture f;
    fx_init(&f);
    sq_error err;
    sq_event *ev = sq_event_from_json(&f.q, json, len, &err);
    ck_assert_ptr_null(ev);
    ck_assert_msg(strstr(err.msg, why) != NULL, "message: %s", err.msg);
    fx_free(&f);
}

START_TEST(flatten_names) {
    check_flat("{\"a\":\"x\",\"b\":{\"c\":\"y\",\"d\":{\"e\":\"z\"}}}", "a=x;b.c=y;b.d.e=z;");
    check_flat("{\"userAgent\":[\"one\"]}", "userAgent{}=one;");
    check_flat("{\"ua\":[\"one\",\"two\"]}", "ua{}=one|two;");
    check_flat("{\"resources\":[{\"ARN\":\"a1\",\"type\":\"t\"},{\"ARN\":\"a2\"}]}",
               "resources{}.ARN=a1|a2;resources{}.type=t;");
    check_flat("{\"m\":[[1,2],[3]],\"n\":[1,{\"k\":2}]}", "m{}{}=1|2|3;n{}=1;n{}.k=2;");
    /* document order of first appearance, even for late array members */
    check_flat("{\"i\":[{\"x\":1},{\"y\":2,\"x\":3}],\"z\":0}", "i{}.x=1|3;i{}.y=2;z=0;");
}
END_TEST

START_TEST(flatten_scalars) {
    check_flat("{\"t\":true,\"f\":false,\"n\":null,\"s\":\"\"}", "t=true;f=false;n=null;s=;");
    check_flat("{\"a\":[null,true]}", "a{}=null|true;");
    check_flat("{\"i\":42,\"neg\":-7,\"big\":9223372036854775807,\"z\":0}",
               "i=42;neg=-7;big=9223372036854775807;z=0;");
    check_flat("{\"r\":1.5,\"one\":1.0,\"e\":1e3,\"small\":0.1,\"pi\":3.141592653589793}",
               "r=1.5;one=1.0;e=1000.0;small=0.1;pi=3.141592653589793;");
    /* beyond 64 bits every number is read as a double */
    check_flat("{\"huge\":123456789012345678901234567890,\"i\":5}",
               "huge=1.2345678901234568e+29;i=5;");
    /* escapes are decoded */
    check_flat("{\"u\":\"caf\\u00e9 \\\"q\\\" \\\\ \\n\"}", "u=caf\xc3\xa9 \"q\" \\ \n;");
}
END_TEST

START_TEST(flatten_empty_and_collisions) {
    /* empty containers give no field */
    check_flat("{\"a\":{},\"b\":[],\"c\":{\"d\":[]},\"e\":1}", "e=1;");
    /* a key seen twice, and a dotted key meeting a nested one */
    check_flat("{\"k\":\"1\",\"k\":\"2\"}", "k=2;");
    check_flat("{\"a.b\":\"1\",\"a\":{\"b\":\"2\"}}", "a.b=1|2;");
    /* the event's own _raw and _time are not overwritten; empty keys dropped */
    check_flat("{\"_raw\":\"x\",\"_time\":\"y\",\"\":\"z\",\"_other\":\"w\"}", "_other=w;");
}
END_TEST

START_TEST(flatten_errors) {
    check_flat_fails("[1,2]", 5, "not a JSON object");
    check_flat_fails("\"s\"", 3, "not a JSON object");
    check_flat_fails("{\"a\":}", 6, "invalid JSON");
    check_flat_fails("not json", 8, "invalid JSON");
    check_flat_fails("{\"a\":1} x", 9, "invalid JSON");
    check_flat_fails("{\"a\":\"\xff\"}", 8, "invalid JSON");
    /* nesting: 512 levels are read, 513 are refused, far deeper never crashes */
    for (int depth = 511; depth <= 513; depth++) {
        sq_buf b = SQ_BUF_INIT;
        for (int i = 0; i < depth; i++)
            sq_buf_adds(&b, "{\"a\":");
        sq_buf_adds(&b, "1");
        for (int i = 0; i < depth; i++)
            sq_buf_addc(&b, '}');
        fixture f;
        fx_init(&f);
        sq_error err;
        sq_event *ev = sq_event_from_json(&f.q, b.data, b.len, &err);
        if (depth <= SQ_JSON_MAX_DEPTH) {
            ck_assert_ptr_nonnull(ev);
            sq_event_free(ev);
        } else {
            ck_assert_ptr_null(ev);
            ck_assert_int_eq(err.code, SQ_ERR_LIMIT);
        }
        fx_free(&f);
        sq_buf_free(&b);
    }
    sq_buf b = SQ_BUF_INIT;
    for (int i = 0; i < 100000; i++)
        sq_buf_adds(&b, "[");
    check_flat_fails(b.data, b.len, "deeper than 512");
    sq_buf_reset(&b);
    sq_buf_adds(&b, "{\"a\":");
    for (int i = 0; i < 100000; i++)
        sq_buf_adds(&b, "[");
    check_flat_fails(b.data, b.len, "deeper than 512");
    sq_buf_free(&b);
}
END_TEST

/* ---- the whole path: sq_event_reader ---------------------------------------------- */

START_TEST(input_events) {
    fixture f;
    fx_init(&f);
    const char *data = "{\"eventVersion\":\"1.08\",\"eventSource\":\"s3.amazonaws.com\","
                       "\"eventName\":\"JobCreated\",\"awsRegion\":\"us-east-1\"}\n"
                       "{\"a\":1,\n"
                       "{\"msg\":\"plain\"}\n";
    fx_write(&f, data, strlen(data));
    sq_event_reader *in;
    sq_error err;
    ck_assert_int_eq(sq_event_reader_open(&f.q, f.path, NULL, NULL, NULL, &in, &err), 0);
    sq_event *ev;
    ck_assert_int_eq(sq_event_reader_next(in, &ev, &err), 1);
    char *got = dump_event(&f.q, ev, 0);
    sq_buf want = SQ_BUF_INIT;
    sq_buf_printf(&want,
                  "_time=0;eventVersion=1.08;eventSource=s3.amazonaws.com;eventName=JobCreated;"
                  "awsRegion=us-east-1;source=%s;sourcetype=aws:cloudtrail;",
                  f.path);
    ck_assert_str_eq(got, want.data);
    ck_assert_uint_eq(ev->seq, 0);
    free(got);
    sq_event_free(ev);
    ck_assert_int_eq(sq_event_reader_next(in, &ev, &err), 1);
    got = dump_event(&f.q, ev, 0);
    sq_buf_reset(&want);
    sq_buf_printf(&want, "_time=0;msg=plain;source=%s;sourcetype=_json;", f.path);
    ck_assert_str_eq(got, want.data);
    ck_assert_uint_eq(ev->seq, 1);
    free(got);
    sq_event_free(ev);
    ck_assert_int_eq(sq_event_reader_next(in, &ev, &err), 0);
    sq_event_reader_close(in);
    ck_assert_uint_eq(f.q.counters.events_read, 2);
    ck_assert_uint_eq(f.q.counters.lines_skipped, 1);
    ck_assert_uint_eq(f.q.counters.bytes_read, strlen(data));
    sq_buf_reset(&want);
    sq_buf_printf(&want, "%s:2: invalid JSON: ", f.path);
    ck_assert_msg(strstr(sq_buf_cstr(&f.warnings), want.data) != NULL, "warnings: %s",
                  sq_buf_cstr(&f.warnings));

    /* a forced sourcetype; the JSON error's own line inside a pretty record */
    f.env.sourcetype = "mine";
    sq_buf_free(&f.warnings);
    f.warnings = SQ_BUF_INIT;
    unlink(f.path);
    data = "[{\"a\":1},\n{\n\"b\":\n}]";
    fx_write(&f, data, strlen(data));
    ck_assert_int_eq(sq_event_reader_open(&f.q, f.path, NULL, NULL, NULL, &in, &err), 0);
    ck_assert_int_eq(sq_event_reader_next(in, &ev, &err), 1);
    ck_assert_str_eq(sq_event_cget(ev, SQ_SYM_SOURCETYPE)->u.str.ptr, "mine");
    sq_event_free(ev);
    ck_assert_int_eq(sq_event_reader_next(in, &ev, &err), 0);
    sq_event_reader_close(in);
    sq_buf_reset(&want);
    sq_buf_printf(&want, "%s:4: invalid JSON", f.path);
    ck_assert_msg(strstr(sq_buf_cstr(&f.warnings), want.data) != NULL, "warnings: %s",
                  sq_buf_cstr(&f.warnings));
    sq_buf_free(&want);

    ck_assert_int_eq(sq_event_reader_open(&f.q, "/nonexistent", NULL, NULL, NULL, &in, &err), -1);
    fx_free(&f);
}
END_TEST

/* ---- plain text ----------------------------------------------------------- */

START_TEST(text_sniff_rule) {
    /* JSON: an object first, an array of records, mostly-JSON lines */
    ck_assert_int_eq(sq_text_sniff("{\"a\":1}\n", 8), 0);
    ck_assert_int_eq(sq_text_sniff("  \n[\n {\"a\":1}]", 15), 0);
    ck_assert_int_eq(sq_text_sniff("[]", 2), 0);
    ck_assert_int_eq(sq_text_sniff("[1, \"x\"]", 8), 0);
    ck_assert_int_eq(sq_text_sniff("[1, 2", 5), 0); /* does not close in the sample */
    const char *damaged = "oops\n{\"a\":1}\n{\"b\":2}\n";
    ck_assert_int_eq(sq_text_sniff(damaged, strlen(damaged)), 0);
    ck_assert_int_eq(sq_text_sniff("", 0), 0);
    ck_assert_int_eq(sq_text_sniff(" \r\n", 3), 0);
    /* text: log lines, bracketed timestamps and levels, a minority of JSON */
    const char *t1 = "Mar 11 08:00:01 host sshd[1]: x\n";
    ck_assert_int_eq(sq_text_sniff(t1, strlen(t1)), 1);
    const char *t2 = "[2024-03-11 08:00:00] ERROR x\n";
    ck_assert_int_eq(sq_text_sniff(t2, strlen(t2)), 1);
    const char *t3 = "[error] x\n";
    ck_assert_int_eq(sq_text_sniff(t3, strlen(t3)), 1);
    const char *t4 = "a\nb\n{\"c\":1}\n";
    ck_assert_int_eq(sq_text_sniff(t4, strlen(t4)), 1);
}
END_TEST

START_TEST(reader_text_lines) {
    /* CRLF and LF endings go; blank-only lines are dropped; other blanks
     * stay; no final newline */
    check_records("first line\r\n\r\n   \n  indented \nlast", "1:first line|4:  indented |5:last|",
                  0, NULL);
    /* (binary files: tests/golden/input/text_binary.t) */
}
END_TEST

START_TEST(text_sourcetypes) {
    const char *sys = "Mar  1 08:00:01 web01 sshd[22]: Accepted password";
    char *st = sq_text_sourcetype(sys, strlen(sys), "/var/log/auth.log");
    ck_assert_str_eq(st, "syslog");
    free(st);
    const char *acc = "1.2.3.4 - - [11/Mar/2024:08:02:00 +0000] \"GET / HTTP/1.1\" 200 12";
    st = sq_text_sourcetype(acc, strlen(acc), "x");
    ck_assert_str_eq(st, "access_common");
    free(st);
    st = sq_text_sourcetype("hello", 5, "/var/log/app.log.gz");
    ck_assert_str_eq(st, "app");
    free(st);
    st = sq_text_sourcetype("hello", 5, "-");
    ck_assert_str_eq(st, "stdin");
    free(st);
    st = sq_text_sourcetype("hello", 5, "logs/.hidden.log");
    ck_assert_str_eq(st, ".hidden");
    free(st);
}
END_TEST

static Suite *input_suite(void) {
    Suite *s = suite_create("input");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, reader_json_lines);
    tcase_add_test(tc, reader_arrays);
    tcase_add_test(tc, reader_records_wrapper);
    tcase_add_test(tc, reader_pretty_objects);
    tcase_add_test(tc, reader_malformed);
    tcase_add_test(tc, reader_gzip);
    tcase_add_test(tc, reader_big_records);
    tcase_add_test(tc, reader_many_records);
    tcase_add_test(tc, reader_plain_and_gzip_agree);
    tcase_add_test(tc, reader_stdin_and_errors);
    tcase_add_test(tc, flatten_names);
    tcase_add_test(tc, flatten_scalars);
    tcase_add_test(tc, flatten_empty_and_collisions);
    tcase_add_test(tc, flatten_errors);
    tcase_add_test(tc, input_events);
    tcase_add_test(tc, text_sniff_rule);
    tcase_add_test(tc, reader_text_lines);
    tcase_add_test(tc, text_sourcetypes);
    suite_add_tcase(s, tc);
    return s;
}

SQ_TEST_SUITE(input_suite)
