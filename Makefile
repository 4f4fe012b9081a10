# crossread - see README.md. `make run` and `make check` do all set-up on a fresh Debian machine.
PREFIX  ?= /usr/local
DESTDIR ?=
CC      ?= cc
PKGS     = ncursesw sqlite3
VERSION  = 0.1.0

WARN     = -std=c11 -Wall -Wextra -Werror
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lncursesw -ltinfo -lsqlite3)
CFLAGS  ?= -O2 -g
CPPFLAGS += -Iinclude -D_GNU_SOURCE -DCROSSREAD_VERSION='"$(VERSION)"' $(PKG_CFLAGS)
LDLIBS  += $(PKG_LIBS) -lunistring -lm

# Every .c under src/ is part of the library except the program's entry point, so a new
# module needs no Makefile edit.
LIB_SRC  := $(shell find src -name '*.c' ! -path 'src/cli/main.c' | sort)
# data/gazetteer.txt compiled in as a C string (POSIX awk, no xxd).
LIB_SRC  += build/gen/gazetteer.c
# data/given_names.txt compiled in as a sorted array of strings.
LIB_SRC  += build/gen/given_names.c
# The common English words of Debian's wbritish-small, compiled in the same way.
LIB_SRC  += build/gen/common_words.c
DICT     ?= /usr/share/dict/british-english-small
MAIN_SRC := src/cli/main.c
UNIT_SRC := $(sort $(wildcard tests/unit/*.c))
FUZZ_SRC := $(sort $(wildcard tests/fuzz/*.c))
HEADERS  := $(wildcard include/crossread/*.h) $(shell find src -name "*.h")
# The tests' own headers (t.h, entity_eval.h ...): a changed struct there rebuilds the tests.
TEST_HEADERS := $(wildcard tests/unit/*.h tests/fuzz/*.h)

B  = build/release
T  = build/test
SAN = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

.PHONY: all run check test unit e2e bench fuzz install uninstall clean deps deps-test distclean

all: $(B)/crossread

$(B)/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -c $< -o $@

$(T)/%.o: %.c $(HEADERS) $(TEST_HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) -O1 -g $(SAN) $(CPPFLAGS) -c $< -o $@

$(B)/libcrossread.a: $(LIB_SRC:%.c=$(B)/%.o)
	@rm -f $@
	ar rcs $@ $^

$(T)/libcrossread.a: $(LIB_SRC:%.c=$(T)/%.o)
	@rm -f $@
	ar rcs $@ $^

$(B)/crossread: $(B)/src/cli/main.o $(B)/libcrossread.a
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

# A developer's view of name extraction (tools/entdump.c); not installed.
$(B)/entdump: $(B)/tools/entdump.o $(B)/libcrossread.a
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

# The sanitizer build of the program, driven by the end-to-end tests.
$(T)/crossread: $(T)/src/cli/main.o $(T)/libcrossread.a
	$(CC) -g $(SAN) -o $@ $^ $(LDLIBS)

$(T)/unit: $(UNIT_SRC:%.c=$(T)/%.o) $(T)/libcrossread.a
	$(CC) -g $(SAN) -o $@ $^ $(LDLIBS)

build/gen/gazetteer.c: data/gazetteer.txt tools/gazetteer.awk
	@mkdir -p $(dir $@)
	awk -f tools/gazetteer.awk data/gazetteer.txt >$@.tmp && mv $@.tmp $@

build/gen/given_names.c: data/given_names.txt tools/wordlist.awk
	@mkdir -p $(dir $@)
	awk -v sym=cr_given_names -f tools/wordlist.awk data/given_names.txt >$@.tmp && mv $@.tmp $@

build/gen/common_words.c: tools/commonwords.awk tools/wordlist.awk
	@mkdir -p $(dir $@)
	@test -r $(DICT) || { echo "make: $(DICT) is missing: install Debian's wbritish-small (sh tools/setup.sh run)" >&2; exit 1; }
	LC_ALL=C awk -f tools/commonwords.awk $(DICT) | LC_ALL=C sort | \
	    awk -v sym=cr_common_words -f tools/wordlist.awk >$@.tmp && mv $@.tmp $@

deps:
	@sh tools/setup.sh run

deps-test:
	@sh tools/setup.sh check

# Set up, build, import articles/ into the default library, open the reader.
run: deps
	@$(MAKE) --no-print-directory all
	$(B)/crossread import articles
	$(B)/crossread open

# Set up, build (release and sanitizer builds), run every test.
check: deps-test
	@$(MAKE) --no-print-directory all $(T)/crossread $(T)/unit
	@sh tests/run.sh

test: check

bench: deps-test
	@sh tools/setup.sh bench
	@$(MAKE) --no-print-directory all $(T)/unit
	@sh bench/run.sh

fuzz:
	@sh tests/fuzz/run.sh

install: $(B)/crossread
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/crossread
	install -m 755 $(B)/crossread $(DESTDIR)$(PREFIX)/bin/crossread
	install -m 644 docs/crossread.1 $(DESTDIR)$(PREFIX)/share/man/man1/crossread.1
	cp -R data/. $(DESTDIR)$(PREFIX)/share/crossread/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/crossread $(DESTDIR)$(PREFIX)/share/man/man1/crossread.1
	rm -rf $(DESTDIR)$(PREFIX)/share/crossread

clean:
	rm -rf build
