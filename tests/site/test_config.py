"""blog.yaml: defaults, validation messages naming the key and line."""

from __future__ import annotations

import datetime as dt

import pytest

from blogbuild.errors import BlogbuildError
from blogbuild.site.config import load_config


def _config(tmp_path, text: str):
    (tmp_path / "blog.yaml").write_text(text, encoding="utf-8")
    return load_config(tmp_path)


def test_defaults_and_subpath(tmp_path):
    c = _config(tmp_path, "title: T\nurl: https://x.github.io/blog\n")
    assert c.url == "https://x.github.io/blog/"
    assert c.base_path == "/blog/"
    assert c.permalink == "/archives/{slug}/" and c.output == "public" and c.posts_per_page == 10
    assert c.labels["readers"] == "位读者"
    assert c.feed.mathml is True


def test_timezone_offset_and_name(tmp_path):
    assert _config(tmp_path, "title: T\nurl: https://e.org/\ntimezone: '+08:00'\n").tzinfo.utcoffset(None) \
        == dt.timedelta(hours=8)
    tz = _config(tmp_path, "title: T\nurl: https://e.org/\ntimezone: Asia/Shanghai\n").tzinfo
    assert tz.utcoffset(dt.datetime(2024, 1, 1)) == dt.timedelta(hours=8)


@pytest.mark.parametrize("text, message", [
    ("title: T\nurl: https://e.org/\ntitel: x\n", "blog.yaml:3: unknown key 'titel' (did you mean 'title'?)"),
    ("title: T\nurl: https://e.org/\nposts_per_page: ten\n",
     "blog.yaml:3: 'posts_per_page' must be an integer, got 'ten'"),
    ("title: T\nurl: ftp://e.org/\n", "blog.yaml:2: 'url' must be an http(s) URL like https://example.org/blog/, got 'ftp://e.org/'"),
    ("title: T\n", "blog.yaml: missing required key 'url'"),
    ("title: T\nurl: https://e.org/\nmathjax:\n  srcc: x\n",
     "blog.yaml:4: unknown key 'mathjax.srcc' (did you mean 'mathjax.src'?)"),
    ("title: T\nurl: https://e.org/\nlanguage: fr\n", "blog.yaml:3: 'language' must be one of en, zh, got 'fr'"),
    ("title: T\nurl: https://e.org/\nfeed:\n  mathml: yes please\n",
     "blog.yaml:4: 'feed.mathml' must be true or false, got 'yes please'"),
    ("title: T\nurl: https://e.org/\npermalink: /p/\n",
     "blog.yaml:3: 'permalink' must start with / and contain {slug} or {id}, got '/p/'"),
    ("title: [T\n", "blog.yaml:1:8: YAML: "),
])
def test_errors_name_the_key(tmp_path, text, message):
    with pytest.raises(BlogbuildError) as info:
        _config(tmp_path, text)
    assert str(info.value).startswith(message)


def test_all_problems_reported_together(tmp_path):
    with pytest.raises(BlogbuildError) as info:
        _config(tmp_path, "title: 3\nurl: https://e.org/\nfoo: 1\nbar: 2\n")
    lines = str(info.value).splitlines()
    assert lines == ["blog.yaml:1: 'title' must be a string, got 3",
                     "blog.yaml:3: unknown key 'foo'", "blog.yaml:4: unknown key 'bar'"]
