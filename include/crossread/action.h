/* action.h - every action of the reader, once. The X-macro list generates the action enum,
 * the names used in the config file, and the help screen, so help never drifts from keys.
 * X(ENUM, "name", "what it does") */
#ifndef CROSSREAD_ACTION_H
#define CROSSREAD_ACTION_H

#define CR_ACTIONS(X)                                                              \
    X(MOVE_DOWN, "move-down", "Move down a line")                                  \
    X(MOVE_UP, "move-up", "Move up a line")                                        \
    X(PAGE_DOWN, "page-down", "Move down a page")                                  \
    X(PAGE_UP, "page-up", "Move up a page")                                        \
    X(HALF_DOWN, "half-page-down", "Move down half a page")                        \
    X(HALF_UP, "half-page-up", "Move up half a page")                              \
    X(FIRST, "first", "Go to the first line")                                      \
    X(LAST, "last", "Go to the last line")                                         \
    X(NEXT_PANE, "next-pane", "Focus the next pane")                               \
    X(PREV_PANE, "prev-pane", "Focus the previous pane")                           \
    X(ENTER, "enter", "Open the selected article or item")                         \
    X(BACK, "back", "Go back to the previous article or view")                     \
    X(TOGGLE_BOILERPLATE, "toggle-boilerplate", "Show or hide boilerplate")        \
    X(FIND, "find", "Find in the article; in a list, filter it as you type")      \
    X(FIND_BACK, "find-backward", "Find backward in the article; elsewhere, this help") \
    X(NAMES, "names", "All names: people, places, organisations, events")          \
    X(ARTICLE_NAMES, "article-names", "Names in the open article")                 \
    X(TOGGLE_NAMES, "toggle-names", "Highlight names in the article")              \
    X(MERGE_NAMES, "merge-names", "In names: mark a name, then merge it into another") \
    X(SPLIT_NAMES, "split-names", "In names: split an entity into its separate names") \
    X(HELP, "help", "Show this help")                                              \
    X(NEXT_MATCH, "next-match", "Next match of the find or search (wraps round)") \
    X(PREV_MATCH, "prev-match", "Previous match of the find or search")            \
    X(SEARCH, "search", "Search the whole library (words, \"phrases\", OR, NOT, NEAR)") \
    X(CLAIMS, "claims", "Claims of the article compared across sources")          \
    X(CLAIMS_QUERY, "claims-query", "Claims of the library about some words")      \
    X(REDRAW, "redraw", "Redraw the screen")                                       \
    X(FORWARD, "forward", "Go forward again after going back")                    \
    X(TOGGLE_READ, "toggle-read", "Mark the article read or unread")               \
    X(BOOKMARK, "bookmark", "Bookmark the reading position")                       \
    X(BOOKMARKS, "bookmarks", "List the bookmarks")                                \
    X(HIGHLIGHT, "highlight", "Highlight: start at the reading position, again to save") \
    X(NOTE, "note", "Write a note on the reading position, selection or mark")     \
    X(NOTES, "notes", "List every note, highlight and bookmark")                   \
    X(DELETE_MARK, "delete-mark", "Delete the selected note, highlight or bookmark") \
    X(OPEN_URL, "open-url", "Open the article's URL with $BROWSER or xdg-open")    \
    X(PIPE, "pipe", "Pipe the article's text to a shell command")                  \
    X(COPY_CITATION, "copy-citation", "Copy the article's citation (OSC 52 clipboard)") \
    X(COMMAND, "command", "Command line (:claims WORDS, :export [FILE], :backup FILE, :note NAME, :q)") \
    X(CANCEL, "cancel", "Cancel a selection")                                      \
    X(QUIT, "quit", "Close the view, or quit the reader")

typedef enum {
    CR_ACT_NONE = 0,
#define CR_ACTION_ENUM(e, name, help) CR_ACT_##e,
    CR_ACTIONS(CR_ACTION_ENUM)
#undef CR_ACTION_ENUM
        CR_ACT_COUNT
} cr_action;

/* "move-down" -> CR_ACT_MOVE_DOWN; CR_ACT_NONE if unknown. */
cr_action cr_action_by_name(const char *name);
const char *cr_action_name(cr_action a);
const char *cr_action_help(cr_action a);

#endif
