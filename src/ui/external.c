/* external.c - running other programs from the reader: the note editor, the browser, and
 * shell commands fed the article. Curses is suspended around each (endwin) and the screen
 * redrawn after, so full-screen programs work as they would from the shell. */
#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include "study.h"

/* Runs `sh -c cmd sh arg` with input on its stdin (when input is not NULL). Returns the exit
 * status, or -1 if it could not be started. */
static int run_shell(const char *cmd, const char *arg, const char *input, size_t len)
{
    int fds[2] = {-1, -1};
    if (input && pipe(fds) != 0)
        return -1;
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) {
        if (input) {
            close(fds[0]);
            close(fds[1]);
        }
        return -1;
    }
    if (pid == 0) {
        if (input) {
            dup2(fds[0], STDIN_FILENO);
            close(fds[0]);
            close(fds[1]);
        }
        execl("/bin/sh", "sh", "-c", cmd, "sh", arg, (char *)NULL);
        _exit(127);
    }
    if (input) {
        close(fds[0]);
        /* a command that stops reading early (head) must not kill the reader */
        void (*old)(int) = signal(SIGPIPE, SIG_IGN);
        for (size_t done = 0; done < len;) {
            ssize_t w = write(fds[1], input + done, len - done);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                break;
            done += (size_t)w;
        }
        close(fds[1]);
        signal(SIGPIPE, old);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return -1;
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

static void suspend_curses(void)
{
    def_prog_mode();
    endwin();
}

static void resume_curses(void)
{
    reset_prog_mode();
    clearok(curscr, TRUE);
    refresh();
}

int cr_edit_in_editor(cr_app *app, const char *initial, char **out)
{
    *out = NULL;
    const char *editor = getenv("EDITOR");
    if (!editor || !*editor)
        return 0;
    const char *tmpdir = getenv("TMPDIR");
    char *path = cr_xasprintf("%s/crossread-note-XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
    int fd = mkstemp(path);
    if (fd < 0) {
        cr_app_message(app, "Cannot make a file for the editor: %s", strerror(errno));
        free(path);
        return 0;
    }
    size_t n = initial ? strlen(initial) : 0;
    bool wrote = n == 0 || write(fd, initial, n) == (ssize_t)n;
    close(fd);
    int status = -1;
    if (wrote) {
        /* the editor's words are split by the shell, as git does: EDITOR="vim -c startinsert" */
        char *cmd = cr_xasprintf("%s \"$1\"", editor);
        suspend_curses();
        status = run_shell(cmd, path, NULL, 0);
        resume_curses();
        free(cmd);
    }
    int result = 0;
    char *text = NULL, *err = NULL;
    size_t len;
    if (status == 0 && cr_read_whole_file(path, &text, &len, &err)) {
        while (len && (text[len - 1] == '\n' || text[len - 1] == '\r' || text[len - 1] == ' ' ||
                       text[len - 1] == '\t'))
            text[--len] = '\0';
        if (len) {
            *out = text;
            result = 1;
        } else {
            free(text);
            result = -1;
        }
    } else {
        cr_app_message(app, "The editor (%s) failed; write the note here instead", editor);
        free(err);
    }
    unlink(path);
    free(path);
    return result;
}

/* Whether a program is on $PATH. */
static bool on_path(const char *prog)
{
    const char *path = getenv("PATH");
    if (!path)
        return false;
    char *copy = cr_xstrdup(path);
    bool found = false;
    for (char *dir = strtok(copy, ":"); dir && !found; dir = strtok(NULL, ":")) {
        char *p = cr_xasprintf("%s/%s", *dir ? dir : ".", prog);
        found = access(p, X_OK) == 0;
        free(p);
    }
    free(copy);
    return found;
}

void cr_open_url(cr_app *app, const char *url)
{
    if (!url || !*url) {
        cr_app_message(app, "This article has no URL");
        return;
    }
    const char *browser = getenv("BROWSER");
    char *cmd;
    if (browser && *browser) {
        /* $BROWSER may list several, "firefox:lynx": the first is used */
        size_t n = strcspn(browser, ":");
        cmd = cr_xasprintf("%.*s \"$1\"", (int)n, browser);
    } else if (on_path("xdg-open")) {
        cmd = cr_xstrdup("xdg-open \"$1\"");
    } else {
        cr_app_message(app, "No browser: set $BROWSER or install xdg-open");
        return;
    }
    suspend_curses();
    int status = run_shell(cmd, url, NULL, 0);
    resume_curses();
    if (status == 0)
        cr_app_message(app, "Opened %s", url);
    else
        cr_app_message(app, "The browser failed (status %d): %s", status, cmd);
    free(cmd);
}

/* Waits for one key with the terminal out of curses' hands. */
static void wait_key(void)
{
    struct termios old, raw;
    fputs("\n[Press a key to return to crossread]", stdout);
    fflush(stdout);
    if (tcgetattr(STDIN_FILENO, &old) != 0)
        return;
    raw = old;
    raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    tcsetattr(STDIN_FILENO, TCSANOW, &raw);
    char c;
    while (read(STDIN_FILENO, &c, 1) < 0 && errno == EINTR)
        ;
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
}

void cr_pipe_to(cr_app *app, const char *cmd, const char *text, size_t len)
{
    suspend_curses();
    printf("$ %s\n", cmd);
    int status = run_shell(cmd, "", text, len);
    if (status != 0)
        printf("\n[%s: exit status %d]", cmd, status);
    wait_key();
    resume_curses();
    cr_app_message(app, status == 0 ? "Piped the article to %s" : "%s failed", cmd);
}
