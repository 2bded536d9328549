/* span.h — Splunk span lengths (`span=5m`, `time_window=1h`, `span=10`) for
 * bin, timechart, streamstats (internal to src/commands/). */
#ifndef SPLQ_COMMANDS_SPAN_H
#define SPLQ_COMMANDS_SPAN_H

typedef enum sq_span_unit {
    SQ_SPAN_NONE = 0, /* a plain number (numeric bins) */
    SQ_SPAN_SUBSEC,   /* us, ms, cs, ds: seconds below one */
    SQ_SPAN_SEC,
    SQ_SPAN_MIN,
    SQ_SPAN_HOUR,
    SQ_SPAN_DAY,
    SQ_SPAN_WEEK,
    SQ_SPAN_MONTH,
    SQ_SPAN_QUARTER,
    SQ_SPAN_YEAR
} sq_span_unit;

typedef struct sq_timespan {
    double n;          /* the count of units */
    sq_span_unit unit; /* NONE: n is a number span */
    double seconds;    /* the length in seconds for SUBSEC..WEEK; 0 otherwise */
} sq_timespan;

/* Parse "<number>[<unit>]".  Returns 0, or -1 when s is not a span or the
 * number is not positive. */
int sq_timespan_parse(const char *s, sq_timespan *out);

/* The start of the span-sized bucket holding time t: seconds-based spans
 * are aligned to the epoch (day spans and longer to local midnight),
 * months/quarters/years to the first of a month (local time).  `offset`
 * (seconds) shifts the alignment of seconds-based spans (aligntime). */
double sq_timespan_floor(const sq_timespan *sp, double t, double offset);
/* The start of the next bucket after the one starting at start. */
double sq_timespan_next(const sq_timespan *sp, double start);

#endif
