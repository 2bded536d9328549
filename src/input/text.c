/* text.c — plain-text logs: which files are plain text, and the events of
 * their lines.
 *
 * The decision is made once per file, from its first bytes (after gzip and
 * a UTF-8 byte order mark), never per line: a JSON file with one damaged
 * line must report that line as malformed, not turn it into a text event.
 * A file is JSON when
 *   - its first non-blank byte is '{' (JSON lines, pretty-printed objects,
 *     CloudTrail's {"Records":[...]}), or
 *   - it is '[' and the next non-blank byte is '{', '[' or ']', or the
 *     bracketed value there is valid JSON or does not close within the
 *     sample (an array of records; "[2024-03-11 ...] message" or
 *     "[error] ..." is text), or
 *   - at least half of the first lines of the sample (up to SNIFF_LINES
 *     non-blank lines) start with '{' (JSON lines whose first line is
 *     damaged);
 * otherwise it is plain text: every non-blank line is one event whose
 * `_raw` is the line without its line ending (LF or CRLF).
 *
 * A plain-text file with no -t gets a sourcetype from its first line, as
 * Splunk's pretrained sourcetypes would: RFC 3164/5424 syslog is `syslog`,
 * the NCSA combined/common web-server layouts are `access_combined` /
 * `access_common`; anything else is named after the file (its base name
 * without extensions: /var/log/app.log.gz is `app`), as Splunk names a
 * sourcetype it learns.  _time then comes from the sourcetype's knowledge
 * (src/sourcetype.c): TIME_PREFIX/TIME_FORMAT when a stanza sets them, else
 * the first timestamp recognised within the first 128 characters. */
#include <jansson.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "input/input_int.h"
#include "splq/buf.h"

#define SNIFF_LINES 100

static int blank_byte(int c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/* Is the '[' at buf[0] the start of a JSON value?  It is when it does not
 * close within the sample, or when what closes it parses as JSON.  Only
 * strings and bracket depth are tracked to find the end. */
static int json_array_at(const char *buf, size_t len) {
    int depth = 0, in_str = 0;
    for (size_t i = 0; i < len; i++) {
        char c = buf[i];
        if (in_str) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_str = 0;
        } else if (c == '"') {
            in_str = 1;
        } else if (c == '[' || c == '{') {
            depth++;
        } else if ((c == ']' || c == '}') && --depth == 0) {
            json_t *v = json_loadb(buf, i + 1, 0, NULL);
            json_decref(v);
            return v != NULL;
        }
    }
    return 1;
}

int sq_text_sniff(const char *buf, size_t len) {
    size_t i = 0;
    while (i < len && blank_byte((unsigned char)buf[i]))
        i++;
    if (i == len)
        return 0; /* nothing but blanks: no records either way */
    if (buf[i] == '{')
        return 0;
    if (buf[i] == '[') {
        size_t k = i + 1;
        while (k < len && blank_byte((unsigned char)buf[k]))
            k++;
        if (k == len || buf[k] == '{' || buf[k] == '[' || buf[k] == ']' ||
            json_array_at(buf + i, len - i))
            return 0;
    }
    size_t lines = 0, json = 0;
    for (size_t p = 0; p < len && lines < SNIFF_LINES;) {
        const char *nl = memchr(buf + p, '\n', len - p);
        size_t end = nl ? (size_t)(nl - buf) : len;
        size_t s = p;
        while (s < end && blank_byte((unsigned char)buf[s]))
            s++;
        if (s < end) {
            lines++;
            if (buf[s] == '{')
                json++;
        }
        p = end + 1;
    }
    return json * 2 < lines;
}

/* Does the pattern match at the start of line?  Compiled per call: this
 * runs once per file. */
static int line_matches(const char *pattern, const char *line, size_t len) {
    int code;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, PCRE2_ANCHORED,
                                   &code, &off, NULL);
    if (!re)
        return 0;
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    int rc = pcre2_match(re, (PCRE2_SPTR)line, len, 0, 0, md, NULL);
    pcre2_match_data_free(md);
    pcre2_code_free(re);
    return rc >= 0;
}

char *sq_text_sourcetype(const char *line, size_t len, const char *path) {
    static const struct {
        const char *name, *pattern;
    } pretrained[] = {
        {"access_combined", "\\S+ \\S+ \\S+ \\[\\d\\d/[A-Za-z]{3}/\\d{4}:\\d\\d:\\d\\d:\\d\\d "
                            "[-+]\\d{4}\\] \"[^\"]*\" \\d{3} (?:\\d+|-) \"[^\"]*\" \"[^\"]*\""},
        {"access_common", "\\S+ \\S+ \\S+ \\[\\d\\d/[A-Za-z]{3}/\\d{4}:\\d\\d:\\d\\d:\\d\\d "
                          "[-+]\\d{4}\\] \"[^\"]*\" \\d{3} (?:\\d+|-)\\s*$"},
        {"syslog", "(?:<\\d{1,3}>)?[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\S+ "},
        {"syslog", "<\\d{1,3}>1 \\d{4}-\\d\\d-\\d\\dT\\S+ \\S+ "},
    };
    for (size_t i = 0; i < sizeof pretrained / sizeof *pretrained; i++)
        if (line_matches(pretrained[i].pattern, line, len))
            return sq_xstrdup(pretrained[i].name);
    if (!path || strcmp(path, "-") == 0)
        return sq_xstrdup("stdin");
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    /* extensions go, but a name that is all extension (".log") keeps one */
    size_t n = strcspn(base + (base[0] == '.'), ".") + (base[0] == '.');
    return n ? sq_xstrndup(base, n) : sq_xstrdup("stdin");
}

void sq_text_fill(sq_event *ev, const char *line, size_t len) {
    sq_event_set(ev, SQ_SYM_RAW, sq_value_str(line, len));
}
