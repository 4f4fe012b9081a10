# commonwords.awk - the common words of an English word list (Debian's wbritish-small,
# /usr/share/dict/british-english-small): words in lower-case letters only whose capitalised
# form the list does not also hold ("budget", "officer"; not "bill"/"Bill", not "Europe").
# Prints one word a line, unsorted; the Makefile sorts them for tools/wordlist.awk.
{ seen[$0] = 1 }
END {
    for (w in seen) {
        if (w !~ /^[a-z]+$/ || length(w) < 3)
            continue
        cap = toupper(substr(w, 1, 1)) substr(w, 2)
        if (!(cap in seen))
            print w
    }
}
