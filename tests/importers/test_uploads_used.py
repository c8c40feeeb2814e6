"""`blogbuild import … --uploads DIR`: only the files the imported posts and pages link to are
copied, attachment records find the files posts link to elsewhere (an old domain, another upload
folder), and links to files the folder lacks are listed with the post that has them. Through the
CLI on the fixtures (wordpress_fixture.py, typecho_fixture.py) and an uploads folder in tmp_path;
what is used, unused and missing is written out here from what each test adds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typecho_fixture as tfx
import wordpress_fixture as wfx
from helpers import run_cli, tree


def _folder(root: Path, files: dict[str, bytes]) -> Path:
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return root


def _import_and_build(capsys, kind: str, source: Path, uploads: Path, site: Path) -> str:
    code, out, err = run_cli("import", kind, str(source), "-s", str(site), "--uploads", str(uploads), capsys=capsys)
    assert (code, err) == (0, "")
    code, _o, err = run_cli("build", "-s", str(site), "--drafts", capsys=capsys)
    assert (code, err) == (0, "")
    return out


def _body(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("---\n", 2)[2]


# ------------------------------------------------------------------------------------------- WordPress

def _attachment(post_id: int, rel: str, url: str, guid: str) -> str:
    item = wfx._item(post_id, rel, f"att-{post_id}", "", type_="attachment", status="inherit",
                     meta={"_wp_attached_file": rel, "_wp_attachment_metadata": "a:0:{}"})
    item = item.replace(f"https://wp.example/?p={post_id}</guid>", f"{guid}</guid>")
    return item.replace("</item>", f"\t<wp:attachment_url><![CDATA[{url}]]></wp:attachment_url>\n\t</item>")


OLD_DOMAIN = "http://old-wp.example/wp-content/uploads/2018/01/moved.jpg"
"""Linked from a post written before the blog moved; its attachment's guid is that address."""
WP_USED = {"2019/03/pic.png": b"pic", "2018/01/moved.jpg": b"moved", "2019/04/cdn.gif": b"cdn"}
WP_UNUSED = {"2019/03/pic-300x200.png": b"thumb", "2017/05/old.zip": b"zip"}
WP_MISSING = {"posts/2019-04-01-uses-files.md": ["2019/04/gone.png", "2019/04/record-gone.png"],
              "pages/about.md": ["2019/03/bare-gone.jpg"]}


def _wxr() -> str:
    post = wfx._item(50, "Uses files", "uses-files", (
        f'<p><img src="{OLD_DOMAIN}" alt="moved"> <a href="https://cdn.example/u/2019/04/cdn.gif">cdn</a></p>'
        '<p><img src="https://wp.example/wp-content/uploads/2019/04/gone.png" alt="gone"></p>'
        '<p><a href="https://cdn.example/u/2019/04/record-gone.png">a record whose file is gone</a></p>'
        '<p><a href="https://other.example/wp-content/uploads/2019/03/pic-300x200.png">not ours</a></p>'),
        date="2019-04-01 10:00:00", date_gmt="2019-04-01 02:00:00")
    text = wfx.wxr().replace("<p>About this blog: $E=mc^2$.</p>",
                             '<p>About this blog: $E=mc^2$.</p><p><img src="/wp-content/uploads/2019/03/'
                             'bare-gone.jpg" alt="bare"></p>')
    extra = post + "".join(_attachment(*a) for a in [
        (60, "2018/01/moved.jpg", "https://wp.example/wp-content/uploads/2018/01/moved.jpg", OLD_DOMAIN),
        (61, "2019/04/cdn.gif", "https://cdn.example/u/2019/04/cdn.gif", "https://wp.example/?attachment_id=61"),
        (62, "2019/04/record-gone.png", "https://cdn.example/u/2019/04/record-gone.png", "https://wp.example/?p=62"),
        (63, "../../../etc/passwd", "https://cdn.example/u/../../../etc/passwd", "https://wp.example/?p=63")])
    return text.replace("</channel>", extra + "\n</channel>")


def test_wordpress_copies_the_linked_files_and_lists_the_missing_ones(tmp_path, capsys):
    (tmp_path / "export.xml").write_text(_wxr(), encoding="utf-8")
    uploads = _folder(tmp_path / "wp-content" / "uploads", WP_USED | WP_UNUSED)
    site = tmp_path / "site"
    out = _import_and_build(capsys, "wordpress", tmp_path / "export.xml", uploads, site)
    assert tree(site / "static" / "uploads") == WP_USED
    assert tree(site / "public" / "static" / "uploads") == WP_USED  # the built site serves them
    body = _body(site / "posts" / "2019-04-01-uses-files.md")
    for rel in ("2018/01/moved.jpg", "2019/04/cdn.gif"):
        assert f"/static/uploads/{rel}" in body
    assert OLD_DOMAIN not in body and "cdn.example/u/2019/04/cdn.gif" not in body
    # a missing file's link and another site's upload stay as they were
    for kept in ("https://wp.example/wp-content/uploads/2019/04/gone.png", "https://cdn.example/u/2019/04/record-gone.png",
                 "https://other.example/wp-content/uploads/2019/03/pic-300x200.png"):
        assert kept in body
    built = (site / "public" / "2019" / "04" / "uses-files" / "index.html").read_text(encoding="utf-8")
    assert 'src="/static/uploads/2018/01/moved.jpg"' in built
    lines = out.splitlines()
    assert f"  uploads: {len(WP_USED)} files the posts and pages link to copied to static/uploads/, " \
           f"{len(WP_UNUSED)} not linked left out" in lines
    count = sum(len(files) for files in WP_MISSING.values())
    start = lines.index(f"  uploads linked but not in --uploads ({count}; the links are left as they were):")
    listed = lines[start + 1:start + 1 + len(WP_MISSING)]
    assert sorted(listed) == sorted(f"    {rel}: {', '.join(files)}" for rel, files in WP_MISSING.items())
    assert "passwd" not in out


def test_without_uploads_nothing_is_rewritten_or_listed(tmp_path, capsys):
    (tmp_path / "export.xml").write_text(_wxr(), encoding="utf-8")
    code, out, err = run_cli("import", "wordpress", str(tmp_path / "export.xml"), "-s", str(tmp_path / "site"),
                             capsys=capsys)
    assert (code, err) == (0, "")
    assert "uploads" not in out.replace("files come with --uploads", "")
    assert not (tmp_path / "site" / "static").exists()
    assert OLD_DOMAIN in _body(tmp_path / "site" / "posts" / "2019-04-01-uses-files.md")


def test_re_import_after_a_file_arrives_copies_it(tmp_path, capsys):
    """A second import with the missing file now in the folder rewrites its link and copies it."""
    (tmp_path / "export.xml").write_text(_wxr(), encoding="utf-8")
    uploads = _folder(tmp_path / "uploads", WP_USED)
    site = tmp_path / "site"
    _import_and_build(capsys, "wordpress", tmp_path / "export.xml", uploads, site)
    _folder(uploads, {"2019/04/gone.png": b"back"})
    code, out, err = run_cli("import", "wordpress", str(tmp_path / "export.xml"), "-s", str(site), "--uploads",
                             str(uploads), "--force", capsys=capsys)
    assert (code, err) == (0, "")
    assert (site / "static" / "uploads" / "2019" / "04" / "gone.png").read_bytes() == b"back"
    assert "    posts/2019-04-01-uses-files.md: 2019/04/record-gone.png" in out.splitlines()


# --------------------------------------------------------------------------------------------- Typecho

TC_USED = {"2019/03/1234567890.png": b"\x89PNG fake", "2019/05/doc.pdf": b"%PDF"}
TC_UNUSED = {"2019/03/unused.png": b"x", "2020/01/old.gif": b"y"}


def test_typecho_attachment_rows_name_files_in_another_upload_folder(tmp_path, capsys):
    """Row 11 (the fixture's attachment) is the about page's figure; a new row keeps a PDF under
    /files/ (a site that set __TYPECHO_UPLOAD_DIR__), which only its record maps to the folder."""
    data = tfx.rows()
    data["contents"] += [
        tfx._content(20, "Files", "files", "<!--markdown-->![fig](https://kexue.example/usr/uploads/2019/03/"
                     "1234567890.png) [doc](https://kexue.example/files/2019/05/doc.pdf) "
                     "![gone](/usr/uploads/2019/04/gone.jpg)"),
        tfx._content(21, "doc.pdf", "doc-pdf", tfx._php_fix(
            'a:3:{s:4:"name";s:7:"doc.pdf";s:4:"path";s:22:"/files/2019/05/doc.pdf";s:4:"mime";s:15:"application/pdf";}'),
            type_="attachment"),
        tfx._content(22, "broken", "broken", "a:1:{s:4:\"path\";", type_="attachment"),
    ]
    (tmp_path / "blog.sql").write_text(tfx.mysqldump(data), encoding="utf-8")
    uploads = _folder(tmp_path / "usr-uploads", TC_USED | TC_UNUSED)
    site = tmp_path / "site"
    out = _import_and_build(capsys, "typecho", tmp_path / "blog.sql", uploads, site)
    assert tree(site / "static" / "uploads") == TC_USED
    day = dt.datetime.fromtimestamp(tfx.T0 + 20 * 86400, dt.timezone(dt.timedelta(seconds=tfx.TZ))).date()
    post = site / "posts" / f"{day}-files.md"
    body = _body(post)
    assert "[doc](/static/uploads/2019/05/doc.pdf)" in body and "(/usr/uploads/2019/04/gone.jpg)" in body
    assert f"    posts/{post.name}: 2019/04/gone.jpg" in out.splitlines()
    assert f"  uploads: {len(TC_USED)} files the posts and pages link to copied to static/uploads/, " \
           f"{len(TC_UNUSED)} not linked left out" in out.splitlines()
    assert tree(site / "public" / "static" / "uploads") == TC_USED
