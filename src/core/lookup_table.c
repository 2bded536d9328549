/* lookup_table.c — lookup tables in memory, and the CSV files they come
 * from and go to.
 *
 * CSV as Splunk writes and reads lookup files (RFC 4180): the first record
 * is the header; fields are separated by commas; a field in double quotes
 * may hold commas, line breaks and doubled quotes; records end with LF or
 * CRLF.  A UTF-8 byte order mark is skipped, blank lines are skipped, a
 * record with fewer fields than the header has empty cells, extra fields
 * are dropped.  Blanks around a cell are dropped, outside quotes
 * (security_content's tables write "a, b", and its rules compare the
 * values without the blank).  An empty cell reads as "no value".  Files are read through
 * zlib, so .csv.gz tables (and plain ones) read alike. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <zlib.h>

#include "lookup_int.h"
#include "splq/buf.h"

sq_lookup_table *sq_lookup_table_new(void) {
    sq_lookup_table *t = sq_xcalloc(1, sizeof *t);
    t->case_sensitive = 1;
    t->max_matches = SQ_LOOKUP_MAX_MATCHES_DEFAULT;
    t->min_matches = 0;
    t->default_match = sq_xstrdup("");
    return t;
}

void sq_lookup_table_add_col(sq_lookup_table *t, const char *name, size_t len) {
    t->cols = sq_xrealloc(t->cols, (t->ncols + 1) * sizeof *t->cols);
    t->match = sq_xrealloc(t->match, (t->ncols + 1) * sizeof *t->match);
    t->cols[t->ncols] = sq_xstrndup(name, len);
    t->match[t->ncols] = SQ_MATCH_EXACT;
    t->ncols++;
}

void sq_lookup_table_free(sq_lookup_table *t) {
    if (!t)
        return;
    for (size_t i = 0; i < t->nrows * t->ncols; i++)
        free(t->cells[i]);
    free(t->cells);
    for (size_t i = 0; i < t->ncols; i++)
        free(t->cols[i]);
    free(t->cols);
    free(t->match);
    free(t->name);
    free(t->path);
    free(t->default_match);
    free(t);
}

int sq_lookup_col(const sq_lookup_table *t, const char *name) {
    for (size_t i = 0; i < t->ncols; i++)
        if (strcmp(t->cols[i], name) == 0)
            return (int)i;
    return -1;
}

const char *sq_lookup_cell(const sq_lookup_table *t, size_t row, size_t col) {
    const char *c = t->cells[row * t->ncols + col];
    return c ? c : "";
}

/* --- reading ---------------------------------------------------------------- */

static int slurp(const char *path, sq_buf *out, sq_error *err) {
    gzFile f = gzopen(path, "rb");
    if (!f)
        return sq_fail(err, SQ_ERR_IO, "%s: cannot open: %s", path,
                       strerror(errno ? errno : ENOENT));
    char chunk[65536];
    for (;;) {
        int n = gzread(f, chunk, sizeof chunk);
        if (n < 0) {
            int zerr;
            const char *msg = gzerror(f, &zerr);
            sq_fail(err, SQ_ERR_IO, "%s: read error: %s", path, msg);
            gzclose(f);
            return -1;
        }
        if (n == 0)
            break;
        sq_buf_add(out, chunk, (size_t)n);
    }
    gzclose(f);
    return 0;
}

/* The CSV scanner: one record at a time into `fields` (offsets into cell). */
typedef struct csv_scan {
    const char *p, *end;
    sq_buf cell;
    char **fields;
    size_t n, cap;
} csv_scan;

static void scan_push(csv_scan *s) {
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 16;
        s->fields = sq_xrealloc(s->fields, s->cap * sizeof *s->fields);
    }
    s->fields[s->n++] = s->cell.len ? sq_xstrndup(s->cell.data, s->cell.len) : NULL;
    sq_buf_reset(&s->cell);
}

static void scan_clear(csv_scan *s) {
    for (size_t i = 0; i < s->n; i++)
        free(s->fields[i]);
    s->n = 0;
}

/* 1: a record in s->fields; 0: end of input; -1: malformed. */
static int scan_record(csv_scan *s) {
    scan_clear(s);
    /* blank lines are not records */
    while (s->p < s->end && (*s->p == '\n' || *s->p == '\r'))
        s->p++;
    if (s->p >= s->end)
        return 0;
    for (;;) {
        /* blanks around a cell are not part of it (outside quotes) */
        while (s->p < s->end && (*s->p == ' ' || *s->p == '\t'))
            s->p++;
        size_t keep = 0; /* quoted content is kept whole */
        if (s->p < s->end && *s->p == '"') {
            s->p++;
            for (;;) {
                if (s->p >= s->end)
                    return -1; /* unterminated quote */
                if (*s->p == '"') {
                    if (s->p + 1 < s->end && s->p[1] == '"') {
                        sq_buf_addc(&s->cell, '"');
                        s->p += 2;
                        continue;
                    }
                    s->p++;
                    break;
                }
                sq_buf_addc(&s->cell, *s->p++);
            }
            /* text after the closing quote belongs to the cell (lenient) */
            keep = s->cell.len;
        }
        while (s->p < s->end && *s->p != ',' && *s->p != '\n' && *s->p != '\r')
            sq_buf_addc(&s->cell, *s->p++);
        while (s->cell.len > keep &&
               (s->cell.data[s->cell.len - 1] == ' ' || s->cell.data[s->cell.len - 1] == '\t'))
            s->cell.len--;
        scan_push(s);
        if (s->p >= s->end)
            return 1;
        if (*s->p == ',') {
            s->p++;
            continue;
        }
        if (*s->p == '\r')
            s->p++;
        if (s->p < s->end && *s->p == '\n')
            s->p++;
        return 1;
    }
}

static size_t line_at(const char *start, const char *p) {
    size_t line = 1;
    for (const char *q = start; q < p; q++)
        line += *q == '\n';
    return line;
}

int sq_csv_read(const char *path, sq_lookup_table **out, sq_error *err) {
    *out = NULL;
    sq_buf text = SQ_BUF_INIT;
    if (slurp(path, &text, err) < 0) {
        sq_buf_free(&text);
        return -1;
    }
    csv_scan s = {.p = text.data ? text.data : "", .end = (text.data ? text.data : "") + text.len};
    if (s.end - s.p >= 3 && memcmp(s.p, "\xEF\xBB\xBF", 3) == 0)
        s.p += 3;
    sq_lookup_table *t = sq_lookup_table_new();
    size_t caprows = 0;
    int rc = scan_record(&s);
    if (rc > 0) {
        for (size_t i = 0; i < s.n; i++)
            sq_lookup_table_add_col(t, s.fields[i] ? s.fields[i] : "",
                                    s.fields[i] ? strlen(s.fields[i]) : 0);
        while (t->ncols > 0 && (rc = scan_record(&s)) > 0) {
            if (t->nrows == caprows) {
                caprows = caprows ? caprows * 2 : 64;
                t->cells = sq_xrealloc(t->cells, caprows * t->ncols * sizeof *t->cells);
            }
            char **row = t->cells + t->nrows * t->ncols;
            for (size_t c = 0; c < t->ncols; c++) {
                row[c] = c < s.n ? s.fields[c] : NULL;
                if (c < s.n)
                    s.fields[c] = NULL; /* moved into the table */
            }
            t->nrows++;
        }
        /* the cells' text, their pointers and the allocator's overhead */
        t->bytes = text.len + caprows * t->ncols * (sizeof *t->cells + 16);
    }
    if (rc < 0) {
        sq_fail(err, SQ_ERR_IO, "%s:%zu: malformed CSV (a quoted field is not closed)", path,
                line_at(text.data, s.p));
        sq_lookup_table_free(t);
        t = NULL;
    }
    scan_clear(&s);
    free(s.fields);
    sq_buf_free(&s.cell);
    sq_buf_free(&text);
    if (!t)
        return -1;
    *out = t;
    return 0;
}

int sq_csv_read_header(const char *path, char ***cols, size_t *ncols, sq_error *err) {
    sq_lookup_table *t;
    *cols = NULL;
    *ncols = 0;
    if (sq_csv_read(path, &t, err) < 0)
        return -1;
    *cols = sq_xcalloc(t->ncols + 1, sizeof **cols);
    for (size_t i = 0; i < t->ncols; i++)
        (*cols)[i] = sq_xstrdup(t->cols[i]);
    *ncols = t->ncols;
    sq_lookup_table_free(t);
    return 0;
}

/* --- writing ----------------------------------------------------------------- */

static void csv_cell(sq_buf *b, const char *s) {
    if (!s)
        return;
    if (!s[strcspn(s, ",\"\r\n")] && s[0] != ' ' && (!*s || s[strlen(s) - 1] != ' ')) {
        sq_buf_adds(b, s);
        return;
    }
    sq_buf_addc(b, '"');
    for (; *s; s++) {
        if (*s == '"')
            sq_buf_addc(b, '"');
        sq_buf_addc(b, *s);
    }
    sq_buf_addc(b, '"');
}

static int is_gz(const char *path) {
    size_t n = strlen(path);
    return n >= 3 && strcasecmp(path + n - 3, ".gz") == 0;
}

int sq_csv_write(const char *path, int append, const char *const *cols, size_t ncols,
                 const char *const *cells, size_t nrows, sq_error *err) {
    if (append && is_gz(path))
        return sq_fail(err, SQ_ERR_ARG, "%s: cannot append to a .gz lookup file", path);
    sq_buf b = SQ_BUF_INIT;
    if (!append) {
        for (size_t c = 0; c < ncols; c++) {
            if (c)
                sq_buf_addc(&b, ',');
            csv_cell(&b, cols[c]);
        }
        if (ncols)
            sq_buf_addc(&b, '\n');
    }
    for (size_t r = 0; r < nrows; r++) {
        for (size_t c = 0; c < ncols; c++) {
            if (c)
                sq_buf_addc(&b, ',');
            csv_cell(&b, cells[r * ncols + c]);
        }
        sq_buf_addc(&b, '\n');
    }
    /* A new file is written beside the target and renamed over it, so a
     * failed write never leaves half a table behind. */
    sq_buf tmp = SQ_BUF_INIT;
    sq_buf_printf(&tmp, "%s.tmp.%ld", path, (long)getpid());
    const char *target = append ? path : tmp.data;
    int rc = 0;
    if (is_gz(path)) {
        gzFile f = gzopen(target, "wb");
        if (!f || (b.len && gzwrite(f, b.data, (unsigned)b.len) != (int)b.len))
            rc = sq_fail(err, SQ_ERR_IO, "%s: cannot write: %s", path, strerror(errno));
        if (f && gzclose(f) != Z_OK && rc == 0)
            rc = sq_fail(err, SQ_ERR_IO, "%s: cannot write", path);
    } else {
        FILE *f = fopen(target, append ? "ab" : "wb");
        if (!f || (b.len && fwrite(b.data, 1, b.len, f) != b.len))
            rc = sq_fail(err, SQ_ERR_IO, "%s: cannot write: %s", path, strerror(errno));
        if (f && fclose(f) != 0 && rc == 0)
            rc = sq_fail(err, SQ_ERR_IO, "%s: cannot write: %s", path, strerror(errno));
    }
    if (!append) {
        if (rc == 0 && rename(tmp.data, path) != 0)
            rc = sq_fail(err, SQ_ERR_IO, "%s: cannot write: %s", path, strerror(errno));
        if (rc != 0)
            unlink(tmp.data);
    }
    sq_buf_free(&tmp);
    sq_buf_free(&b);
    return rc;
}
