/* scan.c — the selective JSON scanner: the fields a plan needs from a
 * record, read in one pass over its bytes without building a DOM.
 *
 * The jansson path (json_event.c) stays the reference: for every record
 * this scanner accepts, the fields it adds are exactly those sq_json_fill
 * would add for the needed names (same flattened names, values, number
 * spelling, multivalue order).  Whatever it cannot settle with certainty it
 * refuses, and the caller hands the record to jansson, which then also
 * reports malformed records as before.  It refuses:
 *   - anything that is not valid JSON, or whose root is not an object;
 *   - \u0000 and \u escapes of surrogates (jansson pairs or rejects them),
 *     invalid UTF-8, raw control bytes in strings (jansson rejects the
 *     record and json_event.c reads a repaired copy);
 *   - an integer of 19 digits or more (it may not fit 64 bits, and then
 *     jansson reads every number of the record as a double), a real number
 *     that overflows, or whose digits are too long to check cheaply;
 *   - nesting deeper than SCAN_MAX_DEPTH;
 *   - an escape in a key on the way to a needed field;
 *   - a key met twice in one object on the way to a needed field (jansson
 *     keeps the last value at the first key's place).
 * Without duplicate keys jansson iterates objects in document order, so a
 * depth-first walk in document order meets values in the order the DOM
 * flattening does: dotted keys meeting nested ones ("a.b" and {"a":{"b"}})
 * and array elements give the same multivalues.
 *
 * Names: a trie of the needed names, walked key by key as the record
 * nests ('.' between an object's name and its keys, none below an empty
 * name, "{}" for array elements), so that a key off every needed path is
 * rejected at its first bytes and its value skipped (validated, not
 * decoded).  Strings are skipped 16 bytes at a time with SSE2 where the
 * target has it.  Values are decoded into a buffer reused across records,
 * and only added to the event once the whole record is accepted. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "input/input_int.h"
#include "input/scan.h"
#include "splq/buf.h"
#include "splq/prefilter.h"
#include "splq/sourcetype.h"

#define SCAN_MAX_DEPTH 64

typedef struct tnode {
    int child;   /* first child, -1: none */
    int sibling; /* next sibling, -1: none */
    unsigned char byte;
    unsigned char terminal; /* a needed name ends here */
    sq_sym sym;
} tnode;

typedef struct hit {
    sq_sym sym;
    size_t off, len; /* the value in vals */
} hit;

typedef struct keyref {
    size_t off, len; /* a key on a needed path, in the record */
} keyref;

struct sq_scan {
    tnode *nodes; /* nodes[0]: the empty name */
    size_t nnodes, capnodes;
    int raw;
    /* sourcetype detection's keys (sq_sourcetype_detect_key) */
    const char *keys[SQ_DETECT_KEYS];
    unsigned char klen[SQ_DETECT_KEYS];
    unsigned short bylen[32]; /* keys of each length */
    sq_scan_out *own;         /* for sq_scan_fill */
};

/* Results of the records scanned so far, and the state of the one being
 * scanned: one per thread. */
struct sq_scan_out {
    const tnode *nodes; /* the plan's, during a scan */
    const sq_scan *plan;
    unsigned found; /* detection keys seen in this record's strings */
    sq_buf vals;
    hit *hits;
    size_t nhits, caphits;
    keyref *keys;
    size_t nkeys, capkeys;
    const unsigned char *s;
    size_t len, i;
    int depth;
};

/* ---- the trie ------------------------------------------------------------ */

static int step_in(const tnode *nodes, int node, unsigned char b) {
    for (int c = nodes[node].child; c >= 0; c = nodes[c].sibling)
        if (nodes[c].byte == b)
            return c;
    return -1;
}

#define step(sc, node, b) step_in((sc)->nodes, node, b)

static int add_node(sq_scan *sc, int parent, unsigned char b) {
    int got = step(sc, parent, b);
    if (got >= 0)
        return got;
    if (sc->nnodes == sc->capnodes) {
        sc->capnodes = sc->capnodes ? sc->capnodes * 2 : 64;
        sc->nodes = sq_xrealloc(sc->nodes, sc->capnodes * sizeof *sc->nodes);
    }
    int n = (int)sc->nnodes++;
    sc->nodes[n] = (tnode){.child = -1, .sibling = sc->nodes[parent].child, .byte = b};
    sc->nodes[parent].child = n;
    return n;
}

static int walk(const sq_scan_out *sc, int node, const unsigned char *k, size_t n) {
    for (size_t j = 0; j < n && node >= 0; j++)
        node = step(sc, node, k[j]);
    return node;
}

sq_scan *sq_scan_new(sq_query *q, const sq_needed *n) {
    if (sq_needed_all(n) || sq_fastpath_off("SCAN"))
        return NULL;
    sq_scan *sc = sq_xcalloc(1, sizeof *sc);
    sc->capnodes = 64;
    sc->nodes = sq_xmalloc(sc->capnodes * sizeof *sc->nodes);
    sc->nodes[0] = (tnode){.child = -1, .sibling = -1};
    sc->nnodes = 1;
    sc->raw = sq_needed_has(n, "_raw", 4);
    sc->own = sq_scan_out_new();
    for (int k = 0; k < SQ_DETECT_KEYS; k++) {
        sc->keys[k] = sq_sourcetype_detect_key(k);
        sc->klen[k] = (unsigned char)strlen(sc->keys[k]);
        if (sc->klen[k] < 32)
            sc->bylen[sc->klen[k]] |= (unsigned short)(1u << k);
    }
    for (size_t i = 0; i < sq_needed_count(n); i++) {
        const char *name = sq_needed_name(n, i);
        size_t len = strlen(name);
        /* never JSON fields (json_event.c's add_field) */
        if (len == 0 || strcmp(name, "_raw") == 0 || strcmp(name, "_time") == 0)
            continue;
        int node = 0;
        for (size_t j = 0; j < len; j++)
            node = add_node(sc, node, (unsigned char)name[j]);
        sc->nodes[node].terminal = 1;
        sc->nodes[node].sym = sq_intern(q->syms, name, len);
    }
    return sc;
}

void sq_scan_free(sq_scan *sc) {
    if (!sc)
        return;
    free(sc->nodes);
    sq_scan_out_free(sc->own);
    free(sc);
}

sq_scan_out *sq_scan_out_new(void) {
    sq_scan_out *o = sq_xcalloc(1, sizeof *o);
    sq_buf_reserve(&o->vals, 256); /* vals.data is never NULL below */
    return o;
}

void sq_scan_out_reset(sq_scan_out *o) {
    o->nhits = 0;
    sq_buf_reset(&o->vals);
}

void sq_scan_out_free(sq_scan_out *o) {
    if (!o)
        return;
    free(o->hits);
    free(o->keys);
    sq_buf_free(&o->vals);
    free(o);
}

int sq_scan_wants_raw(const sq_scan *sc) {
    return sc && sc->raw;
}

/* ---- lexing -------------------------------------------------------------- */

static inline void skip_ws(sq_scan_out *sc) {
    /* compact JSON has none: one test in the common case */
    if (sc->i < sc->len && sc->s[sc->i] > ' ')
        return;
    while (sc->i < sc->len) {
        unsigned char c = sc->s[sc->i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        sc->i++;
    }
}

/* A byte a string scan must stop at: quote, backslash, control, non-ASCII. */
static int special(unsigned char c) {
    return c == '"' || c == '\\' || c < 0x20 || c >= 0x80;
}

static size_t find_special(const unsigned char *s, size_t i, size_t len) {
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), bslash = _mm_set1_epi8('\\'),
                  space = _mm_set1_epi8(0x20);
    while (i + 16 <= len) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        /* signed: bytes >= 0x80 are negative, so below 0x20 too */
        __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, bslash)),
                                 _mm_cmplt_epi8(x, space));
        int mask = _mm_movemask_epi8(m);
        if (mask)
            return i + (size_t)__builtin_ctz((unsigned)mask);
        i += 16;
    }
#endif
    while (i < len && !special(s[i]))
        i++;
    return i;
}

static int hexval(unsigned char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static void put_utf8(sq_buf *b, unsigned u) {
    char t[3];
    if (u < 0x80) {
        sq_buf_addc(b, (char)u);
    } else if (u < 0x800) {
        t[0] = (char)(0xC0 | (u >> 6));
        t[1] = (char)(0x80 | (u & 0x3F));
        sq_buf_add(b, t, 2);
    } else {
        t[0] = (char)(0xE0 | (u >> 12));
        t[1] = (char)(0x80 | ((u >> 6) & 0x3F));
        t[2] = (char)(0x80 | (u & 0x3F));
        sq_buf_add(b, t, 3);
    }
}

/* Sourcetype detection looks for the raw text `"K"` of keys K.  In a record
 * the scanner accepts, every raw '"' opens or closes a string or is part of
 * an escape \", so `"K"` occurs exactly where a string's raw content is K
 * or ends with \"K: noted here for each string, key or value.  The second
 * form needs a raw '"' inside the string, so only an escaped string can
 * hold it: the common unescaped string costs one table lookup. */
static void note_keys(sq_scan_out *sc, const unsigned char *c, size_t len, int escaped) {
    const sq_scan *p = sc->plan;
    if (len < 32)
        for (unsigned m = p->bylen[len]; m; m &= m - 1) {
            int k = __builtin_ctz(m);
            if (c[0] == (unsigned char)p->keys[k][0] && !memcmp(c, p->keys[k], len))
                sc->found |= 1u << k;
        }
    if (!escaped)
        return;
    for (int k = 0; k < SQ_DETECT_KEYS; k++) {
        size_t kl = p->klen[k];
        if (len >= kl + 2 && c[len - kl - 1] == '"' && !memcmp(c + len - kl, p->keys[k], kl))
            sc->found |= 1u << k;
    }
}

/* The string at s[i] == '"'; decoded into vals when decode.  *escaped: it
 * held an escape.  0, or -1 to refuse the record. */
static int scan_string(sq_scan_out *sc, int decode, int *escaped) {
    const unsigned char *s = sc->s;
    size_t len = sc->len, i = sc->i + 1;
    *escaped = 0;
    for (;;) {
        size_t run = i;
        i = find_special(s, i, len);
        if (decode && i > run)
            sq_buf_add(&sc->vals, (const char *)s + run, i - run);
        if (i >= len)
            return -1;
        unsigned char c = s[i];
        if (c == '"') {
            note_keys(sc, s + sc->i + 1, i - sc->i - 1, *escaped);
            sc->i = i + 1;
            return 0;
        }
        if (c < 0x20)
            return -1;
        if (c >= 0x80) {
            size_t n = sq_utf8_seq(s + i, len - i);
            if (n == 0)
                return -1;
            if (decode)
                sq_buf_add(&sc->vals, (const char *)s + i, n);
            i += n;
            continue;
        }
        /* a backslash */
        *escaped = 1;
        if (i + 1 >= len)
            return -1;
        char out;
        switch (s[i + 1]) {
        case '"':
        case '\\':
        case '/':
            out = (char)s[i + 1];
            break;
        case 'b':
            out = '\b';
            break;
        case 'f':
            out = '\f';
            break;
        case 'n':
            out = '\n';
            break;
        case 'r':
            out = '\r';
            break;
        case 't':
            out = '\t';
            break;
        case 'u': {
            if (i + 6 > len)
                return -1;
            unsigned u = 0;
            for (int k = 2; k < 6; k++) {
                int h = hexval(s[i + k]);
                if (h < 0)
                    return -1;
                u = u << 4 | (unsigned)h;
            }
            if (u == 0 || (u >= 0xD800 && u <= 0xDFFF))
                return -1;
            if (decode)
                put_utf8(&sc->vals, u);
            i += 6;
            continue;
        }
        default:
            return -1;
        }
        if (decode)
            sq_buf_addc(&sc->vals, out);
        i += 2;
    }
}

static int is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}

/* A number at s[i]; its text as the extraction spells it into vals when
 * emit.  0, or -1 to refuse the record. */
static int scan_number(sq_scan_out *sc, int emit) {
    const unsigned char *s = sc->s;
    size_t len = sc->len, i = sc->i, start = i;
    if (s[i] == '-')
        i++;
    if (i >= len)
        return -1;
    size_t int_start = i;
    if (s[i] == '0')
        i++;
    else if (is_digit(s[i]))
        while (i < len && is_digit(s[i]))
            i++;
    else
        return -1;
    size_t int_digits = i - int_start;
    int real = 0, expo = 0;
    if (i < len && s[i] == '.') {
        i++;
        if (i >= len || !is_digit(s[i]))
            return -1;
        while (i < len && is_digit(s[i]))
            i++;
        real = 1;
    }
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < len && (s[i] == '+' || s[i] == '-'))
            i++;
        if (i >= len || !is_digit(s[i]))
            return -1;
        while (i < len && is_digit(s[i]))
            i++;
        real = expo = 1;
    }
    sc->i = i;
    size_t n = i - start;
    if (!real) {
        if (int_digits >= 19) /* maybe beyond 64 bits: jansson rereads as reals */
            return -1;
        if (emit) {
            if (n == 2 && s[start] == '-' && s[start + 1] == '0')
                sq_buf_addc(&sc->vals, '0'); /* read as the integer 0 */
            else
                sq_buf_add(&sc->vals, (const char *)s + start, n);
        }
        return 0;
    }
    if (!emit && !expo && int_digits <= 300)
        return 0; /* cannot overflow a double */
    char tmp[400];
    if (n >= sizeof tmp)
        return -1;
    memcpy(tmp, s + start, n);
    tmp[n] = '\0';
    double d = strtod(tmp, NULL);
    if (isinf(d)) /* jansson: "real number overflow" */
        return -1;
    if (emit)
        sq_json_format_real(d, 0, &sc->vals);
    return 0;
}

static void add_hit(sq_scan_out *sc, sq_sym sym, size_t off) {
    if (sc->nhits == sc->caphits) {
        sc->caphits = sc->caphits ? sc->caphits * 2 : 32;
        sc->hits = sq_xrealloc(sc->hits, sc->caphits * sizeof *sc->hits);
    }
    sc->hits[sc->nhits++] = (hit){sym, off, sc->vals.len - off};
}

/* ---- structure ------------------------------------------------------------ */

static int scan_value(sq_scan_out *sc, int node);

/* An object at s[i] == '{' whose name's trie node is node (-1: off every
 * needed path: validated only). */
/* After a member or element: 1 at a ',' (consumed, with the blanks after
 * it), 0 at the closing byte (consumed), -1 at anything else. */
static int next_item(sq_scan_out *sc, char close) {
    skip_ws(sc);
    if (sc->i >= sc->len)
        return -1;
    char c = sc->s[sc->i++];
    if (c == ',') {
        skip_ws(sc);
        return 1;
    }
    return c == close ? 0 : -1;
}

static int scan_object(sq_scan_out *sc, int node) {
    if (++sc->depth > SCAN_MAX_DEPTH)
        return -1;
    sc->i++;
    /* keys continue the name after a '.', or start it below an empty name */
    int base = node < 0 ? -1 : node == 0 ? 0 : step(sc, node, '.');
    size_t mark = sc->nkeys;
    skip_ws(sc);
    if (sc->i < sc->len && sc->s[sc->i] == '}') {
        sc->i++;
        sc->depth--;
        return 0;
    }
    for (;;) {
        if (sc->i >= sc->len || sc->s[sc->i] != '"')
            return -1;
        size_t kstart = sc->i + 1;
        int escaped;
        if (scan_string(sc, 0, &escaped) < 0)
            return -1;
        size_t klen = sc->i - 1 - kstart;
        int knode = -1;
        if (base >= 0) {
            if (escaped)
                return -1; /* its decoded name might be on a needed path */
            knode = walk(sc, base, sc->s + kstart, klen);
            if (knode >= 0) {
                for (size_t k = mark; k < sc->nkeys; k++)
                    if (sc->keys[k].len == klen &&
                        !memcmp(sc->s + sc->keys[k].off, sc->s + kstart, klen))
                        return -1; /* a duplicate key: jansson keeps the last */
                if (sc->nkeys == sc->capkeys) {
                    sc->capkeys = sc->capkeys ? sc->capkeys * 2 : 32;
                    sc->keys = sq_xrealloc(sc->keys, sc->capkeys * sizeof *sc->keys);
                }
                sc->keys[sc->nkeys++] = (keyref){kstart, klen};
            }
        }
        skip_ws(sc);
        if (sc->i >= sc->len || sc->s[sc->i] != ':')
            return -1;
        sc->i++;
        skip_ws(sc);
        if (scan_value(sc, knode) < 0)
            return -1;
        int more = next_item(sc, '}');
        if (more < 0)
            return -1;
        if (!more)
            break;
    }
    sc->nkeys = mark;
    sc->depth--;
    return 0;
}

static int scan_array(sq_scan_out *sc, int node) {
    if (++sc->depth > SCAN_MAX_DEPTH)
        return -1;
    sc->i++;
    int elem = node < 0 ? -1 : step(sc, node, '{');
    if (elem >= 0)
        elem = step(sc, elem, '}');
    skip_ws(sc);
    if (sc->i < sc->len && sc->s[sc->i] == ']') {
        sc->i++;
        sc->depth--;
        return 0;
    }
    for (;;) {
        if (scan_value(sc, elem) < 0)
            return -1;
        int more = next_item(sc, ']');
        if (more < 0)
            return -1;
        if (!more)
            break;
    }
    sc->depth--;
    return 0;
}

static int scan_literal(sq_scan_out *sc, const char *word, size_t n, int emit, sq_sym sym) {
    if (sc->len - sc->i < n || memcmp(sc->s + sc->i, word, n) != 0)
        return -1;
    sc->i += n;
    if (emit) {
        size_t off = sc->vals.len;
        sq_buf_add(&sc->vals, word, n);
        add_hit(sc, sym, off);
    }
    return 0;
}

static int scan_value(sq_scan_out *sc, int node) {
    if (sc->i >= sc->len)
        return -1;
    int emit = node >= 0 && sc->nodes[node].terminal;
    sq_sym sym = emit ? sc->nodes[node].sym : 0;
    unsigned char c = sc->s[sc->i];
    switch (c) {
    case '{':
        return scan_object(sc, node);
    case '[':
        return scan_array(sc, node);
    case '"': {
        size_t off = sc->vals.len;
        int escaped;
        if (scan_string(sc, emit, &escaped) < 0)
            return -1;
        if (emit)
            add_hit(sc, sym, off);
        return 0;
    }
    case 't':
        return scan_literal(sc, "true", 4, emit, sym);
    case 'f':
        return scan_literal(sc, "false", 5, emit, sym);
    case 'n':
        return scan_literal(sc, "null", 4, emit, sym);
    default:
        if (c == '-' || is_digit(c)) {
            size_t off = sc->vals.len;
            if (scan_number(sc, emit) < 0)
                return -1;
            if (emit)
                add_hit(sc, sym, off);
            return 0;
        }
        return -1;
    }
}

int sq_scan_record(const sq_scan *plan, sq_scan_out *sc, const char *text, size_t len,
                   size_t *first) {
    size_t nhits = sc->nhits, nvals = sc->vals.len;
    sc->nodes = plan->nodes;
    sc->plan = plan;
    sc->found = 0;
    sc->s = (const unsigned char *)text;
    sc->len = len;
    sc->i = 0;
    sc->depth = 0;
    sc->nkeys = 0;
    *first = nhits;
    skip_ws(sc);
    int ok = sc->i < len && sc->s[sc->i] == '{' && scan_object(sc, 0) == 0;
    if (ok) {
        skip_ws(sc);
        ok = sc->i == len;
    }
    if (!ok) { /* forget what this record added */
        sc->nhits = nhits;
        sc->vals.len = nvals;
    }
    return ok;
}

size_t sq_scan_out_hits(const sq_scan_out *o) {
    return o->nhits;
}

const char *sq_scan_out_sourcetype(const sq_scan_out *o) {
    return sq_sourcetype_from_keys(o->found);
}

const char *sq_scan_sourcetype(const sq_scan *s) {
    return sq_scan_out_sourcetype(s->own);
}

void sq_scan_commit(const sq_scan *plan, const sq_scan_out *o, size_t from, size_t to, sq_event *ev,
                    const char *text, size_t len) {
    if (plan->raw)
        sq_event_set(ev, SQ_SYM_RAW, sq_value_str(text, len));
    for (size_t k = from; k < to; k++) {
        const hit *h = &o->hits[k];
        sq_value v = sq_value_str(o->vals.data + h->off, h->len);
        sq_value *have = sq_event_get(ev, h->sym);
        if (have)
            sq_value_mv_push(have, v);
        else
            sq_event_set(ev, h->sym, v);
    }
}

int sq_scan_fill(sq_scan *sc, sq_event *ev, const char *text, size_t len) {
    /* the whole record is checked before the event changes */
    size_t first;
    sq_scan_out_reset(sc->own);
    if (!sq_scan_record(sc, sc->own, text, len, &first))
        return 0;
    sq_scan_commit(sc, sc->own, first, sq_scan_out_hits(sc->own), ev, text, len);
    return 1;
}
