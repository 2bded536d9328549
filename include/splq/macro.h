/* macro.h — backtick macro expansion.
 *
 * Macros come from directories holding security_content YAML files (`name`,
 * `definition`, `arguments`) and Splunk `macros.conf` files (`[name(2)]`,
 * `definition`, `args`).  Later definitions override earlier ones.
 *
 * Expansion keeps a source map, so that an error at an offset of the
 * expanded text can be shown at the right place in the user's own text:
 * text inside a macro's definition maps to the backtick call that produced it. */
#ifndef SPLQ_MACRO_H
#define SPLQ_MACRO_H

#include <stddef.h>

#include "splq/diag.h"
#include "splq/error.h"

#define SQ_MACRO_MAX_DEPTH 50
#define SQ_MACRO_MAX_EXPANDED (4u << 20) /* bytes */

typedef struct sq_macros sq_macros;

sq_macros *sq_macros_new(void);
void sq_macros_free(sq_macros *m);
/* Load every *.yml, *.yaml and *.conf file of dir (not recursive). */
int sq_macros_load_dir(sq_macros *m, const char *dir, sq_error *err);
int sq_macros_load_file(sq_macros *m, const char *path, sq_error *err);
/* Define one macro directly; nargs from the argument list. */
void sq_macros_define(sq_macros *m, const char *name, const char *const *args, int nargs,
                      const char *definition);
size_t sq_macros_count(const sq_macros *m);
/* i-th macro (any order): name and number of arguments, for listings. */
const char *sq_macros_name_at(const sq_macros *m, size_t i, int *nargs);
/* The i-th macro's definition and argument names (*args: nargs of them). */
const char *sq_macros_definition_at(const sq_macros *m, size_t i, const char *const **args);

/* Source map from expanded offsets to original offsets. */
typedef struct sq_srcmap sq_srcmap;
size_t sq_srcmap_to_original(const sq_srcmap *map, size_t expanded_offset);
void sq_srcmap_free(sq_srcmap *map);

/* Expand text: strip ```comments```, expand `macros` recursively (cycles
 * and depth are errors), a missing `*_filter` macro becomes `search *` with
 * a note.  *out is malloc'd; *map (if map != NULL) is the source map.  Errors
 * carry spans in the *original* text. */
int sq_macro_expand(const sq_macros *m, const char *text, size_t len, char **out, size_t *out_len,
                    sq_srcmap **map, sq_diag *diag, sq_error *err);

#endif
