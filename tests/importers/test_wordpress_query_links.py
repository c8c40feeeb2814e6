"""WordPress's links by id (/?p=42, /?page_id=42) after `blogbuild import wordpress`: kept as
aliases, answered by Netlify's `_redirects` (which can match a query string), never a file, and
the summary says which hosts cannot answer them. Expected lines are read off the fixture's items."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import wordpress_fixture as fx
import yaml
from helpers import run_cli

WP = "{http://wordpress.org/export/1.2/}"


def _published(text: str) -> dict[tuple[str, str], str]:
    """(query key, id) → the item's old link path, for the published, unprotected posts and pages."""
    found = {}
    for item in ET.fromstring(text).iter("item"):
        kind, status = item.findtext(f"{WP}post_type"), item.findtext(f"{WP}status")
        if kind in ("post", "page") and status == "publish" and not item.findtext(f"{WP}post_password"):
            key = "page_id" if kind == "page" else "p"
            found[(key, item.findtext(f"{WP}post_id"))] = unquote(urlsplit(item.findtext("link")).path)
    return found


def _import(tmp_path: Path, capsys, text: str | None = None) -> tuple[Path, str]:
    (tmp_path / "export.xml").write_text(text or fx.wxr(), encoding="utf-8")
    site = tmp_path / "site"
    code, out, err = run_cli("import", "wordpress", str(tmp_path / "export.xml"), "-s", str(site), capsys=capsys)
    assert (code, err) == (0, "")
    return site, out


def _build(site: Path, capsys) -> None:
    code, _out, err = run_cli("build", "-s", str(site), capsys=capsys)
    assert (code, err) == (0, "")


def _query_rules(public: Path) -> dict[tuple[str, str], str]:
    """Netlify's query lines of _redirects (`/ p=10 /new/ 301!`) → target, every other line checked
    to be a plain `/old /new 301` that Cloudflare Pages reads too."""
    rules = {}
    for line in (public / "_redirects").read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) == 4:
            home, query, target, code = fields
            key, _, value = query.partition("=")
            assert (home, code) == ("/", "301!"), line
            assert (key, value) not in rules, line
            rules[(key, value)] = unquote(target)
        else:
            assert len(fields) in (0, 3) and "?" not in line and "=" not in line, line
    return rules


def test_netlify_answers_each_published_id_with_the_post_s_built_url(tmp_path, capsys):
    site, out = _import(tmp_path, capsys)
    expected = _published(fx.wxr())
    assert set(expected) == {("p", "10"), ("p", "11"), ("page_id", "20")}  # drafts, private, protected: none
    _build(site, capsys)
    public = site / "public"
    assert _query_rules(public) == expected  # the permalink read off the links keeps each old path
    for path in expected.values():
        assert (public / path.lstrip("/") / "index.html").is_file(), path
    assert not [p for p in public.rglob("*") if "?" in p.name or "=" in p.name]
    n = len(expected)
    assert f"  old links by id (/?p=42, /?page_id=42): {n} kept in 'aliases'" in out.splitlines()
    assert f"    Netlify: {n} answered (its _redirects matches the query: / p=42 /new/url/ 301!)" in out
    assert f"    GitHub Pages, Cloudflare Pages, other static hosts: {n} cannot be redirected" in out


def test_under_a_subpath_and_after_a_slug_changed(tmp_path, capsys):
    """The rule's path and target carry the site's base path; a post whose slug the import changed
    ('search' is the site's own page) is still the target of its id."""
    text = fx.wxr().replace("<wp:post_name><![CDATA[%e4%bd%a0%e5%a5%bd]]>", "<wp:post_name><![CDATA[search]]>")
    site, _out = _import(tmp_path, capsys, text)
    config = site / "blog.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("url: https://wp.example/",
                                                                 "url: https://host.example/blog/"), "utf-8")
    [post] = (site / "posts").glob("2019-03-05-*.md")
    slug = yaml.safe_load(post.read_text(encoding="utf-8").split("---\n")[1])["slug"]
    assert slug != "search"
    _build(site, capsys)
    lines = (site / "public" / "_redirects").read_text(encoding="utf-8").splitlines()
    assert f"/blog/ p=11 /blog/2019/03/{slug}/ 301!" in lines  # permalink /{year}/{month}/{slug}/, from post 10
    assert "/blog/ p=10 /blog/2019/03/hello-math/ 301!" in lines
    assert "/blog/ page_id=20 /blog/about/ 301!" in lines


def test_re_import_and_hand_written_query_aliases_build(tmp_path, capsys):
    """The imported front matter builds, a second import changes nothing, and a query alias an
    author writes by hand is answered the same way."""
    site, _out = _import(tmp_path, capsys)
    assert _import(tmp_path, capsys)[1].count("files: 0 written") == 1
    (site / "pages" / "notes.md").write_text("---\ntitle: Notes\naliases: ['/?page_id=7', /old-notes/]\n---\nx\n",
                                             encoding="utf-8")
    _build(site, capsys)
    assert _query_rules(site / "public")[("page_id", "7")] == "/notes/"
    assert (site / "public" / "old-notes" / "index.html").is_file()


HOSTILE = ["/?p=1 /evil 301", "/?p=1&x=2", "/?p=abc", "/?p=-1", "/?p=0", "/?p=01", "/?p=١٢٣", "/?q=1",
           "/x/?p=1", "?p=1", "/?p=1#top", "/?p=1\n/evil 301", "/?p=" + "9" * 20, "/?page_id=", "/?p=1/"]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_query_aliases_are_one_line_naming_the_file(tmp_path, capsys, value):
    site, _out = _import(tmp_path, capsys)
    post = site / "posts" / "2019-03-01-hello-math.md"
    lines = post.read_text(encoding="utf-8").splitlines(keepends=True)
    line = next(n for n, text in enumerate(lines, 1) if text.startswith("aliases:"))
    lines[line - 1] = f"aliases: [{json.dumps(value, ensure_ascii=False)}]\n"  # JSON's string is YAML's too
    post.write_text("".join(lines), encoding="utf-8")
    code, out, err = run_cli("build", "-s", str(site), capsys=capsys)
    assert (code, out) == (1, "")
    assert err.startswith(f"posts/2019-03-01-hello-math.md:{line}: front matter: 'aliases' must be paths on this "
                          "site such as /archives/42/ (or WordPress's /?p=42 or /?page_id=42), got "), err
    assert not (site / "public").exists()


def test_one_id_for_two_entries_names_the_second(tmp_path, capsys):
    site, _out = _import(tmp_path, capsys)
    (site / "pages" / "copy.md").write_text("---\ntitle: Copy\naliases: ['/?p=11']\n---\nx\n", encoding="utf-8")
    code, _o, err = run_cli("build", "-s", str(site), capsys=capsys)
    # pages come first: the post that says it second is named, at its aliases line (the file's 7th)
    assert (code, err) == (1, "posts/2019-03-05-你好.md:7: alias /?p=11 is already an alias of pages/copy.md "
                              "(remove it from 'aliases')\n")


def test_disqus_threads_linked_by_id_join_the_posts_imported_from_wordpress(tmp_path, capsys):
    """A Disqus thread whose link is WordPress's /?p=ID (index.php, a base path and other query
    parameters too) joins the post that had that id; a query naming no imported id joins nothing."""
    site, _out = _import(tmp_path, capsys)
    slugs = {}
    for path in (site / "posts").glob("*.md"):
        meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
        for alias in meta.get("aliases") or ():
            if alias.startswith("/?p="):
                slugs[alias[4:]] = meta.get("slug") or path.stem
    assert set(slugs) == {"10", "11"}
    links = {"1": "https://old.example/?p=10", "2": "http://old.example/index.php?p=11&amp;preview=1",
             "3": "https://old.example/?p=999", "4": "https://old.example/?s=search"}
    threads = "".join(f'<thread dsq:id="{t}"><link>{link}</link><title>T</title></thread>' for t, link in links.items())
    posts = "".join(f'<post dsq:id="{100 + int(t)}"><message><![CDATA[<p>On {t}</p>]]></message>'
                    f"<createdAt>2020-05-01T12:00:00Z</createdAt><isDeleted>false</isDeleted><isSpam>false</isSpam>"
                    f'<author><name>R</name></author><thread dsq:id="{t}" /></post>' for t in links)
    (tmp_path / "disqus.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" '
        f'xmlns:dsq="http://disqus.com/disqus-internals">{threads}{posts}</disqus>\n', encoding="utf-8")
    code, out, err = run_cli("import", "disqus", str(tmp_path / "disqus.xml"), "-s", str(site), capsys=capsys)
    assert (code, err) == (0, ""), out
    for thread, post_id in (("1", "10"), ("2", "11")):
        comments = yaml.safe_load((site / "comments" / f"{slugs[post_id]}.yaml").read_text(encoding="utf-8"))
        assert f"On {thread}\n" in [c["body"] for c in comments]
    assert "2 Disqus thread matching no post or page" in out
    _build(site, capsys)
