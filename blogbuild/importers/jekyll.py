"""`blogbuild import jekyll SITE`: a Jekyll site folder — posts in _posts (and <category>/_posts) named
YYYY-MM-DD-title.md, drafts in _drafts, pages = top-level Markdown files with a `permalink` or
`layout: page` — with its formulas read the way kramdown and the site's MathJax read them.

kramdown (Jekyll's default) finds `$$…$$` itself, before Markdown, with math_engine mathjax; whether
a single `$` was math depends on the MathJax configuration in the site's layouts, which is looked up
in _includes/ and _layouts/.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import replace
from pathlib import Path

from blogbuild.errors import BlogbuildError, ImportSourceError
from blogbuild.importers.dialects import KRAMDOWN, KRAMDOWN_DOLLARS, Dialect, to_blogbuild
from blogbuild.importers.file_dates import file_date
from blogbuild.importers.frontmatter import (
    Reader,
    alias,
    blogbuild_permalink,
    code_tags,
    open_site,
    permalink_path,
    slug_from,
    terms,
    timezone,
    unique_slugs,
)
from blogbuild.importers.hexo import MARKDOWN_SUFFIXES
from blogbuild.importers.kramdown_attrs import without_attribute_lists
from blogbuild.importers.liquid_links import PostLinks, liquid_links
from blogbuild.importers.records import ImportedEntry, ImportedSite
from blogbuild.importers.uploads import rewrite_generator_links
from blogbuild.importers.values import usable_date
from blogbuild.site.config import Config, load_config
from blogbuild.site.urls import entry_path, numbered
from blogbuild.tex.dialect import KRAMDOWN_ESCAPES

STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}
"""Jekyll's named permalink styles."""
PERMALINK_NAMES = {"year": "year", "month": "month", "day": "day", "title": "slug"}
_POST_NAME = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})-(.+)$")
_DOLLAR_CONFIG = re.compile(r"""(?:inlineMath|delimiters)[\s\S]{0,200}?['"]\$['"]""")
"""A MathJax (inlineMath: [['$','$']…]) or KaTeX auto-render ({left: '$'…}) setup taking `$` as inline math."""


def read(source: Path, *, display: str | None = None, site: Path | None = None,
         uploads: Path | None = None, dialect: str | None = None) -> ImportedSite:
    """dialect: a DIALECTS name overriding what _config.yml and the layouts show."""
    if dialect is not None and dialect not in DIALECTS:
        raise ImportSourceError(f"unknown dialect {dialect!r} for jekyll (one of {', '.join(DIALECTS)})",
                                "--dialect")
    reader = open_site(source, display, "Jekyll", "_posts")
    root = reader.root
    config = reader.config()
    math, why = (DIALECTS[dialect], "--dialect") if dialect else dialect_and_reason(config, root)
    tz = timezone(config.get("timezone")) or dt.timezone.utc
    imported = ImportedSite(settings=_settings(config), notes=[f"math: read as {math.name} ({why})"])
    pattern = str(config.get("permalink") or "date")
    pattern = STYLES.get(pattern, pattern)
    base = "/" + str(config.get("baseurl") or "").strip("/")
    separator = config.get("excerpt_separator")
    body = _Bodies(math, separator, base)
    for folder in sorted(p for p in root.rglob("_posts") if p.is_dir() and not _ignored(p, root)):
        folder_categories = [part for part in folder.relative_to(root).parts[:-1]]
        for path in _files(folder):
            m = _POST_NAME.match(path.stem)
            if m is None:
                imported.skipped["post file name without a date (Jekyll skips it)"] += 1
                continue
            imported.entries.append(_post(reader, path, m, False, folder_categories, body, tz, pattern, base))
    for path in _files(root / "_drafts"):
        imported.entries.append(_post(reader, path, _POST_NAME.match(path.stem), True, [], body, tz, pattern, base))
    for path in sorted(root.iterdir()):
        if path.is_file() and path.suffix.lower() in MARKDOWN_SUFFIXES:
            page = _page(reader, path, body, tz, base)
            if page is not None:
                imported.entries.append(page)
    unique_slugs(imported.entries)
    body.finish(imported, _permalink(site))
    if uploads is not None:  # assets/a.png was /assets/a.png (under baseurl)
        rewrite_generator_links(imported, uploads, root, imported.settings.get("url") or base.rstrip("/") + "/")
    return imported


DIALECTS: dict[str, Dialect] = {
    "kramdown": KRAMDOWN_DOLLARS,
    "kramdown-nodollar": KRAMDOWN,
    "commonmark": Dialect(markdown_escaped=True, name="jekyll commonmark"),
    "commonmark-nodollar": Dialect(markdown_escaped=True, inline_dollars=False, name="jekyll commonmark"),
}
"""`blogbuild import jekyll --dialect NAME`: the engine that rendered the old site (-nodollar: its
MathJax did not take `$…$` as inline math)."""
_MARKDOWN_ESCAPES = "\\`*_{}[]()#+-.!"
"""kramdown's `input: Markdown` parser: Gruber's escapes, and no math of its own."""


def choose_dialect(config: dict, root: Path) -> Dialect:
    return dialect_and_reason(config, root)[0]


def dialect_and_reason(config: dict, root: Path) -> tuple[Dialect, str]:
    """Jekyll's own rules: `markdown:` names the engine (kramdown by default); kramdown's
    `input:` (GFM by default since Jekyll 3) and `math_engine:` decide whether kramdown found
    `$$…$$` itself; the MathJax setup in _includes/ and _layouts/ decides whether `$…$` was math."""
    markdown = str(config.get("markdown") or "kramdown").lower()
    kramdown = config.get("kramdown") if isinstance(config.get("kramdown"), dict) else {}
    dollars = _dollars_configured(root)
    mathjax = "MathJax with $…$ in _includes/_layouts" if dollars else "MathJax without $…$"
    if markdown != "kramdown":
        # CommonMark/GFM: MathJax found every formula itself
        return Dialect(markdown_escaped=True, inline_dollars=dollars, name=f"jekyll {markdown}"), \
            f"_config.yml markdown: {config.get('markdown')}, {mathjax}"
    parser = str(kramdown.get("input") or "GFM")
    if parser.lower() == "markdown":
        plain = Dialect(markdown_escaped=True, escapes=_MARKDOWN_ESCAPES, inline_dollars=dollars,
                        name="kramdown input: Markdown")
        return plain, f"_config.yml kramdown: input: {parser} (no math parsing), {mathjax}"
    if kramdown.get("math_engine", "mathjax") in (None, False, "null", "nil"):
        # kramdown told to leave math alone: MathJax found every formula itself
        return Dialect(markdown_escaped=True, inline_dollars=dollars, name="jekyll kramdown"), \
            f"_config.yml kramdown: math_engine: null, {mathjax}"
    dialect = KRAMDOWN_DOLLARS if dollars else KRAMDOWN
    if parser.lower() != "gfm":  # kramdown's own parser: `\~` is no escape there
        dialect = replace(dialect, escapes=KRAMDOWN_ESCAPES)
    return dialect, f"kramdown (input: {parser}) found $$…$$, {mathjax}"


def _dollars_configured(root: Path) -> bool:
    for folder in ("_includes", "_layouts"):
        base = root / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if path.is_file() and path.suffix.lower() in (".html", ".htm", ".js", ".liquid") \
                    and path.resolve().is_relative_to(root.resolve()):  # a link out of the site is not read
                try:
                    if _DOLLAR_CONFIG.search(path.read_text(encoding="utf-8", errors="replace")):
                        return True
                except OSError:
                    continue
    return False


def _ignored(path: Path, root: Path) -> bool:
    return any(part.startswith((".", "_site")) or part in ("node_modules", "vendor")
               for part in path.relative_to(root).parts[:-1])


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in MARKDOWN_SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def _settings(config: dict) -> dict[str, object]:
    settings: dict[str, object] = {}
    for key in ("title", "description"):
        if isinstance(config.get(key), str) and config[key].strip():
            settings[key] = config[key].strip()
    author = config.get("author")
    if isinstance(author, dict):
        author = author.get("name")
    if isinstance(author, str) and author.strip():
        settings["author"] = author.strip()
    url = config.get("url")
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        settings["url"] = url.rstrip("/") + "/" + (str(config.get("baseurl") or "").strip("/") + "/").lstrip("/")
    if timezone(config.get("timezone")):
        settings["timezone"] = config["timezone"].strip()
    pattern = str(config.get("permalink") or "date")
    permalink = blogbuild_permalink(STYLES.get(pattern, pattern).replace("/:categories", ""), PERMALINK_NAMES)
    if permalink:
        settings["permalink"] = permalink
    return settings


_EXAMPLE = "2014-03-02 10:00:00 +0800"


_RAW_TAG = re.compile(r"\{%-?\s*(?:end)?raw\s*-?%\}")


class _Bodies:
    """Each post's and page's body made blogbuild's, and what that found across the import."""

    def __init__(self, dialect: Dialect, separator: object, base: str = "") -> None:
        self.dialect, self.separator, self.base = dialect, separator, base
        self.links = PostLinks()
        self.attribute_lists = 0

    def __call__(self, body: str) -> str:
        body, dropped = body_to_blogbuild(body, self.dialect, self.separator, self.links, self.base)
        self.attribute_lists += dropped
        return body

    def finish(self, imported: ImportedSite, permalink: str) -> None:
        """Each `{% post_url %}` written as its post's new address (under the site's permalink), now
        that every post is read; what the import left out, in its summary."""
        posts = {Path(e.record).stem: e for e in imported.entries if e.kind == "post" and not e.draft}
        missing: list[str] = []

        def address(name: str) -> str | None:
            entry = posts.get(name)
            if entry is None:
                return None
            if numbered(permalink):  # no post of Jekyll's has a number: its old address (an alias)
                return entry.aliases[0] if entry.aliases else None
            return entry_path(permalink, entry.slug, entry.date, False)

        for entry in imported.entries:
            entry.body, gone = self.links.resolve(entry.body, address)
            missing += gone
        if missing:
            names = ", ".join(sorted(set(missing)))
            imported.notes.append(f"post links left as written (no post of that name): {names}")
        if self.attribute_lists:
            imported.notes.append(f"kramdown attribute lists and extensions ({{: …}}) left out: {self.attribute_lists}")


def _permalink(site: Path | None) -> str:
    """The blogbuild site's permalink, which imported post links are written with."""
    if site is not None:
        try:
            return load_config(site).permalink
        except BlogbuildError:
            pass
    return Config.permalink  # the default


def body_to_blogbuild(body: str, dialect: Dialect, separator: object,
                      links: PostLinks | None = None, base: str = "") -> tuple[str, int]:
    """Liquid first, as Jekyll ran it: `{% highlight %}` blocks are code, addresses written out
    (liquid_links.py), `{% raw %}` marks go (kramdown read their text anyway); kramdown's attribute
    lists left out (kramdown_attrs.py); a custom excerpt separator becomes `<!--more-->`. Returns the
    body and how many attribute lists went."""
    if "{%" in body or "{{" in body:
        body = liquid_links(code_tags(body), links or PostLinks(), base)
        body = _RAW_TAG.sub("", body)
    dropped = 0
    if dialect.kramdown:
        body, dropped = without_attribute_lists(body)
    return to_blogbuild(_excerpt(body, separator), dialect), dropped


def _excerpt(body: str, separator: object) -> str:
    """A custom excerpt_separator becomes blogbuild's `<!--more-->` (the default, a blank line,
    is blogbuild's default too)."""
    if not isinstance(separator, str) or not separator.strip() or separator.strip() == "<!--more-->":
        return body
    at = body.find(separator)
    if at == -1:
        return body
    own_line = body[:at].endswith("\n") or at == 0
    own_line = own_line and body[at + len(separator):].startswith(("\n", "\r")) or at + len(separator) == len(body)
    more = "<!--more-->" if own_line else "\n\n<!--more-->\n\n"
    return body[:at] + more + body[at + len(separator):]


def _post(reader: Reader, path: Path, name: re.Match | None, draft: bool, folder_categories: list[str],
          body_of: _Bodies, tz: dt.tzinfo, pattern: str, base: str) -> ImportedEntry:
    raw = reader.read_text(path)
    meta, body = reader.front_matter(path, raw)
    rel = path.relative_to(reader.root).as_posix()
    title_part = name.group(4) if name else path.stem
    date = reader.date(path, meta, "date", raw, tz, _EXAMPLE)
    if date is None and name is not None:
        try:
            date = dt.datetime(int(name.group(1)), int(name.group(2)), int(name.group(3)), tzinfo=tz)
            if not usable_date(date):
                raise ValueError
        except ValueError:
            raise reader.error(path, f"the file name's date {name.group(1)}-{name.group(2)}-{name.group(3)} "
                                     "is not a real date") from None
    if date is None:  # a draft without a date: Jekyll shows it with the file's time (file_dates.py)
        date = file_date(path, tz)
    categories = folder_categories + [c for c in terms(meta.get("categories", meta.get("category")), split=True)
                                      if c not in folder_categories]
    raw_slug = str(meta.get("slug") or title_part)
    slug = slug_from(raw_slug, "post-" + hashlib.sha1(rel.encode()).hexdigest()[:8])
    title = meta.get("title")
    entry = ImportedEntry(
        kind="post", record=rel, slug=slug,
        title=str(title) if title is not None else " ".join(w.capitalize() for w in title_part.split("-")),
        date=date, body=body_of(body),
        author=str(meta["author"]) if isinstance(meta.get("author"), str) else None,
        updated=(reader.date(path, meta, "last_modified_at", raw, tz, _EXAMPLE)
                 or reader.date(path, meta, "updated", raw, tz, _EXAMPLE)),
        tags=terms(meta.get("tags", meta.get("tag")), split=True), categories=categories,
        draft=draft or meta.get("published") is False,
        summary=meta["excerpt"] if isinstance(meta.get("excerpt"), str) and meta["excerpt"].strip() else None,
    )
    if not entry.draft:
        values = {
            "year": f"{date:%Y}", "month": f"{date:%m}", "day": f"{date:%d}", "i_month": str(date.month),
            "i_day": str(date.day), "short_year": f"{date:%y}", "hour": f"{date:%H}", "minute": f"{date:%M}",
            "second": f"{date:%S}", "title": title_part,
            "slug": re.sub(r"[^\w]+", "-", raw_slug.lower()).strip("-"),
            "categories": "/".join(dict.fromkeys(c.lower() for c in categories)),
            "output_ext": ".html", "y_day": f"{date.timetuple().tm_yday:03d}",
            "week": f"{date.isocalendar()[1]:02d}", "short_day": f"{date:%a}",
        }
        own = meta.get("permalink")
        old = str(own) if isinstance(own, str) else permalink_path(pattern, values)
        if old is not None:
            url = alias(base + "/" + old.lstrip("/"))
            if url:
                entry.aliases.append(url)
    return entry


def _page(reader: Reader, path: Path, body_of: _Bodies, tz: dt.tzinfo, base: str) -> ImportedEntry | None:
    raw = reader.read_text(path)
    if not raw.startswith("---"):
        return None  # no front matter: Jekyll copies the file as it is (README.md)
    meta, body = reader.front_matter(path, raw)
    permalink = meta.get("permalink") if isinstance(meta.get("permalink"), str) else None
    if permalink is None and meta.get("layout") != "page":
        return None
    if path.stem in ("index", "404"):
        return None
    date = reader.date(path, meta, "date", raw, tz, _EXAMPLE) or file_date(path, tz)
    last = permalink.strip("/").rsplit("/", 1)[-1] if permalink and permalink.strip("/") else path.stem
    last = re.sub(r"\.html?$", "", last)
    entry = ImportedEntry(
        kind="page", record=path.relative_to(reader.root).as_posix(),
        slug=slug_from(last, slug_from(path.stem, "page-" + hashlib.sha1(path.name.encode()).hexdigest()[:8])),
        title=str(meta.get("title") if meta.get("title") is not None else path.stem),
        date=date, body=body_of(body),
    )
    url = alias(base + "/" + (permalink.lstrip("/") if permalink else path.stem + ".html"))
    if url:
        entry.aliases.append(url)
    return entry
