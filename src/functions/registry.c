/* registry.c — joins the eval function families into one lookup.
 *
 * Function names are matched case-insensitively (Splunk accepts If/IF). */
#include <stddef.h>
#include <strings.h>

#include "functions.h"

typedef const sq_func *(*family_fn)(void);

static const family_fn families[] = {
    sq_functions_conditional, sq_functions_conversion, sq_functions_text, sq_functions_multivalue,
    sq_functions_math,        sq_functions_time,       sq_functions_json, sq_functions_crypto,
    sq_functions_info,        sq_functions_lookup,
};

const sq_func *sq_function_lookup(const char *name) {
    for (size_t i = 0; i < sizeof families / sizeof families[0]; i++)
        for (const sq_func *f = families[i](); f->name; f++)
            if (strcasecmp(f->name, name) == 0)
                return f;
    return NULL;
}

void sq_function_each(void (*fn)(const sq_func *f, void *ud), void *ud) {
    for (size_t i = 0; i < sizeof families / sizeof families[0]; i++)
        for (const sq_func *f = families[i](); f->name; f++)
            fn(f, ud);
}
