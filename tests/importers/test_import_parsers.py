"""The importer's small parsers and fast paths, each against a plain reference: MySQL string
literals as MySQL documents them, PHP's serialize() format, the libyaml emitter against PyYAML's,
and the skipped to_blogbuild call against calling it."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from blogbuild.errors import ImportSourceError
from blogbuild.importers.mysqldump import read_dump
from blogbuild.importers.phpdata import PHPDataError, php_or_json, php_unserialize
from blogbuild.site.yamlout import _CYaml, _Yaml

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)


def _backslashed(text: str) -> str:
    """mysqldump's escaping (mysql_real_escape_string): \\0 \\n \\r \\\\ \\' \\" \\Z."""
    table = {"\0": "\\0", "\n": "\\n", "\r": "\\r", "\\": "\\\\", "'": "\\'", '"': '\\"', "\x1a": "\\Z"}
    return "'" + "".join(table.get(ch, ch) for ch in text) + "'"


def _doubled(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def _double_quoted(text: str) -> str:
    """A string in double quotes (MySQL without ANSI_QUOTES): `""` is one `"`, `''` two `'`."""
    return '"' + text.replace("\\", "\\\\").replace('"', '""') + '"'


@settings(max_examples=300)
@given(st.lists(st.tuples(TEXT, st.integers(-10**12, 10**12), st.none()), min_size=1, max_size=5),
       st.sampled_from([_backslashed, _doubled, _double_quoted]))
@example([('He said ""no""', 0, None)], _doubled)  # the other quote, doubled: two characters (found by hypothesis)
@example([("it''s", 0, None)], _double_quoted)
def test_mysql_values_read_back_as_written(rows, quote):
    values = ",\n".join(f"({quote(s)}, {n}, NULL)" for s, n, _none in rows)
    dump = f"CREATE TABLE `t` (\n  `s` text,\n  `n` bigint,\n  `x` text\n);\nINSERT INTO `t` VALUES {values};\n"
    assert read_dump(dump, "t.sql")["t"].rows == [{"s": s, "n": n, "x": None} for s, n, _none in rows]


def test_statements_that_only_look_like_inserts_are_skipped():
    dump = ("-- INSERT INTO `t` VALUES (9);\n/* INSERT INTO `t` VALUES (8); */\n"
            "CREATE TABLE t (a text, KEY `a` (`a`(10)));\n"
            "SET @x = 'INSERT INTO t VALUES (7);';\n"
            "INSERT INTO t VALUES ('INSERT INTO t VALUES (6);'),(_binary 'b'),(0x4142),('a\\%b');\n")
    assert read_dump(dump, "d.sql")["t"].rows == [{"a": "INSERT INTO t VALUES (6);"}, {"a": "b"}, {"a": b"AB"},
                                                  {"a": "a\\%b"}]


def test_a_row_of_the_wrong_width_names_the_line():
    with pytest.raises(ImportSourceError) as e:
        read_dump("CREATE TABLE t (a int, b int);\n\nINSERT INTO t VALUES (1,2),\n(3);\n", "d.sql")
    assert str(e.value) == "d.sql:4: INSERT INTO t: row 2 has 1 values for 2 columns"


def test_php_serialize():
    # Typecho 1.1's routingTable as serialize() wrote it: lengths in bytes.
    text = 'a:2:{s:4:"post";a:1:{s:3:"url";s:24:"/archives/[cid:digital]/";}s:4:"page";a:1:{s:3:"url";' \
           's:8:"/关于/";}}'
    assert php_unserialize(text) == {"post": {"url": "/archives/[cid:digital]/"}, "page": {"url": "/关于/"}}
    assert php_unserialize('a:3:{i:0;b:1;i:1;d:0.5;i:2;N;}') == {0: True, 1: 0.5, 2: None}
    assert php_or_json('{"post": {"url": "/p/[slug]/"}}') == {"post": {"url": "/p/[slug]/"}}
    for bad in ('s:5:"abc";', 'a:1:{i:0;s:1:"x";', "x:1;"):
        with pytest.raises(PHPDataError):
            php_unserialize(bad)


# The writer's text: line ends made \n (writer._lines), names with their whitespace collapsed.
LINES = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\x85\u2028\u2029"),
                max_size=80)
COMMENT = st.fixed_dictionaries({
    "id": st.integers(1, 10**9), "author": LINES.map(lambda s: " ".join(s.split())).filter(bool),
    "date": st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2100, 1, 1),
                         timezones=st.sampled_from([dt.timezone.utc, dt.timezone(dt.timedelta(hours=8))])),
    "body": LINES.filter(lambda s: "\U00010000" > max(s, default="a")),
})


@settings(max_examples=200)
@given(st.lists(COMMENT, max_size=4))
def test_libyaml_writes_what_pyyaml_would_mean(items):
    """The writer uses libyaml's emitter for speed where the text allows it: it must mean the same."""
    fast = yaml.dump(items, Dumper=_CYaml, allow_unicode=True, sort_keys=False, width=100)
    plain = yaml.dump(items, Dumper=_Yaml, allow_unicode=True, sort_keys=False, width=100)
    assert yaml.safe_load(fast) == yaml.safe_load(plain) == items


@settings(max_examples=300)
@given(st.text(st.characters(blacklist_characters="$\\", blacklist_categories=("Cs",)), max_size=200))
def test_text_without_dollar_or_backslash_needs_no_rewriting(text):
    """typecho._markdown skips to_blogbuild for such text (a 30,000-comment blog: most comments)."""
    from blogbuild.importers.dialects import TYPECHO, to_blogbuild

    assert to_blogbuild(text, TYPECHO) == text


@pytest.mark.parametrize(("pattern", "values", "url", "permalink"), [
    ("/archives/[cid:digital]/", {"cid": "42"}, "/archives/42/", "/archives/{slug}/"),
    ("/archives/[slug].html", {"slug": "关于"}, "/archives/关于.html", "/archives/{slug}.html"),
    ("/[year:digital:4]/[month:digital:2]/[day:digital:2]/[slug].html",
     {"year": "2019", "month": "03", "day": "01", "slug": "x"}, "/2019/03/01/x.html",
     "/{year}/{month}/{day}/{slug}.html"),
    ("/[category]/[slug].html", {"category": "math", "slug": "x"}, "/math/x.html", None),
    ("/[directory:split:0]/[cid:digital].html", {"directory": "math/algebra", "cid": "7"}, "/math/algebra/7.html",
     None),
    ("/[category]/[slug].html", {"slug": "x"}, None, None),  # a post without a category has no such URL
])
def test_typecho_patterns(pattern, values, url, permalink):
    from blogbuild.importers.typecho_routes import expand, to_permalink

    assert expand(pattern, values) == url
    assert to_permalink(pattern) == permalink


def test_routing_table_forms_and_aliases():
    from blogbuild.importers.typecho_routes import DEFAULT_PAGE, DEFAULT_POST, alias, patterns

    assert patterns(None) == (DEFAULT_POST, DEFAULT_PAGE) == ("/archives/[cid:digital]/", "/[slug].html")
    assert patterns('a:1:{s:4:"post";a:1:{s:3:"url";s:16:"/p/[cid:digital]";}}') == ("/p/[cid:digital]", "/[slug].html")
    assert patterns('{"page": {"url": "/page/[slug]/"}}') == (DEFAULT_POST, "/page/[slug]/")
    assert patterns("not serialised") == (DEFAULT_POST, DEFAULT_PAGE)
    assert alias("/blog/archives/42/", "/blog/") == "/archives/42/"
    assert alias("/archives/%E5%85%B3%E4%BA%8E.html", "/") == "/archives/关于.html"
    assert alias("/other/42/", "/blog/") is None
    assert alias("/archives/a b/", "/") is None and alias("/archives/a?b/", "/") is None
