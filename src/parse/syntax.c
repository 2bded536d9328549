/* syntax.c — which argument language each command takes.
 *
 * This is lexical knowledge (it decides how the text after a command name is
 * tokenized), so it lives with the parser, apart from the interpreter's
 * registry: commands the interpreter cannot run still parse.  Commands not
 * listed as special take generic arguments. */
#include <string.h>
#include <strings.h>

#include "parse/tokenizer.h"

typedef struct syntax_entry {
    const char *name;
    sq_syntax syntax;
    unsigned flags;
} syntax_entry;

/* Every command of SPL that splq knows by name; keep sorted. */
static const syntax_entry commands[] = {
    {"abstract", SQ_SYNTAX_ARGS, 0},      {"accum", SQ_SYNTAX_ARGS, 0},
    {"addcoltotals", SQ_SYNTAX_ARGS, 0},  {"addinfo", SQ_SYNTAX_ARGS, 0},
    {"addtotals", SQ_SYNTAX_ARGS, 0},     {"analyzefields", SQ_SYNTAX_ARGS, 0},
    {"anomalies", SQ_SYNTAX_ARGS, 0},     {"anomalousvalue", SQ_SYNTAX_ARGS, 0},
    {"anomalydetection", SQ_SYNTAX_ARGS, 0}, {"append", SQ_SYNTAX_ARGS, 0},
    {"appendcols", SQ_SYNTAX_ARGS, 0},    {"appendpipe", SQ_SYNTAX_ARGS, 0},
    {"apply", SQ_SYNTAX_ARGS, 0},         {"arules", SQ_SYNTAX_ARGS, 0},
    {"associate", SQ_SYNTAX_ARGS, 0},     {"autoregress", SQ_SYNTAX_ARGS, 0},
    {"bin", SQ_SYNTAX_ARGS, 0},           {"bucket", SQ_SYNTAX_ARGS, 0},
    {"bucketdir", SQ_SYNTAX_ARGS, 0},     {"chart", SQ_SYNTAX_ARGS, 0},
    {"cluster", SQ_SYNTAX_ARGS, 0},       {"cofilter", SQ_SYNTAX_ARGS, 0},
    {"collect", SQ_SYNTAX_ARGS, 0},       {"concurrency", SQ_SYNTAX_ARGS, 0},
    {"contingency", SQ_SYNTAX_ARGS, 0},   {"convert", SQ_SYNTAX_ARGS, 0},
    {"correlate", SQ_SYNTAX_ARGS, 0},     {"cyberchef", SQ_SYNTAX_ARGS, 0},
    {"datamodel", SQ_SYNTAX_ARGS, SQ_SYNTAX_F_WHERE_SEARCH},
    {"dbinspect", SQ_SYNTAX_ARGS, 0},     {"dedup", SQ_SYNTAX_ARGS, 0},
    {"delete", SQ_SYNTAX_ARGS, 0},        {"delta", SQ_SYNTAX_ARGS, 0},
    {"diff", SQ_SYNTAX_ARGS, 0},          {"erex", SQ_SYNTAX_ARGS, 0},
    {"eval", SQ_SYNTAX_ASSIGN, 0},        {"eventcount", SQ_SYNTAX_ARGS, 0},
    {"eventstats", SQ_SYNTAX_ARGS, 0},    {"extract", SQ_SYNTAX_ARGS, 0},
    {"fieldformat", SQ_SYNTAX_ASSIGN, 0}, {"fields", SQ_SYNTAX_ARGS, 0},
    {"fieldsummary", SQ_SYNTAX_ARGS, 0},  {"filldown", SQ_SYNTAX_ARGS, 0},
    {"fillnull", SQ_SYNTAX_ARGS, 0},      {"findtypes", SQ_SYNTAX_ARGS, 0},
    {"fit", SQ_SYNTAX_ARGS, 0},           {"foreach", SQ_SYNTAX_ARGS, 0},
    {"format", SQ_SYNTAX_ARGS, 0},        {"from", SQ_SYNTAX_ARGS, SQ_SYNTAX_F_WHERE_SEARCH},
    {"fromjson", SQ_SYNTAX_ARGS, 0},      {"gauge", SQ_SYNTAX_ARGS, 0},
    {"gentimes", SQ_SYNTAX_ARGS, 0},      {"geom", SQ_SYNTAX_ARGS, 0},
    {"geostats", SQ_SYNTAX_ARGS, 0},      {"head", SQ_SYNTAX_ARGS, 0},
    {"highlight", SQ_SYNTAX_ARGS, 0},     {"history", SQ_SYNTAX_ARGS, 0},
    {"iconify", SQ_SYNTAX_ARGS, 0},       {"inputcsv", SQ_SYNTAX_ARGS, 0},
    {"inputlookup", SQ_SYNTAX_ARGS, SQ_SYNTAX_F_WHERE_SEARCH},
    {"iplocation", SQ_SYNTAX_ARGS, 0},    {"join", SQ_SYNTAX_ARGS, 0},
    {"kmeans", SQ_SYNTAX_ARGS, 0},        {"kv", SQ_SYNTAX_ARGS, 0},
    {"kvform", SQ_SYNTAX_ARGS, 0},        {"loadjob", SQ_SYNTAX_ARGS, 0},
    {"localize", SQ_SYNTAX_ARGS, 0},      {"localop", SQ_SYNTAX_ARGS, 0},
    {"lookup", SQ_SYNTAX_ARGS, 0},        {"makecontinuous", SQ_SYNTAX_ARGS, 0},
    {"makejson", SQ_SYNTAX_ARGS, 0},      {"makemv", SQ_SYNTAX_ARGS, 0},
    {"makeresults", SQ_SYNTAX_ARGS, 0},   {"map", SQ_SYNTAX_ARGS, 0},
    {"mcollect", SQ_SYNTAX_ARGS, 0},      {"metadata", SQ_SYNTAX_ARGS, 0},
    {"metasearch", SQ_SYNTAX_ARGS, 0},    {"meventcollect", SQ_SYNTAX_ARGS, 0},
    {"mpreview", SQ_SYNTAX_ARGS, 0},      {"msearch", SQ_SYNTAX_ARGS, 0},
    {"mstats", SQ_SYNTAX_ARGS, SQ_SYNTAX_F_WHERE_SEARCH},
    {"multikv", SQ_SYNTAX_ARGS, 0},       {"multisearch", SQ_SYNTAX_ARGS, 0},
    {"mvcombine", SQ_SYNTAX_ARGS, 0},     {"mvexpand", SQ_SYNTAX_ARGS, 0},
    {"nomv", SQ_SYNTAX_ARGS, 0},          {"outlier", SQ_SYNTAX_ARGS, 0},
    {"outputcsv", SQ_SYNTAX_ARGS, 0},     {"outputlookup", SQ_SYNTAX_ARGS, 0},
    {"outputtext", SQ_SYNTAX_ARGS, 0},    {"overlap", SQ_SYNTAX_ARGS, 0},
    {"pivot", SQ_SYNTAX_ARGS, 0},         {"predict", SQ_SYNTAX_ARGS, 0},
    {"rangemap", SQ_SYNTAX_ARGS, 0},      {"rare", SQ_SYNTAX_ARGS, 0},
    {"regex", SQ_SYNTAX_ARGS, 0},         {"reltime", SQ_SYNTAX_ARGS, 0},
    {"rename", SQ_SYNTAX_ARGS, 0},        {"replace", SQ_SYNTAX_ARGS, 0},
    {"require", SQ_SYNTAX_ARGS, 0},       {"rest", SQ_SYNTAX_ARGS, 0},
    {"return", SQ_SYNTAX_ARGS, 0},        {"reverse", SQ_SYNTAX_ARGS, 0},
    {"rex", SQ_SYNTAX_ARGS, 0},           {"rtorder", SQ_SYNTAX_ARGS, 0},
    {"savedsearch", SQ_SYNTAX_ARGS, 0},   {"script", SQ_SYNTAX_ARGS, 0},
    {"scrub", SQ_SYNTAX_ARGS, 0},         {"search", SQ_SYNTAX_SEARCH, 0},
    {"searchtxn", SQ_SYNTAX_ARGS, 0},     {"selfjoin", SQ_SYNTAX_ARGS, 0},
    {"sendalert", SQ_SYNTAX_ARGS, 0},     {"sendemail", SQ_SYNTAX_ARGS, 0},
    {"set", SQ_SYNTAX_ARGS, 0},           {"setfields", SQ_SYNTAX_ARGS, 0},
    {"sichart", SQ_SYNTAX_ARGS, 0},       {"sirare", SQ_SYNTAX_ARGS, 0},
    {"sistats", SQ_SYNTAX_ARGS, 0},       {"sitimechart", SQ_SYNTAX_ARGS, 0},
    {"sitop", SQ_SYNTAX_ARGS, 0},         {"sort", SQ_SYNTAX_ARGS, 0},
    {"spath", SQ_SYNTAX_ARGS, 0},         {"stats", SQ_SYNTAX_ARGS, 0},
    {"strcat", SQ_SYNTAX_ARGS, 0},        {"streamstats", SQ_SYNTAX_ARGS, 0},
    {"summary", SQ_SYNTAX_ARGS, 0},       {"table", SQ_SYNTAX_ARGS, 0},
    {"tags", SQ_SYNTAX_ARGS, 0},          {"tail", SQ_SYNTAX_ARGS, 0},
    {"timechart", SQ_SYNTAX_ARGS, 0},     {"timewrap", SQ_SYNTAX_ARGS, 0},
    {"tojson", SQ_SYNTAX_ARGS, 0},        {"top", SQ_SYNTAX_ARGS, 0},
    {"transaction", SQ_SYNTAX_ARGS, 0},   {"transpose", SQ_SYNTAX_ARGS, 0},
    {"trendline", SQ_SYNTAX_ARGS, 0},     {"tscollect", SQ_SYNTAX_ARGS, 0},
    {"tstats", SQ_SYNTAX_ARGS, SQ_SYNTAX_F_WHERE_SEARCH},
    {"typeahead", SQ_SYNTAX_ARGS, 0},     {"typelearner", SQ_SYNTAX_ARGS, 0},
    {"typer", SQ_SYNTAX_ARGS, 0},         {"union", SQ_SYNTAX_ARGS, 0},
    {"uniq", SQ_SYNTAX_ARGS, 0},          {"untable", SQ_SYNTAX_ARGS, 0},
    {"walklex", SQ_SYNTAX_ARGS, 0},       {"where", SQ_SYNTAX_EXPR, 0},
    {"x11", SQ_SYNTAX_ARGS, 0},           {"xmlkv", SQ_SYNTAX_ARGS, 0},
    {"xmlunescape", SQ_SYNTAX_ARGS, 0},   {"xpath", SQ_SYNTAX_ARGS, 0},
    {"xyseries", SQ_SYNTAX_ARGS, 0},
};

sq_syntax sq_command_syntax(const char *name, size_t len, unsigned *flags, int *known) {
    size_t lo = 0, hi = sizeof commands / sizeof commands[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strncasecmp(name, commands[mid].name, len);
        if (c == 0 && commands[mid].name[len] != '\0')
            c = -1;
        if (c == 0) {
            *flags = commands[mid].flags;
            *known = 1;
            return commands[mid].syntax;
        }
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    *flags = 0;
    *known = 0;
    return SQ_SYNTAX_ARGS;
}
