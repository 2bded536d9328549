/* conf.c — the reader of Splunk-style .conf files (props.conf, macros.conf,
 * transforms.conf): `[stanza]` headers and `key = value` lines, and
 * sq_read_file, the one "whole file into memory" helper of the project.
 *
 * The format, as Splunk reads it:
 *   - a line whose first non-blank character is '#' is a comment; '#' later
 *     in a line is part of the value;
 *   - `[name]` opens a stanza; the name runs to the last ']' of the line, so
 *     names such as `[source::...\[x\]]` survive;
 *   - `key = value`: the key is trimmed, the value trimmed at both ends;
 *   - a line ending in a backslash continues on the next line: the backslash
 *     is dropped and the line break is kept (Splunk keeps multi-line values,
 *     e.g. searches, on several lines);
 *   - keys before the first stanza belong to the stanza "default";
 *   - a stanza named twice in one file is one stanza (keys merged; a later
 *     key of the same name wins in sq_conf_get).
 * Any other line is an error naming file and line: silently dropping a
 * definition would make a query quietly mean something else. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "splq/buf.h"
#include "splq/conf.h"

static int is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* One physical line: [p, end) without its '\n' and trailing '\r'. */
static size_t line_end(const char *text, size_t len, size_t pos, size_t *next) {
    const char *nl = memchr(text + pos, '\n', len - pos);
    size_t end = nl ? (size_t)(nl - text) : len;
    *next = nl ? end + 1 : len;
    if (end > pos && text[end - 1] == '\r')
        end--;
    return end;
}

static void trim(const char **s, size_t *n) {
    while (*n > 0 && is_blank(**s)) {
        (*s)++;
        (*n)--;
    }
    while (*n > 0 && is_blank((*s)[*n - 1]))
        (*n)--;
}

static sq_conf_stanza *find_stanza(sq_conf *c, const char *name, size_t n) {
    for (size_t i = 0; i < c->nstanzas; i++) {
        sq_conf_stanza *s = &c->stanzas[i];
        if (strlen(s->name) == n && memcmp(s->name, name, n) == 0)
            return s;
    }
    return NULL;
}

static sq_conf_stanza *add_stanza(sq_conf *c, const char *name, size_t n, int line) {
    sq_conf_stanza *s = find_stanza(c, name, n);
    if (s)
        return s;
    c->stanzas = sq_xrealloc(c->stanzas, (c->nstanzas + 1) * sizeof *c->stanzas);
    s = &c->stanzas[c->nstanzas++];
    s->name = sq_xstrndup(name, n);
    s->line = line;
    s->kvs = NULL;
    s->nkvs = 0;
    return s;
}

static void add_kv(sq_conf_stanza *s, const char *key, size_t klen, char *value, int line) {
    s->kvs = sq_xrealloc(s->kvs, (s->nkvs + 1) * sizeof *s->kvs);
    sq_conf_kv *kv = &s->kvs[s->nkvs++];
    kv->key = sq_xstrndup(key, klen);
    kv->value = value;
    kv->line = line;
}

/* Read the value that starts at [v, v + vlen) of line `*lineno`, following
 * continuation lines; *pos is advanced past every line consumed. */
static char *read_value(const char *text, size_t len, const char *v, size_t vlen, size_t *pos,
                        int *lineno) {
    sq_buf b = SQ_BUF_INIT;
    for (;;) {
        size_t t = vlen;
        while (t > 0 && is_blank(v[t - 1]))
            t--;
        int cont = t > 0 && v[t - 1] == '\\';
        sq_buf_add(&b, v, cont ? t - 1 : vlen);
        if (!cont || *pos >= len)
            break;
        sq_buf_addc(&b, '\n');
        size_t next;
        size_t end = line_end(text, len, *pos, &next);
        v = text + *pos;
        vlen = end - *pos;
        *pos = next;
        (*lineno)++;
    }
    const char *s = sq_buf_cstr(&b);
    size_t n = b.len;
    trim(&s, &n);
    char *out = sq_xstrndup(s, n);
    sq_buf_free(&b);
    return out;
}

int sq_conf_parse(const char *path, const char *text, size_t len, sq_conf **out, sq_error *err) {
    *out = NULL;
    sq_conf *c = sq_xcalloc(1, sizeof *c);
    c->path = sq_xstrdup(path ? path : "-");
    sq_conf_stanza *cur = NULL;
    size_t pos = 0;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        pos = 3; /* a UTF-8 byte order mark */
    int lineno = 0;
    while (pos < len) {
        size_t next;
        size_t end = line_end(text, len, pos, &next);
        const char *s = text + pos;
        size_t n = end - pos;
        pos = next;
        lineno++;
        trim(&s, &n);
        if (n == 0 || s[0] == '#')
            continue;
        if (s[0] == '[') {
            const char *close = NULL;
            for (size_t i = n; i > 1; i--)
                if (s[i - 1] == ']') {
                    close = s + i - 1;
                    break;
                }
            if (!close) {
                sq_conf_free(c);
                return sq_fail(err, SQ_ERR_SYNTAX, "%s:%d: stanza header without a closing ']'",
                               path, lineno);
            }
            const char *name = s + 1;
            size_t nlen = (size_t)(close - name);
            trim(&name, &nlen);
            cur = add_stanza(c, name, nlen, lineno);
            continue;
        }
        const char *eq = memchr(s, '=', n);
        if (!eq || eq == s) {
            sq_conf_free(c);
            return sq_fail(err, SQ_ERR_SYNTAX, "%s:%d: expected `key = value` or `[stanza]`", path,
                           lineno);
        }
        const char *key = s;
        size_t klen = (size_t)(eq - s);
        trim(&key, &klen);
        const char *v = eq + 1;
        size_t vlen = (size_t)(s + n - v);
        int kline = lineno;
        char *value = read_value(text, len, v, vlen, &pos, &lineno);
        if (!cur)
            cur = add_stanza(c, "default", 7, kline);
        add_kv(cur, key, klen, value, kline);
    }
    *out = c;
    return 0;
}

int sq_conf_load(const char *path, sq_conf **out, sq_error *err) {
    char *text;
    size_t len;
    *out = NULL;
    if (sq_read_file(path, &text, &len, err) < 0)
        return -1;
    int rc = sq_conf_parse(path, text, len, out, err);
    free(text);
    return rc;
}

void sq_conf_free(sq_conf *c) {
    if (!c)
        return;
    for (size_t i = 0; i < c->nstanzas; i++) {
        sq_conf_stanza *s = &c->stanzas[i];
        for (size_t j = 0; j < s->nkvs; j++) {
            free(s->kvs[j].key);
            free(s->kvs[j].value);
        }
        free(s->kvs);
        free(s->name);
    }
    free(c->stanzas);
    free(c->path);
    free(c);
}

const char *sq_conf_get(const sq_conf_stanza *s, const char *key) {
    if (!s)
        return NULL;
    for (size_t i = s->nkvs; i > 0; i--)
        if (strcmp(s->kvs[i - 1].key, key) == 0)
            return s->kvs[i - 1].value;
    return NULL;
}

int sq_read_file(const char *path, char **out, size_t *len, sq_error *err) {
    *out = NULL;
    *len = 0;
    int is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f)
        return sq_fail(err, SQ_ERR_IO, "%s: %s", path, strerror(errno));
    sq_buf b = SQ_BUF_INIT;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        sq_buf_add(&b, chunk, n);
    int failed = ferror(f);
    int saved = errno;
    if (!is_stdin)
        fclose(f);
    if (failed) {
        sq_buf_free(&b);
        return sq_fail(err, SQ_ERR_IO, "%s: %s", path, strerror(saved));
    }
    *len = b.len;
    *out = sq_buf_steal(&b); /* "" for an empty file */
    return 0;
}

static int name_has_suffix(const char *name, const char *const *suffixes) {
    size_t n = strlen(name);
    for (; *suffixes; suffixes++) {
        size_t m = strlen(*suffixes);
        if (n > m && strcmp(name + n - m, *suffixes) == 0)
            return 1;
    }
    return 0;
}

static int cmp_paths(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int sq_dir_files(const char *dir, const char *what, const char *const *suffixes, char ***paths,
                 size_t *n, sq_error *err) {
    *paths = NULL;
    *n = 0;
    DIR *d = opendir(dir);
    if (!d)
        return sq_fail(err, SQ_ERR_IO, "%s: cannot open %s", dir, what);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' || !name_has_suffix(e->d_name, suffixes))
            continue;
        sq_buf path = SQ_BUF_INIT;
        sq_buf_printf(&path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path.data, &st) == 0 && S_ISREG(st.st_mode)) {
            *paths = sq_xrealloc(*paths, (*n + 1) * sizeof **paths);
            (*paths)[(*n)++] = sq_buf_steal(&path);
        } else {
            sq_buf_free(&path);
        }
    }
    closedir(d);
    if (*n > 1)
        sq_sort(*paths, *n, sizeof **paths, cmp_paths);
    return 0;
}

void sq_dir_files_free(char **paths, size_t n) {
    for (size_t i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
}
