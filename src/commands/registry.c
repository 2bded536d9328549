/* registry.c — the one table of SPL commands.
 *
 * Adding a command: define `const sq_command sq_cmd_<name>` in its own file
 * under src/commands/, then add one extern line and one table row below,
 * both kept in alphabetical order so that concurrent additions merge
 * cleanly.  An alias is its own sq_command (same functions, other name).
 * Its .options list the key=value options setup accepts (the unit suite
 * holds the two to each other) and its keywords, for completion. */
#include <stddef.h>
#include <strings.h>

#include "splq/command.h"

extern const sq_command sq_cmd_addcoltotals;
extern const sq_command sq_cmd_addtotals;
extern const sq_command sq_cmd_anomalydetection;
extern const sq_command sq_cmd_append;
extern const sq_command sq_cmd_appendcols;
extern const sq_command sq_cmd_appendpipe;
extern const sq_command sq_cmd_apply;
extern const sq_command sq_cmd_bin;
extern const sq_command sq_cmd_bucket;
extern const sq_command sq_cmd_chart;
extern const sq_command sq_cmd_convert;
extern const sq_command sq_cmd_cyberchef;
extern const sq_command sq_cmd_datamodel;
extern const sq_command sq_cmd_dedup;
extern const sq_command sq_cmd_eval;
extern const sq_command sq_cmd_eventstats;
extern const sq_command sq_cmd_extract;
extern const sq_command sq_cmd_fields;
extern const sq_command sq_cmd_fillnull;
extern const sq_command sq_cmd_fit;
extern const sq_command sq_cmd_foreach;
extern const sq_command sq_cmd_format;
extern const sq_command sq_cmd_from;
extern const sq_command sq_cmd_fromjson;
extern const sq_command sq_cmd_head;
extern const sq_command sq_cmd_inputlookup;
extern const sq_command sq_cmd_iplocation;
extern const sq_command sq_cmd_join;
extern const sq_command sq_cmd_kv;
extern const sq_command sq_cmd_lookup;
extern const sq_command sq_cmd_makemv;
extern const sq_command sq_cmd_makeresults;
extern const sq_command sq_cmd_map;
extern const sq_command sq_cmd_mstats;
extern const sq_command sq_cmd_multikv;
extern const sq_command sq_cmd_multisearch;
extern const sq_command sq_cmd_mvcombine;
extern const sq_command sq_cmd_mvexpand;
extern const sq_command sq_cmd_nomv;
extern const sq_command sq_cmd_outlier;
extern const sq_command sq_cmd_outputlookup;
extern const sq_command sq_cmd_rare;
extern const sq_command sq_cmd_regex;
extern const sq_command sq_cmd_rename;
extern const sq_command sq_cmd_replace;
extern const sq_command sq_cmd_return;
extern const sq_command sq_cmd_reverse;
extern const sq_command sq_cmd_rex;
extern const sq_command sq_cmd_search;
extern const sq_command sq_cmd_sort;
extern const sq_command sq_cmd_spath;
extern const sq_command sq_cmd_stats;
extern const sq_command sq_cmd_strcat;
extern const sq_command sq_cmd_streamstats;
extern const sq_command sq_cmd_summary;
extern const sq_command sq_cmd_table;
extern const sq_command sq_cmd_tail;
extern const sq_command sq_cmd_timechart;
extern const sq_command sq_cmd_top;
extern const sq_command sq_cmd_transaction;
extern const sq_command sq_cmd_tstats;
extern const sq_command sq_cmd_union;
extern const sq_command sq_cmd_uniq;
extern const sq_command sq_cmd_untable;
extern const sq_command sq_cmd_where;
extern const sq_command sq_cmd_xmlkv;
extern const sq_command sq_cmd_xyseries;

/* One row per line, so that additions merge cleanly. */
/* clang-format off */
static const sq_command *const commands[] = {
    &sq_cmd_addcoltotals,
    &sq_cmd_addtotals,
    &sq_cmd_anomalydetection,
    &sq_cmd_append,
    &sq_cmd_appendcols,
    &sq_cmd_appendpipe,
    &sq_cmd_apply,
    &sq_cmd_bin,
    &sq_cmd_bucket,
    &sq_cmd_chart,
    &sq_cmd_convert,
    &sq_cmd_cyberchef,
    &sq_cmd_datamodel,
    &sq_cmd_dedup,
    &sq_cmd_eval,
    &sq_cmd_eventstats,
    &sq_cmd_extract,
    &sq_cmd_fields,
    &sq_cmd_fillnull,
    &sq_cmd_fit,
    &sq_cmd_foreach,
    &sq_cmd_format,
    &sq_cmd_from,
    &sq_cmd_fromjson,
    &sq_cmd_head,
    &sq_cmd_inputlookup,
    &sq_cmd_iplocation,
    &sq_cmd_join,
    &sq_cmd_kv,
    &sq_cmd_lookup,
    &sq_cmd_makemv,
    &sq_cmd_makeresults,
    &sq_cmd_map,
    &sq_cmd_mstats,
    &sq_cmd_multikv,
    &sq_cmd_multisearch,
    &sq_cmd_mvcombine,
    &sq_cmd_mvexpand,
    &sq_cmd_nomv,
    &sq_cmd_outlier,
    &sq_cmd_outputlookup,
    &sq_cmd_rare,
    &sq_cmd_regex,
    &sq_cmd_rename,
    &sq_cmd_replace,
    &sq_cmd_return,
    &sq_cmd_reverse,
    &sq_cmd_rex,
    &sq_cmd_search,
    &sq_cmd_sort,
    &sq_cmd_spath,
    &sq_cmd_stats,
    &sq_cmd_strcat,
    &sq_cmd_streamstats,
    &sq_cmd_summary,
    &sq_cmd_table,
    &sq_cmd_tail,
    &sq_cmd_timechart,
    &sq_cmd_top,
    &sq_cmd_transaction,
    &sq_cmd_tstats,
    &sq_cmd_union,
    &sq_cmd_uniq,
    &sq_cmd_untable,
    &sq_cmd_where,
    &sq_cmd_xmlkv,
    &sq_cmd_xyseries,
};
/* clang-format on */

/* Command names are matched case-insensitively. */
const sq_command *sq_command_lookup(const char *name) {
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcasecmp(commands[i]->name, name) == 0)
            return commands[i];
    return NULL;
}

const sq_command *const *sq_command_all(size_t *n) {
    *n = sizeof commands / sizeof *commands;
    return commands;
}
