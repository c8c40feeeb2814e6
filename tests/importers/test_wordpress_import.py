"""`blogbuild import wordpress`: the WXR fixture (wordpress_fixture.py) through the CLI, then built.
Expectations are read off the fixture's items by hand."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import wordpress_fixture as fx
import yaml
from helpers import run_cli, tree


def _front(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n", 2)[1])


def _body(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("---\n", 2)[2]


def _math(html_text: str) -> list[str]:
    found = [html.unescape(m) for m in re.findall(r'class="math (?:inline|display)">(.*?)</', html_text, re.S)]
    return [f[:2] + f[2:-2].strip() + f[-2:] for f in found]


@pytest.fixture
def imported(tmp_path, capsys) -> tuple[Path, str]:
    (tmp_path / "export.xml").write_text(fx.wxr(), encoding="utf-8")
    site = tmp_path / "site"
    code, out, err = run_cli("import", "wordpress", str(tmp_path / "export.xml"), "-s", str(site), capsys=capsys)
    assert (code, err) == (0, "")
    return site, out


def test_summary(imported):
    _site, out = imported
    lines = out.splitlines()
    # Items 10, 11 published; 12 draft, 13 private, 14 password, 15 future: 6 posts, 4 drafts; page 20.
    # Comments kept: 1, 2 (→1), 3 (→2), 8 (its parent 6 is unapproved: top level), 21 on the page.
    assert lines[0] == "Imported from export.xml: 6 posts (4 drafts), 1 pages, 5 comments (2 replies)"
    assert lines[1] == "  as drafts (not published until you remove 'draft: true'): " \
                       "1 draft, 1 password, 1 private, 1 scheduled"
    for reason in ("1 pingback", "1 trackback", "1 spam comment", "1 unapproved comment", "1 trashed comment",
                   "1 trashed entry", "1 nav menu item", "1 attachment record"):
        assert reason in lines[2]


def test_posts_front_matter_readers_and_urls(imported):
    site, _out = imported
    assert sorted(p.name for p in (site / "posts").iterdir()) == [
        "2019-03-01-hello-math.md", "2019-03-05-你好.md", "2019-03-06-12.md", "2019-03-07-private-thoughts.md",
        "2019-03-08-protected.md", "2029-01-01-scheduled.md"]
    hello = _front(site / "posts" / "2019-03-01-hello-math.md")
    assert hello["date"].isoformat() == "2019-03-01T21:15:00+08:00"
    assert (hello["author"], hello["readers"]) == ("The Editor", 1234)
    assert (hello["tags"], hello["categories"]) == (["Calculus", "微积分"], ["Mathematics"])
    assert hello["summary"] == "A *short* summary with $y^2$."
    # /2019/03/hello-math/ is its URL under the permalink read off the links; WordPress's ?p=10 stays
    assert hello["aliases"] == ["/?p=10"]
    assert _front(site / "posts" / "2019-03-05-你好.md")["readers"] == 77
    draft = _front(site / "posts" / "2019-03-06-12.md")
    assert draft["draft"] is True and "aliases" not in draft  # its link was /?p=12
    assert draft["date"].isoformat() == "2019-03-06T09:00:00+08:00"  # post_date_gmt 0000-00-00: local date
    config = yaml.safe_load((site / "blog.yaml").read_text(encoding="utf-8"))
    assert config == {"title": "WP Math", "url": "https://wp.example/", "author": "The Editor",
                      "description": "Formulas & more", "timezone": "+08:00",
                      "permalink": "/{year}/{month}/{slug}/"}
    about = _front(site / "pages" / "about.md")
    assert "summary" not in about and "nav" not in about
    assert about["aliases"] == ["/?page_id=20"]  # /about/ is its URL still
    body = _body(site / "posts" / "2019-03-01-hello-math.md")
    assert "<!--more-->" in body and '[gallery ids="30,31"]' in body


def test_threads(imported):
    site, _out = imported
    comments = yaml.safe_load((site / "comments" / "hello-math.yaml").read_text(encoding="utf-8"))
    assert [(c["id"], c.get("parent")) for c in comments] == [(1, None), (2, 1), (3, 2), (8, None)]
    assert comments[0]["url"] == "https://alice.example/"
    assert [c["id"] for c in yaml.safe_load((site / "comments" / "about.yaml").read_text(encoding="utf-8"))] == [21]


def test_build_keeps_formulas_and_leaks_no_address(imported, capsys):
    site, _out = imported
    code, _o, err = run_cli("build", "-s", str(site), "--drafts", capsys=capsys)
    assert (code, err) == (0, "")
    page = (site / "public" / "2019" / "03" / "hello-math" / "index.html").read_text(encoding="utf-8")
    found = _math(page)
    for tex in (r"\(x_1\)", r"\(a<b\)", r"\(\alpha^2\)", r"\[\int_0^1 x\,dx = \frac{1}{2}\]", r"\(e^{i\pi}\)"):
        assert tex in found, tex
    assert r"\(\sum_i a_i\)" in _math((site / "public" / "2019" / "03" / "你好" / "index.html").read_text("utf-8"))
    everything = b"".join(tree(site).values())
    for secret in fx.EMAILS + fx.IPS + ["hunter2"]:
        assert secret.encode() not in everything, secret


@pytest.mark.parametrize(("namespace", "version"), [
    ("https://wordpress.org/export/1.2/", "1.2"), ("http://wordpress.org/export/1.1/", "1.1"),
    ("http://wordpress.org/export/1.0/", "1.0")])
def test_every_wxr_namespace_gives_the_same_site(tmp_path, imported, capsys, namespace, version):
    site, _out = imported
    (tmp_path / "other.xml").write_text(fx.wxr(namespace, version), encoding="utf-8")
    code, _o, err = run_cli("import", "wordpress", str(tmp_path / "other.xml"), "-s", str(tmp_path / "other"),
                            capsys=capsys)
    assert (code, err) == (0, "")
    assert tree(tmp_path / "other") == tree(site)


def test_what_wordpress_did_not_publish_stays_unpublished(tmp_path, capsys):
    """A plugin's own status is a draft; a draft WordPress never dated takes its <pubDate>; a front
    page's old URL (/) is not an alias: the home page stays."""
    text = fx.wxr().replace("<wp:status><![CDATA[private]]></wp:status>", "<wp:status><![CDATA[archive]]></wp:status>")
    text = text.replace("<wp:post_date><![CDATA[2019-03-06 09:00:00]]>",
                        "<wp:post_date><![CDATA[0000-00-00 00:00:00]]>")
    text = text.replace("<link>https://wp.example/about/</link>", "<link>https://wp.example/</link>")
    (tmp_path / "export.xml").write_text(text, encoding="utf-8")
    site = tmp_path / "site"
    code, out, err = run_cli("import", "wordpress", str(tmp_path / "export.xml"), "-s", str(site), capsys=capsys)
    assert (code, err) == (0, "")
    assert "1 status 'archive'" in out.splitlines()[1]
    assert _front(site / "posts" / "2019-03-07-private-thoughts.md")["draft"] is True
    assert _front(site / "posts" / "2019-03-01-12.md")["date"].isoformat() == "2019-03-01T21:15:00+08:00"
    assert _front(site / "pages" / "about.md")["aliases"] == ["/?page_id=20"]
    assert run_cli("build", "-s", str(site), capsys=capsys)[0] == 0


def test_uploads(tmp_path, capsys):
    (tmp_path / "export.xml").write_text(fx.wxr(), encoding="utf-8")
    uploads = tmp_path / "wp-content" / "uploads"
    (uploads / "2019" / "03").mkdir(parents=True)
    (uploads / "2019" / "03" / "pic.png").write_bytes(b"png")
    code, _o, err = run_cli("import", "wordpress", str(tmp_path / "export.xml"), "-s", str(tmp_path / "site"),
                            "--uploads", str(uploads), capsys=capsys)
    assert (code, err) == (0, "")
    assert (tmp_path / "site" / "static" / "uploads" / "2019" / "03" / "pic.png").read_bytes() == b"png"
    assert "![pic](/static/uploads/2019/03/pic.png)" in _body(tmp_path / "site" / "posts" / "2019-03-01-hello-math.md")
    assert run_cli("build", "-s", str(tmp_path / "site"), capsys=capsys)[0] == 0
    assert (tmp_path / "site" / "public" / "static" / "uploads" / "2019" / "03" / "pic.png").read_bytes() == b"png"


@pytest.mark.parametrize(("old", "new", "message"), [
    ("<wp:post_id>13</wp:post_id>", "<wp:post_id>x13</wp:post_id>",
     "export.xml: item post_id=x13: wp:post_id must be a whole number, got 'x13'"),
    ("<wp:post_date><![CDATA[2019-03-05 08:00:00]]>", "<wp:post_date><![CDATA[last Tuesday]]>",
     "export.xml: item post_id=11: wp:post_date must be a date like 2019-03-01 21:15:00, got 'last Tuesday'"),
    ("<wp:comment_id>2</wp:comment_id>", "<wp:comment_id>two</wp:comment_id>",
     "export.xml: comment comment_id=two: wp:comment_id must be a whole number, got 'two'"),
    ("</channel>", "</chanel>", "export.xml:{line}: not well-formed XML: mismatched tag"),
])
def test_bad_input_is_one_line_and_nothing_is_written(tmp_path, capsys, old, new, message):
    text = fx.wxr()
    if "post_date_gmt" not in old and old.startswith("<wp:post_date>"):
        text = text.replace("<wp:post_date_gmt><![CDATA[2019-03-05 00:00:00]]>", "<wp:post_date_gmt><![CDATA[]]>")
    assert old in text
    text = text.replace(old, new, 1)
    line = text[:text.index(new)].count("\n") + 1
    (tmp_path / "export.xml").write_text(text, encoding="utf-8")
    code, out, err = run_cli("import", "wordpress", str(tmp_path / "export.xml"), "-s", str(tmp_path / "site"),
                             capsys=capsys)
    assert (code, out, err) == (1, "", message.format(line=line) + "\n")
    assert not (tmp_path / "site").exists()


def test_slugs_and_old_urls_that_are_blogbuild_s_own_pages(tmp_path, capsys):
    """A post 'comments' (/comments/ is the recent-comments page) and a page 'tags' get other slugs;
    the page's old URL /tags/ is the site's tag list, so it is not an alias."""
    text = fx.wxr().replace("<wp:post_name><![CDATA[protected]]>", "<wp:post_name><![CDATA[comments]]>")
    text = text.replace("<wp:post_name><![CDATA[about]]>", "<wp:post_name><![CDATA[tags]]>")
    text = text.replace("<link>https://wp.example/about/</link>", "<link>https://wp.example/tags/</link>")
    (tmp_path / "export.xml").write_text(text, encoding="utf-8")
    site = tmp_path / "site"
    code, out, err = run_cli("import", "wordpress", str(tmp_path / "export.xml"), "-s", str(site), capsys=capsys)
    assert (code, err) == (0, "")
    assert "2 slug is a URL blogbuild makes itself (comments, tags, page, …), made unique" in out
    post = _front(site / "posts" / "2019-03-08-comments-14.md")
    assert post["aliases"] == ["/2019/03/protected/"]  # its old link (a draft: no ?p=14)
    page = _front(site / "pages" / "tags-20.md")
    assert page["aliases"] == ["/?page_id=20"]
    assert run_cli("build", "-s", str(site), "--drafts", capsys=capsys)[0] == 0


def test_a_hand_made_export_without_post_ids(tmp_path, capsys):
    """WordPress's theme-preview.xml has neither wp:post_id nor category domains: ids come from the
    ?p= links, plain <category> elements are categories."""
    text = re.sub(r"\s*<wp:post_id>\d+</wp:post_id>", "", fx.wxr())
    text = text.replace('<category domain="category" nicename="math">', "<category>")
    (tmp_path / "export.xml").write_text(text, encoding="utf-8")
    site = tmp_path / "site"
    code, _o, err = run_cli("import", "wordpress", str(tmp_path / "export.xml"), "-s", str(site), capsys=capsys)
    assert (code, err) == (0, "")
    assert _front(site / "posts" / "2019-03-06-12.md")["slug"] == "12"  # the draft: no name, <guid> ?p=12
    assert _front(site / "posts" / "2019-03-01-hello-math.md")["categories"] == ["Mathematics"]
