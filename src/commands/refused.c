/* refused.c — commands splq knows but will not run, each with the reason.
 *
 * These are listed in the registry so that the planner and `splq check`
 * can say why a rule cannot run ("command "apply" is not supported: Machine
 * Learning Toolkit command") rather than calling the command unknown.  They
 * need state splq does not have: trained models, metrics indexes. */
#include <stddef.h>

#include "splq/command.h"

#define MLTK "Machine Learning Toolkit command (needs models trained in Splunk)"

#define REFUSED(ident, cmdname, why)                                                               \
    const sq_command sq_cmd_##ident = {                                                            \
        .name = cmdname,                                                                           \
        .kind = SQ_CMD_STREAMING,                                                                  \
        .refusal = why,                                                                            \
    }

REFUSED(apply, "apply", MLTK);
REFUSED(fit, "fit", MLTK);
REFUSED(summary, "summary", MLTK);
/* Not from the ML Toolkit: the CyberChef for Splunk add-on. */
REFUSED(cyberchef, "cyberchef", "command of the CyberChef for Splunk add-on");
REFUSED(mstats, "mstats", "metrics indexes are not supported");
