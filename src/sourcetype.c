/* sourcetype.c — per-sourcetype search-time knowledge from props.conf-style
 * files: how _time is found, FIELDALIAS- and EVAL- (docs/sourcetypes.md).
 *
 * Definitions are loaded once into an sq_sourcetypes (stanza name -> keys,
 * later files overriding earlier keys).  For each query an sq_st_apply
 * compiles, the first time a sourcetype is met, what its stanza says:
 * the TIME_PREFIX regex, the alias pairs, the EVAL expressions.  Then, per
 * event, in Splunk's order:
 *   1. _time (and the date_* fields) from the event text or a JSON field;
 *   2. FIELDALIAS- classes in ASCII order of class name, pairs left to right;
 *   3. all EVAL- expressions evaluated on the event as it stood after 2,
 *      then assigned (a null result removes the field);
 *   4. event types and tags (src/eventtype.c).
 * Settings of a [default] stanza apply to every sourcetype that does not set
 * them itself.  Stanzas for source::, host:: and other patterns are not
 * supported and are ignored.  LOOKUP-, REPORT- and EXTRACT- are ignored. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <ctype.h>
#include <dirent.h>
#include <math.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "splq/buf.h"
#include "splq/conf.h"
#include "splq/eventtype.h"
#include "splq/expr.h"
#include "splq/fieldwalk.h"
#include "splq/needed.h"
#include "splq/parse.h"
#include "splq/sourcetype.h"
#include "splq/timefmt.h"

/* ---- definitions ------------------------------------------------------------ */

typedef struct st_kv {
    char *key;
    char *value;
    char *where; /* "file:line", for messages */
} st_kv;

typedef struct st_def {
    char *name;
    st_kv *kvs;
    size_t n;
} st_def;

struct sq_sourcetypes {
    st_def *defs;
    size_t n;
};

sq_sourcetypes *sq_sourcetypes_new(void) {
    return sq_xcalloc(1, sizeof(sq_sourcetypes));
}

void sq_sourcetypes_free(sq_sourcetypes *s) {
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++) {
        st_def *d = &s->defs[i];
        for (size_t k = 0; k < d->n; k++) {
            free(d->kvs[k].key);
            free(d->kvs[k].value);
            free(d->kvs[k].where);
        }
        free(d->kvs);
        free(d->name);
    }
    free(s->defs);
    free(s);
}

/* A stanza of exactly this name, else one whose name differs only in case:
 * security_content replays Windows events as `xmlwineventlog`, the add-ons'
 * stanza is `XmlWinEventLog`. */
static st_def *find_def(const sq_sourcetypes *s, const char *name) {
    for (size_t i = 0; s && i < s->n; i++)
        if (strcmp(s->defs[i].name, name) == 0)
            return &s->defs[i];
    for (size_t i = 0; s && i < s->n; i++)
        if (strcasecmp(s->defs[i].name, name) == 0)
            return &s->defs[i];
    return NULL;
}

static const st_kv *def_get(const st_def *d, const char *key) {
    for (size_t k = 0; d && k < d->n; k++)
        if (strcmp(d->kvs[k].key, key) == 0)
            return &d->kvs[k];
    return NULL;
}

static void def_set(st_def *d, const char *key, const char *value, const char *path, int line) {
    st_kv *kv = (st_kv *)def_get(d, key);
    if (!kv) {
        d->kvs = sq_xrealloc(d->kvs, (d->n + 1) * sizeof *d->kvs);
        kv = &d->kvs[d->n++];
        kv->key = sq_xstrdup(key);
    } else {
        free(kv->value);
        free(kv->where);
    }
    kv->value = sq_xstrdup(value);
    sq_buf w = SQ_BUF_INIT;
    sq_buf_printf(&w, "%s:%d", path, line);
    kv->where = sq_buf_steal(&w);
}

int sq_sourcetypes_load(sq_sourcetypes *s, const char *path, sq_error *err) {
    sq_conf *c;
    if (sq_conf_load(path, &c, err) < 0)
        return -1;
    for (size_t i = 0; i < c->nstanzas; i++) {
        const sq_conf_stanza *cs = &c->stanzas[i];
        if (strstr(cs->name, "::")) /* source::, host::, rule:: ... */
            continue;
        st_def *d = find_def(s, cs->name);
        if (!d) {
            s->defs = sq_xrealloc(s->defs, (s->n + 1) * sizeof *s->defs);
            d = &s->defs[s->n++];
            d->name = sq_xstrdup(cs->name);
            d->kvs = NULL;
            d->n = 0;
        }
        for (size_t k = 0; k < cs->nkvs; k++)
            def_set(d, cs->kvs[k].key, cs->kvs[k].value, path, cs->kvs[k].line);
    }
    sq_conf_free(c);
    return 0;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int sq_sourcetypes_load_dir(sq_sourcetypes *s, const char *dir, sq_error *err) {
    DIR *d = opendir(dir);
    if (!d)
        return sq_fail(err, SQ_ERR_IO, "%s: cannot open directory", dir);
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len > 5 && strcmp(e->d_name + len - 5, ".conf") == 0 && e->d_name[0] != '.') {
            names = sq_xrealloc(names, (n + 1) * sizeof *names);
            names[n++] = sq_xstrdup(e->d_name);
        }
    }
    closedir(d);
    sq_sort(names, n, sizeof *names, cmp_str); /* a stable, documented order */
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        if (rc == 0) {
            sq_buf p = SQ_BUF_INIT;
            sq_buf_printf(&p, "%s/%s", dir, names[i]);
            rc = sq_sourcetypes_load(s, p.data, err);
            sq_buf_free(&p);
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

/* The keys detection looks for, each as the raw text `"key"`; in the order
 * of sq_sourcetype_from_keys's bits. */
static const char *const detect_keys[SQ_DETECT_KEYS] = {
    "eventVersion", "eventSource", "eventName", "awsRegion", "detail-type",
    "Channel",      "EventID",     "auditID",   "stage",     "verb"};
enum { K_CT = 0xF, K_DETAIL = 1u << 4, K_WIN = 3u << 5, K_K8S = 7u << 7 };

const char *sq_sourcetype_detect_key(int i) {
    return detect_keys[i];
}

/* The decision of sq_sourcetype_detect below, from the keys found. */
const char *sq_sourcetype_from_keys(unsigned found) {
    if ((found & K_CT) == K_CT)
        return found & K_DETAIL ? "_json" : "aws:cloudtrail";
    if ((found & K_WIN) == K_WIN)
        return "XmlWinEventLog";
    if ((found & K_K8S) == K_K8S)
        return "kube:apiserver:audit";
    return "_json";
}

static int has_keys(const char *text, size_t len, const char *const *keys, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!memmem(text, len, keys[i], strlen(keys[i])))
            return 0;
    return 1;
}

/* CloudTrail records carry these keys; an EventBridge envelope carries them
 * too, but inside "detail", and is not a CloudTrail record.  A Windows event
 * log record rendered as JSON names its channel and event id; a Kubernetes
 * audit event has an audit id and a stage. */
const char *sq_sourcetype_detect(const char *text, size_t len) {
    static const char *const ct[] = {"\"eventVersion\"", "\"eventSource\"", "\"eventName\"",
                                     "\"awsRegion\""};
    static const char *const win[] = {"\"Channel\"", "\"EventID\""};
    static const char *const k8s[] = {"\"auditID\"", "\"stage\"", "\"verb\""};
    if (has_keys(text, len, ct, 4))
        return memmem(text, len, "\"detail-type\"", 13) ? "_json" : "aws:cloudtrail";
    if (has_keys(text, len, win, 2))
        return "XmlWinEventLog";
    if (has_keys(text, len, k8s, 3))
        return "kube:apiserver:audit";
    return "_json";
}

/* ---- compiled knowledge -------------------------------------------------- */

typedef struct alias {
    sq_sym from, to;
    int asnew;
    int skip; /* its target is not needed (sq_st_apply_set_needed) */
} alias;

typedef struct calc {
    sq_sym field;
    sq_expr *expr;
    int skip;
} calc;

enum { DT_NORMAL, DT_CURRENT, DT_NONE };

typedef struct compiled {
    char *name;
    int datetime; /* DATETIME_CONFIG */
    pcre2_code *prefix;
    char *format; /* TIME_FORMAT; NULL: recognise common layouts */
    char *tz;
    size_t lookahead;
    sq_sym *ts_fields; /* TIMESTAMP_FIELDS */
    size_t nts;
    int extra_fields; /* ADD_EXTRA_TIME_FIELDS */
    alias *aliases;
    size_t naliases;
    calc *calcs;
    size_t ncalcs;
    sq_value *results; /* scratch: one per calc */
} compiled;

enum { D_HOUR, D_MDAY, D_MINUTE, D_MONTH, D_SECOND, D_WDAY, D_YEAR, D_ZONE, D_END, D_START, D_N };
static const char *const date_names[D_N] = {
    "date_hour", "date_mday", "date_minute", "date_month", "date_second",
    "date_wday", "date_year", "date_zone",   "timeendpos", "timestartpos"};

struct sq_st_apply {
    sq_query *q;
    compiled **cs;
    size_t n;
    compiled *last;
    pcre2_match_data *md;
    sq_sym date_syms[D_N];
    double prev_time; /* for events without a timestamp */
    int have_prev;
    sq_et_apply *et;          /* event types and tags */
    const sq_needed *needed;  /* not owned; NULL: all knowledge applies */
    int want_time, want_tags; /* of needed, asked once rather than per event */
};

static sq_diag *apply_diag(sq_st_apply *a) {
    return a->q->env ? &a->q->env->diag : NULL;
}

/* A setting of the sourcetype, else of [default]. */
static const st_kv *setting(const st_def *d, const st_def *dflt, const char *key) {
    const st_kv *kv = def_get(d, key);
    return kv ? kv : def_get(dflt, key);
}

/* The classes `prefix`* of the stanza and [default], the stanza's winning,
 * sorted by class name. */
static size_t classes(const st_def *d, const st_def *dflt, const char *prefix, const st_kv ***out) {
    size_t plen = strlen(prefix), n = 0;
    const st_kv **v = NULL;
    const st_def *src[2] = {d, dflt};
    for (int s = 0; s < 2; s++) {
        for (size_t k = 0; src[s] && k < src[s]->n; k++) {
            const st_kv *kv = &src[s]->kvs[k];
            if (strncmp(kv->key, prefix, plen) != 0 || !kv->key[plen])
                continue;
            if (s == 1 && def_get(d, kv->key))
                continue;
            v = sq_xrealloc(v, (n + 1) * sizeof *v);
            v[n++] = kv;
        }
    }
    for (size_t i = 1; i < n; i++) /* insertion sort: a handful of classes */
        for (size_t j = i; j > 0 && strcmp(v[j - 1]->key, v[j]->key) > 0; j--) {
            const st_kv *t = v[j];
            v[j] = v[j - 1];
            v[j - 1] = t;
        }
    *out = v;
    return n;
}

/* Next word of a FIELDALIAS value; "quoted" words may hold blanks. */
static int alias_word(const char **p, sq_buf *w) {
    const char *s = *p;
    while (isspace((unsigned char)*s))
        s++;
    if (!*s)
        return 0;
    sq_buf_reset(w);
    if (*s == '"') {
        s++;
        while (*s && *s != '"')
            sq_buf_addc(w, *s++);
        if (*s == '"')
            s++;
    } else {
        while (*s && !isspace((unsigned char)*s))
            sq_buf_addc(w, *s++);
    }
    sq_buf_addc(w, '\0');
    w->len--;
    *p = s;
    return 1;
}

/* "a AS b c ASNEW d ..." into pairs. */
static int parse_aliases(sq_st_apply *a, compiled *c, const st_kv *kv) {
    const char *p = kv->value;
    sq_buf from = SQ_BUF_INIT, kw = SQ_BUF_INIT, to = SQ_BUF_INIT;
    alias *got = NULL;
    size_t n = 0;
    int ok = 1;
    while (alias_word(&p, &from)) {
        if (!alias_word(&p, &kw) || !alias_word(&p, &to) ||
            (strcasecmp(kw.data, "as") != 0 && strcasecmp(kw.data, "asnew") != 0)) {
            ok = 0;
            break;
        }
        got = sq_xrealloc(got, (n + 1) * sizeof *got);
        got[n].from = sq_intern(a->q->syms, from.data, from.len);
        got[n].to = sq_intern(a->q->syms, to.data, to.len);
        got[n].asnew = strcasecmp(kw.data, "asnew") == 0;
        got[n].skip = !sq_needed_has(a->needed, to.data, to.len);
        n++;
    }
    if (ok) {
        c->aliases = sq_xrealloc(c->aliases, (c->naliases + n) * sizeof *c->aliases);
        memcpy(c->aliases + c->naliases, got, n * sizeof *got);
        c->naliases += n;
    } else {
        sq_warnf(apply_diag(a), "%s: %s: expected `field AS alias ...`; ignored", kv->where,
                 kv->key);
    }
    free(got);
    sq_buf_free(&from);
    sq_buf_free(&kw);
    sq_buf_free(&to);
    return 0;
}

static void compile_time(sq_st_apply *a, compiled *c, const st_def *d, const st_def *dflt) {
    const st_kv *kv;
    if ((kv = setting(d, dflt, "DATETIME_CONFIG"))) {
        if (strcasecmp(kv->value, "CURRENT") == 0)
            c->datetime = DT_CURRENT;
        else if (strcasecmp(kv->value, "NONE") == 0)
            c->datetime = DT_NONE;
    }
    if ((kv = setting(d, dflt, "TIME_PREFIX")) && *kv->value) {
        int code;
        PCRE2_SIZE off;
        c->prefix =
            pcre2_compile((PCRE2_SPTR)kv->value, PCRE2_ZERO_TERMINATED, 0, &code, &off, NULL);
        if (!c->prefix) {
            PCRE2_UCHAR msg[256];
            pcre2_get_error_message(code, msg, sizeof msg);
            sq_warnf(apply_diag(a), "%s: TIME_PREFIX: %s at offset %zu; ignored", kv->where,
                     (char *)msg, (size_t)off);
        } else {
            pcre2_jit_compile(c->prefix, PCRE2_JIT_COMPLETE);
        }
    }
    if ((kv = setting(d, dflt, "TIME_FORMAT")) && *kv->value)
        c->format = sq_xstrdup(kv->value);
    if ((kv = setting(d, dflt, "TZ")) && *kv->value)
        c->tz = sq_xstrdup(kv->value);
    c->lookahead = 128;
    if ((kv = setting(d, dflt, "MAX_TIMESTAMP_LOOKAHEAD"))) {
        long v = strtol(kv->value, NULL, 10);
        c->lookahead = v > 0 ? (size_t)v : 128;
    }
    c->extra_fields = 1;
    if ((kv = setting(d, dflt, "ADD_EXTRA_TIME_FIELDS")))
        c->extra_fields = !(strcasecmp(kv->value, "false") == 0 || strcmp(kv->value, "0") == 0 ||
                            strcasecmp(kv->value, "none") == 0);
    if ((kv = setting(d, dflt, "TIMESTAMP_FIELDS"))) {
        const char *p = kv->value;
        while (*p) {
            while (*p == ',' || isspace((unsigned char)*p))
                p++;
            const char *s = p;
            while (*p && *p != ',')
                p++;
            const char *e = p;
            while (e > s && isspace((unsigned char)e[-1]))
                e--;
            if (e > s) {
                c->ts_fields = sq_xrealloc(c->ts_fields, (c->nts + 1) * sizeof *c->ts_fields);
                c->ts_fields[c->nts++] = sq_intern(a->q->syms, s, (size_t)(e - s));
            }
        }
    }
}

static compiled *compile(sq_st_apply *a, const char *name) {
    const sq_sourcetypes *s = a->q->env ? a->q->env->sourcetypes : NULL;
    const st_def *d = find_def(s, name), *dflt = find_def(s, "default");
    compiled *c = sq_xcalloc(1, sizeof *c);
    c->name = sq_xstrdup(name);
    compile_time(a, c, d, dflt);

    const st_kv **cls;
    size_t n = classes(d, dflt, "FIELDALIAS-", &cls);
    for (size_t i = 0; i < n; i++)
        parse_aliases(a, c, cls[i]);
    free(cls);

    n = classes(d, dflt, "EVAL-", &cls);
    c->calcs = sq_xcalloc(n ? n : 1, sizeof *c->calcs);
    for (size_t i = 0; i < n; i++) {
        sq_error err;
        sq_error_clear(&err);
        sq_expr *e;
        if (sq_expr_compile_text(a->q, cls[i]->value, &e, &err) < 0) {
            sq_warnf(apply_diag(a), "%s: %s: %s; ignored", cls[i]->where, cls[i]->key, err.msg);
            continue;
        }
        c->calcs[c->ncalcs].field = sq_intern_cstr(a->q->syms, cls[i]->key + 5);
        c->calcs[c->ncalcs].expr = e;
        c->calcs[c->ncalcs].skip =
            !sq_needed_has(a->needed, cls[i]->key + 5, strlen(cls[i]->key + 5));
        c->ncalcs++;
    }
    free(cls);
    c->results = sq_xcalloc(c->ncalcs ? c->ncalcs : 1, sizeof *c->results);

    a->cs = sq_xrealloc(a->cs, (a->n + 1) * sizeof *a->cs);
    a->cs[a->n++] = c;
    return c;
}

static void compiled_free(compiled *c) {
    pcre2_code_free(c->prefix);
    free(c->format);
    free(c->tz);
    free(c->ts_fields);
    free(c->aliases);
    for (size_t i = 0; i < c->ncalcs; i++)
        sq_expr_free(c->calcs[i].expr);
    free(c->calcs);
    free(c->results);
    free(c->name);
    free(c);
}

int sq_st_apply_new(sq_query *q, sq_st_apply **out, sq_error *err) {
    sq_st_apply *a = sq_xcalloc(1, sizeof *a);
    a->q = q;
    a->want_time = a->want_tags = 1;
    a->md = pcre2_match_data_create(1, NULL);
    for (int i = 0; i < D_N; i++)
        a->date_syms[i] = sq_intern_cstr(q->syms, date_names[i]);
    *out = a;
    if (sq_et_apply_new(q, &a->et, err) < 0) {
        sq_st_apply_free(a);
        *out = NULL;
        return -1;
    }
    return 0;
}

void sq_st_apply_free(sq_st_apply *a) {
    if (!a)
        return;
    for (size_t i = 0; i < a->n; i++)
        compiled_free(a->cs[i]);
    free(a->cs);
    pcre2_match_data_free(a->md);
    sq_et_apply_free(a->et);
    free(a);
}

/* ---- _time ------------------------------------------------------------------- */

/* Layouts recognised when a sourcetype gives no TIME_FORMAT: ISO 8601 in its
 * common spellings, the web-server log form, and for plain-text logs the
 * month-name forms of syslog and ctime.  (Splunk's datetime.xml knows many
 * more.) */
static const char *const iso_formats[] = {
    "%Y-%m-%dT%H:%M:%S.%N%Z", "%Y-%m-%dT%H:%M:%S,%N%Z", "%Y-%m-%dT%H:%M:%S%Z",
    "%Y-%m-%dT%H:%M:%S.%N",   "%Y-%m-%dT%H:%M:%S",      "%Y-%m-%d %H:%M:%S.%N%Z",
    "%Y-%m-%d %H:%M:%S,%N%Z", "%Y-%m-%d %H:%M:%S %Z",   "%Y-%m-%d %H:%M:%S.%N",
    "%Y-%m-%d %H:%M:%S,%N",   "%Y-%m-%d %H:%M:%S",      "%Y/%m/%d %H:%M:%S",
};

typedef struct found {
    double t;
    size_t start, end; /* in the text searched */
    sq_tmparts parts;
} found;

static int digits_at(const char *s, size_t len, size_t i, size_t n) {
    if (i + n > len)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (!isdigit((unsigned char)s[i + k]))
            return 0;
    return 1;
}

/* Month-name layouts: with a day name first (ctime, date(1), Apache's
 * error log), or a month first (syslog, with or without a year). */
static const char *const name_formats[] = {
    "%a %b %d %H:%M:%S.%N %Y", "%a %b %d %H:%M:%S %Y", "%a %b %d %H:%M:%S %Z %Y",
    "%b %d %Y %H:%M:%S",       "%b %d %H:%M:%S.%N",    "%b %d %H:%M:%S",
};

/* A syslog timestamp has no year: as Splunk does, take the search time's
 * year, or the year before when that would put the event more than two
 * days (MAX_DAYS_HENCE) after the search time. */
static void add_year(found *f, double now, const char *tz) {
    time_t t = (time_t)now;
    struct tm tm;
    localtime_r(&t, &tm);
    double frac = f->t - floor(f->t);
    for (int year = tm.tm_year + 1900; year >= tm.tm_year + 1899; year--) {
        char iso[40];
        const sq_tmparts *p = &f->parts;
        int n = snprintf(iso, sizeof iso, "%04d-%02d-%02dT%02d:%02d:%02d", year, p->mon, p->mday,
                         p->hour, p->min, p->sec);
        double v;
        sq_tmparts parts;
        if (sq_strptime_ex(iso, (size_t)n, "%Y-%m-%dT%H:%M:%S", tz, &v, &parts) < 0)
            continue;
        f->t = v + frac;
        f->parts = parts;
        if (f->t <= now + 2 * 86400)
            return;
    }
}

static int month_name_at(const char *s, size_t len, size_t i, const char *tz, double now,
                         found *f) {
    /* most capitalised words are no date: a cheap look before strptime */
    static const char names[] = "JanFebMarAprMayJunJulAugSepOctNovDecMonTueWedThuFriSatSun";
    int known = 0;
    for (size_t k = 0; k + 3 <= sizeof names - 1 && !known; k += 3)
        known = strncasecmp(s + i, names + k, 3) == 0;
    if (!known)
        return 0;
    for (size_t k = 0; k < sizeof name_formats / sizeof name_formats[0]; k++) {
        long n = sq_strptime_ex(s + i, len - i, name_formats[k], tz, &f->t, &f->parts);
        if (n > 0) {
            if (!strstr(name_formats[k], "%Y"))
                add_year(f, now, tz);
            f->start = i;
            f->end = i + (size_t)n;
            return 1;
        }
    }
    return 0;
}

/* The first recognisable timestamp in s[0..len); now: the search time (the
 * year of a syslog timestamp). */
static int autodetect(const char *s, size_t len, const char *tz, double now, found *f) {
    for (size_t i = 0; i < len; i++) {
        if (i > 0 && isalnum((unsigned char)s[i - 1]))
            continue;
        if (isupper((unsigned char)s[i])) {
            if (i + 3 < len && month_name_at(s, len, i, tz, now, f))
                return 1;
            continue;
        }
        if (!isdigit((unsigned char)s[i]))
            continue;
        if (digits_at(s, len, i, 4) && i + 4 < len && (s[i + 4] == '-' || s[i + 4] == '/')) {
            for (size_t k = 0; k < sizeof iso_formats / sizeof iso_formats[0]; k++) {
                long n = sq_strptime_ex(s + i, len - i, iso_formats[k], tz, &f->t, &f->parts);
                if (n > 0) {
                    f->start = i;
                    f->end = i + (size_t)n;
                    return 1;
                }
            }
        } else if (digits_at(s, len, i, 2) && i + 2 < len && s[i + 2] == '/') {
            long n = sq_strptime_ex(s + i, len - i, "%d/%b/%Y:%H:%M:%S %z", tz, &f->t, &f->parts);
            if (n > 0) {
                f->start = i;
                f->end = i + (size_t)n;
                return 1;
            }
        }
    }
    return 0;
}

/* Parse s[0..len) with the stanza's TIME_FORMAT (at the start), or find a
 * timestamp in it. */
static int timestamp_in(const compiled *c, const char *s, size_t len, double now, found *f) {
    if (!c->format)
        return autodetect(s, len, c->tz, now, f);
    long n = sq_strptime_ex(s, len, c->format, c->tz, &f->t, &f->parts);
    if (n < 0)
        return 0;
    f->start = 0;
    f->end = (size_t)n;
    return 1;
}

static void set_num_str(sq_event *ev, sq_sym sym, long v) {
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%ld", v);
    sq_event_set(ev, sym, sq_value_str(tmp, (size_t)n));
}

/* Splunk's index-time date_* fields: the timestamp as written in the event
 * (its own wall clock), names of months and days in lower case, date_zone
 * in minutes east of UTC or "local" when the text had no zone. */
static void set_date_fields(sq_st_apply *a, sq_event *ev, const found *f, int with_pos) {
    static const char *const months[12] = {"january",   "february", "march",    "april",
                                           "may",       "june",     "july",     "august",
                                           "september", "october",  "november", "december"};
    static const char *const days[7] = {"sunday",   "monday", "tuesday", "wednesday",
                                        "thursday", "friday", "saturday"};
    const sq_tmparts *p = &f->parts;
    const sq_sym *s = a->date_syms;
    set_num_str(ev, s[D_HOUR], p->hour);
    set_num_str(ev, s[D_MDAY], p->mday);
    set_num_str(ev, s[D_MINUTE], p->min);
    sq_event_set(ev, s[D_MONTH], sq_value_cstr(months[(p->mon + 11) % 12]));
    set_num_str(ev, s[D_SECOND], p->sec);
    sq_event_set(ev, s[D_WDAY], sq_value_cstr(days[(p->wday % 7 + 7) % 7]));
    set_num_str(ev, s[D_YEAR], p->year);
    if (p->has_zone)
        set_num_str(ev, s[D_ZONE], p->zone_off / 60);
    else
        sq_event_set(ev, s[D_ZONE], sq_value_cstr("local"));
    if (with_pos) {
        set_num_str(ev, s[D_END], (long)f->end);
        set_num_str(ev, s[D_START], (long)f->start);
    }
}

static void extract_time(sq_st_apply *a, const compiled *c, sq_event *ev) {
    found f;
    int ok = 0, from_raw = 0;
    if (c->datetime == DT_CURRENT) {
        sq_event_set(ev, SQ_SYM_TIME, sq_value_num(a->q->now));
        return;
    }
    const sq_value *raw = sq_event_cget(ev, SQ_SYM_RAW);
    /* an event built outside a query's run (memsource.c) may have no
     * search time yet */
    double now = a->q->now >= 0 ? a->q->now : (double)time(NULL);
    if (c->datetime == DT_NONE) {
        /* no extraction */
    } else if (c->nts > 0) {
        for (size_t i = 0; i < c->nts && !ok; i++) {
            sq_value *v = sq_event_get(ev, c->ts_fields[i]);
            if (!v || sq_value_count(v) == 0)
                continue;
            sq_value *first = sq_value_at(v, 0);
            if (first->type != SQ_STR)
                continue;
            ok = timestamp_in(c, first->u.str.ptr, first->u.str.len, now, &f);
        }
    } else if (raw && raw->type == SQ_STR) {
        const char *text = raw->u.str.ptr;
        size_t len = raw->u.str.len, base = 0;
        int searchable = 1;
        if (c->prefix) {
            int rc = pcre2_match(c->prefix, (PCRE2_SPTR)text, len, 0, 0, a->md, NULL);
            if (rc < 0) {
                searchable = 0; /* no prefix: no extraction */
            } else {
                base = pcre2_get_ovector_pointer(a->md)[1];
            }
        }
        if (searchable) {
            size_t window = len - base < c->lookahead ? len - base : c->lookahead;
            ok = timestamp_in(c, text + base, window, now, &f);
            if (ok) {
                f.start += base;
                f.end += base;
                from_raw = 1;
            }
        }
    }
    if (!ok) {
        /* Splunk would use the previous event's time, else the time of
         * indexing; the clock is not deterministic, so 0 stands for it. */
        sq_event_set(ev, SQ_SYM_TIME, sq_value_num(a->have_prev ? a->prev_time : 0));
        return;
    }
    sq_event_set(ev, SQ_SYM_TIME, sq_value_num(f.t));
    a->prev_time = f.t;
    a->have_prev = 1;
    if (c->extra_fields)
        set_date_fields(a, ev, &f, from_raw);
}

/* ---- aliases and calculated fields ----------------------------------------- */

static void apply_aliases(const compiled *c, sq_event *ev) {
    for (size_t i = 0; i < c->naliases; i++) {
        const alias *al = &c->aliases[i];
        if (al->from == al->to || al->skip)
            continue;
        const sq_value *src = sq_event_cget(ev, al->from);
        if (al->asnew) {
            if (src && !sq_event_cget(ev, al->to))
                sq_event_set(ev, al->to, sq_value_copy(src));
        } else if (src) {
            sq_event_set(ev, al->to, sq_value_copy(src));
        } else {
            sq_event_remove(ev, al->to);
        }
    }
}

static void apply_calcs(compiled *c, sq_event *ev) {
    for (size_t i = 0; i < c->ncalcs; i++) {
        sq_error err;
        sq_value v = SQ_VALUE_NULL;
        if (c->calcs[i].skip)
            continue;
        /* a runtime error in a calculated field leaves it null, as in Splunk */
        if (sq_expr_eval(c->calcs[i].expr, ev, &v, &err) < 0 || v.type == SQ_BOOL)
            sq_value_free(&v);
        c->results[i] = v;
    }
    for (size_t i = 0; i < c->ncalcs; i++)
        if (!c->calcs[i].skip)
            sq_event_set(ev, c->calcs[i].field, sq_value_move(&c->results[i]));
}

int sq_st_apply_event(sq_st_apply *a, sq_event *ev, sq_error *err) {
    const sq_value *stv = sq_event_cget(ev, SQ_SYM_SOURCETYPE);
    const char *name = stv && stv->type == SQ_STR ? stv->u.str.ptr : "";
    compiled *c = a->last;
    if (!c || strcmp(c->name, name) != 0) {
        c = NULL;
        for (size_t i = 0; i < a->n && !c; i++)
            if (strcmp(a->cs[i]->name, name) == 0)
                c = a->cs[i];
        if (!c)
            c = compile(a, name);
        a->last = c;
    }
    if (a->want_time)
        extract_time(a, c, ev);
    apply_aliases(c, ev);
    apply_calcs(c, ev);
    if (!a->want_tags)
        return 0;
    return sq_et_apply_event(a->et, ev, err);
}

void sq_st_apply_set_needed(sq_st_apply *a, const sq_needed *n) {
    a->needed = n;
    a->want_time = sq_needed_time(n);
    a->want_tags = sq_needed_tags(n);
}

/* ---- what knowledge reads, for the needed fields (needed.c) --------------- */

static void need_read(void *ud, const char *field) {
    sq_needed_add(ud, field, strlen(field));
}

/* One stanza's contribution; -1 when a calculated field cannot be read. */
static int stanza_need(const st_def *d, sq_needed *n) {
    sq_buf from = SQ_BUF_INIT, kw = SQ_BUF_INIT, to = SQ_BUF_INIT;
    int rc = 0;
    for (size_t k = 0; k < d->n && rc == 0; k++) {
        const st_kv *kv = &d->kvs[k];
        if (strncmp(kv->key, "FIELDALIAS-", 11) == 0) {
            const char *p = kv->value;
            while (alias_word(&p, &from) && alias_word(&p, &kw) && alias_word(&p, &to))
                if (sq_needed_has(n, to.data, to.len))
                    sq_needed_add(n, from.data, from.len);
        } else if (strncmp(kv->key, "EVAL-", 5) == 0 && kv->key[5] &&
                   sq_needed_has(n, kv->key + 5, strlen(kv->key + 5))) {
            sq_ast *e = NULL;
            sq_error err;
            sq_error_clear(&err);
            /* one that does not parse is never applied: it reads nothing */
            if (sq_parse(kv->value, strlen(kv->value), SQ_PARSE_EXPR, &e, &err) == 0 &&
                sq_expr_fields_read(e, need_read, n) < 0)
                rc = -1;
            sq_ast_free(e);
        } else if (strcmp(kv->key, "TIMESTAMP_FIELDS") == 0 && sq_needed_time(n)) {
            for (const char *p = kv->value; *p;) {
                while (*p == ',' || isspace((unsigned char)*p))
                    p++;
                const char *s = p;
                while (*p && *p != ',')
                    p++;
                const char *e = p;
                while (e > s && isspace((unsigned char)e[-1]))
                    e--;
                if (e > s)
                    sq_needed_add(n, s, (size_t)(e - s));
            }
        }
    }
    sq_buf_free(&from);
    sq_buf_free(&kw);
    sq_buf_free(&to);
    return rc;
}

int sq_sourcetypes_need(const sq_sourcetypes *s, sq_needed *n) {
    size_t before;
    do {
        if (sq_needed_all(n))
            return 0;
        before = sq_needed_count(n);
        if (sq_needed_time(n))
            sq_needed_add(n, "_raw", 4); /* TIME_PREFIX searches the text */
        for (size_t i = 0; s && i < s->n; i++)
            if (stanza_need(&s->defs[i], n) < 0)
                return -1;
    } while (sq_needed_count(n) != before);
    return 0;
}

/* ---- which fields knowledge can set (for the planner's prefilter) --------- */

/* Does `word` occur in s as a whole field-name-like word? */
static int mentions(const char *s, const char *name, size_t len) {
    for (const char *p = s; (p = strstr(p, name)) != NULL; p++) {
        int before = p == s || !(isalnum((unsigned char)p[-1]) || strchr("_.{}:", p[-1]));
        char c = p[len];
        int after = !c || !(isalnum((unsigned char)c) || strchr("_.{}:", c));
        if (before && after)
            return 1;
    }
    return 0;
}

int sq_sourcetypes_may_set(const sq_sourcetypes *s, const char *name, size_t len) {
    if (!s)
        return 0;
    char *want = sq_xstrndup(name, len);
    int hit = 0;
    sq_buf w = SQ_BUF_INIT, kw = SQ_BUF_INIT;
    for (size_t i = 0; i < s->n && !hit; i++) {
        const st_def *d = &s->defs[i];
        for (size_t k = 0; k < d->n && !hit; k++) {
            const st_kv *kv = &d->kvs[k];
            if (strncasecmp(kv->key, "EVAL-", 5) == 0) {
                hit = strcmp(kv->key + 5, want) == 0;
            } else if (strncasecmp(kv->key, "FIELDALIAS-", 11) == 0) {
                /* the word after each AS / ASNEW is a target */
                const char *p = kv->value;
                int prev_as = 0;
                while (!hit && alias_word(&p, &w)) {
                    if (prev_as && strcmp(w.data, want) == 0)
                        hit = 1;
                    prev_as = strcasecmp(w.data, "as") == 0 || strcasecmp(w.data, "asnew") == 0;
                }
            } else if (strncasecmp(kv->key, "TIME_", 5) == 0 ||
                       strncasecmp(kv->key, "MAX_TIMESTAMP", 13) == 0 ||
                       strcasecmp(kv->key, "TZ") == 0) {
                continue; /* how _time is found: sets no named field */
            } else {
                /* anything else (REPORT-, EXTRACT-, LOOKUP-, ...): any mention */
                hit = mentions(kv->key, want, len) || mentions(kv->value, want, len);
            }
        }
    }
    sq_buf_free(&w);
    sq_buf_free(&kw);
    free(want);
    return hit;
}
