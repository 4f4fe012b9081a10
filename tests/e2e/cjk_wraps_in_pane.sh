# A CJK article wraps inside its pane: wide characters take two columns and no line spills
# over the pane separators, at 80x24 and 200x50.
. tests/e2e/lib.sh
mkdir -p "$T/in"
{
    echo "中文新闻测试标题"
    echo
    echo "纳戈尔诺-卡拉巴赫地区的局势在周一再次紧张，阿塞拜疆和亚美尼亚双方互相指责对方违反停火协议。俄罗斯维和部队表示，他们正在监督该地区的局势，并呼吁各方保持克制。据报道，数万名居民已经离开该地区，前往亚美尼亚。"
    echo
    echo "日本語の段落もここにあります。カラバフ地域の情勢について、各国の報道機関が異なる数字を伝えています。"
} >"$T/in/cjk.txt"
cr import "$T/in" || fail "import failed: $(cat "$T/err")"
for size in "80 24" "200 50"; do
    set -- $size
    start "$1" "$2" -- 1
    wait_for "中文新闻测试标题"
    wait_for "维和部队"
    assert_lines_fit "$1"
    # every row has its first separator at the same display column
    cols=$(screen | grep '│' | while IFS= read -r line; do
        printf '%s\n' "${line%%│*}" | wc -L
    done | sort -u | wc -l)
    [ "$cols" = 1 ] || fail "at $1x$2 the pane separator moved: text spilled over a pane"
    keys q
    [ "$(wait_exit)" = 0 ] || fail "q did not exit with 0 at $1x$2"
    stop
done
finish
