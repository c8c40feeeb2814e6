"""What Hexo and Jekyll sites share: posts as Markdown files with YAML front matter, `_config.yml`,
dates written many ways, tag strings, nested categories, and permalink patterns such as
`:year/:month/:day/:title/` that tell where each post used to live."""

from __future__ import annotations

import datetime as dt
import json
import re
import zoneinfo
from pathlib import Path
from typing import Any

from blogbuild.errors import ImportSourceError, show
from blogbuild.importers.values import DATE_RANGE, load_json, usable_date, usable_permalink
from blogbuild.site.slugs import check_slug
from blogbuild.site.yamlio import parse_yaml

_FENCED = re.compile(r"\A(-{3,}|;{3,})[ \t]*\n(.*?)\n\1[ \t]*(?:\n|\Z)", re.DOTALL)
_UNFENCED = re.compile(r"\A(.*?)\n(-{3,}|;{3,})[ \t]*(?:\n|\Z)", re.DOTALL)
_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M",
                 "%Y-%m-%d", "%Y/%m/%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S %z", "%Y/%m/%d %H:%M:%S %z")
_NOT_IN_ALIAS = re.compile(r'[\s"<>\\?#\x00-\x1f]')
_NOT_SLUG = re.compile(r"[^\w\-.~]+")


OUTSIDE = "symlink to a file outside the site; refusing to read it"
OUTSIDE_HINT = "copy the file into the site instead"
"""The build's own words for such a link (site/load.py)."""


class Reader:
    """One old site being read: its name for messages, and a helper to raise errors naming a file."""

    def __init__(self, root: Path, display: str) -> None:
        self.root = root
        self.display = display

    def error(self, path: Path | str, message: str, line: int | None = None,
              hint: str | None = None) -> ImportSourceError:
        rel = Path(path).relative_to(self.root).as_posix() if Path(path).is_relative_to(self.root) else str(path)
        record = f"{rel}:{line}" if line else rel
        return ImportSourceError(message, self.display, record, hint=hint)

    def date(self, path: Path, meta: dict, key: str, raw: str, tz: dt.tzinfo, example: str) -> dt.datetime | None:
        """Front matter `key` as an aware datetime, None when absent; an error naming its line."""
        if meta.get(key) is None:
            return None
        value = to_datetime(meta[key], tz)
        if value is None:
            raise self.error(path, f"'{key}' must be a date such as {example}, got {show(meta[key])}",
                             key_line(raw, key))
        if not usable_date(value):
            raise self.error(path, f"'{key}' must be a date {DATE_RANGE}, got {value:%Y-%m-%d %H:%M:%S %z}",
                             key_line(raw, key))
        return value

    def read_text(self, path: Path) -> str:
        self.check_inside(path)
        try:
            return path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as e:
            raise self.error(path, f"not UTF-8 text (byte {e.start})") from None
        except OSError as e:
            raise self.error(path, f"cannot be read: {e.strerror}") from None

    def inside(self, path: Path) -> bool:
        """path, its symlinks followed, is in the old site's folder."""
        return path.resolve().is_relative_to(self.root.resolve())

    def check_inside(self, path: Path) -> None:
        """Refuse a symlink leading out of the old site (to ~/.ssh/id_rsa, /etc/passwd): the import
        would publish that file. Links that stay inside are read like any file."""
        if not self.inside(path):
            raise self.error(path, OUTSIDE, hint=OUTSIDE_HINT)

    def config(self, name: str = "_config.yml") -> dict:
        path = self.root / name
        if not path.is_file():
            return {}
        data = self.yaml(path, self.read_text(path), 0)
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise self.error(path, "must be a YAML mapping")
        return data

    def yaml(self, path: Path, text: str, first_line: int) -> Any:
        """The YAML as site/yamlio.py reads blog.yaml and posts: nesting and alias expansion
        bounded, values that cannot be built (2024-02-30) an error naming their line."""
        def error(message: str, _display: str, line: int | None = None, _col: int | None = None) -> ImportSourceError:
            return self.error(path, message, line)

        return parse_yaml(text, str(path), error, first_line=first_line + 1,  # type: ignore[arg-type]
                          prefix="front matter is not valid YAML")[0]

    def front_matter(self, path: Path, text: str) -> tuple[dict, str]:
        """(front matter, body). Hexo also accepts front matter without the first `---`, and JSON
        between `;;;` lines."""
        m = _FENCED.match(text)
        unfenced = m is None
        if unfenced:
            m = _UNFENCED.match(text)
            if m is None or ":" not in m.group(1):
                return {}, text
            raw, fence = m.group(1), m.group(2)
        else:
            fence, raw = m.group(1), m.group(2)
        if fence.startswith(";"):
            try:
                data = load_json("{" + raw + "}" if not raw.strip().startswith("{") else raw)
            except json.JSONDecodeError as e:
                raise self.error(path, f"front matter is not valid JSON: {e.msg}", e.lineno + 1) from None
            except ValueError as e:
                raise self.error(path, f"front matter is not valid JSON: {e}", 2) from None
        else:
            data = self.yaml(path, raw, 0 if unfenced else 1)
        if data is None:
            data = {}
        if not isinstance(data, dict):
            if unfenced:
                return {}, text
            raise self.error(path, "front matter must be a YAML mapping (key: value lines)", 2)
        return data, text[m.end():]


_CODE_TAG = re.compile(r"^([ \t]*)\{%-?\s*(highlight|codeblock)\b([^%]*?)-?%\}[ \t]*\n(.*?)\n?[ \t]*"
                       r"\{%-?\s*end\2\s*-?%\}[ \t]*$", re.DOTALL | re.MULTILINE)


def open_site(source: Path, display: str | None, kind: str, posts: str) -> Reader:
    """A Reader on an old static site's folder (Hexo, Jekyll), or an error saying why it is not one."""
    root = Path(source)
    reader = Reader(root, display or root.name or str(root))
    if not root.is_dir():
        raise reader.error(root.name, f"not a folder: give the {kind} site's folder (with _config.yml)") \
            if root.exists() else reader.error(root.name, "no such folder")
    if not (root / "_config.yml").is_file() and not (root / posts).is_dir():
        raise reader.error(".", f"not a {kind} site: no _config.yml and no {posts}")
    return reader


def key_line(text: str, key: str) -> int | None:
    """The line of `key:` in a file (for messages)."""
    m = re.search(rf"^{re.escape(key)}\s*:", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else None


def code_tags(body: str) -> str:
    """Jekyll's `{% highlight python %}` and Hexo's `{% codeblock %}` as fenced code blocks: code,
    never math, and blogbuild highlights fences."""
    if "{%" not in body:
        return body

    def fence(m: re.Match) -> str:
        indent, args, code = m.group(1), m.group(3), m.group(4)
        words = args.split()
        language = next((w[5:] if w.startswith("lang:") else w for w in words
                         if w.startswith("lang:") or (m.group(2) == "highlight" and w == words[0])), "")
        ticks = "```" if "```" not in code else "~~~~"
        return f"{indent}{ticks}{language}\n{code}\n{indent}{ticks}"

    return _CODE_TAG.sub(fence, body)


def timezone(name: object) -> dt.tzinfo | None:
    if not isinstance(name, str) or not name.strip():
        return None
    try:
        return zoneinfo.ZoneInfo(name.strip())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def to_datetime(value: Any, tz: dt.tzinfo) -> dt.datetime | None:
    """A front-matter date (YAML timestamp, `2013/7/13 20:46:25`, `2013-07-13`…) as an aware datetime
    (tz when it names no offset); None if it is not a date."""
    if isinstance(value, dt.datetime):
        result = value
    elif isinstance(value, dt.date):
        result = dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, (int, float)) and not isinstance(value, bool) and value > 10**9:
        try:
            result = dt.datetime.fromtimestamp(value / 1000 if value > 10**11 else value, dt.timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    elif isinstance(value, str):
        text = value.strip()
        result = None
        try:
            result = dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
        except ValueError:
            for fmt in _DATE_FORMATS:
                try:
                    result = dt.datetime.strptime(text, fmt)
                    break
                except ValueError:
                    continue
        if result is None:
            return None
    else:
        return None
    return result if result.tzinfo is not None else result.replace(tzinfo=tz)


def terms(value: Any, *, split: bool = False) -> list[str]:
    """Tags or categories: a list, a string (split: space-separated names, as Jekyll reads it; Hexo
    takes `tags: machine learning` as one tag), or nested lists (Hexo's hierarchies `[A, B]` and
    groups `[[A, B], C]`), flattened to unique names in order: a post in A › B was listed on both
    A's and B's pages."""
    out: list[str] = []

    def walk(v: Any, split: bool) -> None:
        if v is None:
            return
        if isinstance(v, (list, tuple)):
            for item in v:
                walk(item, False)
            return
        if isinstance(v, dict):  # Hexo's `- A: a-slug` (category mapping)
            for k in v:
                walk(k, False)
            return
        names = str(v).split() if split else [str(v)]
        for name in names:
            name = " ".join(name.split())
            if name and name.isprintable() and name not in out:
                out.append(name)

    walk(value, split and isinstance(value, str))
    return out


def category_path(value: Any) -> list[str]:
    """The first category hierarchy (`:category`/`:categories` in a permalink)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value:
        first = value[0]
        if isinstance(first, list):
            return [str(x) for x in first]
        return [str(x) for x in value if not isinstance(x, (list, dict))]
    return []


def slug_from(raw: str, fallback: str) -> str:
    """raw as a blogbuild slug: kept when valid, else its usable characters, else fallback."""
    raw = raw.strip()
    if check_slug(raw) is None:
        return raw
    cleaned = _NOT_SLUG.sub("-", raw).strip("-.~")
    return cleaned if cleaned and check_slug(cleaned) is None else fallback


def unique_slugs(entries: list) -> None:
    """Two entries of one kind with one slug (same file name in two folders, the same `slug:`)
    would be one file and one URL: the later ones get -2, -3… (their old URLs stay as aliases)."""
    taken: set[tuple[str, str]] = set()
    for entry in entries:
        slug, n = entry.slug, 2
        while (entry.kind, slug) in taken:
            slug, n = f"{entry.slug}-{n}", n + 1
        entry.slug = slug
        taken.add((entry.kind, slug))


def alias(path: str) -> str | None:
    """An old URL path as blogbuild's `aliases` accept it (characters a URL cannot hold encoded)."""
    if not path:
        return None
    path = "/" + path.lstrip("/")
    path = re.sub(r"/+", "/", path)
    path = _NOT_IN_ALIAS.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), path)
    if any(part in (".", "..") for part in path.split("/")):
        return None
    return path


def permalink_path(pattern: str, values: dict[str, str]) -> str | None:
    """Fill a Hexo/Jekyll permalink pattern (`:year/:month/:title/`); None if it uses a variable we
    do not know (`:id`, `:hash`)."""
    unknown = False

    def fill(m: re.Match) -> str:
        nonlocal unknown
        name = m.group(1)
        if name not in values:
            unknown = True
            return ""
        return values[name]

    path = re.sub(r":([a-z_]+)", fill, pattern)
    return None if unknown else path


def blogbuild_permalink(pattern: str, names: dict[str, str]) -> str | None:
    """The old permalink pattern in blogbuild's form (`/{year}/{month}/{slug}/`), when blogbuild has
    every part of it; else None (the old URLs are kept as aliases either way)."""
    if not pattern:
        return None
    out = re.sub(r":([a-z_]+)", lambda m: "{" + names.get(m.group(1), "?") + "}", pattern)
    if "{?}" in out or "{slug}" not in out or "." in out.rsplit("/", 1)[-1]:
        return None
    out = "/" + out.lstrip("/")
    return usable_permalink(out if out.endswith("/") else out + "/")
