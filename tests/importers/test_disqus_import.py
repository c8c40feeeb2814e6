"""`blogbuild import disqus`: comments from a Disqus export (its published format: <disqus> with
<thread dsq:id> and <post dsq:id>) attached to the posts of a site imported from Typecho first,
through their current URLs and their aliases."""

from __future__ import annotations

from pathlib import Path

import pytest
import typecho_fixture as typecho
import yaml
from helpers import run_cli, tree

EMAILS = ["reader@example.com", "second@example.org"]
IPS = ["192.0.2.33", "2001:db8::99"]


def _thread(tid: str, link: str) -> str:
    return f"""
  <thread dsq:id="{tid}">
    <id />
    <forum>kexue</forum>
    <category dsq:id="1" />
    <link>{link}</link>
    <title>A thread</title>
    <message />
    <createdAt>2013-01-01T00:00:00Z</createdAt>
    <author><name>kexue</name><isAnonymous>false</isAnonymous><username>kexue</username></author>
    <isClosed>false</isClosed>
    <isDeleted>false</isDeleted>
  </thread>"""


def _post(pid: str, thread: str, message: str, *, parent: str | None = None, deleted: bool = False,
          spam: bool = False, name: str = "Reader", email: str = EMAILS[0], ip: str = IPS[0],
          created: str = "2020-05-01T12:00:00Z") -> str:
    parent_el = f'\n    <parent dsq:id="{parent}" />' if parent else ""
    return f"""
  <post dsq:id="{pid}">
    <id />
    <message><![CDATA[{message}]]></message>
    <createdAt>{created}</createdAt>
    <isDeleted>{str(deleted).lower()}</isDeleted>
    <isSpam>{str(spam).lower()}</isSpam>
    <author><email>{email}</email><name>{name}</name><isAnonymous>false</isAnonymous><username>r</username></author>
    <ipAddress>{ip}</ipAddress>
    <thread dsq:id="{thread}" />{parent_el}
  </post>"""


def disqus_export() -> str:
    threads = [
        _thread("11", "https://kexue.example/2019/invertible-matrix.html"),  # post 1's URL
        _thread("12", "http://kexue.example/index.php/2019/c%2B%2B%26x.html"),  # an alias of c-x-3
        _thread("13", "https://kexue.example/about.html"),  # the about page's alias
        _thread("14", "https://kexue.example/?p=99"),  # no path: matches nothing
        _thread("15", "https://kexue.example/2020/deleted-post.html"),  # no such post
        _thread("16", "https://www.kexue.example/2019/invertible-matrix.html?utm_source=x"),  # post 1 again
    ]
    posts = [
        _post("1001", "11", "<p>Top-level, with $x^2$.</p>"),
        _post("1002", "11", "<p>A reply</p>", parent="1001", name="Second", email=EMAILS[1], ip=IPS[1],
              created="2020-05-02T12:00:00Z"),
        _post("1003", "11", "<p>deleted</p>", parent="1002", deleted=True, created="2020-05-03T12:00:00Z"),
        _post("1004", "11", "<p>answers the deleted one</p>", parent="1003", created="2020-05-04T12:00:00Z"),
        _post("1005", "11", "<p>spam</p>", spam=True),
        _post("1006", "12", "<p>On c++&amp;x</p>"),
        _post("1007", "13", "<p>On the about page</p>"),
        _post("1008", "14", "<p>lost</p>"),
        _post("1009", "15", "<p>lost too</p>"),
        _post("1010", "16", "<p>Same post, other link</p>", created="2020-05-05T12:00:00Z"),
    ]
    return ('<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" '
            'xmlns:dsq="http://disqus.com/disqus-internals" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            '  <category dsq:id="1"><forum>kexue</forum><title>General</title><isDefault>true</isDefault></category>'
            + "".join(threads) + "".join(posts) + "\n</disqus>\n")


@pytest.fixture
def site(tmp_path, capsys) -> Path:
    (tmp_path / "blog.sql").write_text(typecho.mysqldump(typecho.rows()), encoding="utf-8")
    (tmp_path / "disqus.xml").write_text(disqus_export(), encoding="utf-8")
    root = tmp_path / "site"
    assert run_cli("import", "typecho", str(tmp_path / "blog.sql"), "-s", str(root), capsys=capsys)[0] == 0
    return root


def test_comments_join_the_posts_they_were_written_on(site, capsys):
    code, out, err = run_cli("import", "disqus", str(site.parent / "disqus.xml"), "-s", str(site), capsys=capsys)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Imported from disqus.xml: 0 posts (0 drafts), 0 pages, 6 comments (2 replies)"
    assert lines[1] == "  skipped: 2 Disqus thread matching no post or page, 2 comment in a thread matching no " \
                       "post or page, 1 deleted comment, 1 spam comment"
    first = yaml.safe_load((site / "comments" / "invertible-matrix.yaml").read_text(encoding="utf-8"))
    # Typecho's comments stay; Disqus's follow, 1004's parent (deleted 1003) replaced by 1003's parent.
    assert [(c["id"], c.get("parent")) for c in first] == [(1, None), (2, 1), (3, 2), (8, None), (1001, None),
                                                           (1002, 1001), (1004, 1002), (1010, None)]
    assert first[4]["date"].isoformat() == "2020-05-01T20:00:00+08:00"  # 12:00Z in the site's timezone
    assert first[5]["author"] == "Second"
    assert [c["id"] for c in yaml.safe_load((site / "comments" / "c-x-3.yaml").read_text("utf-8"))] == [1006]
    assert [c["id"] for c in yaml.safe_load((site / "comments" / "about.yaml").read_text("utf-8"))] == [9, 1007]


def test_twice_is_once_and_the_site_builds_without_addresses(site, capsys):
    for _ in range(2):
        assert run_cli("import", "disqus", str(site.parent / "disqus.xml"), "-s", str(site), capsys=capsys)[0] == 0
    first = yaml.safe_load((site / "comments" / "invertible-matrix.yaml").read_text(encoding="utf-8"))
    assert len(first) == 8
    code, _o, err = run_cli("build", "-s", str(site), capsys=capsys)
    assert (code, err) == (0, "")
    page = (site / "public" / "2019" / "invertible-matrix.html").read_text(encoding="utf-8")
    assert 'id="comment-1004"' in page and r"\(x^2\)" in page
    everything = b"".join(tree(site).values())
    for secret in EMAILS + IPS:
        assert secret.encode() not in everything, secret


def test_a_comment_whose_thread_is_missing(site, capsys):
    path = site.parent / "disqus.xml"
    path.write_text(disqus_export().replace('<thread dsq:id="12" />', '<thread dsq:id="999" />'), encoding="utf-8")
    before = tree(site)
    code, out, err = run_cli("import", "disqus", str(path), "-s", str(site), capsys=capsys)
    assert (code, out, err) == (1, "", "disqus.xml: post dsq:id=1006: its thread '999' is not in the export\n")
    assert tree(site) == before


def test_not_a_disqus_export(site, capsys):
    path = site.parent / "other.xml"
    path.write_text("<rss><channel/></rss>", encoding="utf-8")
    code, _o, err = run_cli("import", "disqus", str(path), "-s", str(site), capsys=capsys)
    assert (code, err) == (1, "other.xml: not a Disqus export (the root element is not <disqus>)\n")
