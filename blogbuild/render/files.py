"""Images and files beside posts: `![阻尼振动](damped.png)` in posts/rope/index.md, or
`![](figs/a.png)` in posts/2020-01-01-x.md, is published next to the post's page (/rope/damped.png,
/x/figs/a.png).

Next to the page rather than under a content-addressed path: the URL a reader sees (and saves,
and links to) reads like the file the author wrote, and stays the same when the figure is redrawn.
The post's HTML depends only on the post and the permalink, never on the files' bytes, so the
render cache needs nothing new; whether a file exists is decided after rendering, on every build.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

from blogbuild.errors import ContentError
from blogbuild.site.models import Post

_PAGE_SUFFIXES = {".md", ".markdown", ".html", ".htm"}
"""Links to these are links to pages, not files to publish."""


def local_file(href: str) -> str | None:
    """The path an href names relative to the post's Markdown file, or None when it is a URL,
    a site path (/x/), an anchor, a folder (x/) or a page (other.md)."""
    parts = urlsplit(href)
    path = unquote(parts.path)
    if parts.scheme or parts.netloc or not path or path.startswith("/") or path.endswith("/"):
        return None
    if posixpath.splitext(path)[1].lower() in _PAGE_SUFFIXES or path in (".", ".."):
        return None
    return path


def files_base(page_path: str) -> str:
    """The site folder a post's files go to: its page's (/x/ for /x/, /archives/ for /archives/x.html)."""
    return page_path if page_path.endswith("/") else page_path.rpartition("/")[0] + "/"


def local_files_plugin(md: MarkdownIt) -> None:
    """Rewrites links and images to files beside the post onto their published URL (root-relative,
    so that the base path and the feed's absolute prefix apply), when env has `files_base`;
    each is recorded in env["local_files"] as (path, line index, href)."""
    md.core.ruler.push("local_files", _rewrite)


def _rewrite(state: StateCore) -> None:
    base = state.env.get("files_base")
    if base is None:
        return
    found = state.env.setdefault("local_files", [])
    for token in state.tokens:
        for child in token.children or ():
            attr = "src" if child.type == "image" else "href" if child.type == "link_open" else None
            href = child.attrGet(attr) if attr else None
            path = local_file(href) if isinstance(href, str) else None
            if path is None:
                continue
            norm = posixpath.normpath(path)
            found.append((norm, token.map[0] if token.map else 0, href))
            if norm != ".." and not norm.startswith("../"):  # refused later, with the post's file:line
                parts = urlsplit(href)
                child.attrSet(attr, base + quote(norm) + (f"?{parts.query}" if parts.query else "")
                              + (f"#{parts.fragment}" if parts.fragment else ""))


def file_records(post: Post, found: Iterable[tuple[str, int, str]], page_path: str) -> tuple:
    """(display path of the file, its output path, post file, line, col, href) for each file the post
    names; a path that leaves the post's folder (../../etc/passwd) is an error."""
    lines = post.markdown.split("\n")
    folder = posixpath.dirname(post.display)
    out_dir = files_base(page_path).lstrip("/")
    records = []
    for path, index, href in found:
        line, col = index, 0
        for i in range(index, len(lines)):
            at = lines[i].find(href)
            if at != -1:
                line, col = i, at
                break
        if path == ".." or path.startswith("../"):
            raise ContentError(f"'{href}' is outside the post's folder; refusing to publish it",
                               post.display, post.body_line + line, col + 1,
                               hint="put the file beside the post or in a folder below it")
        records.append((posixpath.join(folder, path), out_dir + path, post.display, post.body_line + line,
                        col + 1, href))
    return tuple(records)


def stage_files(stage, files: dict[str, Path]) -> None:
    """Copy the files into the new site (stage: a write.output.Stage)."""
    for rel, path in sorted(files.items()):
        stage.put(rel, path.read_bytes())
