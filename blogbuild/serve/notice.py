"""The preview's warnings notice: a page whose post has TeX or link warnings shows them in a small
box (file:line:col and message, dismissible), as the error page shows errors.

Only `serve` adds it, to the bytes it sends: the built files never hold it, so a deploy cannot
carry it. Warnings are mapped to the page of the post they name (its file is read again, only
for the few files that have warnings).
"""

from __future__ import annotations

import html
from collections import defaultdict
from pathlib import Path

from blogbuild.errors import BlogbuildError
from blogbuild.site.config import Config
from blogbuild.site.load import parse_post
from blogbuild.site.urls import post_path

MARK = 'id="blogbuild-warnings"'
"""The notice's element (tests and the builder look for it)."""


def warnings_by_page(root: Path, config: Config, problems) -> dict[str, list]:
    """{page file relative to the output folder ('archives/x/index.html'): its post's warnings}."""
    by_source: dict[str, list] = defaultdict(list)
    for problem in problems:
        by_source[problem.path].append(problem)
    pages: dict[str, list] = {}
    for source, items in by_source.items():
        try:
            post = parse_post(root / source, root, config)
        except (BlogbuildError, OSError):
            continue  # changed since the build: the next build says what it has
        pages[(post_path(config, post).strip("/") + "/index.html").lstrip("/")] = items
    return pages


def with_notice(page: bytes, problems) -> bytes:
    """The page with the notice inserted before its last </body> (or at its end)."""
    rows = "".join(f"<li><code>{html.escape(f'{p.path}:{p.line}:{p.col}')}</code> {html.escape(p.message)}</li>"
                   for p in problems)
    count = f"{len(problems)} warning" + ("s" if len(problems) != 1 else "")
    box = (f'<aside {MARK} role="status" style="position:fixed;right:1rem;bottom:1rem;z-index:9999;'
           "max-width:min(36rem,calc(100vw - 2rem));max-height:40vh;overflow:auto;background:#fffbea;"
           "color:#222;border:1px solid #d9a400;border-left:4px solid #d9a400;border-radius:4px;"
           'padding:.5rem 2rem .5rem .75rem;font:14px/1.4 system-ui,sans-serif;box-shadow:0 2px 8px #0003">'
           '<button type="button" aria-label="Dismiss" onclick="this.parentNode.remove()" '
           'style="position:absolute;top:.25rem;right:.4rem;border:0;background:none;font-size:1.2rem;'
           f'cursor:pointer">×</button><strong>{count} (blogbuild serve only)</strong>'
           f'<ul style="margin:.25rem 0 0;padding-left:1.1rem">{rows}</ul></aside>').encode("utf-8")
    at = page.rfind(b"</body>")
    return page + box if at < 0 else page[:at] + box + page[at:]
