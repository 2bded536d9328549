/* internal.h — pieces of the search matcher shared between src/search/ files:
 * token-bounded term matching and CIDR subnets. */
#ifndef SPLQ_SEARCH_INTERNAL_H
#define SPLQ_SEARCH_INTERNAL_H

#include <stddef.h>

/* How a term's ends must sit in the text (Splunk's segmenters.conf). */
typedef enum sq_bound {
    SQ_BOUND_ANY,  /* bare terms, CASE(): any major or minor breaker */
    SQ_BOUND_MAJOR /* TERM(): major breakers only */
} sq_bound;

/* Is c a breaker at this level? */
int sq_search_is_breaker(unsigned char c, sq_bound level);

/* Longest term with '*' inside that sq_search_term_match handles (the
 * matcher refuses longer ones at compile time). */
#define SQ_SEARCH_TERM_MAX 1024

/* Does the term pat (with '*' wildcards) occur in s[0..slen) as a run of
 * whole tokens: starting after a breaker (or at the start) and ending before
 * one (or at the end)?  A '*' matches any run of characters that are not
 * major breakers.  An edge of pat that is itself a breaker needs no
 * boundary.  Case-insensitive (ASCII) unless cs. */
int sq_search_term_match(const char *pat, size_t plen, const char *s, size_t slen, int cs,
                         sq_bound level);

typedef struct sq_search_cidr {
    int family; /* AF_INET or AF_INET6 */
    unsigned char addr[16];
    int bits;
} sq_search_cidr;

/* Parse "10.0.0.0/8" or "2001:db8::/32": 1 on success. */
int sq_search_cidr_parse(const char *s, size_t len, sq_search_cidr *out);
/* Is the text s[0..len) an address inside c? */
int sq_search_cidr_contains(const sq_search_cidr *c, const char *s, size_t len);

#endif
