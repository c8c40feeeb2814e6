"""Whatever `blogbuild import` writes, `blogbuild build` accepts (issue 18): ordinary old sites whose
pages take a URL the new site makes itself (/tags/, /archive/, /search/), two entries at one URL,
comments repeated, replying to themselves or in a circle. Each is imported through the CLI, then
built; the summary counts what was mended."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import typecho_fixture as tfx
import wordpress_fixture as wfx
import yaml
from helpers import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blogbuild.importers.records import ImportedComment, ImportedEntry, ImportedSite
from blogbuild.importers.settle import (
    COMMENT_RENAMED,
    COMMENT_REPEATED,
    REPLY_REPARENTED,
    SLUG_OWN,
)
from blogbuild.importers.writer import write_site
from blogbuild.site.urls import SITE_FOLDERS, SITE_PAGES

FIXTURES = Path(__file__).parent / "fixtures"


def import_and_build(capsys, kind: str, source: Path, site: Path) -> str:
    code, out, err = run_cli("import", kind, str(source), "-s", str(site), capsys=capsys)
    assert (code, err) == (0, ""), err
    code, _o, err = run_cli("build", "-s", str(site), capsys=capsys)
    assert (code, err) == (0, ""), err
    return out


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def counted(out: str, reason: str) -> int:
    m = re.search(rf"(\d+) {re.escape(reason)}", out)
    return int(m.group(1)) if m else 0


# ----------------------------------------------------------------------------- pages at the site's URLs

def test_a_hexo_site_with_a_tags_page_builds(tmp_path, capsys):
    """`hexo new page tags` makes source/tags/index.md, as every Hexo theme's docs ask."""
    old = shutil.copytree(FIXTURES / "hexo-site", tmp_path / "old")
    for name in ("tags", "categories", "archive", "search"):
        (old / "source" / name).mkdir(exist_ok=True)
        (old / "source" / name / "index.md").write_text(
            f"---\ntitle: {name}\ndate: 2020-01-01 00:00:00\ntype: {name}\n---\n", encoding="utf-8")
    out = import_and_build(capsys, "hexo", old, tmp_path / "site")
    assert counted(out, SLUG_OWN) == 4
    pages = {front_matter(p)["slug"] for p in (tmp_path / "site" / "pages").glob("*.md")}
    assert {"tags-2", "categories-2", "archive-2", "search-2"} <= pages
    assert (tmp_path / "site" / "public" / "tags-2" / "index.html").is_file()


def test_a_jekyll_page_with_the_archive_permalink_builds(tmp_path, capsys):
    old = shutil.copytree(FIXTURES / "jekyll-site", tmp_path / "old")
    (old / "archive.md").write_text("---\nlayout: page\ntitle: Archive\npermalink: /archive/\n---\nAll posts.\n",
                                    encoding="utf-8")
    (old / "feed.md").write_text("---\nlayout: page\ntitle: Feed\npermalink: /atom.xml\n---\nx\n", encoding="utf-8")
    out = import_and_build(capsys, "jekyll", old, tmp_path / "site")
    assert counted(out, SLUG_OWN) >= 1
    built = tmp_path / "site" / "public"
    assert "All posts." in (built / "archive-2" / "index.html").read_text(encoding="utf-8")
    assert "All posts." not in (built / "archive" / "index.html").read_text(encoding="utf-8")  # the site's own


def test_a_jekyll_post_in_a_category_with_a_space_builds_and_its_old_url_redirects(tmp_path, capsys):
    """Jekyll escapes the spaces of its category folders (/graph%20theory/…), as a real blog of 232
    posts showed: the alias must build, and the server's decoded path must be the redirect page."""
    old = shutil.copytree(FIXTURES / "jekyll-site", tmp_path / "old")
    (old / "_config.yml").write_text((old / "_config.yml").read_text(encoding="utf-8").replace(
        "permalink: pretty", "permalink: date"), encoding="utf-8")
    (old / "_posts" / "2015-01-02-walks.md").write_text(
        "---\ntitle: Walks\ncategories: [graph theory, Primers]\n---\nA walk $w$.\n", encoding="utf-8")
    import_and_build(capsys, "jekyll", old, tmp_path / "site")
    (walks,) = [p for p in (tmp_path / "site" / "posts").glob("*walks*.md")]
    aliases = front_matter(walks)["aliases"]
    assert any("graph%20theory" in a for a in aliases), aliases
    alias = next(a for a in aliases if "graph%20theory" in a)
    page = tmp_path / "site" / "public" / alias.replace("%20", " ").lstrip("/")
    if alias.endswith("/"):
        page = page / "index.html"
    assert "walks" in page.read_text(encoding="utf-8")  # the redirect page, at the decoded path


def test_an_alias_with_a_raw_space_or_an_escaped_line_break_is_refused(tmp_path, capsys):
    from helpers import post, write_site

    for alias, ok in (("/a%20b/", True), ("/a b/", False), ("/a%0Ab/", False), ("/a%09b/", False)):
        root = write_site(tmp_path / str(len(list(tmp_path.iterdir()))), {"p.md": post(aliases=f"['{alias}']")})
        code, _out, err = run_cli("build", "-s", str(root), capsys=capsys)
        assert (code == 0) == ok, (alias, err)
        if not ok:
            assert "posts/p.md:" in err and "aliases" in err


def _typecho(tmp_path: Path, contents: list[dict], comments: list[dict]) -> Path:
    data = tfx.rows()
    data["contents"] += contents
    data["comments"] += comments
    path = tmp_path / "blog.sql"
    path.write_text(tfx.mysqldump(data), encoding="utf-8")
    return path


def test_typecho_pages_slugged_search_and_twice_the_same_build(tmp_path, capsys):
    dump = _typecho(tmp_path, [
        tfx._content(40, "站内搜索", "search", "<!--markdown-->Search page.", type_="page"),
        tfx._content(41, "关于", "about-me", "<!--markdown-->First about.", type_="page"),
        tfx._content(42, "关于我", "about-me", "<!--markdown-->Second about.", type_="page"),
    ], [])
    import_and_build(capsys, "typecho", dump, tmp_path / "site")
    pages = {front_matter(p)["slug"]: p for p in (tmp_path / "site" / "pages").glob("*.md")}
    assert "search" not in pages and any(s.startswith("search-") for s in pages)
    assert sum(s.startswith("about-me") for s in pages) == 2
    built = tmp_path / "site" / "public"
    assert "Search page." not in (built / "search" / "index.html").read_text(encoding="utf-8")


def test_a_wordpress_post_slugged_search_with_the_slug_permalink_builds(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(wfx, "ITEMS", [
        wfx._item(50, "Search", "search", "<p>A post called search.</p>", link="https://wp.example/search/"),
        wfx._item(51, "Tags", "tags", "<p>A post called tags.</p>", link="https://wp.example/tags/"),
    ])
    text = wfx.wxr().replace("<wp:base_blog_url>", "<wp:permalink_structure>/%postname%/</wp:permalink_structure>"
                                                    "<wp:base_blog_url>", 1)
    (tmp_path / "wp.xml").write_text(text, encoding="utf-8")
    site = tmp_path / "site"
    site.mkdir()
    (site / "blog.yaml").write_text("title: T\nurl: https://example.org/\npermalink: /{slug}/\n", encoding="utf-8")
    out = import_and_build(capsys, "wordpress", tmp_path / "wp.xml", site)
    assert "made unique" in out
    slugs = {front_matter(p)["slug"] for p in (site / "posts").glob("*.md")}
    assert len(slugs) == 2 and not slugs & {"search", "tags"}
    assert "A post called search." not in (site / "public" / "search" / "index.html").read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- comments

def test_typecho_comment_cycles_self_replies_and_repeats_build(tmp_path, capsys):
    dump = _typecho(tmp_path, [], [
        tfx._comment(30, 1, "A", "replies to B", parent=31),
        tfx._comment(31, 1, "B", "replies to A", parent=30),
        tfx._comment(32, 1, "C", "replies to itself", parent=32),
        tfx._comment(33, 1, "D", "replies to a comment of another post", parent=12),
    ])
    text = dump.read_text(encoding="utf-8")
    dup = re.search(r"\(13,[^\n]*?\)(?=[,;])", text)  # comment 13, once more in the same INSERT
    dump.write_text(text.replace(dup.group(0), dup.group(0) + "," + dup.group(0), 1), encoding="utf-8")
    out = import_and_build(capsys, "typecho", dump, tmp_path / "site")
    assert counted(out, REPLY_REPARENTED) >= 1  # the circle (the reader drops replies to other posts itself)
    assert counted(out, COMMENT_REPEATED) == 1
    comments = [c for f in (tmp_path / "site" / "comments").glob("*.yaml")
                for c in yaml.safe_load(f.read_text(encoding="utf-8"))]
    ids = [str(c["id"]) for c in comments]
    assert len(ids) == len(set(ids))
    by_id = {str(c["id"]): c for c in comments}
    assert "parent" not in by_id["32"] and ("33" not in by_id or "parent" not in by_id["33"])
    assert ("parent" in by_id["30"]) != ("parent" in by_id["31"])  # the circle broken at one place


def test_wxr_duplicate_comment_ids_with_other_text_are_renamed(tmp_path, capsys, monkeypatch):
    comments = (wfx._comment(7, "Ann", "first") + wfx._comment(7, "Bob", "another text, same id")
                + wfx._comment(8, "Cy", "answers 8", parent=8))
    monkeypatch.setattr(wfx, "ITEMS", [wfx._item(60, "P", "p", "<p>x</p>", comments=comments)])
    (tmp_path / "wp.xml").write_text(wfx.wxr(), encoding="utf-8")
    out = import_and_build(capsys, "wordpress", tmp_path / "wp.xml", tmp_path / "site")
    assert counted(out, COMMENT_RENAMED) == 1
    (thread,) = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in (tmp_path / "site" / "comments").glob("*")]
    assert len({str(c["id"]) for c in thread}) == 3
    assert {c["body"].strip() for c in thread} >= {"first", "another text, same id"}
    assert all(str(c.get("parent")) != str(c["id"]) for c in thread)


def _disqus(threads: list[tuple[str, str]], posts: list[tuple[str, str, str | None]]) -> str:
    items = "".join(f'<thread dsq:id="{t}"><link>{link}</link><title>T</title>'
                    f'<createdAt>2020-01-01T00:00:00Z</createdAt></thread>' for t, link in threads)
    items += "".join(
        f'<post dsq:id="{pid}"><message><![CDATA[<p>m{pid}</p>]]></message><createdAt>2020-01-02T00:00:00Z'
        f'</createdAt><isDeleted>false</isDeleted><isSpam>false</isSpam><author><name>N{pid}</name></author>'
        f'<thread dsq:id="{tid}"/>' + (f'<parent dsq:id="{parent}"/>' if parent else "") + "</post>"
        for pid, tid, parent in posts)
    return ('<?xml version="1.0" encoding="utf-8"?><disqus xmlns="http://disqus.com" '
            'xmlns:dsq="http://disqus.com/disqus-internals">' + items + "</disqus>")


def test_disqus_cycles_and_self_replies_build(tmp_path, capsys):
    site = tmp_path / "site"
    site.mkdir()
    (site / "blog.yaml").write_text("title: T\nurl: https://example.org/\n", encoding="utf-8")
    (site / "posts").mkdir()
    (site / "posts" / "2020-01-01-p.md").write_text("---\ntitle: P\ndate: 2020-01-01\nslug: p\n---\nx\n",
                                                     encoding="utf-8")
    (tmp_path / "d.xml").write_text(_disqus([("1", "https://example.org/archives/p/")],
                                            [("10", "1", "11"), ("11", "1", "10"), ("12", "1", "12")]),
                                    encoding="utf-8")
    out = import_and_build(capsys, "disqus", tmp_path / "d.xml", site)
    assert counted(out, REPLY_REPARENTED) >= 1
    thread = yaml.safe_load((site / "comments" / "p.yaml").read_text(encoding="utf-8"))
    assert len(thread) == 3 and all(str(c.get("parent")) != str(c["id"]) for c in thread)


# ----------------------------------------------------------------------------- any comment graph

def _entry(slug: str, kind: str = "post", aliases=(), comments=()) -> ImportedEntry:
    return ImportedEntry(kind=kind, record=slug, slug=slug, title=slug, body="x", aliases=list(aliases),
                         date=dt.datetime(2020, 1, 2, tzinfo=dt.timezone.utc), comments=list(comments))


def _comment(cid, parent, body="b") -> ImportedComment:
    return ImportedComment(id=cid, author="A", date=dt.datetime(2020, 1, 3, tzinfo=dt.timezone.utc), body=body,
                           parent=parent)


comment_graphs = st.lists(st.tuples(st.integers(0, 6), st.none() | st.integers(0, 6), st.sampled_from("ab"),
                                    st.integers(0, 2)), max_size=12)
slugs = st.lists(st.sampled_from(["a", "b", "tags", "search", "page", "atom.xml", "comments", "archive"]),
                 min_size=1, max_size=5)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(graph=comment_graphs, names=slugs, kinds=st.lists(st.sampled_from(["post", "page"]), min_size=5, max_size=5))
def test_any_entries_and_comment_graph_the_writer_writes_build(tmp_path_factory, graph, names, kinds):
    """Entries at any URL, comments with any ids and parents (themselves, missing, circles, repeats):
    the build accepts what the writer writes, and only exact repeats are lost."""
    from blogbuild.cli import main

    root = tmp_path_factory.mktemp("graph")
    entries = [_entry(name, kinds[i], aliases=["/tags/", f"/old/{name}/"]) for i, name in enumerate(names)]
    for cid, parent, body, where in graph:
        entries[where % len(entries)].comments.append(_comment(cid, parent, body))
    site = ImportedSite(entries=entries, settings={"title": "T", "url": "https://example.org/",
                                                   "permalink": "/{slug}/"})
    distinct = len({(str(c.id), c.body, c.parent) for e in entries for c in e.comments})  # exact repeats are one
    write_site(root, site, source="test")
    assert main(["build", "-s", str(root), "--no-cache"]) == 0
    written = [c for f in (root / "comments").glob("*.yaml") for c in yaml.safe_load(f.read_text(encoding="utf-8"))] \
        if (root / "comments").is_dir() else []
    assert len(written) == distinct


# ----------------------------------------------------------------------------- the one list

def test_every_file_the_build_makes_is_a_post_page_alias_or_in_the_list_of_the_site_s_own(tmp_path, capsys):
    """Built with everything on (tags, categories, archive pages, comments, aliases, several index
    pages, the search index when Pagefind is installed): each file is a post's or page's, an alias's,
    or matched by site/urls.py's list, computed here from the sources, not from blogbuild's plan.
    A new kind of page added to the build without the list fails here."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "blog.yaml").write_text("title: T\nurl: https://example.org/blog/\nposts_per_page: 2\n", encoding="utf-8")
    (site / "posts").mkdir()
    (site / "pages").mkdir()
    (site / "comments").mkdir()
    for i in range(5):
        (site / "posts" / f"2020-0{i + 1}-01-p{i}.md").write_text(
            f"---\ntitle: P{i}\ndate: 2020-0{i + 1}-01\ntags: [t{i}]\ncategories: [c{i % 2}]\n"
            f"aliases: [/old/{i}.html]\n---\n$x_{i}$\n", encoding="utf-8")
    (site / "pages" / "about.md").write_text("---\ntitle: About\n---\nMe.\n", encoding="utf-8")
    (site / "comments" / "p0.yaml").write_text("- id: 1\n  author: A\n  date: 2020-01-02\n  body: Hi\n",
                                               encoding="utf-8")
    code, _o, err = run_cli("build", "-s", str(site), capsys=capsys)
    assert (code, err) == (0, "")
    out = site / "public"
    theirs = {f"archives/p{i}/index.html" for i in range(5)} | {"about/index.html"} \
        | {f"old/{i}.html" for i in range(5)}
    pages = [re.compile(re.escape(p).replace(r"\{n\}", "[0-9]+").replace(r"\{year\}", "[0-9]{4}")
                        .replace(r"\{month\}", "[0-9]{2}").replace(r"\{slug\}", "[^/]+")) for p in SITE_PAGES]
    strays = []
    for path in out.rglob("*"):
        if path.is_dir():
            continue
        rel = path.relative_to(out).as_posix()
        url = "/" + rel.removesuffix("index.html")
        if rel in theirs or rel.split("/")[0] in SITE_FOLDERS or any(p.fullmatch(url) for p in pages):
            continue
        strays.append(rel)
    assert strays == []
