/* timebound.c — the time bounds of a whole run (--earliest/--latest): a
 * Splunk time modifier or a date, resolved against the search time. */
#include <string.h>

#include "splq/timefmt.h"

int sq_time_bound(double now, const char *spec, double *out) {
    static const char *const formats[] = {
        "%m/%d/%Y:%H:%M:%S", /* Splunk's own absolute form */
        "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d",
    };
    if (!spec || !*spec)
        return -1;
    if (sq_relative_time(now, spec, out) == 0)
        return 0;
    size_t len = strlen(spec);
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
        long used = sq_strptime(spec, len, formats[i], out);
        if (used >= 0 && (size_t)used == len)
            return 0;
    }
    return -1;
}
