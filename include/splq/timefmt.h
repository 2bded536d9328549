/* timefmt.h — Splunk's time formats and relative time modifiers.
 *
 * Times are epoch seconds as doubles.  Local time is the TZ environment
 * variable's, through the C library. */
#ifndef SPLQ_TIMEFMT_H
#define SPLQ_TIMEFMT_H

#include <stddef.h>

#include "splq/buf.h"

/* strftime with Splunk's extra specifiers (%N %3N %6N %9N %Q %s %f %z %:z
 * %Z %+ ...).  Appends to out.  Returns 0, or -1 for a bad format. */
int sq_strftime(double t, const char *fmt, sq_buf *out);
/* strptime with Splunk's specifiers; a zone in the text wins, else local
 * time.  Returns the number of bytes consumed, or -1 when s does not match. */
long sq_strptime(const char *s, size_t len, const char *fmt, double *out);
/* What sq_strptime_ex read, for callers that need more than the epoch
 * (props timestamp extraction fills Splunk's date_* fields from it). */
typedef struct sq_tmparts {
    int year, mon, mday, hour, min, sec, wday; /* wall clock as written */
    int has_zone;  /* the text carried a zone (or was an epoch) */
    long zone_off; /* seconds east of UTC, when has_zone */
} sq_tmparts;
/* sq_strptime, with tz the zone to assume when the text has none (NULL or
 * "": local time; else "UTC", "+05:30", or a tz database name), and parts
 * (may be NULL) receiving the fields read. */
long sq_strptime_ex(const char *s, size_t len, const char *fmt, const char *tz, double *out,
                    sq_tmparts *parts);
/* Apply a relative time modifier ("-1d@d", "@w0", "+2h@h", "now", "-24h",
 * an epoch number) to t.  Returns 0, or -1 for a malformed modifier. */
int sq_relative_time(double t, const char *spec, double *out);
/* A time bound (--earliest/--latest): a relative modifier as above, or an
 * absolute time: %m/%d/%Y:%H:%M:%S, or an ISO date ("2024-03-11",
 * "2024-03-11 08:00:00", "2024-03-11T08:00:00", with an optional zone).
 * Returns 0, or -1 when spec is neither (timebound.c). */
int sq_time_bound(double now, const char *spec, double *out);
/* _time for display: "YYYY-MM-DD HH:MM:SS" (+".mmm" when fractional). */
void sq_time_display(double t, sq_buf *out);
/* _time for export formats: ISO 8601 with milliseconds and offset,
 * "2024-03-01T12:00:00.000+00:00". */
void sq_time_iso(double t, sq_buf *out);

#endif
