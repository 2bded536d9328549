/* wildcard.c — the text matching under the search command: Splunk's '*'
 * wildcard over whole values, token-bounded terms in _raw, CIDR subnets.
 *
 * Breakers follow Splunk's default segmenters.conf: major breakers are
 * whitespace and [ ] < > ( ) { } | ! ; , ' " * & ? +; minor breakers are
 * / : = @ . - $ # % \ _.  Every other byte (letters, digits, bytes of UTF-8
 * sequences, ^ ~ `) is part of a token. */
#include <arpa/inet.h>
#include <string.h>
#include <sys/socket.h>

#include "internal.h"
#include "splq/search.h"

enum { BK_NONE = 0, BK_MINOR = 1, BK_MAJOR = 2 };

static const unsigned char breaker[256] = {
    [0] = BK_MAJOR,    [' '] = BK_MAJOR,  ['\t'] = BK_MAJOR, ['\n'] = BK_MAJOR, ['\r'] = BK_MAJOR,
    ['\v'] = BK_MAJOR, ['\f'] = BK_MAJOR, ['['] = BK_MAJOR,  [']'] = BK_MAJOR,  ['<'] = BK_MAJOR,
    ['>'] = BK_MAJOR,  ['('] = BK_MAJOR,  [')'] = BK_MAJOR,  ['{'] = BK_MAJOR,  ['}'] = BK_MAJOR,
    ['|'] = BK_MAJOR,  ['!'] = BK_MAJOR,  [';'] = BK_MAJOR,  [','] = BK_MAJOR,  ['\''] = BK_MAJOR,
    ['"'] = BK_MAJOR,  ['*'] = BK_MAJOR,  ['&'] = BK_MAJOR,  ['?'] = BK_MAJOR,  ['+'] = BK_MAJOR,
    ['/'] = BK_MINOR,  [':'] = BK_MINOR,  ['='] = BK_MINOR,  ['@'] = BK_MINOR,  ['.'] = BK_MINOR,
    ['-'] = BK_MINOR,  ['$'] = BK_MINOR,  ['#'] = BK_MINOR,  ['%'] = BK_MINOR,  ['\\'] = BK_MINOR,
    ['_'] = BK_MINOR,
};

static inline unsigned char fold(unsigned char c) {
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

static inline int same(char a, char b, int cs) {
    return cs ? a == b : fold((unsigned char)a) == fold((unsigned char)b);
}

int sq_search_is_breaker(unsigned char c, sq_bound level) {
    return level == SQ_BOUND_MAJOR ? breaker[c] == BK_MAJOR : breaker[c] != BK_NONE;
}

/* Classic glob matching with one backtrack point: linear in practice. */
int sq_wildcard_match(const char *pat, size_t plen, const char *s, size_t slen, int cs) {
    size_t p = 0, i = 0, star = (size_t)-1, mark = 0;
    while (i < slen) {
        if (p < plen && pat[p] == '*') {
            star = p++;
            mark = i;
        } else if (p < plen && same(pat[p], s[i], cs)) {
            p++;
            i++;
        } else if (star != (size_t)-1) {
            p = star + 1;
            i = ++mark;
        } else {
            return 0;
        }
    }
    while (p < plen && pat[p] == '*')
        p++;
    return p == plen;
}

/* --- terms --------------------------------------------------------------------- */

typedef struct term_ctx {
    const char *pat;
    size_t plen;
    const char *s;
    size_t slen;
    int cs;
    sq_bound level;
    int end_free; /* pat's last char is '*' or a breaker: no end boundary */
} term_ctx;

/* Does the star-free pat match s at si, ending at a token boundary? */
static int literal_at(const term_ctx *c, size_t si) {
    if (c->slen - si < c->plen)
        return 0;
    for (size_t pi = 0; pi < c->plen; pi++)
        if (!same(c->pat[pi], c->s[si + pi], c->cs))
            return 0;
    size_t e = si + c->plen;
    return c->end_free || e == c->slen || sq_search_is_breaker((unsigned char)c->s[e], c->level);
}

/* The next position >= from where c occurs (either case unless cs), or
 * slen.  memchr is vectorised: far faster than a byte loop.  *lo_at and
 * *up_at remember where each case was last found ((size_t)-1: not yet). */
static size_t next_candidate(const char *s, size_t slen, size_t from, unsigned char c, int cs,
                             size_t *lo_at, size_t *up_at) {
    unsigned char lo = fold(c), up = (lo >= 'a' && lo <= 'z') ? (unsigned char)(lo - 32) : lo;
    if (cs || lo == up) {
        const char *p = from < slen ? memchr(s + from, c, slen - from) : NULL;
        return p ? (size_t)(p - s) : slen;
    }
    if (*lo_at == (size_t)-1 || *lo_at < from) {
        const char *p = from < slen ? memchr(s + from, lo, slen - from) : NULL;
        *lo_at = p ? (size_t)(p - s) : slen;
    }
    if (*up_at == (size_t)-1 || *up_at < from) {
        const char *p = from < slen ? memchr(s + from, up, slen - from) : NULL;
        *up_at = p ? (size_t)(p - s) : slen;
    }
    return *lo_at < *up_at ? *lo_at : *up_at;
}

/* Terms with a '*' inside run as an NFA over the text, one state per
 * position in the pattern: linear in the text whatever the stars (a
 * backtracking matcher is exponential in the number of stars).  State j
 * active: pat[0..j) matched so far.  `live` counts the active states so
 * that the scan can skip ahead with memchr while nothing is under way. */
static int nfa_match(const term_ctx *c, int start_free) {
    const char *pat = c->pat, *s = c->s;
    size_t m = c->plen, slen = c->slen;
    unsigned char cur[SQ_SEARCH_TERM_MAX + 1], nxt[SQ_SEARCH_TERM_MAX + 1];
    memset(cur, 0, m + 1);
    size_t lo_at = (size_t)-1, up_at = (size_t)-1;
    size_t live = 0;
    for (size_t i = 0;; i++) {
        if (live == 0) { /* nothing under way: skip to where a match can start */
            i = next_candidate(s, slen, i, (unsigned char)pat[0], c->cs, &lo_at, &up_at);
            if (i >= slen)
                return 0;
        }
        if (start_free || i == 0 || sq_search_is_breaker((unsigned char)s[i - 1], c->level))
            cur[0] = 1;
        for (size_t j = 0; j < m; j++) /* a '*' may match nothing */
            if (cur[j] && pat[j] == '*')
                cur[j + 1] = 1;
        if (cur[m] &&
            (c->end_free || i == slen || sq_search_is_breaker((unsigned char)s[i], c->level)))
            return 1;
        if (i >= slen)
            return 0;
        unsigned char ch = (unsigned char)s[i];
        memset(nxt, 0, m + 1);
        live = 0;
        for (size_t j = 0; j < m; j++) {
            if (!cur[j])
                continue;
            if (pat[j] == '*') {
                if (breaker[ch] != BK_MAJOR) {
                    nxt[j] = 1;
                    live++;
                }
            } else if (same(pat[j], (char)ch, c->cs)) {
                nxt[j + 1] = 1;
                live++;
            }
        }
        memcpy(cur, nxt, m + 1);
    }
}

int sq_search_term_match(const char *pat, size_t plen, const char *s, size_t slen, int cs,
                         sq_bound level) {
    /* Leading and trailing '*'s only free the term's ends: a '*' may match
     * nothing, so "*Login*" is "Login" with no boundary needed either side. */
    size_t a = 0, b = plen;
    while (a < b && pat[a] == '*')
        a++;
    while (b > a && pat[b - 1] == '*')
        b--;
    if (a == b)
        return 1;
    unsigned char first = (unsigned char)pat[a], last = (unsigned char)pat[b - 1];
    term_ctx c = {
        pat + a, b - a, s, slen, cs, level, b < plen || sq_search_is_breaker(last, level)};
    int start_free = a > 0 || sq_search_is_breaker(first, level);
    if (memchr(c.pat, '*', c.plen))
        return c.plen <= SQ_SEARCH_TERM_MAX && nfa_match(&c, start_free);
    size_t lo_at = (size_t)-1, up_at = (size_t)-1; /* not searched yet */
    for (size_t st = 0; st < slen; st++) {
        st = next_candidate(s, slen, st, first, cs, &lo_at, &up_at);
        if (st >= slen)
            break;
        if (!start_free && st > 0 && !sq_search_is_breaker((unsigned char)s[st - 1], level))
            continue;
        if (literal_at(&c, st))
            return 1;
    }
    return 0;
}

/* --- CIDR ---------------------------------------------------------------------- */

int sq_search_cidr_parse(const char *s, size_t len, sq_search_cidr *out) {
    const char *slash = memchr(s, '/', len);
    if (!slash || slash == s || (size_t)(slash - s) >= 64)
        return 0;
    char addr[64];
    memcpy(addr, s, (size_t)(slash - s));
    addr[slash - s] = '\0';
    const char *b = slash + 1, *end = s + len;
    if (b == end || end - b > 3)
        return 0;
    int bits = 0;
    for (; b < end; b++) {
        if (*b < '0' || *b > '9')
            return 0;
        bits = bits * 10 + (*b - '0');
    }
    memset(out, 0, sizeof *out);
    if (inet_pton(AF_INET, addr, out->addr) == 1) {
        out->family = AF_INET;
        if (bits > 32)
            return 0;
    } else if (inet_pton(AF_INET6, addr, out->addr) == 1) {
        out->family = AF_INET6;
        if (bits > 128)
            return 0;
    } else {
        return 0;
    }
    out->bits = bits;
    return 1;
}

int sq_search_cidr_contains(const sq_search_cidr *c, const char *s, size_t len) {
    char text[64];
    unsigned char addr[16];
    if (len == 0 || len >= sizeof text)
        return 0;
    memcpy(text, s, len);
    text[len] = '\0';
    if (inet_pton(c->family, text, addr) != 1)
        return 0;
    int full = c->bits / 8, rest = c->bits % 8;
    if (memcmp(addr, c->addr, (size_t)full) != 0)
        return 0;
    if (rest == 0)
        return 1;
    unsigned char mask = (unsigned char)(0xFFu << (8 - rest));
    return (addr[full] & mask) == (c->addr[full] & mask);
}
