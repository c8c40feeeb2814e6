"""The page shown instead of every HTML page while the last build failed (Zola-style)."""

from __future__ import annotations

import html
import traceback
from pathlib import Path

from blogbuild.errors import BlogbuildError, ManyErrors
from blogbuild.serve.targets import inside


def _excerpt(root: Path | None, error: BlogbuildError, around: int = 2) -> str:
    """The lines around error.line of the file it names (inside the site only), the line marked."""
    if root is None or not error.path or not error.line:
        return ""
    path = (root / error.path).resolve()
    if not inside(str(path), str(root)) or not path.is_file():
        return ""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    first, last = max(1, error.line - around), min(len(lines), error.line + around)
    rows = []
    for n in range(first, last + 1):
        mark = ' class="here"' if n == error.line else ""
        rows.append(f"<span{mark}>{n:>4} | {html.escape(lines[n - 1])}</span>")
    return f'<pre class="source">{chr(10).join(rows)}</pre>' if rows else ""


def error_page(error: BaseException, root: Path | None = None) -> bytes:
    """The page shown instead of every HTML page while the last build failed (Zola-style): each
    error's file:line:col and message, and the lines of that file around it."""
    if isinstance(error, ManyErrors):
        items = list(error.errors)
    else:
        items = [error]
    blocks = []
    for item in items:
        excerpt = ""
        if isinstance(item, BlogbuildError):
            where = item.location if item.path else ""
            text = str(item)
            excerpt = _excerpt(root, item)
        else:
            where = ""
            text = "".join(traceback.format_exception(type(item), item, item.__traceback__))
        head = f'<p class="where">{html.escape(where)}</p>' if where else ""
        blocks.append(f"<section>{head}<pre>{html.escape(text)}</pre>{excerpt}</section>")
    count = f"{len(items)} errors" if len(items) > 1 else "1 error"
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Build failed · blogbuild serve</title>
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #fff5f5; color: #222; }}
header {{ background: #b3261e; color: #fff; padding: 1rem 2rem; }}
h1 {{ margin: 0; font-size: 1.4rem; }}
main {{ padding: 1rem 2rem; }}
.where {{ font: 600 1rem ui-monospace, monospace; margin: 1rem 0 .25rem; }}
pre {{ white-space: pre-wrap; background: #fff; border-left: 4px solid #b3261e; padding: .75rem 1rem;
       font: .95rem/1.45 ui-monospace, monospace; }}
pre.source {{ border-left-color: #999; color: #555; }}
pre.source .here {{ color: #b3261e; font-weight: 600; }}
footer {{ color: #666; padding: 0 2rem 2rem; font-size: .9rem; }}
</style>
</head>
<body>
<header><h1>Build failed: {count}</h1></header>
<main id="blogbuild-error">
{''.join(blocks)}
</main>
<footer>Fix the file and save: this page reloads by itself. Until then other files are served from
the last good build.</footer>
</body>
</html>
"""
    return page.encode("utf-8")
