/* osc52.h - copying text to the local clipboard with the OSC 52 escape sequence, which
 * terminals honour even over SSH. Inside tmux or GNU screen the sequence is wrapped in their
 * pass-through strings, chosen from TERM. */
#ifndef CROSSREAD_OSC52_H
#define CROSSREAD_OSC52_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { CR_MUX_NONE = 0, CR_MUX_TMUX, CR_MUX_SCREEN } cr_mux;

/* Standard base64 (RFC 4648, with padding); a new NUL-terminated string. */
char *cr_base64(const void *data, size_t len);
/* TERM "tmux*" -> tmux, "screen*" -> screen, anything else (or NULL) -> none. */
cr_mux cr_mux_of_term(const char *term);
/* The bytes to send: ESC ] 52 ; c ; base64 BEL, wrapped for mux. A new string. */
char *cr_osc52_sequence(const char *text, size_t len, cr_mux mux);
/* Writes the sequence for text to the controlling terminal (/dev/tty). */
bool cr_osc52_copy(const char *text, char **err);

#endif
