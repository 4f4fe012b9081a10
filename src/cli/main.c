/* main.c - placeholder entry point replaced by the CLI module. */
int main(void) { return 0; }
