/* json.c — placeholder */
#include "functions.h"

static const sq_func table[] = {
    {NULL, 0, 0, 0, 0, NULL, NULL},
};

const sq_func *sq_functions_json(void) {
    return table;
}
