"""`blogbuild import hexo`: the reader on a Hexo site folder built from Hexo's documented layout
(tests/importers/fixtures/hexo-site), and its dialect choice from package.json."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import zoneinfo
from pathlib import Path

import pytest
from mathjax_reference import found_by_blogbuild, same, seen_by_old_site

from blogbuild.errors import ImportSourceError
from blogbuild.importers import hexo
from blogbuild.importers.dialects import HEXO_KRAMED, HEXO_MARKED, HEXO_MARKED_OLD, HEXO_PROTECTED

SITE = Path(__file__).parent / "fixtures" / "hexo-site"
SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")


@pytest.fixture(scope="module")
def imported():
    return hexo.read(SITE)


def entry(imported, record):
    return next(e for e in imported.entries if e.record == record)


def test_settings_from_config(imported):
    assert imported.settings == {"title": "科学空间", "description": "数学与物理", "author": "苏剑林",
                                 "url": "https://example.com/blog/", "timezone": "Asia/Shanghai",
                                 "permalink": "/{year}/{month}/{day}/{slug}/"}


def test_posts_pages_and_drafts(imported):
    kinds = sorted((e.kind, e.record, e.draft) for e in imported.entries)
    assert kinds == [
        ("page", "source/about/index.md", False),
        ("post", "source/_drafts/draft.md", True),
        ("post", "source/_posts/2019-01-02-中文标题.md", False),
        ("post", "source/_posts/c++&x.md", False),
        ("post", "source/_posts/hello-world.md", False),
        ("post", "source/_posts/no-fence.md", False),
        ("post", "source/_posts/raw-and-tags.md", False),
        ("post", "source/_posts/sub/nested.md", False),
        ("post", "source/_posts/unpublished.md", True),  # published: false
    ]


def test_front_matter_mapping(imported):
    post = entry(imported, "source/_posts/hello-world.md")
    assert post.title == "你好，公式"
    assert post.date == dt.datetime(2013, 7, 13, 20, 46, 25, tzinfo=SHANGHAI)  # Hexo's `2013/7/13 20:46:25`
    assert post.updated == dt.datetime(2013, 7, 14, 8, 0, tzinfo=SHANGHAI)
    assert post.tags == ["数学", "math"]
    assert post.categories == ["数学", "分析", "随笔"]  # the hierarchy 数学 › 分析, and 随笔
    assert post.slug == "hello-world"
    assert post.aliases == ["/blog/2013/07/13/hello-world/"]  # root + :year/:month/:day/:title/


def test_names_dates_and_permalinks(imported):
    cjk = entry(imported, "source/_posts/2019-01-02-中文标题.md")
    assert (cjk.slug, cjk.tags, cjk.categories) == ("中文标题", ["线性代数"], ["数学"])
    assert cjk.aliases == ["/blog/2019/01/02/中文标题/"]
    nested = entry(imported, "source/_posts/sub/nested.md")
    assert nested.aliases == ["/blog/old/nested.html"]  # its own permalink
    assert nested.slug == "sub-nested"
    odd = entry(imported, "source/_posts/c++&x.md")
    assert odd.slug == "c-x" and odd.aliases == ["/blog/2021/06/01/c++&x/"]
    bare = entry(imported, "source/_posts/no-fence.md")
    assert (bare.title, bare.tags, bare.date) == ("Front matter without the first fence", ["machine learning"],
                                                  dt.datetime(2012, 12, 21, tzinfo=SHANGHAI))
    page = entry(imported, "source/about/index.md")
    assert (page.slug, page.title, page.aliases) == ("about", "关于", ["/blog/about/"])


def test_every_formula_the_old_site_showed(imported):
    """hexo-renderer-marked: the old page is the Markdown with one backslash eaten everywhere."""
    for e in imported.entries:
        if e.record.endswith("raw-and-tags.md"):
            continue  # Hexo's tags: test_raw_and_math_tags
        text = (SITE / e.record).read_text(encoding="utf-8")
        source = text.split("---\n", 2)[2] if text.startswith("---") else text.split("---\n", 1)[1]
        old = same(seen_by_old_site(source, markdown_escaped=True))
        assert same(found_by_blogbuild(e.body)) == old, e.record
    hello = entry(imported, "source/_posts/hello-world.md").body
    assert "$x_1 + x_2 = 1$" in hello and "\\left\\{" in hello and "\\begin{align*}" in hello
    assert "<!-- more -->" in hello and "`$x_1$`" in hello


def test_raw_and_math_tags(imported):
    """`{% raw %}` kept its text from marked (backslashes and all); hexo-math's tag is a formula."""
    body = entry(imported, "source/_posts/raw-and-tags.md").body
    assert same(found_by_blogbuild(body)) == same([
        ("inline", "a_1 \\\\ b\\_2"), ("inline", "c"), ("inline", "d_1"),
        ("display", "\\begin{aligned} x &= y \\\\ z &= w \\end{aligned}"),
        ("inline", "\\frac{1}{2}"), ("display", "e^{i\\pi} + 1 = 0 \\\\"),
    ])
    assert "{%" not in body and '```python\ncost = "$5 and $6"\n```' in body  # a codeblock is code


def test_draft_without_date_takes_the_file_time(tmp_path):
    site = shutil.copytree(SITE, tmp_path / "site")
    when = dt.datetime(2022, 2, 2, 2, 2, 2, tzinfo=SHANGHAI)
    os.utime(site / "source/_drafts/draft.md", (when.timestamp(), when.timestamp()))
    draft = entry(hexo.read(site), "source/_drafts/draft.md")
    assert draft.date == when and draft.aliases == []


def test_draft_without_date_in_a_git_clone_takes_its_commit_date(tmp_path):
    """A fresh clone gives every file the clone's time: a re-import must not redate the drafts. The
    last commit's date is the same in every clone; a draft edited since then takes its mtime."""
    site = shutil.copytree(SITE, tmp_path / "site")
    committed = dt.datetime(2021, 3, 4, 5, 6, 7, tzinfo=SHANGHAI)
    env = {**os.environ, "GIT_AUTHOR_DATE": committed.isoformat(), "GIT_COMMITTER_DATE": committed.isoformat(),
           "GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@example.org", "GIT_COMMITTER_NAME": "a",
           "GIT_COMMITTER_EMAIL": "a@example.org"}
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "blog"]):
        subprocess.run(["git", *command], cwd=site, env=env, check=True)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(site), str(clone)], check=True)
    draft = clone / "source/_drafts/draft.md"
    assert draft.stat().st_mtime > committed.timestamp() + 86400  # the clone's own time
    assert entry(hexo.read(clone), "source/_drafts/draft.md").date == committed
    edited = dt.datetime(2023, 1, 1, tzinfo=SHANGHAI)
    draft.write_text(draft.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    os.utime(draft, (edited.timestamp(), edited.timestamp()))
    assert entry(hexo.read(clone), "source/_drafts/draft.md").date == edited


@pytest.mark.parametrize("deps,config,dialect", [
    ({"hexo-renderer-marked": "^6"}, {}, HEXO_MARKED),
    ({"hexo-renderer-marked": "^0.3.0"}, {}, HEXO_MARKED_OLD),  # Hexo 3's: marked 0.3
    ({}, {}, HEXO_MARKED),  # Hexo's default renderer
    ({"hexo-renderer-kramed": "^0.1"}, {}, HEXO_KRAMED),
    ({"hexo-renderer-markdown-it-plus": "^1"}, {}, HEXO_PROTECTED),
    ({"hexo-renderer-markdown-it": "^7"}, {"markdown": {"plugins": ["markdown-it-katex"]}}, HEXO_PROTECTED),
])
def test_dialect_from_renderer(deps, config, dialect):
    assert hexo.choose_dialect(config, {"dependencies": deps}) == dialect


def test_markdown_it_without_math_plugin_eats_backslashes():
    dialect = hexo.choose_dialect({}, {"dependencies": {"hexo-renderer-markdown-it": "^7"}})
    assert dialect.markdown_escaped and not dialect.kramdown


def test_pandoc_keeps_the_text():
    dialect = hexo.choose_dialect({}, {"dependencies": {"hexo-renderer-pandoc": "^0.3"}})
    assert dialect.pairing == "blogbuild"


# ----------------------------------------------------------------------------- errors

def bad_site(tmp_path, name, text):
    site = tmp_path / "myblog"
    (site / "source" / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (site / "source" / "_posts" / name).write_text(text, encoding="utf-8")
    return site


@pytest.mark.parametrize("text,message", [
    ("---\ntitle: x\ndate: 2013/13/45\n---\nbody\n",
     "myblog: source/_posts/bad.md:3: 'date' must be a date such as 2013/7/13 20:46:25, got '2013/13/45'"),
    ("---\ntitle: [x\n---\nbody\n",
     "myblog: source/_posts/bad.md:2: front matter is not valid YAML: did not find expected ',' or ']'"),
    ("---\n- a\n- b\n---\nbody\n",
     "myblog: source/_posts/bad.md:2: front matter must be a YAML mapping (key: value lines)"),
])
def test_bad_post_is_one_line_naming_the_file(tmp_path, text, message):
    with pytest.raises(ImportSourceError) as error:
        hexo.read(bad_site(tmp_path, "bad.md", text))
    assert str(error.value) == message


def test_not_a_hexo_site(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(ImportSourceError) as error:
        hexo.read(tmp_path / "empty")
    assert str(error.value) == "empty: .: not a Hexo site: no _config.yml and no source/_posts"


def test_bad_package_json(tmp_path):
    site = bad_site(tmp_path, "ok.md", "---\ntitle: x\ndate: 2020-01-01\n---\n")
    (site / "package.json").write_text('{"dependencies": {', encoding="utf-8")
    with pytest.raises(ImportSourceError) as error:
        hexo.read(site)
    assert str(error.value) == ("myblog: package.json:1: not valid JSON: "
                                "Expecting property name enclosed in double quotes")


def test_one_slug_twice_is_made_unique(tmp_path):
    site = bad_site(tmp_path, "one.md", "---\ntitle: One\ndate: 2020-01-01\nslug: same\n---\n")
    (site / "source" / "_posts" / "two.md").write_text("---\ntitle: Two\ndate: 2020-01-02\nslug: same\n---\n",
                                                        encoding="utf-8")
    entries = sorted(hexo.read(site).entries, key=lambda e: e.record)
    assert [(e.record, e.slug) for e in entries] == [("source/_posts/one.md", "same"),
                                                     ("source/_posts/two.md", "same-2")]
    assert entries[1].aliases == ["/2020/01/02/same/"]  # the old URL, kept
