/* writer.c — the writer object and what the formats share: which fields
 * are shown, how a value is displayed, the column union, UTF-8 helpers. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "output_int.h"
#include "splq/timefmt.h"

sq_writer *sq_writer_new(sq_outfmt fmt, FILE *out, const sq_symtab *syms) {
    sq_writer *w = sq_xcalloc(1, sizeof *w);
    w->fmt = fmt;
    w->out = out;
    w->syms = syms;
    return w;
}

void sq_writer_free(sq_writer *w) {
    if (!w)
        return;
    for (size_t i = 0; i < w->nheld; i++)
        if (w->held[i])
            sq_event_free(w->held[i]);
    free(w->held);
    sq_columns_free(&w->cols);
    sq_buf_free(&w->line);
    sq_buf_free(&w->text);
    free(w);
}

int sq_writer_row(sq_writer *w, sq_event *ev, sq_error *err) {
    if (w->finished) {
        sq_event_free(ev);
        return sq_fail(err, SQ_ERR_RUNTIME, "internal: row written after the output was finished");
    }
    w->rows++;
    if (w->fmt == SQ_OUT_JSON) {
        int rc = sq_json_row(w, ev, err);
        sq_event_free(ev);
        return rc;
    }
    sq_columns_add(&w->cols, w->syms, ev);
    if (w->nheld == w->capheld) {
        w->capheld = w->capheld ? 2 * w->capheld : 64;
        w->held = sq_xrealloc(w->held, w->capheld * sizeof *w->held);
    }
    w->held[w->nheld++] = ev;
    return 0;
}

int sq_writer_finish(sq_writer *w, sq_error *err) {
    if (w->finished)
        return 0;
    w->finished = 1;
    int rc = 0;
    if (w->fmt == SQ_OUT_CSV)
        rc = sq_csv_finish(w, err);
    else if (w->fmt == SQ_OUT_TABLE)
        rc = sq_table_finish(w, err);
    if (rc == 0 && fflush(w->out) != 0)
        return sq_fail(err, SQ_ERR_IO, "writing output: %s", strerror(errno));
    return rc;
}

void sq_writer_bind(sq_writer *w, const sq_symtab *syms) {
    w->syms = syms;
}

void sq_writer_set_width(sq_writer *w, int columns) {
    w->max_width = columns > 0 ? columns : 0;
}

void sq_writer_set_color(sq_writer *w, int on) {
    w->color = on != 0;
}

uint64_t sq_writer_rows(const sq_writer *w) {
    return w->rows;
}

int sq_outfmt_parse(const char *name, sq_outfmt *out) {
    static const struct {
        const char *name;
        sq_outfmt fmt;
    } names[] = {{"table", SQ_OUT_TABLE}, {"json", SQ_OUT_JSON}, {"csv", SQ_OUT_CSV}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (strcasecmp(name, names[i].name) == 0) {
            *out = names[i].fmt;
            return 0;
        }
    }
    return -1;
}

int sq_out_shown(const sq_symtab *syms, sq_sym s) {
    return s == SQ_SYM_TIME || s == SQ_SYM_RAW || !sq_sym_is_internal(syms, s);
}

void sq_out_scalar(sq_sym s, sq_value *v, int iso, sq_buf *out) {
    double t;
    /* _time is an epoch number; once a command made it a string (convert
     * ctime(_time), strftime) it is shown as that string. */
    if (s == SQ_SYM_TIME && v->type != SQ_MV && sq_value_number(v, &t)) {
        if (iso)
            sq_time_iso(t, out);
        else
            sq_time_display(t, out);
        return;
    }
    sq_value_format(v, out, NULL);
}

/* Field s as the next column, unless it is one already or not shown. */
/* Field s as the next column, unless it is one already or not shown. */
static void columns_add_sym(sq_columns *c, const sq_symtab *syms, sq_sym s) {
    c->col_of = sq_grow_zeroed(c->col_of, &c->ncol_of, s, sizeof *c->col_of, 64);
    if (c->col_of[s] || !sq_out_shown(syms, s))
        return;
    if (c->n == c->cap) {
        c->cap = c->cap ? 2 * c->cap : 16;
        c->syms = sq_xrealloc(c->syms, c->cap * sizeof *c->syms);
    }
    c->syms[c->n++] = s;
    c->col_of[s] = (uint32_t)c->n;
}

void sq_columns_add(sq_columns *c, const sq_symtab *syms, const sq_event *ev) {
    for (uint32_t i = 0; i < ev->n; i++)
        columns_add_sym(c, syms, ev->fields[i].sym);
}

void sq_writer_declare_columns(sq_writer *w, const sq_sym *syms, size_t n) {
    if (w->fmt == SQ_OUT_JSON || !w->syms)
        return; /* JSON rows hold what they hold; no table, nothing to name */
    for (size_t i = 0; i < n; i++)
        columns_add_sym(&w->cols, w->syms, syms[i]);
}

void sq_columns_row(const sq_columns *c, sq_event *ev, sq_value **slots) {
    memset(slots, 0, c->n * sizeof *slots);
    for (uint32_t i = 0; i < ev->n; i++) {
        sq_sym s = ev->fields[i].sym;
        if (s < c->ncol_of && c->col_of[s])
            slots[c->col_of[s] - 1] = &ev->fields[i].val;
    }
}

void sq_columns_free(sq_columns *c) {
    free(c->syms);
    free(c->col_of);
    memset(c, 0, sizeof *c);
}

int sq_out_flush(sq_writer *w, sq_buf *b, sq_error *err) {
    if (b->len && fwrite(b->data, 1, b->len, w->out) != b->len)
        return sq_fail(err, SQ_ERR_IO, "writing output: %s", strerror(errno));
    sq_buf_reset(b);
    return 0;
}

/* --- UTF-8 ---------------------------------------------------------------- */

size_t sq_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
    unsigned char c = s[0];
    size_t len;
    uint32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        len = 2, v = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3, v = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4, v = c & 0x07, min = 0x10000;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (n < len) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (s[i] & 0x3F);
    }
    /* Overlong forms, surrogates and values past U+10FFFF are not UTF-8. */
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = v;
    return len;
}

void sq_utf8_encode(uint32_t cp, sq_buf *out) {
    char b[4];
    if (cp < 0x80) {
        sq_buf_addc(out, (char)cp);
    } else if (cp < 0x800) {
        b[0] = (char)(0xC0 | (cp >> 6));
        b[1] = (char)(0x80 | (cp & 0x3F));
        sq_buf_add(out, b, 2);
    } else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12));
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        sq_buf_add(out, b, 3);
    } else {
        b[0] = (char)(0xF0 | (cp >> 18));
        b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (char)(0x80 | (cp & 0x3F));
        sq_buf_add(out, b, 4);
    }
}

typedef struct cp_range {
    uint32_t lo, hi;
} cp_range;

/* Combining marks and zero-width characters (the common blocks). */
static const cp_range zero_width[] = {
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD},   {0x05BF, 0x05BF}, {0x05C1, 0x05C2},
    {0x05C4, 0x05C5}, {0x05C7, 0x05C7}, {0x0610, 0x061A},   {0x064B, 0x065F}, {0x0670, 0x0670},
    {0x06D6, 0x06DC}, {0x06DF, 0x06E4}, {0x06E7, 0x06E8},   {0x06EA, 0x06ED}, {0x0900, 0x0902},
    {0x093A, 0x093A}, {0x093C, 0x093C}, {0x0941, 0x0948},   {0x094D, 0x094D}, {0x0951, 0x0957},
    {0x0E31, 0x0E31}, {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E},   {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF},
    {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x2064},   {0x20D0, 0x20FF}, {0xFE00, 0xFE0F},
    {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF}, {0xE0100, 0xE01EF},
};

/* East Asian wide and fullwidth characters, and emoji. */
static const cp_range double_width[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
    {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
    {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
    {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4},
    {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251}, {0x1F300, 0x1F64F},
    {0x1F680, 0x1F6FF}, {0x1F7E0, 0x1F7EB}, {0x1F90C, 0x1F9FF}, {0x1FA70, 0x1FAFF},
    {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

static int in_ranges(uint32_t cp, const cp_range *r, size_t n) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp > r[mid].hi)
            lo = mid + 1;
        else if (cp < r[mid].lo)
            hi = mid;
        else
            return 1;
    }
    return 0;
}

int sq_cp_width(uint32_t cp) {
    if (cp < 0x300)
        return 1;
    if (in_ranges(cp, zero_width, sizeof zero_width / sizeof zero_width[0]))
        return 0;
    if (in_ranges(cp, double_width, sizeof double_width / sizeof double_width[0]))
        return 2;
    return 1;
}
