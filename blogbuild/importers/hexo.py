"""`blogbuild import hexo SITE`: a Hexo site folder — posts in source/_posts, drafts in source/_drafts,
pages in source/<name>/index.md — with its formulas read the way its renderer and MathJax read them.

Which renderer the site used (package.json) decides the math dialect: hexo-renderer-marked (Hexo's
default) ate a backslash inside formulas, kramed found `$$…$$` itself, markdown-it with a math plugin
and pandoc left them alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import replace
from pathlib import Path

from blogbuild.errors import ImportSourceError
from blogbuild.importers.dialects import (
    HEXO_KRAMED,
    HEXO_MARKED,
    HEXO_MARKED_OLD,
    HEXO_PROTECTED,
    Dialect,
    to_blogbuild,
)
from blogbuild.importers.dialects.markers import Placeholders
from blogbuild.importers.file_dates import file_date
from blogbuild.importers.frontmatter import (
    Reader,
    alias,
    blogbuild_permalink,
    category_path,
    code_tags,
    open_site,
    permalink_path,
    slug_from,
    terms,
    timezone,
    unique_slugs,
)
from blogbuild.importers.records import ImportedEntry, ImportedSite
from blogbuild.importers.uploads import rewrite_generator_links
from blogbuild.importers.values import load_json
from blogbuild.site.slugs import term_slug

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mkd", ".mkdn", ".mdwn", ".mdown", ".mdtxt", ".mdtext")
PERMALINK_NAMES = {"year": "year", "month": "month", "day": "day", "title": "slug"}
"""Hexo permalink variables blogbuild's permalink has (`:title` is the post's slug)."""
_PANDOC = Dialect(pairing="blogbuild", name="hexo-renderer-pandoc")
"""pandoc found the formulas with the same rules as blogbuild, and left their TeX alone."""
_MARKDOWN_IT_PLAIN = Dialect(markdown_escaped=True, name="hexo-renderer-markdown-it")
_MATH_PLUGIN = re.compile(r"katex|mathjax|texmath|math", re.IGNORECASE)
_DATE_PREFIX = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})-")
_RAW = re.compile(r"\{%-?\s*raw\s*-?%\}(.*?)\{%-?\s*endraw\s*-?%\}", re.DOTALL)
_MATH_TAG = re.compile(r"\{%-?\s*(math|mathjax|katex|latex)\b[^%]*-?%\}(.*?)\{%-?\s*end\1\s*-?%\}", re.DOTALL)


def read(source: Path, *, display: str | None = None, site: Path | None = None,
         uploads: Path | None = None, dialect: str | None = None) -> ImportedSite:
    """dialect: a DIALECTS name overriding the renderer package.json shows."""
    if dialect is not None and dialect not in DIALECTS:
        raise ImportSourceError(f"unknown dialect {dialect!r} for hexo (one of {', '.join(DIALECTS)})", "--dialect")
    reader = open_site(source, display, "Hexo", "source/_posts")
    root = reader.root
    config = reader.config()
    math, why = (DIALECTS[dialect], "--dialect") if dialect else dialect_and_reason(config, _package(reader))
    tz = timezone(config.get("timezone")) or dt.timezone.utc
    imported = ImportedSite(settings=_settings(config), notes=[f"math: read as {math.name} ({why})"])
    permalink = str(config.get("permalink") or ":year/:month/:day/:title/")
    root_url = "/" + str(config.get("root") or "/").strip("/")
    for folder, draft in (("_posts", False), ("_drafts", True)):
        for path in _files(root / "source" / folder):
            imported.entries.append(_post(reader, path, root / "source" / folder, draft, math, tz,
                                          permalink, root_url, config))
    for path in sorted((root / "source").glob("**/index.*")):
        rel = path.relative_to(root / "source")
        if (path.suffix.lower() in MARKDOWN_SUFFIXES and len(rel.parts) > 1
                and not any(part.startswith(("_", ".")) for part in rel.parts)):
            imported.entries.append(_page(reader, path, rel, math, tz, root_url))
    unique_slugs(imported.entries)
    if uploads is not None:  # source/images/a.png was /images/a.png (under root:)
        rewrite_generator_links(imported, uploads, root / "source", imported.settings.get("url") or root_url + "/")
    return imported


RENDERERS = {
    "hexo-renderer-marked": "marked",
    "hexo-renderer-kramed": "kramed",
    "hexo-renderer-markdown-it": "markdown-it",
    "hexo-renderer-markdown-it-plus": "markdown-it-plus",
    "@upupming/hexo-renderer-markdown-it-plus": "markdown-it-plus",
    "hexo-renderer-pandoc": "pandoc",
}
"""npm packages that register a renderer for `md`, → their `--dialect` name."""
DIALECTS: dict[str, Dialect] = {
    "marked": HEXO_MARKED,
    "marked-0": HEXO_MARKED_OLD,
    "kramed": HEXO_KRAMED,
    "markdown-it": _MARKDOWN_IT_PLAIN,
    "markdown-it-math": HEXO_PROTECTED,
    "pandoc": _PANDOC,
}
"""`blogbuild import hexo --dialect NAME`: the renderer that rendered the old site."""


def choose_dialect(config: dict, package: dict) -> Dialect:
    return dialect_and_reason(config, package)[0]


def dialect_and_reason(config: dict, package: dict) -> tuple[Dialect, str]:
    """The renderer that rendered the site, by Hexo's own rule: plugins load in the order of
    package.json's dependencies (then devDependencies), and the last one registered for `md` wins."""
    order = [*(package.get("dependencies") or {}), *(package.get("devDependencies") or {})]
    installed = [name for name in order if name in RENDERERS]
    if not installed:
        return HEXO_MARKED, "no Markdown renderer in package.json: Hexo's default, hexo-renderer-marked"
    package_name = installed[-1]
    why = f"{package_name} in package.json" + (
        f" (loaded after {', '.join(installed[:-1])}, so it rendered `md`)" if len(installed) > 1 else "")
    kind = RENDERERS[package_name]
    if kind == "markdown-it":
        plugins = _markdown_it_plugins(config)
        math = [p for p in plugins if _MATH_PLUGIN.search(p)]
        if math:
            return HEXO_PROTECTED, f"{why}, with {math[0]} in _config.yml's markdown: plugins"
        return _MARKDOWN_IT_PLAIN, f"{why}, no math plugin in _config.yml's markdown: plugins"
    if kind == "marked":
        deps = {**(package.get("dependencies") or {}), **(package.get("devDependencies") or {})}
        version = re.search(r"\d+", str(deps.get(package_name, "")))
        if version and int(version.group()) == 0:
            return HEXO_MARKED_OLD, f"{why}, version 0.x (marked 0.3)"  # `\\,` kept its backslash
        return HEXO_MARKED, why
    return {"kramed": HEXO_KRAMED, "markdown-it-plus": HEXO_PROTECTED, "pandoc": _PANDOC}[kind], why


def _markdown_it_plugins(config: dict) -> list[str]:
    markdown = config.get("markdown") if isinstance(config.get("markdown"), dict) else {}
    plugins = markdown.get("plugins") or []
    if not isinstance(plugins, list):
        return []
    return [p if isinstance(p, str) else str(p.get("name", "")) if isinstance(p, dict) else "" for p in plugins]


def body_to_blogbuild(body: str, dialect: Dialect) -> str:
    """A Hexo post body → blogbuild Markdown. Hexo's tags come first, as Hexo ran them: the text of
    `{% raw %}…{% endraw %}` never met the Markdown engine (authors wrapped formulas in it so marked
    would not eat their backslashes), and `{% mathjax %}…{% endmathjax %}` (hexo-math) is a formula."""
    if "{%" not in body:
        return to_blogbuild(body, dialect)
    body = code_tags(body)
    kept = Placeholders("HEXOKEPTPLACEHOLDER", body)
    keep = kept.add

    def math_tag(m: re.Match) -> str:
        tex = m.group(2).strip()
        line_start = body.rfind("\n", 0, m.start()) + 1
        line_end = body.find("\n", m.end())
        after = body[m.end():] if line_end == -1 else body[m.end():line_end]
        alone = not body[line_start:m.start()].strip() and not after.strip()
        pad = " " if (len(tex) - len(tex.rstrip("\\"))) % 2 else ""
        return keep(f"\\[{tex}{pad}\\]" if alone else f"\\({tex}{pad}\\)")

    raw_dialect = replace(dialect, markdown_escaped=False, kramdown=False)
    text = _MATH_TAG.sub(math_tag, body)
    text = _RAW.sub(lambda m: keep(to_blogbuild(m.group(1), raw_dialect)), text)
    text = to_blogbuild(text, dialect)
    return kept.restore(text)


def _package(reader: Reader) -> dict:
    path = reader.root / "package.json"
    if not path.is_file():
        return {}
    try:
        data = load_json(reader.read_text(path))
    except json.JSONDecodeError as e:
        raise reader.error(path, f"not valid JSON: {e.msg}", e.lineno) from None
    except ValueError as e:
        raise reader.error(path, f"not valid JSON: {e}") from None
    return data if isinstance(data, dict) else {}


def _settings(config: dict) -> dict[str, object]:
    settings: dict[str, object] = {}
    for key in ("title", "description", "author"):
        if isinstance(config.get(key), str) and config[key].strip():
            settings[key] = config[key].strip()
    url = config.get("url")
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        settings["url"] = url.rstrip("/") + "/"
    if timezone(config.get("timezone")):
        settings["timezone"] = config["timezone"].strip()
    permalink = blogbuild_permalink(str(config.get("permalink") or ":year/:month/:day/:title/"), PERMALINK_NAMES)
    if permalink:
        settings["permalink"] = permalink
    return settings


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in MARKDOWN_SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


_EXAMPLE = "2013/7/13 20:46:25"


def _post(reader: Reader, path: Path, folder: Path, draft: bool, dialect: Dialect, tz: dt.tzinfo,
          permalink: str, root_url: str, config: dict) -> ImportedEntry:
    raw = reader.read_text(path)
    meta, body = reader.front_matter(path, raw)
    rel = path.relative_to(reader.root).as_posix()
    name = path.relative_to(folder).with_suffix("").as_posix()  # Hexo's :title, sub-folders included
    stem = _DATE_PREFIX.sub("", path.stem)
    date = reader.date(path, meta, "date", raw, tz, _EXAMPLE) or file_date(path, tz)
    title = str(meta.get("title") if meta.get("title") is not None else stem)
    categories = terms(meta.get("categories", meta.get("category")))
    hexo_slug = str(meta.get("slug") or _DATE_PREFIX.sub("", name))
    slug = slug_from(hexo_slug.replace("/", "-"), slug_from(stem, f"post-{date:%Y%m%d%H%M%S}"))
    entry = ImportedEntry(
        kind="post", record=rel, slug=slug, title=title, date=date,
        body=body_to_blogbuild(body, dialect),
        author=str(meta["author"]) if isinstance(meta.get("author"), str) else None,
        updated=reader.date(path, meta, "updated", raw, tz, _EXAMPLE),
        tags=terms(meta.get("tags", meta.get("tag"))), categories=categories,
        draft=draft or meta.get("published") is False,
        summary=meta["excerpt"] if isinstance(meta.get("excerpt"), str) and meta["excerpt"].strip() else None,
    )
    if not entry.draft:
        category = "/".join(term_slug(c) for c in category_path(meta.get("categories", meta.get("category"))))
        values = {
            "year": f"{date:%Y}", "month": f"{date:%m}", "day": f"{date:%d}", "i_month": str(date.month),
            "i_day": str(date.day), "hour": f"{date:%H}", "minute": f"{date:%M}", "second": f"{date:%S}",
            "title": hexo_slug, "name": Path(hexo_slug).name, "post_title": title,
            "category": category or str(config.get("default_category") or "uncategorized"),
        }
        old = str(meta["permalink"]) if isinstance(meta.get("permalink"), str) else permalink_path(permalink, values)
        if old is not None:
            url = alias(root_url + "/" + old.lstrip("/"))
            if url:
                entry.aliases.append(url if "." in url.rsplit("/", 1)[-1] or url.endswith("/") else url + "/")
    return entry


def _page(reader: Reader, path: Path, rel: Path, dialect: Dialect, tz: dt.tzinfo, root_url: str) -> ImportedEntry:
    raw = reader.read_text(path)
    meta, body = reader.front_matter(path, raw)
    folder = rel.parent.as_posix()
    date = reader.date(path, meta, "date", raw, tz, _EXAMPLE) or file_date(path, tz)
    entry = ImportedEntry(
        kind="page", record=path.relative_to(reader.root).as_posix(),
        slug=slug_from(folder.replace("/", "-"), "page-" + hashlib.sha1(folder.encode()).hexdigest()[:8]),
        title=str(meta.get("title") if meta.get("title") is not None else rel.parent.name),
        date=date, body=body_to_blogbuild(body, dialect),
        updated=reader.date(path, meta, "updated", raw, tz, _EXAMPLE),
    )
    url = alias(root_url + "/" + folder + "/")
    if url:
        entry.aliases.append(url)
    return entry
