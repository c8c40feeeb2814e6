"""Images and files beside posts (README "Images and files"), through the CLI on sites in tmp dirs:
a post folder (posts/<name>/index.md) with its figures, a flat post with an image in a folder beside
it, published next to the post's page; missing files are file:line warnings (errors with --strict);
paths leaving the post's folder and symlinks leaving the site are refused."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from urllib.parse import unquote

from helpers import post, run_cli, write_site
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from blogbuild.errors import ContentError
from blogbuild.render.files import file_records
from blogbuild.render.markdown import make_markdown, render_post
from blogbuild.site.models import Post

CONFIG = "title: T\nurl: {url}\nauthor: A\npermalink: /{{year}}/{{slug}}/\n"
PNG = b"\x89PNG\r\n\x1a\n figure bytes"
PDF = b"%PDF-1.4 notes"


def _site(tmp_path: Path, url: str = "https://example.org/") -> Path:
    root = write_site(tmp_path / "site", {
        "2024-03-01-rope/index.md": post("Rope", "2024-03-01",
                                        "Intro.\n\n![$\\alpha$ 衰减](damped.png)\n\n![](figs/a.png) [笔记](notes.pdf)"),
        "2024-04-02-flat.md": post("Flat", "2024-04-02", "Text ![b](pics/b.png) here.\n\nMore."),
    }, config=CONFIG.format(url=url))
    (root / "posts" / "2024-03-01-rope" / "figs").mkdir()
    (root / "posts" / "2024-03-01-rope" / "damped.png").write_bytes(PNG)
    (root / "posts" / "2024-03-01-rope" / "figs" / "a.png").write_bytes(PNG + b"a")
    (root / "posts" / "2024-03-01-rope" / "notes.pdf").write_bytes(PDF)
    (root / "posts" / "pics").mkdir()
    (root / "posts" / "pics" / "b.png").write_bytes(PNG + b"b")
    return root


def _images(page: str) -> list[tuple[str, str]]:
    """(src, alt) of each <img> in the page, unescaped."""
    found = []
    for tag in re.findall(r"<img [^>]*>", page):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', tag))
        found.append((html.unescape(attrs["src"]), html.unescape(attrs.get("alt", ""))))
    return found


def test_folder_post_and_flat_post_publish_their_files(tmp_path, capsys):
    root = _site(tmp_path)
    code, _out, err = run_cli("build", "-s", str(root), "--no-cache", capsys=capsys)
    assert code == 0, err
    assert "warning" not in err
    public = root / "public"
    # the folder's name (its date prefix dropped, as for a file) is the slug
    assert (public / "2024" / "rope" / "damped.png").read_bytes() == PNG
    assert (public / "2024" / "rope" / "figs" / "a.png").read_bytes() == PNG + b"a"
    assert (public / "2024" / "rope" / "notes.pdf").read_bytes() == PDF
    assert (public / "2024" / "flat" / "pics" / "b.png").read_bytes() == PNG + b"b"
    rope = (public / "2024" / "rope" / "index.html").read_text(encoding="utf-8")
    assert ("/2024/rope/damped.png", "$\\alpha$ 衰减") in _images(rope)
    assert ("/2024/rope/figs/a.png", "") in _images(rope)
    assert 'href="/2024/rope/notes.pdf"' in rope
    flat = (public / "2024" / "flat" / "index.html").read_text(encoding="utf-8")
    assert ("/2024/flat/pics/b.png", "b") in _images(flat)
    # the excerpt on the front page points at the same files
    front = (public / "index.html").read_text(encoding="utf-8")
    assert ("/2024/flat/pics/b.png", "b") in _images(front)


def test_subpath_and_feed_urls(tmp_path, capsys):
    root = _site(tmp_path, url="https://example.org/blog/sub/")
    assert run_cli("build", "-s", str(root), "--no-cache", capsys=capsys)[0] == 0
    public = root / "public"
    rope = (public / "2024" / "rope" / "index.html").read_text(encoding="utf-8")
    assert ("/blog/sub/2024/rope/damped.png", "$\\alpha$ 衰减") in _images(rope)
    feed = html.unescape((public / "atom.xml").read_text(encoding="utf-8"))
    assert 'src="https://example.org/blog/sub/2024/rope/damped.png"' in feed
    assert 'src="https://example.org/blog/sub/2024/flat/pics/b.png"' in feed
    assert 'href="https://example.org/blog/sub/2024/rope/notes.pdf"' in feed


def _line_of(path: Path, needle: str) -> tuple[int, int]:
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if needle in line:
            return number, line.index(needle) + 1
    raise AssertionError(needle)


def test_missing_file_is_a_warning_then_an_error_with_strict(tmp_path, capsys):
    root = _site(tmp_path)
    (root / "posts" / "pics" / "b.png").unlink()
    flat = root / "posts" / "2024-04-02-flat.md"
    line, col = _line_of(flat, "pics/b.png")
    where = f"posts/2024-04-02-flat.md:{line}:{col}:"
    code, _out, err = run_cli("build", "-s", str(root), "--no-cache", capsys=capsys)
    assert code == 0
    assert f"{where} warning: link to a file that does not exist: pics/b.png" in err
    assert (root / "public" / "2024" / "rope" / "damped.png").exists()
    code, out, err = run_cli("check", "-s", str(root), capsys=capsys)
    assert code == 1
    assert f"{where} link to a file that does not exist: pics/b.png" in out + err
    code, _out, err = run_cli("build", "-s", str(root), "--strict", capsys=capsys)
    assert code == 1
    assert where in err and "Traceback" not in err


def test_strict_after_a_build_with_a_missing_file_fails(tmp_path, capsys):
    """With the cache, `build --strict` of the same sources is not skipped as unchanged: the
    missing file counts as a problem of the last build, as a TeX warning does."""
    root = _site(tmp_path)
    (root / "posts" / "2024-03-01-rope" / "notes.pdf").unlink()
    code, _out, err = run_cli("build", "-s", str(root), capsys=capsys)
    assert code == 0 and "does not exist: notes.pdf" in err
    code, _out, err = run_cli("build", "-s", str(root), "--strict", capsys=capsys)
    assert code == 1
    assert "posts/2024-03-01-rope/index.md:" in err and "does not exist: notes.pdf" in err


def test_a_path_out_of_the_post_folder_is_refused(tmp_path, capsys):
    root = _site(tmp_path)
    (root / "posts" / "2024-04-02-flat.md").write_text(
        post("Flat", "2024-04-02", "Text.\n\n[secret](../../etc/passwd)"), encoding="utf-8")
    line, col = _line_of(root / "posts" / "2024-04-02-flat.md", "../../etc/passwd")
    for argv in (("build", "-s", str(root), "--no-cache"), ("check", "-s", str(root))):
        code, out, err = run_cli(*argv, capsys=capsys)
        assert code == 1
        lines = [x for x in err.splitlines() if x.strip()]
        assert len(lines) == 1, err
        assert lines[0].startswith(f"posts/2024-04-02-flat.md:{line}:{col}: '../../etc/passwd' is outside")
    assert not (root / "public").exists()


def test_a_symlink_out_of_the_site_is_refused(tmp_path, capsys):
    root = _site(tmp_path)
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not for the site")
    (root / "posts" / "pics" / "b.png").unlink()
    (root / "posts" / "pics" / "b.png").symlink_to(secret)
    code, _out, err = run_cli("build", "-s", str(root), "--no-cache", capsys=capsys)
    assert code == 1
    assert "posts/2024-04-02-flat.md:" in err and "symlink to a file outside the site" in err
    assert "Traceback" not in err
    assert not any(p.read_bytes() == b"not for the site" for p in (root / "public").rglob("*.png")) \
        if (root / "public").exists() else True


SEGMENTS = ["..", ".", "a", "b.png", "%2e%2e", "%2E%2e", "图 1.png", "", "c%2f..%2fd.png", "x\\..\\y.png"]


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.sampled_from(SEGMENTS), min_size=1, max_size=5))
def test_no_relative_path_is_published_outside_the_post_folder(parts):
    """Whatever path a post names, its file is either refused or published below the post's page
    folder, and the page links it there."""
    href = "/".join(parts)
    assume(not href.startswith("/"))  # a link from the site's root is the author's, not a file beside the post
    source = Post(source="posts/x/index.md", display="posts/x/index.md", slug="x", title="X",
                  author="A", date=dt.datetime(2024, 1, 2, tzinfo=dt.UTC),
                  markdown=f"![f](<{href}>)\n", body_line=5, digest="")
    rendered = render_post(make_markdown(), source, files_base="/x/")
    try:
        records = file_records(source, rendered.files, "/x/")
    except ContentError as e:
        assert "outside the post's folder" in str(e)
        return
    for _source, output, *_rest in records:
        assert output.startswith("x/")
        assert ".." not in unquote(output).replace("\\", "/").split("/")
    for src in re.findall(r'src="([^"]*)"', rendered.html):
        if not src.startswith("/"):
            continue
        assert src.startswith("/x/")
        assert ".." not in unquote(html.unescape(src)).split("/")
