/* timefmt.c — Splunk's time formats: strftime/strptime with Splunk's extra
 * specifiers, relative time modifiers ("-1d@d"), and the display forms of
 * _time.
 *
 * Local time is the C library's, from the TZ environment variable.  Times are
 * epoch seconds in doubles; sub-second parts are rounded to microseconds
 * before they are printed, because a double holding an epoch near 2e9 keeps
 * only about seven decimals after the point: asking it for nanoseconds would
 * print noise (1.123 must print as "123", not "122999906"). */
#include "splq/timefmt.h"

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

/* ---- splitting a time for printing --------------------------------------- */

typedef struct split {
    struct tm tm;   /* local broken-down time */
    long long secs; /* whole seconds (floor) */
    long usec;      /* 0..999999 */
} split;

static int split_time(double t, split *b) {
    if (!isfinite(t) || fabs(t) > 1e15)
        return -1;
    double fl = floor(t);
    long long s = (long long)fl;
    long us = lround((t - fl) * 1e6);
    if (us >= 1000000) {
        s++;
        us -= 1000000;
    }
    b->secs = s;
    b->usec = us;
    time_t tt = (time_t)s;
    if (!localtime_r(&tt, &b->tm))
        return -1;
    return 0;
}

/* `width` digits of the sub-second part (1..9), truncated as Splunk does. */
static void add_subsec(sq_buf *out, long usec, int width) {
    if (width < 1 || width > 9)
        width = width < 1 ? 1 : 9;
    long long ns = (long long)usec * 1000;
    for (int i = width; i < 9; i++)
        ns /= 10;
    sq_buf_printf(out, "%0*lld", width, ns);
}

/* +hhmm, with `colons` as %z, %:z, %::z, %:::z. */
static void add_offset(sq_buf *out, long off, int colons) {
    char sign = off < 0 ? '-' : '+';
    long a = off < 0 ? -off : off;
    int hh = (int)(a / 3600), mm = (int)(a / 60 % 60), ss = (int)(a % 60);
    switch (colons) {
    case 0:
        sq_buf_printf(out, "%c%02d%02d", sign, hh, mm);
        break;
    case 1:
        sq_buf_printf(out, "%c%02d:%02d", sign, hh, mm);
        break;
    case 2:
        sq_buf_printf(out, "%c%02d:%02d:%02d", sign, hh, mm, ss);
        break;
    default:
        sq_buf_printf(out, "%c%02d", sign, hh);
        break;
    }
}

/* One standard conversion through the C library (C locale names). */
static void add_libc(sq_buf *out, const char *spec, const struct tm *tm) {
    char tmp[256];
    size_t n = strftime(tmp, sizeof tmp, spec, tm);
    sq_buf_add(out, tmp, n);
}

int sq_strftime(double t, const char *fmt, sq_buf *out) {
    split b;
    if (!fmt || split_time(t, &b) < 0)
        return -1;
    sq_buf_reserve(out, strlen(fmt) + 16);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            sq_buf_addc(out, *p);
            continue;
        }
        const char *spec = p++;
        int width = 0, colons = 0, mod = 0;
        while (isdigit((unsigned char)*p) && width < 100)
            width = width * 10 + (*p++ - '0');
        while (*p == ':')
            colons++, p++;
        if (*p == 'E' || *p == 'O')
            mod = *p++;
        if (!*p) { /* a lone trailing '%' stays as written */
            sq_buf_adds(out, spec);
            break;
        }
        switch (*p) {
        case 'N':
            add_subsec(out, b.usec, width ? width : 9);
            break;
        case 'Q':
            add_subsec(out, b.usec, width ? width : 3);
            break;
        case 'f':
            add_subsec(out, b.usec, width ? width : 6);
            break;
        case 's':
            sq_buf_printf(out, "%lld", b.secs);
            break;
        case 'z':
            if (mod == 'E')
                sq_buf_printf(out, "%+ld", b.tm.tm_gmtoff / 60);
            else
                add_offset(out, b.tm.tm_gmtoff, colons);
            break;
        case '+':
            add_libc(out, "%a %b %e %H:%M:%S %Z %Y", &b.tm);
            break;
        case '%':
            sq_buf_addc(out, '%');
            break;
        default:
            if (strchr("aAbBcCdDeFgGhHIjklmMnprRStTuUVwWxXyYZ", *p)) {
                char one[3] = {'%', *p, 0};
                add_libc(out, one, &b.tm);
            } else {
                sq_buf_add(out, spec, (size_t)(p - spec + 1));
            }
        }
    }
    return 0;
}

void sq_time_display(double t, sq_buf *out) {
    split b;
    if (split_time(t, &b) < 0) {
        sq_buf_adds(out, "1970-01-01 00:00:00");
        return;
    }
    add_libc(out, "%Y-%m-%d %H:%M:%S", &b.tm);
    if (b.usec)
        sq_buf_printf(out, ".%03ld", b.usec / 1000);
}

void sq_time_iso(double t, sq_buf *out) {
    split b;
    if (split_time(t, &b) < 0) {
        sq_buf_adds(out, "1970-01-01T00:00:00.000+00:00");
        return;
    }
    add_libc(out, "%Y-%m-%dT%H:%M:%S", &b.tm);
    sq_buf_printf(out, ".%03ld", b.usec / 1000);
    add_offset(out, b.tm.tm_gmtoff, 1);
}

/* ---- zones ----------------------------------------------------------------- */

/* Zone abbreviations accepted by %Z when parsing: the ones log formats use
 * in practice.  Ambiguous ones (IST, BST...) are left out on purpose. */
static const struct {
    const char *name;
    int minutes;
} zone_abbrevs[] = {
    {"UTC", 0},    {"GMT", 0},    {"UT", 0},      {"Z", 0},       {"EST", -300},
    {"EDT", -240}, {"CST", -360}, {"CDT", -300},  {"MST", -420},  {"MDT", -360},
    {"PST", -480}, {"PDT", -420}, {"AKST", -540}, {"AKDT", -480}, {"HST", -600},
    {"CET", 60},   {"CEST", 120}, {"EET", 120},   {"EEST", 180},  {"WET", 0},
    {"WEST", 60},  {"JST", 540},  {"KST", 540},   {"AEST", 600},  {"AEDT", 660},
};

/* ±hh[[:]mm[[:]ss]] at s[*pos].  Returns 1 and sets *off (seconds east). */
static int parse_offset(const char *s, size_t len, size_t *pos, long *off) {
    size_t p = *pos;
    if (p >= len || (s[p] != '+' && s[p] != '-'))
        return 0;
    int neg = s[p] == '-';
    p++;
    int part[3] = {0, 0, 0}, nparts = 0;
    while (nparts < 3) {
        if (nparts > 0 && p < len && s[p] == ':')
            p++;
        if (p + 1 < len && isdigit((unsigned char)s[p]) && isdigit((unsigned char)s[p + 1])) {
            part[nparts++] = (s[p] - '0') * 10 + (s[p + 1] - '0');
            p += 2;
        } else {
            if (nparts > 0 && s[p - 1] == ':')
                p--; /* a trailing ':' is not ours */
            break;
        }
    }
    if (nparts == 0 || part[0] > 23 || part[1] > 59 || part[2] > 59)
        return 0;
    long v = part[0] * 3600L + part[1] * 60L + part[2];
    *off = neg ? -v : v;
    *pos = p;
    return 1;
}

/* A zone written in text: Z, UTC/GMT (optionally followed by an offset),
 * an offset, or a known abbreviation. */
static int parse_zone(const char *s, size_t len, size_t *pos, long *off) {
    size_t p = *pos;
    if (parse_offset(s, len, pos, off))
        return 1;
    size_t n = 0;
    while (p + n < len && isalpha((unsigned char)s[p + n]) && n < 6)
        n++;
    if (n == 0)
        return 0;
    for (size_t i = 0; i < sizeof zone_abbrevs / sizeof zone_abbrevs[0]; i++) {
        const char *z = zone_abbrevs[i].name;
        if (strlen(z) == n && strncasecmp(z, s + p, n) == 0) {
            *off = zone_abbrevs[i].minutes * 60L;
            p += n;
            long extra;
            if (zone_abbrevs[i].minutes == 0 && parse_offset(s, len, &p, &extra))
                *off = extra; /* "GMT+01:00" */
            *pos = p;
            return 1;
        }
    }
    return 0;
}

/* The C library knows named zones only through TZ; switching it is global,
 * so it happens under a lock and is restored at once.  (Other threads that
 * read local time meanwhile would see the switch; splq converts named props
 * zones on one thread.) */
static pthread_mutex_t tz_lock = PTHREAD_MUTEX_INITIALIZER;

static int mktime_in_zone(struct tm *tm, const char *tz, long long *out) {
    pthread_mutex_lock(&tz_lock);
    char *saved = getenv("TZ");
    char *copy = saved ? strdup(saved) : NULL;
    setenv("TZ", tz, 1);
    tzset();
    tm->tm_isdst = -1;
    time_t r = mktime(tm);
    if (copy) {
        setenv("TZ", copy, 1);
        free(copy);
    } else {
        unsetenv("TZ");
    }
    tzset();
    pthread_mutex_unlock(&tz_lock);
    *out = (long long)r;
    return 0;
}

/* Wall-clock fields to epoch seconds: with a zone offset, in `tz` (a props
 * TZ: an offset, UTC, or a tz database name) or in local time. */
static long long wall_to_epoch(struct tm *tm, int has_off, long off, const char *tz) {
    if (has_off)
        return (long long)timegm(tm) - off;
    if (tz && *tz) {
        size_t p = 0, n = strlen(tz);
        long o;
        if (parse_zone(tz, n, &p, &o) && p == n)
            return (long long)timegm(tm) - o;
        if (!strcmp(tz, "Etc/UTC") || !strcmp(tz, "Etc/GMT") || !strcmp(tz, "Universal"))
            return (long long)timegm(tm);
        long long r;
        mktime_in_zone(tm, tz, &r);
        return r;
    }
    tm->tm_isdst = -1;
    return (long long)mktime(tm);
}

/* ---- strptime ------------------------------------------------------------ */

typedef struct pstate {
    int year, mon, mday, yday, hour, min, sec;
    int have_year, have_mon, have_mday, have_yday, have_time;
    int pm; /* -1: no %p */
    double frac;
    int have_zone;
    long zoff;
    int have_epoch;
    long long epoch;
} pstate;

static const char *const month_names[12] = {"january",   "february", "march",    "april",
                                            "may",       "june",     "july",     "august",
                                            "september", "october",  "november", "december"};
static const char *const day_names[7] = {"sunday",   "monday", "tuesday", "wednesday",
                                         "thursday", "friday", "saturday"};

/* Full name or its first three letters, case-insensitive.  Returns index or -1. */
static int parse_name(const char *s, size_t len, size_t *pos, const char *const *names, int n) {
    for (int i = 0; i < n; i++) {
        size_t full = strlen(names[i]);
        if (*pos + full <= len && strncasecmp(s + *pos, names[i], full) == 0) {
            *pos += full;
            return i;
        }
    }
    for (int i = 0; i < n; i++) {
        if (*pos + 3 <= len && strncasecmp(s + *pos, names[i], 3) == 0) {
            *pos += 3;
            return i;
        }
    }
    return -1;
}

/* Up to maxd digits (at least one), after optional blanks (space-padded
 * %e/%k and lenient log formats). */
static int parse_num(const char *s, size_t len, size_t *pos, int maxd, long long *v) {
    size_t p = *pos;
    while (p < len && s[p] == ' ')
        p++;
    int neg = 0;
    long long x = 0;
    int d = 0;
    if (maxd > 12 && p < len && (s[p] == '-' || s[p] == '+'))
        neg = s[p++] == '-';
    while (p < len && d < maxd && isdigit((unsigned char)s[p])) {
        int digit = s[p++] - '0';
        if (x > (LLONG_MAX - digit) / 10)
            return 0; /* 19 digits past LLONG_MAX are no time */
        x = x * 10 + digit, d++;
    }
    if (d == 0)
        return 0;
    *v = neg ? -x : x;
    *pos = p;
    return 1;
}

static int parse_fmt(const char *s, size_t len, size_t *pos, const char *fmt, pstate *st,
                     int depth);

static int parse_sub(const char *s, size_t len, size_t *pos, const char *fmt, pstate *st,
                     int depth) {
    return depth > 4 ? 0 : parse_fmt(s, len, pos, fmt, st, depth + 1);
}

/* One conversion at s[*pos].  Returns 1 on a match. */
static int parse_spec(const char *s, size_t len, size_t *pos, char c, int width, int mod,
                      pstate *st, int depth) {
    long long v;
    switch (c) {
    case 'Y':
        if (!parse_num(s, len, pos, 4, &v))
            return 0;
        st->year = (int)v, st->have_year = 1;
        return 1;
    case 'y':
        if (!parse_num(s, len, pos, 2, &v))
            return 0;
        st->year = (int)(v < 69 ? 2000 + v : 1900 + v), st->have_year = 1;
        return 1;
    case 'm':
        if (!parse_num(s, len, pos, 2, &v) || v < 1 || v > 12)
            return 0;
        st->mon = (int)v, st->have_mon = 1;
        return 1;
    case 'd':
    case 'e':
        if (!parse_num(s, len, pos, 2, &v) || v < 1 || v > 31)
            return 0;
        st->mday = (int)v, st->have_mday = 1;
        return 1;
    case 'j':
        if (!parse_num(s, len, pos, 3, &v) || v < 1 || v > 366)
            return 0;
        st->yday = (int)v, st->have_yday = 1;
        return 1;
    case 'H':
    case 'k':
        if (!parse_num(s, len, pos, 2, &v) || v > 23)
            return 0;
        st->hour = (int)v, st->have_time = 1;
        return 1;
    case 'I':
    case 'l':
        if (!parse_num(s, len, pos, 2, &v) || v < 1 || v > 12)
            return 0;
        st->hour = (int)v, st->have_time = 1;
        return 1;
    case 'M':
        if (!parse_num(s, len, pos, 2, &v) || v > 59)
            return 0;
        st->min = (int)v;
        return 1;
    case 'S':
        if (!parse_num(s, len, pos, 2, &v) || v > 60)
            return 0;
        st->sec = (int)v;
        return 1;
    case 'p':
        if (*pos + 2 <= len &&
            (!strncasecmp(s + *pos, "AM", 2) || !strncasecmp(s + *pos, "PM", 2))) {
            st->pm = toupper((unsigned char)s[*pos]) == 'P';
            *pos += 2;
            return 1;
        }
        return 0;
    case 'b':
    case 'B':
    case 'h': {
        int m = parse_name(s, len, pos, month_names, 12);
        if (m < 0)
            return 0;
        st->mon = m + 1, st->have_mon = 1;
        return 1;
    }
    case 'a':
    case 'A':
        return parse_name(s, len, pos, day_names, 7) >= 0;
    case 'u':
    case 'w':
        return parse_num(s, len, pos, 1, &v);
    case 'U':
    case 'W':
    case 'V':
        return parse_num(s, len, pos, 2, &v);
    case 's':
        if (!parse_num(s, len, pos, 19, &v))
            return 0;
        st->epoch = v, st->have_epoch = 1;
        return 1;
    case 'N':
    case 'Q':
    case 'f': {
        int w = width ? width : (c == 'N' ? 9 : c == 'Q' ? 3 : 6);
        size_t p = *pos;
        double f = 0, scale = 1;
        int d = 0;
        while (p < len && d < w && isdigit((unsigned char)s[p])) {
            f = f * 10 + (s[p++] - '0');
            scale *= 10;
            d++;
        }
        if (d == 0)
            return 0;
        st->frac = f / scale;
        *pos = p;
        return 1;
    }
    case 'z':
    case 'Z':
        if (mod == 'E') { /* %Ez: minutes east, within a day (no overflow) */
            if (!parse_num(s, len, pos, 19, &v) || v > 1440 || v < -1440)
                return 0;
            st->zoff = (long)v * 60, st->have_zone = 1;
            return 1;
        }
        if (!parse_zone(s, len, pos, &st->zoff))
            return 0;
        st->have_zone = 1;
        return 1;
    case 'T':
        return parse_sub(s, len, pos, "%H:%M:%S", st, depth);
    case 'F':
        return parse_sub(s, len, pos, "%Y-%m-%d", st, depth);
    case 'D':
    case 'x':
        return parse_sub(s, len, pos, "%m/%d/%y", st, depth);
    case 'R':
        return parse_sub(s, len, pos, "%H:%M", st, depth);
    case 'r':
        return parse_sub(s, len, pos, "%I:%M:%S %p", st, depth);
    case 'X':
        return parse_sub(s, len, pos, "%H:%M:%S", st, depth);
    case 'c':
        return parse_sub(s, len, pos, "%a %b %e %H:%M:%S %Y", st, depth);
    case '+':
        return parse_sub(s, len, pos, "%a %b %e %H:%M:%S %Z %Y", st, depth);
    case 'n':
    case 't':
        while (*pos < len && isspace((unsigned char)s[*pos]))
            (*pos)++;
        return 1;
    case '%':
        if (*pos < len && s[*pos] == '%') {
            (*pos)++;
            return 1;
        }
        return 0;
    default:
        return 0; /* unknown conversion: the format cannot match */
    }
}

static int parse_fmt(const char *s, size_t len, size_t *pos, const char *fmt, pstate *st,
                     int depth) {
    for (const char *f = fmt; *f; f++) {
        if (isspace((unsigned char)*f)) {
            /* whitespace in the format matches any run of it, even none */
            while (*pos < len && isspace((unsigned char)s[*pos]))
                (*pos)++;
            continue;
        }
        if (*f != '%') {
            if (*pos >= len || s[*pos] != *f)
                return 0;
            (*pos)++;
            continue;
        }
        f++;
        int width = 0, mod = 0;
        while (isdigit((unsigned char)*f) && width < 100)
            width = width * 10 + (*f++ - '0');
        while (*f == ':')
            f++;
        if (*f == 'E' || *f == 'O')
            mod = *f++;
        if (!*f || !parse_spec(s, len, pos, *f, width, mod, st, depth))
            return 0;
    }
    return 1;
}

static int days_in_month(int year, int mon) {
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return mon == 2 ? 28 + leap : dm[mon - 1];
}

long sq_strptime_ex(const char *s, size_t len, const char *fmt, const char *tz, double *out,
                    sq_tmparts *parts) {
    if (!s || !fmt)
        return -1;
    pstate st;
    memset(&st, 0, sizeof st);
    st.pm = -1;
    st.year = 1970, st.mon = 1, st.mday = 1;
    size_t pos = 0;
    if (!parse_fmt(s, len, &pos, fmt, &st, 0))
        return -1;
    double t;
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    if (st.have_epoch) {
        t = (double)st.epoch + st.frac;
    } else {
        /* A month or year without a day is not a point in time. */
        if ((st.have_year || st.have_mon) && !st.have_mday && !st.have_yday)
            return -1;
        if (st.have_yday && !st.have_mday)
            st.mon = 1, st.mday = st.yday;
        else if (st.mday > days_in_month(st.year, st.mon))
            return -1;
        int hour = st.hour;
        if (st.pm >= 0)
            hour = hour % 12 + (st.pm ? 12 : 0);
        tm.tm_year = st.year - 1900;
        tm.tm_mon = st.mon - 1;
        tm.tm_mday = st.mday;
        tm.tm_hour = hour;
        tm.tm_min = st.min;
        tm.tm_sec = st.sec;
        struct tm wall = tm;
        t = (double)wall_to_epoch(&wall, st.have_zone, st.zoff, tz) + st.frac;
        timegm(&tm); /* normalise (day of year) and fill the weekday */
    }
    if (parts) {
        if (st.have_epoch) {
            time_t tt = (time_t)st.epoch;
            gmtime_r(&tt, &tm);
        }
        parts->year = tm.tm_year + 1900;
        parts->mon = tm.tm_mon + 1;
        parts->mday = tm.tm_mday;
        parts->hour = tm.tm_hour;
        parts->min = tm.tm_min;
        parts->sec = tm.tm_sec;
        parts->wday = tm.tm_wday;
        parts->has_zone = st.have_zone || st.have_epoch;
        parts->zone_off = st.have_zone ? st.zoff : 0;
    }
    *out = t;
    return (long)pos;
}

long sq_strptime(const char *s, size_t len, const char *fmt, double *out) {
    return sq_strptime_ex(s, len, fmt, NULL, out, NULL);
}

/* ---- relative time modifiers ------------------------------------------- */

typedef enum unit {
    U_NONE,
    U_US,
    U_MS,
    U_CS,
    U_DS,
    U_SEC,
    U_MIN,
    U_HOUR,
    U_DAY,
    U_WEEK,
    U_MON,
    U_QTR,
    U_YEAR
} unit;

static const struct {
    const char *name;
    unit u;
} unit_names[] = {
    {"s", U_SEC},      {"sec", U_SEC},  {"secs", U_SEC},    {"second", U_SEC},   {"seconds", U_SEC},
    {"m", U_MIN},      {"min", U_MIN},  {"mins", U_MIN},    {"minute", U_MIN},   {"minutes", U_MIN},
    {"h", U_HOUR},     {"hr", U_HOUR},  {"hrs", U_HOUR},    {"hour", U_HOUR},    {"hours", U_HOUR},
    {"d", U_DAY},      {"day", U_DAY},  {"days", U_DAY},    {"w", U_WEEK},       {"week", U_WEEK},
    {"weeks", U_WEEK}, {"mon", U_MON},  {"month", U_MON},   {"months", U_MON},   {"q", U_QTR},
    {"qtr", U_QTR},    {"qtrs", U_QTR}, {"quarter", U_QTR}, {"quarters", U_QTR}, {"y", U_YEAR},
    {"yr", U_YEAR},    {"yrs", U_YEAR}, {"year", U_YEAR},   {"years", U_YEAR},   {"us", U_US},
    {"ms", U_MS},      {"cs", U_CS},    {"ds", U_DS},
};

/* The letters at s[*p] as a unit; for snaps, "w0".."w7" set *wday. */
static unit parse_unit(const char *s, size_t *p, int *wday) {
    size_t n = 0;
    while (isalpha((unsigned char)s[*p + n]))
        n++;
    for (size_t i = 0; i < sizeof unit_names / sizeof unit_names[0]; i++) {
        if (strlen(unit_names[i].name) == n && !strncasecmp(unit_names[i].name, s + *p, n)) {
            *p += n;
            if (unit_names[i].u == U_WEEK && wday) {
                *wday = 0;
                if (n == 1 && s[*p] >= '0' && s[*p] <= '7')
                    *wday = (s[(*p)++] - '0') % 7;
            }
            return unit_names[i].u;
        }
    }
    return U_NONE;
}

static double subsec_unit(unit u) {
    return u == U_US ? 1e-6 : u == U_MS ? 1e-3 : u == U_CS ? 1e-2 : 1e-1;
}

/* Calendar arithmetic in local time; a day that does not exist in the
 * target month is clamped to its last day (Mar 31 -1mon = Feb 28/29). */
static double add_calendar(double t, unit u, long long n) {
    double fl = floor(t), frac = t - fl;
    time_t tt = (time_t)fl;
    struct tm tm;
    if (!localtime_r(&tt, &tm))
        return t;
    if (u == U_DAY || u == U_WEEK) {
        tm.tm_mday += (int)(n * (u == U_WEEK ? 7 : 1));
    } else {
        long long months = u == U_MON ? n : u == U_QTR ? 3 * n : 12 * n;
        long long m = tm.tm_mon + months;
        long long y = tm.tm_year + (m >= 0 ? m / 12 : -((11 - m) / 12));
        m -= (y - tm.tm_year) * 12;
        tm.tm_year = (int)y;
        tm.tm_mon = (int)m;
        int dim = days_in_month(tm.tm_year + 1900, tm.tm_mon + 1);
        if (tm.tm_mday > dim)
            tm.tm_mday = dim;
    }
    tm.tm_isdst = -1;
    return (double)mktime(&tm) + frac;
}

static double snap(double t, unit u, int wday) {
    if (u <= U_DS) {
        double q = subsec_unit(u);
        return floor(t / q + 1e-9) * q;
    }
    time_t tt = (time_t)floor(t);
    struct tm tm;
    if (!localtime_r(&tt, &tm))
        return t;
    switch (u) {
    case U_YEAR:
        tm.tm_mon = 0;
        /* fall through */
    case U_QTR:
        if (u == U_QTR)
            tm.tm_mon = tm.tm_mon / 3 * 3;
        /* fall through */
    case U_MON:
        tm.tm_mday = 1;
        /* fall through */
    case U_DAY:
    case U_WEEK:
        if (u == U_WEEK)
            tm.tm_mday -= (tm.tm_wday - wday + 7) % 7;
        tm.tm_hour = 0;
        /* fall through */
    case U_HOUR:
        tm.tm_min = 0;
        /* fall through */
    case U_MIN:
        tm.tm_sec = 0;
        /* fall through */
    default:
        break;
    }
    tm.tm_isdst = -1;
    return (double)mktime(&tm);
}

static int all_digits(const char *s, size_t n, int allow_point) {
    int points = 0, digits = 0;
    for (size_t i = 0; i < n; i++) {
        if (isdigit((unsigned char)s[i]))
            digits++;
        else if (s[i] == '.' && allow_point && points++ == 0)
            continue;
        else
            return 0;
    }
    return digits > 0;
}

int sq_relative_time(double t, const char *spec, double *out) {
    if (!spec)
        return -1;
    while (isspace((unsigned char)*spec))
        spec++;
    size_t n = strlen(spec);
    while (n && isspace((unsigned char)spec[n - 1]))
        n--;
    if (n == 0)
        return -1;
    if ((n == 3 && !strncasecmp(spec, "now", 3)) || (n == 5 && !strncasecmp(spec, "now()", 5))) {
        *out = t;
        return 0;
    }
    if (all_digits(spec, n, 1)) { /* an absolute epoch time */
        *out = strtod(spec, NULL);
        return 0;
    }
    double abs;
    if (sq_strptime(spec, n, "%m/%d/%Y:%H:%M:%S", &abs) == (long)n) {
        *out = abs;
        return 0;
    }
    /* A chain of offsets ([+-][N]unit) and snaps (@unit), left to right. */
    char *copy = sq_xstrndup(spec, n);
    size_t p = 0;
    double r = t;
    int ok = 1;
    while (ok && copy[p]) {
        if (copy[p] == '@') {
            p++;
            int wday = 0;
            unit u = parse_unit(copy, &p, &wday);
            if (u == U_NONE)
                ok = 0;
            else
                r = snap(r, u, wday);
        } else if (copy[p] == '+' || copy[p] == '-') {
            int neg = copy[p++] == '-';
            long long amount = 1;
            if (isdigit((unsigned char)copy[p])) {
                amount = 0;
                while (isdigit((unsigned char)copy[p]) && amount < 1000000000LL)
                    amount = amount * 10 + (copy[p++] - '0');
                if (isdigit((unsigned char)copy[p]))
                    ok = 0;
            }
            unit u = ok ? parse_unit(copy, &p, NULL) : U_NONE;
            if (neg)
                amount = -amount;
            switch (u) {
            case U_NONE:
                ok = 0;
                break;
            case U_US:
            case U_MS:
            case U_CS:
            case U_DS:
                r += (double)amount * subsec_unit(u);
                break;
            case U_SEC:
                r += (double)amount;
                break;
            case U_MIN:
                r += (double)amount * 60;
                break;
            case U_HOUR:
                r += (double)amount * 3600;
                break;
            default:
                r = add_calendar(r, u, amount);
            }
        } else {
            ok = 0;
        }
    }
    free(copy);
    if (!ok)
        return -1;
    *out = r;
    return 0;
}
