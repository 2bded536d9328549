/* reader.c — turns an input file into records: the text of one JSON object
 * at a time, or one line of a plain-text file.
 *
 * The layout is recognised from the first bytes, never from the file name.
 * Whether the file is JSON at all is decided first, once per file
 * (sq_text_sniff, text.c); plain text yields each non-blank line as it
 * stands (without its LF or CRLF).  JSON files are read as
 *   - JSON lines: the first object ends on its first line; then every
 *     non-blank line is one record (a line that is not JSON is reported
 *     later, when it fails to parse);
 *   - otherwise a stream of JSON values, where an array yields its elements,
 *     an object whose first key is "Records" holding an array (CloudTrail's
 *     delivery format) yields that array's elements, and any other object is
 *     one record (a single pretty-printed object, or several in a row).
 * gzip input is recognised by zlib from its magic bytes (plain files pass
 * through unchanged).  The file is streamed: memory holds one record plus a
 * read chunk, whatever the size of the file.
 *
 * Records are framed by a scanner that only tracks strings and bracket depth;
 * whether a record is valid JSON is decided by whoever parses it.  Framing
 * problems (a truncated record, an array element that is not an object, a
 * missing comma between elements) are reported here as "FILE:LINE: reason";
 * the reader then carries on with what follows. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "input/input_int.h"
#include "splq/buf.h"
#include "splq/input.h"

#define CHUNK (256u << 10)
/* Where each read lands is kept to this alignment: the kernel's copy into
 * a misaligned buffer was measured five times slower (AMD EPYC, 1.45 GB
 * from the page cache: 0.84 s of system time against 0.17 s). */
#define READ_ALIGN 64u
/* How much of the start of a file decides whether it is JSON or text. */
#define SNIFF_BYTES (64u << 10)

typedef enum mode { MODE_UNKNOWN, MODE_LINES, MODE_VALUES, MODE_TEXT } mode;

struct sq_reader {
    char *path;    /* as given */
    char *display; /* for messages: the path, or "<stdin>" */
    gzFile gz;     /* gzip input, and pipes (zlib sees whether they are gzip) */
    int fd;        /* a plain regular file, read directly: -1 when gz is used */
    sq_diag *diag;
    sq_counters *counters;
    char *buf;
    size_t len, cap;
    size_t pos;    /* scan position in buf */
    uint64_t line; /* line number at buf[pos] */
    int eof;
    mode mode;
    int in_array;    /* between the brackets of an array of records */
    int wrapper;     /* ...which is the value of {"Records": ...} */
    int need_sep;    /* an element was read: ',' or ']' comes next */
    int sep_warned;  /* warn once per array about missing commas */
    int io_error;    /* a read failed: reported by sq_reader_next */
    uint64_t size;   /* of a regular file, for progress reports; 0: unknown */
    uint64_t offset; /* bytes read from fd */
};

/* ---- buffer ---------------------------------------------------------------- */

/* Room for another chunk at buf + len, with buf READ_ALIGN-aligned (and
 * one byte more for a terminating NUL). */
static void reserve_chunk(sq_reader *r) {
    if (r->cap - r->len >= CHUNK)
        return;
    size_t cap = r->cap ? r->cap * 2 : CHUNK * 2;
    while (cap - r->len < CHUNK)
        cap *= 2;
    char *buf = sq_xaligned(READ_ALIGN, cap + 1);
    if (r->len)
        memcpy(buf, r->buf, r->len);
    free(r->buf);
    r->buf = buf;
    r->cap = cap;
}

/* One read of at most CHUNK bytes: the byte count, 0 at end, -1 on error. */
static int read_chunk(sq_reader *r) {
    if (r->fd < 0)
        return gzread(r->gz, r->buf + r->len, CHUNK);
    ssize_t n;
    do
        n = read(r->fd, r->buf + r->len, CHUNK);
    while (n < 0 && errno == EINTR);
    if (n > 0)
        r->offset += (uint64_t)n;
    return (int)n;
}

/* Read another chunk.  1: more bytes; 0: end of input; -1: fatal error. */
static int fill(sq_reader *r, sq_error *err) {
    if (r->eof)
        return 0;
    reserve_chunk(r);
    int n = read_chunk(r);
    if (n > 0) {
        r->len += (size_t)n;
        if (r->counters)
            r->counters->bytes_read += (uint64_t)n;
        return 1;
    }
    if (r->fd >= 0) {
        r->eof = 1;
        if (n == 0)
            return 0;
        r->io_error = 1;
        return sq_fail(err, SQ_ERR_IO, "%s: %s", r->display, strerror(errno));
    }
    r->eof = 1;
    int code;
    const char *msg = gzerror(r->gz, &code);
    if (code == Z_OK || code == Z_STREAM_END)
        return 0;
    if (code == Z_ERRNO) {
        r->io_error = 1; /* sticky: some callers only see "no more bytes" */
        return sq_fail(err, SQ_ERR_IO, "%s: %s", r->display, strerror(errno));
    }
    /* A damaged or cut-off gzip stream: keep what was decompressed.  The
     * unreadable rest counts as one skipped line, so that the run's summary
     * says something was lost. */
    sq_warnf(r->diag, "%s: gzip data is damaged (%s); the rest of the file is ignored", r->display,
             msg);
    sq_count_skip(r->counters, SQ_SKIP_GZIP);
    return 0;
}

/* The byte at offset i, reading more when needed; -1 at end, -2 on error. */
static int peek(sq_reader *r, size_t i, sq_error *err) {
    while (i >= r->len) {
        int rc = fill(r, err);
        if (rc <= 0)
            return rc < 0 ? -2 : -1;
    }
    return (unsigned char)r->buf[i];
}

/* Move the scan position to `to`, counting the lines crossed. */
static void advance(sq_reader *r, size_t to) {
    if (to == r->pos)
        return;
    const char *p = r->buf + r->pos, *end = r->buf + to;
    while (p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
        r->line++;
        p++;
    }
    r->pos = to;
}

/* Drop what has been consumed (records handed out earlier die here).  Only
 * once the consumed part outweighs the rest, so that each byte is moved a
 * bounded number of times. */
static void compact(sq_reader *r) {
    if (r->pos == 0 || r->pos < r->len - r->pos)
        return;
    /* the kept tail goes where the next read lands aligned */
    size_t tail = r->len - r->pos, head = (READ_ALIGN - tail % READ_ALIGN) % READ_ALIGN;
    if (head >= r->pos)
        return;
    memmove(r->buf + head, r->buf + r->pos, tail);
    r->len = head + tail;
    r->pos = head;
}

static int is_ws(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Skip whitespace.  Returns the next byte, -1 at end, -2 on error. */
static int skip_ws(sq_reader *r, sq_error *err) {
    for (;;) {
        int c = peek(r, r->pos, err);
        if (c < 0 || !is_ws(c))
            return c;
        advance(r, r->pos + 1);
    }
}

/* ---- scanning ---------------------------------------------------------------- */

enum { SCAN_OK = 0, SCAN_TRUNCATED = 1, SCAN_ERROR = -1 };

/* Find the end of the JSON value starting at `start` (an object or array
 * from its bracket, a string, or a bare scalar), given `depth` brackets
 * already open.  Only strings and bracket depth are tracked: no recursion, so
 * any nesting is safe here. */
static int scan_value(sq_reader *r, size_t start, int depth, size_t *end, sq_error *err) {
    size_t i = start;
    int c = peek(r, i, err);
    if (c == -2)
        return SCAN_ERROR;
    if (c < 0)
        return SCAN_TRUNCATED;
    if (depth == 0 && c != '{' && c != '[' && c != '"') {
        while ((c = peek(r, i, err)) >= 0 && !is_ws(c) && c != ',' && c != ']' && c != '}')
            i++;
        if (c == -2)
            return SCAN_ERROR;
        *end = i;
        return SCAN_OK;
    }
    int in_str = 0;
    for (;;) {
        if (i >= r->len) {
            int rc = fill(r, err);
            if (rc < 0)
                return SCAN_ERROR;
            if (rc == 0)
                return SCAN_TRUNCATED;
        }
        const char *p = r->buf + i, *lim = r->buf + r->len;
        for (; p < lim; p++) {
            char ch = *p;
            if (in_str) {
                if (ch == '\\') {
                    if (p + 1 >= lim)
                        break; /* the escaped byte is in the next chunk */
                    p++;
                } else if (ch == '"') {
                    in_str = 0;
                    if (depth == 0) { /* a bare string value */
                        *end = (size_t)(p + 1 - r->buf);
                        return SCAN_OK;
                    }
                }
            } else if (ch == '"') {
                in_str = 1;
            } else if (ch == '{' || ch == '[') {
                depth++;
            } else if (ch == '}' || ch == ']') {
                if (--depth <= 0) {
                    *end = (size_t)(p + 1 - r->buf);
                    return SCAN_OK;
                }
            }
        }
        i = (size_t)(p - r->buf);
        if (i < r->len) { /* stopped on a backslash at the end of the chunk */
            if (peek(r, i + 1, err) < 0)
                return r->eof ? SCAN_TRUNCATED : SCAN_ERROR;
            i += 2;
        }
    }
}

/* Is there {"Records": [ at pos?  If so, *after is the offset past '['. */
static int records_wrapper(sq_reader *r, size_t pos, size_t *after, sq_error *err) {
    static const char key[] = "\"Records\"";
    size_t i = pos + 1;
    int c;
    while ((c = peek(r, i, err)) >= 0 && is_ws(c))
        i++;
    for (size_t k = 0; k < sizeof key - 1; k++, i++)
        if (peek(r, i, err) != key[k])
            return 0;
    while ((c = peek(r, i, err)) >= 0 && is_ws(c))
        i++;
    if (c != ':')
        return 0;
    i++;
    while ((c = peek(r, i, err)) >= 0 && is_ws(c))
        i++;
    if (c != '[')
        return 0;
    *after = i + 1;
    return 1;
}

/* Report a record the reader has to drop. */
static void skipped(sq_reader *r, uint64_t line, const char *why, sq_skip_reason reason) {
    sq_warnf(r->diag, "%s:%llu: %s", r->display, (unsigned long long)line, why);
    sq_count_skip(r->counters, reason);
}

/* Plain text, from the first SNIFF_BYTES (text.c).  A text file holding a
 * NUL byte there is binary: Splunk does not index those either; it is
 * reported and counted as one skipped line. */
static int decide_text(sq_reader *r, sq_error *err) {
    while (r->len - r->pos < SNIFF_BYTES && !r->eof)
        if (fill(r, err) < 0)
            return -1;
    size_t n = r->len - r->pos;
    if (n > SNIFF_BYTES)
        n = SNIFF_BYTES;
    if (!sq_text_sniff(r->buf + r->pos, n))
        return 0;
    r->mode = MODE_TEXT;
    if (memchr(r->buf + r->pos, '\0', n)) {
        sq_warnf(r->diag, "%s: binary data (a NUL byte among the first bytes), not read",
                 r->display);
        sq_count_skip(r->counters, SQ_SKIP_BINARY);
        advance(r, r->len);
        r->eof = 1;
    }
    return 0;
}

/* JSON lines when the first object closes on its own line; else values. */
static int decide_mode(sq_reader *r, sq_error *err) {
    /* a UTF-8 byte order mark is not part of the data */
    if (peek(r, 0, err) == 0xEF && peek(r, 1, err) == 0xBB && peek(r, 2, err) == 0xBF)
        advance(r, 3);
    if (decide_text(r, err) < 0)
        return -1;
    if (r->mode == MODE_TEXT)
        return 0;
    int c = skip_ws(r, err);
    if (c == -2)
        return -1;
    size_t end, after;
    r->mode = MODE_LINES;
    if (c == '[') {
        r->mode = MODE_VALUES;
    } else if (c == '{') {
        if (records_wrapper(r, r->pos, &after, err)) {
            r->mode = MODE_VALUES;
        } else {
            int rc = scan_value(r, r->pos, 0, &end, err);
            if (rc == SCAN_ERROR)
                return -1;
            if (rc == SCAN_OK && memchr(r->buf + r->pos, '\n', end - r->pos))
                r->mode = MODE_VALUES;
        }
    }
    return 0;
}

/* ---- the two layouts ------------------------------------------------------- */

static int next_line(sq_reader *r, sq_record *rec, sq_error *err) {
    for (;;) {
        size_t from = r->pos;
        const char *nl;
        for (;;) {
            nl = r->len > from ? memchr(r->buf + from, '\n', r->len - from) : NULL;
            if (nl)
                break;
            from = r->len;
            int rc = fill(r, err);
            if (rc < 0)
                return -1;
            if (rc == 0)
                break;
        }
        if (!nl && r->pos >= r->len)
            return 0;
        size_t eol = nl ? (size_t)(nl - r->buf) : r->len;
        size_t s = r->pos, e = eol;
        while (s < e && is_ws((unsigned char)r->buf[s]))
            s++;
        while (e > s && is_ws((unsigned char)r->buf[e - 1]))
            e--;
        uint64_t line = r->line;
        size_t start = r->pos;
        advance(r, nl ? eol + 1 : eol);
        if (s == e)
            continue;
        if (r->mode == MODE_TEXT) { /* a text line keeps its blanks */
            s = start;
            e = eol > s && r->buf[eol - 1] == '\r' ? eol - 1 : eol;
        }
        rec->text = r->buf + s;
        rec->len = e - s;
        rec->line = line;
        return 1;
    }
}

/* After the Records array: skip to the end of the wrapper object. */
static int finish_wrapper(sq_reader *r, sq_error *err) {
    uint64_t line = r->line;
    size_t end;
    int rc = scan_value(r, r->pos, 1, &end, err);
    if (rc == SCAN_ERROR)
        return -1;
    if (rc == SCAN_TRUNCATED) {
        sq_warnf(r->diag, "%s:%llu: input ends inside the {\"Records\": ...} object", r->display,
                 (unsigned long long)line);
        advance(r, r->len);
        return 0;
    }
    advance(r, end);
    return 0;
}

/* Frame one value at pos as a record: 1 yielded, 0 dropped, -1 error. */
static int take_value(sq_reader *r, sq_record *rec, int in_array, sq_error *err) {
    uint64_t line = r->line;
    size_t end;
    int rc = scan_value(r, r->pos, 0, &end, err);
    if (rc == SCAN_ERROR)
        return -1;
    if (rc == SCAN_TRUNCATED) {
        skipped(r, line, "input ends inside a record", SQ_SKIP_TRUNCATED);
        advance(r, r->len);
        r->in_array = 0;
        return 0;
    }
    if (r->buf[r->pos] != '{') {
        skipped(r, line, in_array ? "array element is not a JSON object" : "not a JSON object",
                SQ_SKIP_NOT_OBJECT);
        if (end == r->pos) /* a stray ']' or '}' */
            end++;
        advance(r, end);
        return 0;
    }
    rec->text = r->buf + r->pos;
    rec->len = end - r->pos;
    rec->line = line;
    advance(r, end);
    return 1;
}

static int next_value(sq_reader *r, sq_record *rec, sq_error *err) {
    for (;;) {
        int c = skip_ws(r, err);
        if (c == -2)
            return -1;
        if (r->in_array) {
            if (c == -1) {
                sq_warnf(r->diag, "%s:%llu: input ends inside an array", r->display,
                         (unsigned long long)r->line);
                r->in_array = 0;
                return 0;
            }
            if (c == ']') {
                advance(r, r->pos + 1);
                r->in_array = 0;
                if (r->wrapper && finish_wrapper(r, err) < 0)
                    return -1;
                continue;
            }
            if (c == ',') {
                advance(r, r->pos + 1);
                r->need_sep = 0;
                continue;
            }
            if (r->need_sep && !r->sep_warned) {
                /* records written one after another without commas: read
                 * them anyway, once warned */
                sq_warnf(r->diag, "%s:%llu: missing ',' between array elements", r->display,
                         (unsigned long long)r->line);
                r->sep_warned = 1;
            }
            r->need_sep = 1;
            int rc = take_value(r, rec, 1, err);
            if (rc != 0)
                return rc;
            continue;
        }
        if (c == -1)
            return 0;
        size_t after;
        if (c == '[') {
            advance(r, r->pos + 1);
            r->in_array = 1, r->wrapper = 0, r->need_sep = 0, r->sep_warned = 0;
            continue;
        }
        if (c == '{' && records_wrapper(r, r->pos, &after, err)) {
            advance(r, after);
            r->in_array = 1, r->wrapper = 1, r->need_sep = 0, r->sep_warned = 0;
            continue;
        }
        if (c != '{') { /* not JSON at all: drop the rest of the line */
            uint64_t line = r->line;
            int ch;
            size_t i = r->pos;
            while ((ch = peek(r, i, err)) >= 0 && ch != '\n')
                i++;
            if (ch == -2)
                return -1;
            advance(r, i);
            skipped(r, line, "not a JSON object", SQ_SKIP_NOT_OBJECT);
            continue;
        }
        int rc = take_value(r, rec, 0, err);
        if (rc != 0)
            return rc;
    }
}

/* ---- public ------------------------------------------------------------------ */

/* A regular file that does not start with gzip's magic bytes: read with
 * read(2), sparing zlib's pass-through copy.  Pipes and gzip go to zlib. */
static int plain_file(int fd, const struct stat *st) {
    unsigned char magic[2];
    if (!S_ISREG(st->st_mode))
        return 0;
    ssize_t n = pread(fd, magic, 2, 0);
    return n >= 0 && !(n == 2 && magic[0] == 0x1f && magic[1] == 0x8b);
}

int sq_reader_open(const char *path, sq_diag *diag, sq_counters *counters, sq_reader **out,
                   sq_error *err) {
    *out = NULL;
    int is_stdin = strcmp(path, "-") == 0;
    int fd = is_stdin ? dup(STDIN_FILENO) : open(path, O_RDONLY);
    if (fd < 0)
        return sq_fail(err, SQ_ERR_IO, "%s: %s", is_stdin ? "<stdin>" : path, strerror(errno));
    struct stat st;
    int have_st = fstat(fd, &st) == 0;
    if (have_st && S_ISDIR(st.st_mode)) {
        close(fd);
        return sq_fail(err, SQ_ERR_IO, "%s: is a directory", path);
    }
    gzFile gz = NULL;
    if (!have_st || !plain_file(fd, &st)) {
        gz = gzdopen(fd, "rb");
        if (!gz) {
            close(fd);
            return sq_fail(err, SQ_ERR_NOMEM, "%s: cannot set up decompression", path);
        }
        /* zlib reads (or inflates) straight into our buffer when a request
         * is at least twice its own buffer; smaller requests go through a
         * copy. */
        gzbuffer(gz, CHUNK / 2);
    }
    sq_reader *r = sq_xcalloc(1, sizeof *r);
    r->path = sq_xstrdup(path);
    r->display = sq_xstrdup(is_stdin ? "<stdin>" : path);
    r->gz = gz;
    r->fd = gz ? -1 : fd;
    r->diag = diag;
    r->counters = counters;
    r->line = 1;
    if (have_st && S_ISREG(st.st_mode))
        r->size = (uint64_t)st.st_size;
    *out = r;
    return 0;
}

void sq_reader_set_sinks(sq_reader *r, sq_diag *diag, sq_counters *counters) {
    r->diag = diag;
    r->counters = counters;
}

int sq_reader_next(sq_reader *r, sq_record *rec, sq_error *err) {
    compact(r);
    if (r->mode == MODE_UNKNOWN && decide_mode(r, err) < 0)
        return -1;
    int rc = r->mode == MODE_VALUES ? next_value(r, rec, err) : next_line(r, rec, err);
    return r->io_error ? -1 : rc;
}

int sq_reader_is_text(sq_reader *r, sq_error *err) {
    if (r->mode == MODE_UNKNOWN && decide_mode(r, err) < 0)
        return -1;
    return r->mode == MODE_TEXT;
}

uint64_t sq_reader_position(sq_reader *r, uint64_t *size) {
    *size = r->size;
    if (r->fd >= 0)
        return r->offset;
    z_off_t off = gzoffset(r->gz);
    return off > 0 ? (uint64_t)off : 0;
}

uint64_t sq_reader_plain_size(const sq_reader *r) {
    return r->fd >= 0 ? r->size : 0;
}

const char *sq_reader_path(const sq_reader *r) {
    return r->path;
}

void sq_reader_close(sq_reader *r) {
    if (!r)
        return;
    if (r->gz)
        gzclose(r->gz);
    else
        close(r->fd);
    free(r->buf);
    free(r->path);
    free(r->display);
    free(r);
}
