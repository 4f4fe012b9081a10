# gazetteer.awk - turns data/gazetteer.txt into a C file holding it as one string
# (build/gen/gazetteer.c). POSIX awk; characters are escaped one by one because awks
# disagree about backslashes in gsub() replacements. '?' is escaped against trigraphs.
function esc(s,    out, i, c) {
    out = ""
    for (i = 1; i <= length(s); i++) {
        c = substr(s, i, 1)
        if (c == "\\") out = out "\\\\"
        else if (c == "\"") out = out "\\\""
        else if (c == "?") out = out "\\?"
        else if (c == "\t") out = out "\\t"
        else out = out c
    }
    return out
}
BEGIN { print "/* Generated from data/gazetteer.txt by tools/gazetteer.awk; do not edit. */" }
BEGIN { print "extern const char cr_gazetteer_builtin[];" }
BEGIN { print "const char cr_gazetteer_builtin[] =" }
{ print "    \"" esc($0) "\\n\"" }
END { print "    \"\";" }
