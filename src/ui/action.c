/* action.c - names and help lines of the actions, generated from CR_ACTIONS. */
#include <string.h>

#include "crossread/action.h"

static const char *const names[] = {
    "none",
#define CR_ACTION_NAME(e, name, help) name,
    CR_ACTIONS(CR_ACTION_NAME)
#undef CR_ACTION_NAME
};

static const char *const helps[] = {
    "",
#define CR_ACTION_HELP(e, name, help) help,
    CR_ACTIONS(CR_ACTION_HELP)
#undef CR_ACTION_HELP
};

cr_action cr_action_by_name(const char *name)
{
    for (int i = 1; i < CR_ACT_COUNT; i++)
        if (strcmp(names[i], name) == 0)
            return (cr_action)i;
    return CR_ACT_NONE;
}

const char *cr_action_name(cr_action a)
{
    return a > 0 && a < CR_ACT_COUNT ? names[a] : "none";
}

const char *cr_action_help(cr_action a)
{
    return a > 0 && a < CR_ACT_COUNT ? helps[a] : "";
}
