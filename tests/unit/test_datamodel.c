/* test_datamodel.c — data model definitions (loading, errors, lookups),
 * dataset views (constraints, calculations, lineage prefixes, nodename,
 * descendants), event types and tags, and the shipped knowledge
 * (datamodels/, eventtypes/, sourcetypes/windows.conf). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "splq/buf.h"
#include "splq/datamodel.h"
#include "splq/eventtype.h"
#include "splq/input.h"
#include "splq/macro.h"
#include "splq/sourcetype.h"
#include "unit.h"

typedef struct fixture {
    sq_env env;
    sq_query q;
    sq_buf diag;
} fixture;

static void collect(void *ud, sq_diag_level level, const char *msg) {
    (void)level;
    sq_buf_adds(ud, msg);
    sq_buf_addc(ud, '\n');
}

/* Write text to a new temporary file named like `suffix` ends. */
static char *temp_file(const char *text, const char *suffix) {
    char tmpl[64];
    snprintf(tmpl, sizeof tmpl, "/tmp/splq_dm_XXXXXX%s", suffix);
    int fd = mkstemps(tmpl, (int)strlen(suffix));
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    return strdup(tmpl);
}

static void fx_init(fixture *f) {
    setenv("TZ", "UTC", 1);
    tzset();
    memset(f, 0, sizeof *f);
    f->env.diag.fn = collect;
    f->env.diag.ud = &f->diag;
    f->env.macros = sq_macros_new();
    f->env.sourcetypes = sq_sourcetypes_new();
    f->env.datamodels = sq_datamodels_new();
    f->env.eventtypes = sq_eventtypes_new();
    f->q.env = &f->env;
    f->q.syms = sq_symtab_new();
    f->q.now = 1700000000;
}

static void fx_free(fixture *f) {
    sq_symtab_free(f->q.syms);
    sq_macros_free(f->env.macros);
    sq_sourcetypes_free(f->env.sourcetypes);
    sq_datamodels_free(f->env.datamodels);
    sq_eventtypes_free(f->env.eventtypes);
    sq_buf_free(&f->diag);
}

static int load_model(fixture *f, const char *json, sq_error *err) {
    char *path = temp_file(json, ".json");
    int rc = sq_datamodels_load_file(f->env.datamodels, path, err);
    unlink(path);
    free(path);
    return rc;
}

static void load_eventtypes(fixture *f, const char *conf) {
    char *path = temp_file(conf, ".conf");
    sq_error err;
    ck_assert_msg(sq_eventtypes_load(f->env.eventtypes, path, &err) == 0, "%s", err.msg);
    unlink(path);
    free(path);
}

static sq_event *event(fixture *f, const char *json) {
    sq_error err;
    sq_event *ev = sq_event_from_json(&f->q, json, strlen(json), &err);
    ck_assert_msg(ev != NULL, "%s", err.msg);
    return ev;
}

/* The field's display text ("a|b" for multivalues), or NULL when absent. */
static const char *field(fixture *f, const sq_event *ev, const char *name) {
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

/* A small model: a root with a constraint and two calculations, and a child
 * selected by a calculated field, with a field and a calculation of its own. */
static const char *const shop_model =
    "{\"modelName\":\"Shop\",\"objects\":["
    "{\"objectName\":\"Orders\",\"parentName\":\"BaseEvent\","
    " \"constraints\":[{\"search\":\"tag=order\"}],"
    " \"fields\":[{\"fieldName\":\"_time\",\"owner\":\"BaseEvent\"},"
    "             {\"fieldName\":\"item\",\"owner\":\"Orders\"},{\"fieldName\":\"qty\"}],"
    " \"calculations\":["
    "  {\"calculationType\":\"Eval\",\"expression\":\"if(isnull(user),\\\"unknown\\\",user)\","
    "   \"outputFields\":[{\"fieldName\":\"user\"}]},"
    "  {\"calculationType\":\"Eval\",\"expression\":\"if(qty>10,\\\"big\\\",\\\"small\\\")\","
    "   \"outputFields\":[{\"fieldName\":\"size\"}]}]},"
    "{\"objectName\":\"Big\",\"parentName\":\"Orders\","
    " \"constraints\":[{\"search\":\"size=big\"}],"
    " \"fields\":[{\"fieldName\":\"item\",\"owner\":\"Orders\"},{\"fieldName\":\"carrier\"}],"
    " \"calculations\":[{\"calculationType\":\"Eval\",\"expression\":\"qty*2\","
    "   \"outputFields\":[{\"fieldName\":\"weight\"}]}]},"
    "{\"objectName\":\"Returns\",\"parentName\":\"BaseSearch\",\"baseSearch\":"
    " \"tag=return | eval reason=lower(reason) | where qty>0\","
    " \"fields\":[{\"fieldName\":\"reason\"}]}"
    "]}";

START_TEST(test_load_and_exists) {
    fixture f;
    fx_init(&f);
    sq_error err;
    ck_assert_msg(load_model(&f, shop_model, &err) == 0, "%s", err.msg);
    ck_assert_int_eq(sq_datamodels_count(f.env.datamodels), 1);
    ck_assert_str_eq(sq_datamodels_name_at(f.env.datamodels, 0), "Shop");
    ck_assert(sq_datamodel_exists(&f.env, "Shop"));
    ck_assert(sq_datamodel_exists(&f.env, "Shop.Orders"));
    ck_assert(sq_datamodel_exists(&f.env, "Shop.Big"));
    ck_assert(sq_datamodel_exists(&f.env, "Shop.Orders.Big"));
    ck_assert(!sq_datamodel_exists(&f.env, "Shop.Small"));
    ck_assert(!sq_datamodel_exists(&f.env, "shop"));
    ck_assert(!sq_datamodel_exists(&f.env, "Endpoint.Processes"));
    ck_assert(!sq_datamodel_exists(NULL, "Shop"));
    char *json = sq_datamodel_json(&f.env, "Shop", "Big");
    ck_assert_ptr_nonnull(json);
    ck_assert_ptr_nonnull(strstr(json, "\"objectName\":\"Big\""));
    free(json);
    /* a model loaded again replaces the first */
    ck_assert_msg(load_model(&f, shop_model, &err) == 0, "%s", err.msg);
    ck_assert_int_eq(sq_datamodels_count(f.env.datamodels), 1);
    fx_free(&f);
}
END_TEST

START_TEST(test_load_errors) {
    static const struct {
        const char *json;
        const char *msg;
    } bad[] = {
        {"{\"modelName\":", "invalid JSON"},
        {"[1,2]", "no modelName"},
        {"{\"modelName\":\"M\"}", "no datasets"},
        {"{\"modelName\":\"M\",\"objects\":[{\"parentName\":\"BaseEvent\"}]}", "objectName"},
        {"{\"modelName\":\"M\",\"objects\":[{\"objectName\":\"A\",\"parentName\":\"Nope\"}]}",
         "parent Nope is not defined"},
        {"{\"modelName\":\"M\",\"objects\":[{\"objectName\":\"A\",\"parentName\":\"B\"},"
         "{\"objectName\":\"B\",\"parentName\":\"A\"}]}",
         "cycle"},
        {"{\"modelName\":\"M\",\"objects\":[{\"objectName\":\"A\"},{\"objectName\":\"A\"}]}",
         "defined twice"},
        {"{\"modelName\":\"M\",\"objects\":[{\"objectName\":\"A\",\"calculations\":"
         "[{\"calculationType\":\"Eval\",\"outputFields\":[{\"fieldName\":\"x\"}]}]}]}",
         "expression"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        fixture f;
        fx_init(&f);
        sq_error err;
        sq_error_clear(&err);
        ck_assert_int_eq(load_model(&f, bad[i].json, &err), -1);
        ck_assert_msg(strstr(err.msg, bad[i].msg), "case %zu: %s", i, err.msg);
        ck_assert_int_eq(sq_datamodels_count(f.env.datamodels), 0);
        fx_free(&f);
    }
}
END_TEST

static sq_dm_view *view(fixture *f, const char *dataset, const char *nodename, int descendants,
                        sq_dm_naming naming) {
    sq_dm_view_opts o = {.model = "Shop",
                         .dataset = dataset,
                         .nodename = nodename,
                         .descendants = descendants,
                         .naming = naming};
    sq_dm_view *v;
    sq_error err;
    ck_assert_msg(sq_dm_view_new(&f->q, &o, &v, &err) == 0, "%s", err.msg);
    return v;
}

/* Apply v to the JSON event; the projected event or NULL. */
static sq_event *select_event(fixture *f, sq_dm_view *v, const char *json) {
    sq_event *ev = event(f, json), *out;
    sq_error err;
    int rc = sq_dm_view_apply(v, ev, &out, &err);
    ck_assert_int_ge(rc, 0);
    sq_event_free(ev);
    return out;
}

START_TEST(test_view_prefixed) {
    fixture f;
    fx_init(&f);
    sq_error err;
    ck_assert_msg(load_model(&f, shop_model, &err) == 0, "%s", err.msg);
    sq_dm_view *v = view(&f, "Orders", NULL, 1, SQ_DM_PREFIXED);
    ck_assert_str_eq(sq_dm_view_lineage(v), "Orders");
    /* not a member: no tag=order */
    ck_assert_ptr_null(select_event(&f, v, "{\"tag\":\"other\",\"qty\":\"3\"}"));
    /* a small order: root fields with the lineage prefix, calculations */
    sq_event *e = select_event(&f, v, "{\"tag\":\"order\",\"item\":\"pen\",\"qty\":\"3\",\"x\":1}");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(field(&f, e, "Orders.item"), "pen");
    ck_assert_str_eq(field(&f, e, "Orders.user"), "unknown");
    ck_assert_str_eq(field(&f, e, "Orders.size"), "small");
    ck_assert_ptr_null(field(&f, e, "Orders.x")); /* not a model field */
    ck_assert_ptr_null(field(&f, e, "x"));
    ck_assert_ptr_null(field(&f, e, "Orders.Big.carrier"));
    sq_event_free(e);
    /* a big order also belongs to Big: its fields come with its lineage */
    e = select_event(&f, v,
                     "{\"tag\":\"order\",\"qty\":\"30\",\"carrier\":\"ups\",\"user\":\"bo\"}");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(field(&f, e, "Orders.user"), "bo");
    ck_assert_str_eq(field(&f, e, "Orders.Big.carrier"), "ups");
    ck_assert_str_eq(field(&f, e, "Orders.Big.weight"), "60");
    sq_event_free(e);
    sq_dm_view_free(v);

    /* nodename: only members of Big */
    v = view(&f, "Orders", "Orders.Big", 1, SQ_DM_PREFIXED);
    ck_assert_ptr_null(select_event(&f, v, "{\"tag\":\"order\",\"qty\":\"3\"}"));
    e = select_event(&f, v, "{\"tag\":\"order\",\"qty\":\"11\"}");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(field(&f, e, "Orders.size"), "big");
    sq_event_free(e);
    sq_dm_view_free(v);
    v = view(&f, "Orders", "Big", 1, SQ_DM_PREFIXED); /* the dataset's own name */
    sq_dm_view_free(v);
    fx_free(&f);
}
END_TEST

START_TEST(test_view_flat_and_base_search) {
    fixture f;
    fx_init(&f);
    sq_error err;
    ck_assert_msg(load_model(&f, shop_model, &err) == 0, "%s", err.msg);
    sq_dm_view *v = view(&f, "Big", NULL, 0, SQ_DM_FLAT);
    ck_assert_str_eq(sq_dm_view_lineage(v), "Orders.Big");
    sq_event *e = select_event(&f, v, "{\"tag\":\"order\",\"qty\":\"12\",\"item\":\"desk\"}");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(field(&f, e, "item"), "desk");
    ck_assert_str_eq(field(&f, e, "weight"), "24");
    sq_event_free(e);
    char *s = sq_dm_view_search_string(v);
    ck_assert_str_eq(s,
                     "search (tag=order) | eval user=if(isnull(user),\"unknown\",user) | eval "
                     "size=if(qty>10,\"big\",\"small\") | search (size=big) | eval weight=qty*2");
    free(s);
    sq_dm_view_free(v);

    /* a BaseSearch root: search, eval and where stages */
    v = view(&f, "Returns", NULL, 0, SQ_DM_PREFIXED);
    e = select_event(&f, v, "{\"tag\":\"return\",\"qty\":\"1\",\"reason\":\"BROKEN\"}");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(field(&f, e, "Returns.reason"), "broken");
    sq_event_free(e);
    ck_assert_ptr_null(select_event(&f, v, "{\"tag\":\"return\",\"qty\":\"0\"}"));
    sq_dm_view_free(v);
    fx_free(&f);
}
END_TEST

START_TEST(test_view_errors) {
    fixture f;
    fx_init(&f);
    sq_error err;
    ck_assert_msg(load_model(&f, shop_model, &err) == 0, "%s", err.msg);
    static const struct {
        sq_dm_view_opts o;
        const char *msg;
    } bad[] = {
        {{.model = "Nope"}, "data model Nope is not defined"},
        {{.model = "Shop"}, "several root datasets (Orders, Returns)"},
        {{.model = "Shop", .dataset = "Gone"}, "has no dataset Gone"},
        {{.model = "Shop", .dataset = "Big", .root_only = 1}, "not a root dataset"},
        {{.model = "Shop", .dataset = "Orders", .nodename = "Returns"}, "no such dataset"},
        {{.model = "Shop", .dataset = "Orders", .nodename = "Other.Big"}, "no such dataset"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        sq_dm_view *v = (sq_dm_view *)1;
        sq_error_clear(&err);
        ck_assert_int_eq(sq_dm_view_new(&f.q, &bad[i].o, &v, &err), -1);
        ck_assert_ptr_null(v);
        ck_assert_msg(strstr(err.msg, bad[i].msg), "case %zu: %s", i, err.msg);
    }
    /* a constraint that does not parse is an error naming the dataset */
    ck_assert_int_eq(load_model(&f,
                                "{\"modelName\":\"Bad\",\"objects\":[{\"objectName\":\"A\","
                                "\"constraints\":[{\"search\":\"(a=1\"}]}]}",
                                &err),
                     0);
    sq_dm_view_opts o = {.model = "Bad"};
    sq_dm_view *v;
    ck_assert_int_eq(sq_dm_view_new(&f.q, &o, &v, &err), -1);
    ck_assert_msg(strstr(err.msg, "data model Bad, dataset A: constraint"), "%s", err.msg);
    fx_free(&f);
}
END_TEST

/* --- event types and tags ---------------------------------------------------------- */

static sq_event *tagged(fixture *f, sq_et_apply *a, const char *json) {
    sq_event *ev = event(f, json);
    sq_error err;
    ck_assert_int_eq(sq_et_apply_event(a, ev, &err), 0);
    return ev;
}

START_TEST(test_eventtypes_and_tags) {
    fixture f;
    fx_init(&f);
    load_eventtypes(&f, "[web_error]\n"
                        "search = sourcetype=web status>=500\n"
                        "[web_any]\n"
                        "search = sourcetype=web\n"
                        "tags = legacy_tag\n"
                        "[disabled_one]\n"
                        "search = *\n"
                        "disabled = 1\n"
                        "[bad_search]\n"
                        "search = (a=1\n"
                        "[eventtype=web_error]\n"
                        "error = enabled\n"
                        "web = enabled\n"
                        "[eventtype=web_any]\n"
                        "web = enabled\n"
                        "gone = disabled\n"
                        "[host=srv%3A1]\n"
                        "production = enabled\n"
                        "[props_stanza]\n"
                        "EVAL-x = 1\n");
    ck_assert_int_eq(sq_eventtypes_count(f.env.eventtypes), 4);
    ck_assert_int_eq(sq_eventtypes_tag_count(f.env.eventtypes), 3);
    sq_et_apply *a;
    sq_error err;
    ck_assert_int_eq(sq_et_apply_new(&f.q, &a, &err), 0);
    ck_assert_ptr_nonnull(strstr(sq_buf_cstr(&f.diag), "event type bad_search"));

    sq_event *e = tagged(&f, a, "{\"sourcetype\":\"web\",\"status\":\"503\",\"host\":\"srv:1\"}");
    ck_assert_str_eq(field(&f, e, "eventtype"), "web_any|web_error");
    ck_assert_str_eq(field(&f, e, "tag::eventtype"), "error|legacy_tag|web");
    ck_assert_str_eq(field(&f, e, "tag::host"), "production");
    ck_assert_str_eq(field(&f, e, "tag"), "error|legacy_tag|production|web");
    sq_event_free(e);

    e = tagged(&f, a, "{\"sourcetype\":\"WEB\",\"status\":\"200\"}"); /* sourcetype: any case */
    ck_assert_str_eq(field(&f, e, "eventtype"), "web_any");
    ck_assert_str_eq(field(&f, e, "tag"), "legacy_tag|web");
    ck_assert_ptr_null(field(&f, e, "tag::host"));
    sq_event_free(e);

    e = tagged(&f, a, "{\"sourcetype\":\"db\",\"eventtype\":\"stale\",\"tag\":\"stale\"}");
    ck_assert_ptr_null(field(&f, e, "eventtype"));
    ck_assert_ptr_null(field(&f, e, "tag"));
    sq_event_free(e);
    sq_et_apply_free(a);
    fx_free(&f);
}
END_TEST

START_TEST(test_eventtype_references) {
    fixture f;
    fx_init(&f);
    /* b depends on a's tag, c on b's event type */
    load_eventtypes(&f, "[c]\nsearch = eventtype=b\n"
                        "[b]\nsearch = tag=alpha\n"
                        "[a]\nsearch = x=1\n"
                        "[eventtype=a]\nalpha = enabled\n"
                        "[eventtype=c]\ngamma = enabled\n");
    sq_et_apply *a;
    sq_error err;
    ck_assert_int_eq(sq_et_apply_new(&f.q, &a, &err), 0);
    sq_event *e = tagged(&f, a, "{\"x\":\"1\"}");
    ck_assert_str_eq(field(&f, e, "eventtype"), "a|b|c");
    ck_assert_str_eq(field(&f, e, "tag"), "alpha|gamma");
    sq_event_free(e);
    e = tagged(&f, a, "{\"x\":\"2\"}");
    ck_assert_ptr_null(field(&f, e, "eventtype"));
    sq_event_free(e);
    sq_et_apply_free(a);
    fx_free(&f);
}
END_TEST

START_TEST(test_no_definitions) {
    fixture f;
    fx_init(&f);
    sq_et_apply *a;
    sq_error err;
    ck_assert_int_eq(sq_et_apply_new(&f.q, &a, &err), 0);
    sq_event *e = tagged(&f, a, "{\"tag\":\"kept\"}");
    ck_assert_str_eq(field(&f, e, "tag"), "kept"); /* nothing defined: nothing touched */
    sq_event_free(e);
    sq_et_apply_free(a);
    fx_free(&f);
}
END_TEST

/* --- the shipped knowledge: a Sysmon process start in Endpoint.Processes -------- */

static const char *const sysmon_event =
    "{\"EventID\":1,\"Channel\":\"Microsoft-Windows-Sysmon/Operational\","
    "\"Hostname\":\"WS5\",\"UtcTime\":\"2020-10-19 07:30:46.251\","
    "\"Image\":\"C:\\\\Windows\\\\System32\\\\esentutl.exe\","
    "\"CommandLine\":\"esentutl.exe /y /vss C:\\\\windows\\\\system32\\\\config\\\\SAM\","
    "\"ParentImage\":\"C:\\\\Windows\\\\System32\\\\cmd.exe\",\"User\":\"WS5\\\\bob\","
    "\"ProcessId\":\"42\",\"IntegrityLevel\":\"High\"}";

START_TEST(test_shipped_knowledge) {
    fixture f;
    fx_init(&f);
    sq_error err;
    ck_assert_msg(sq_sourcetypes_load_dir(f.env.sourcetypes, "sourcetypes", &err) == 0, "%s",
                  err.msg);
    ck_assert_msg(sq_eventtypes_load_dir(f.env.eventtypes, "eventtypes", &err) == 0, "%s", err.msg);
    ck_assert_msg(sq_datamodels_load_dir(f.env.datamodels, "datamodels", &err) == 0, "%s", err.msg);
    static const char *const models[] = {"Alerts",
                                         "Authentication",
                                         "Change",
                                         "Email",
                                         "Endpoint",
                                         "Intrusion_Detection",
                                         "Network_Resolution",
                                         "Network_Traffic",
                                         "Risk",
                                         "Updates",
                                         "Vulnerabilities",
                                         "Web",
                                         "Endpoint.Processes",
                                         "Endpoint.Registry",
                                         "Endpoint.Filesystem",
                                         "Endpoint.Services",
                                         "Change.All_Changes.Account_Management",
                                         "Authentication.Failed_Authentication"};
    for (size_t i = 0; i < sizeof models / sizeof *models; i++)
        ck_assert_msg(sq_datamodel_exists(&f.env, models[i]), "%s", models[i]);
    ck_assert_str_eq(sq_sourcetype_detect(sysmon_event, strlen(sysmon_event)), "XmlWinEventLog");

    sq_st_apply *st;
    ck_assert_int_eq(sq_st_apply_new(&f.q, &st, &err), 0);
    sq_event *ev = event(&f, sysmon_event);
    /* security_content's spelling of the sourcetype finds the stanza too */
    sq_event_set(ev, SQ_SYM_SOURCETYPE, sq_value_cstr("xmlwineventlog"));
    ck_assert_int_eq(sq_st_apply_event(st, ev, &err), 0);
    ck_assert_str_eq(field(&f, ev, "eventtype"), "windows_sysmon_process_start");
    ck_assert_str_eq(field(&f, ev, "tag"), "execute|process|report|start");
    ck_assert_str_eq(field(&f, ev, "process_name"), "esentutl.exe");
    ck_assert_str_eq(field(&f, ev, "parent_process_name"), "cmd.exe");

    sq_dm_view_opts o = {.model = "Endpoint", .dataset = "Processes", .naming = SQ_DM_PREFIXED};
    sq_dm_view *v;
    ck_assert_msg(sq_dm_view_new(&f.q, &o, &v, &err) == 0, "%s", err.msg);
    sq_event *p;
    ck_assert_int_eq(sq_dm_view_apply(v, ev, &p, &err), 1);
    ck_assert_str_eq(field(&f, p, "Processes.dest"), "WS5");
    ck_assert_str_eq(field(&f, p, "Processes.user"), "WS5\\bob");
    ck_assert_str_eq(field(&f, p, "Processes.process_name"), "esentutl.exe");
    ck_assert_str_eq(field(&f, p, "Processes.process_path"), "C:\\Windows\\System32\\esentutl.exe");
    ck_assert_str_eq(field(&f, p, "Processes.process_integrity_level"), "high");
    ck_assert_str_eq(field(&f, p, "Processes.parent_process"), "unknown"); /* CIM default */
    ck_assert_str_eq(field(&f, p, "Processes.vendor_product"), "Microsoft Sysmon");
    ck_assert_str_eq(field(&f, p, "sourcetype"), "xmlwineventlog");
    sq_event_free(p);
    sq_event_free(ev);
    sq_dm_view_free(v);
    sq_st_apply_free(st);
    fx_free(&f);
}
END_TEST

static Suite *datamodel_suite(void) {
    Suite *s = suite_create("datamodel");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_load_and_exists);
    tcase_add_test(tc, test_load_errors);
    tcase_add_test(tc, test_view_prefixed);
    tcase_add_test(tc, test_view_flat_and_base_search);
    tcase_add_test(tc, test_view_errors);
    tcase_add_test(tc, test_eventtypes_and_tags);
    tcase_add_test(tc, test_eventtype_references);
    tcase_add_test(tc, test_no_definitions);
    tcase_add_test(tc, test_shipped_knowledge);
    suite_add_tcase(s, tc);
    return s;
}

SQ_TEST_SUITE(datamodel_suite)
