/* span.c — span lengths and time bucketing (see span.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "span.h"

typedef struct unit_name {
    const char *name;
    sq_span_unit unit;
    double seconds;
} unit_name;

static const unit_name units[] = {
    {"us", SQ_SPAN_SUBSEC, 1e-6},
    {"ms", SQ_SPAN_SUBSEC, 1e-3},
    {"cs", SQ_SPAN_SUBSEC, 1e-2},
    {"ds", SQ_SPAN_SUBSEC, 1e-1},
    {"s", SQ_SPAN_SEC, 1},
    {"sec", SQ_SPAN_SEC, 1},
    {"secs", SQ_SPAN_SEC, 1},
    {"second", SQ_SPAN_SEC, 1},
    {"seconds", SQ_SPAN_SEC, 1},
    {"m", SQ_SPAN_MIN, 60},
    {"min", SQ_SPAN_MIN, 60},
    {"mins", SQ_SPAN_MIN, 60},
    {"minute", SQ_SPAN_MIN, 60},
    {"minutes", SQ_SPAN_MIN, 60},
    {"h", SQ_SPAN_HOUR, 3600},
    {"hr", SQ_SPAN_HOUR, 3600},
    {"hrs", SQ_SPAN_HOUR, 3600},
    {"hour", SQ_SPAN_HOUR, 3600},
    {"hours", SQ_SPAN_HOUR, 3600},
    {"d", SQ_SPAN_DAY, 86400},
    {"day", SQ_SPAN_DAY, 86400},
    {"days", SQ_SPAN_DAY, 86400},
    {"w", SQ_SPAN_WEEK, 604800},
    {"week", SQ_SPAN_WEEK, 604800},
    {"weeks", SQ_SPAN_WEEK, 604800},
    {"mon", SQ_SPAN_MONTH, 0},
    {"month", SQ_SPAN_MONTH, 0},
    {"months", SQ_SPAN_MONTH, 0},
    {"q", SQ_SPAN_QUARTER, 0},
    {"qtr", SQ_SPAN_QUARTER, 0},
    {"qtrs", SQ_SPAN_QUARTER, 0},
    {"quarter", SQ_SPAN_QUARTER, 0},
    {"quarters", SQ_SPAN_QUARTER, 0},
    {"y", SQ_SPAN_YEAR, 0},
    {"yr", SQ_SPAN_YEAR, 0},
    {"yrs", SQ_SPAN_YEAR, 0},
    {"year", SQ_SPAN_YEAR, 0},
    {"years", SQ_SPAN_YEAR, 0},
};

int sq_timespan_parse(const char *s, sq_timespan *out) {
    memset(out, 0, sizeof *out);
    char *end;
    double n = 1;
    if (*s >= '0' && *s <= '9') {
        n = strtod(s, &end);
    } else if (*s == '.') {
        n = strtod(s, &end);
    } else {
        end = (char *)s; /* "h" alone means one hour */
    }
    if (!(n > 0) || !isfinite(n))
        return -1;
    out->n = n;
    if (!*end) {
        if (end == s)
            return -1;
        out->unit = SQ_SPAN_NONE;
        return 0;
    }
    for (size_t i = 0; i < sizeof units / sizeof *units; i++) {
        if (strcasecmp(end, units[i].name) == 0) {
            out->unit = units[i].unit;
            out->seconds = units[i].seconds * n;
            if ((out->unit >= SQ_SPAN_MONTH) && n != floor(n))
                return -1;
            return 0;
        }
    }
    return -1;
}

/* Local midnight of the day holding t. */
static double local_midnight(double t) {
    time_t tt = (time_t)floor(t);
    struct tm tm;
    localtime_r(&tt, &tm);
    tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
    tm.tm_isdst = -1;
    return (double)mktime(&tm);
}

double sq_timespan_floor(const sq_timespan *sp, double t, double offset) {
    if (sp->unit == SQ_SPAN_NONE)
        return floor(t / sp->n) * sp->n;
    if (sp->unit >= SQ_SPAN_MONTH) {
        time_t tt = (time_t)floor(t);
        struct tm tm;
        localtime_r(&tt, &tm);
        int months = sp->unit == SQ_SPAN_MONTH     ? (int)sp->n
                     : sp->unit == SQ_SPAN_QUARTER ? 3 * (int)sp->n
                                                   : 12 * (int)sp->n;
        long idx = (long)tm.tm_year * 12 + tm.tm_mon;
        long b = idx - (((idx % months) + months) % months);
        struct tm s = {0};
        s.tm_year = (int)(b / 12);
        s.tm_mon = (int)(b % 12);
        s.tm_mday = 1;
        s.tm_isdst = -1;
        return (double)mktime(&s);
    }
    double len = sp->seconds;
    if (sp->unit >= SQ_SPAN_DAY && offset == 0) {
        /* days and weeks count from local midnight: bucket by whole days
         * from the epoch's local day, then step back to that midnight */
        double mid = local_midnight(t);
        double days = floor((mid + 43200) / 86400); /* the day number, robust to DST */
        double ndays = len / 86400;
        double first = days - fmod(fmod(days, ndays) + ndays, ndays);
        return local_midnight(first * 86400 + 43200);
    }
    return floor((t - offset) / len) * len + offset;
}

double sq_timespan_next(const sq_timespan *sp, double start) {
    if (sp->unit == SQ_SPAN_NONE)
        return start + sp->n;
    if (sp->unit >= SQ_SPAN_MONTH) {
        time_t tt = (time_t)floor(start);
        struct tm tm;
        localtime_r(&tt, &tm);
        int months = sp->unit == SQ_SPAN_MONTH     ? (int)sp->n
                     : sp->unit == SQ_SPAN_QUARTER ? 3 * (int)sp->n
                                                   : 12 * (int)sp->n;
        tm.tm_mon += months;
        tm.tm_isdst = -1;
        return (double)mktime(&tm);
    }
    if (sp->unit >= SQ_SPAN_DAY) {
        /* step whole local days (a DST change makes a day 23 or 25 hours) */
        return local_midnight(start + sp->seconds + 43200);
    }
    return start + sp->seconds;
}
