"""The addresses Jekyll's Liquid wrote into posts, written out as Jekyll wrote them.

Jekyll runs Liquid over a post before Markdown sees it, and nearly every Jekyll blog writes its
links and images with it: `![x]({{ '/assets/x.png' | relative_url }})`, `[home]({{ site.baseurl }}/)`,
`[earlier]({{ site.baseurl }}{% post_url 2017-06-21-intro %})`. Left as they are, each is broken
text on the new site (a Markdown link whose address holds spaces is no link at all).

- `{{ 'PATH' | relative_url }}`, `| absolute_url` and `{{ site.baseurl }}PATH` become the path the
  old site had: its base path (`baseurl`) and PATH, without its host. That is what the rest of the
  import knows: the old addresses of posts and pages are kept as aliases under that path, and
  `--uploads` takes links under it to the uploads folder. An address that is already absolute
  (`https://…`) stays as it is, as Jekyll leaves it; `{{ site.url }}` (the host) goes.
- `{% post_url NAME %}` and `{% link _posts/NAME.md %}` become the new address of that post
  (`PostLinks.resolve`), once every post is read; one that names no post stays as written.

Text inside `{% raw %}…{% endraw %}` is left alone, as Liquid leaves it. Everything else of Liquid
is left as written.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable

_QUOTED = r"""(?:'([^'\n]*)'|"([^"\n]*)")"""
_URL_FILTER = re.compile(r"\{\{-?\s*" + _QUOTED + r"\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}")
_SITE_VAR = re.compile(r"(?:\{\{-?\s*site\.url\s*-?\}\})?\{\{-?\s*site\.(baseurl|url)\s*-?\}\}")
_POST_TAG = re.compile(r"\{%-?\s*(?:post_url\s+([^\s%]+)|link\s+_posts/([^\s%]+?)\.(?:md|markdown))\s*-?%\}")
_RAW = re.compile(r"(\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\})", re.DOTALL)
_ABSOLUTE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


class PostLinks:
    """Post links of a whole import: each `{% post_url %}` is marked while its post is read (the
    posts it names may come later), and `resolve` writes the addresses in once all are read. The
    mark is letters and digits only, so nothing between (the math rewrite) can touch it, and holds a
    random nonce, so no post's own text can pass for one."""

    def __init__(self) -> None:
        self._nonce = secrets.token_hex(8)
        self._marks: list[tuple[str, str]] = []  # (post name, the tag as written)
        self.prefix = f"blogbuildpostlink{self._nonce}n"
        self._pattern = re.compile(self.prefix + "([0-9]+)x")

    def mark(self, name: str, written: str) -> str:
        self._marks.append((name.rsplit("/", 1)[-1], written))
        return f"{self.prefix}{len(self._marks) - 1}x"

    def resolve(self, text: str, address: Callable[[str], str | None]) -> tuple[str, list[str]]:
        """text with each mark replaced by address(name), or by the tag as written if that is None;
        and the names no post had."""
        missing: list[str] = []

        def put(m: re.Match) -> str:
            name, written = self._marks[int(m.group(1))]
            found = address(name)
            if found is None:
                missing.append(name)
                return written
            return found

        return self._pattern.sub(put, text), missing


def liquid_links(body: str, links: PostLinks, base: str = "") -> str:
    """body with Liquid's addresses written out (see the module; base: the old site's base path,
    `/blog` or ''); raw blocks as they are."""
    if "{{" not in body and "{%" not in body:
        return body
    base = "/" + base.strip("/") if base.strip("/") else ""
    parts = _RAW.split(body)
    for i in range(0, len(parts), 2):  # the even parts are outside raw blocks
        parts[i] = _outside_raw(parts[i], links, base)
    return "".join(parts)


def _outside_raw(text: str, links: PostLinks, base: str) -> str:
    text = _URL_FILTER.sub(lambda m: _old_path(m.group(1) if m.group(1) is not None else m.group(2), base), text)
    text = _POST_TAG.sub(lambda m: links.mark(m.group(1) or m.group(2), m.group(0)), text)

    def site(m: re.Match) -> str:
        if m.string.startswith(links.prefix, m.end()):
            return ""  # `{{ site.baseurl }}{% post_url %}`: the post's new address says it all
        path = base if m.group(1) == "baseurl" else ""
        return path if m.string.startswith("/", m.end()) else path + "/"

    return _SITE_VAR.sub(site, text)


def _old_path(path: str, base: str) -> str:
    path = path.strip()
    return path if _ABSOLUTE.match(path) or path.startswith("//") else base + "/" + path.lstrip("/")
