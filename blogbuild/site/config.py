"""blog.yaml: a typed, frozen Config. Unknown keys and wrong types are errors naming the key."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from blogbuild.errors import ConfigError, ManyErrors, show
from blogbuild.site.folders import CONFIG_NAME
from blogbuild.site.i18n import LABELS
from blogbuild.site.textio import read_text
from blogbuild.site.yamlio import parse_yaml

__all__ = ["CONFIG_NAME", "Config", "load_config"]
MATH_MODES = ("client", "server")


@dataclass(frozen=True)
class MathJaxConfig:
    src: str | None = None
    """URL of MathJax's tex-chtml.js, e.g. a CDN. Default: blogbuild's own copy, served from
    <output>/mathjax/ (no CDN needed). Ignored when copy_from is set."""
    copy_from: str | None = None
    """A local MathJax `es5/` folder (e.g. node_modules/mathjax/es5), copied to <output>/mathjax/."""
    macros: dict = field(default_factory=dict)
    """TeX macros, as in MathJax's tex.macros: {name: "definition"} or {name: ["def", nargs]}."""


@dataclass(frozen=True)
class MathConfig:
    render: str = "client"
    """client: pages load MathJax and typeset in the browser; server: formulas are typeset at build
    time by MathJax in Node (`pip install 'blogbuild[server-math]'`), pages need no script."""
    ex_factor: float = 0.5432
    """The theme font's x-height in em. The browser's MathJax measures it to scale math to the
    text; at build time it is given here (see docs/server-math.md for measuring another theme)."""


@dataclass(frozen=True)
class FeedConfig:
    entries: int = 20
    """How many of the newest posts the Atom feed carries (full content)."""
    mathml: bool = True
    """Feed readers run no JavaScript: convert math to MathML (TeX kept as an annotation)."""


COMMENT_PROVIDERS = ("isso",)
"""Comment servers blogbuild can pull from and push to (blogbuild/discussion/: one module each)."""


@dataclass(frozen=True)
class CommentsConfig:
    provider: str = "isso"
    """The comment server's software: isso."""
    url: str = ""
    """Where readers' browsers reach the comment server: https://comments.example.org/"""


@dataclass(frozen=True)
class Config:
    title: str
    """The blog's name, shown in the header and the feed."""
    url: str
    """Public address, may include a subpath: https://me.github.io/blog/"""
    author: str = ""
    """Default author of posts that don't name one."""
    description: str = ""
    language: str = "zh"
    """Label set for the theme: zh or en."""
    posts_per_page: int = 10
    permalink: str = "/archives/{slug}/"
    """Post URL pattern: {slug}, {year}, {month}, {day}. Ends with / for pretty URLs."""
    output: str = "public"
    """Output folder, relative to the site root."""
    timezone: str = "UTC"
    """For dates written without an offset: an IANA name (Asia/Shanghai) or an offset (+08:00)."""
    date_format: str = "%Y-%m-%d"
    recent_comments: int = 10
    """How many comments the sidebar box shows; the recent-comments page shows 5x as many."""
    search: bool = True
    """false: no search index and no search box (the search page points to the archive)."""
    mathjax: MathJaxConfig = field(default_factory=MathJaxConfig)
    math: MathConfig = field(default_factory=MathConfig)
    feed: FeedConfig = field(default_factory=FeedConfig)
    comments: CommentsConfig | None = None
    """A live comment server (`{provider: isso, url: ...}`); None: the static comments only."""

    @property
    def base_path(self) -> str:
        """The URL's path, always with leading and trailing slash: '/' or '/blog/'."""
        return urlsplit(self.url).path or "/"

    @property
    def tzinfo(self) -> dt.tzinfo:
        return parse_timezone(self.timezone)

    @property
    def labels(self) -> dict[str, str]:
        return LABELS[self.language]


_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "str | None": (str, type(None)),
    "int": (int,),
    "bool": (bool,),
    "float": (float, int),
    "dict": (dict,),
}
_NESTED = {"mathjax": MathJaxConfig, "math": MathConfig, "feed": FeedConfig, "comments": CommentsConfig}
_TYPE_NAMES = {str: "a string", int: "an integer", bool: "true or false", dict: "a mapping", float: "a number"}


def parse_timezone(value: str) -> dt.tzinfo:
    m = re.fullmatch(r"([+-])(\d\d):?(\d\d)", value)
    if m:
        sign = 1 if m.group(1) == "+" else -1
        return dt.timezone(sign * dt.timedelta(hours=int(m.group(2)), minutes=int(m.group(3))))
    if value.upper() == "UTC":
        return dt.timezone.utc
    return ZoneInfo(value)


def _check_fields(cls: type, data: dict, prefix: str, path: Path, lines: dict, errors: list) -> dict:
    known = {f.name: f for f in fields(cls)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        line = lines.get(dotted)
        if key not in known:
            import difflib  # (here: only a mistaken blog.yaml needs it)

            close = difflib.get_close_matches(str(key), known, n=1)
            hint = f"did you mean '{prefix}{close[0]}'?" if close else None
            errors.append(ConfigError(f"unknown key '{dotted}'", path, line, hint=hint))
            continue
        if key in _NESTED:
            if not isinstance(value, dict):
                errors.append(ConfigError(f"'{dotted}' must be a mapping", path, line))
                continue
            values[key] = _NESTED[key](**_check_fields(_NESTED[key], value, dotted + ".", path, lines, errors))
            continue
        wanted = _TYPES[str(known[key].type)]
        ok = isinstance(value, wanted) and not (isinstance(value, bool) and bool not in wanted)
        if not ok:
            name = _TYPE_NAMES[wanted[0]]
            errors.append(ConfigError(f"'{dotted}' must be {name}, got {show(value)}", path, line))
            continue
        values[key] = value
    return values


def _key_lines(node: yaml.Node, prefix: str = "") -> dict[str, int]:
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = f"{prefix}{key.value}"
            lines[name] = key.start_mark.line + 1
            lines.update(_key_lines(value, name + "."))
    return lines


def load_yaml_file(path: Path, display: str) -> tuple[Any, yaml.Node | None]:

    return parse_yaml(read_text(path, display), display, ConfigError)


def missing_config(root: Path) -> ConfigError:
    """The one error for a folder without blog.yaml, whichever command meets it."""
    return ConfigError(f"{CONFIG_NAME}: not found in {os.path.abspath(root)}",
                       hint="is this the blog's folder? run in it or pass --source DIR; "
                            "`blogbuild init DIR` starts a new blog")


def load_config(root: Path, *, base_url: str | None = None, output: str | None = None,
                math: str | None = None) -> Config:
    """blog.yaml, with the command line's --base-url, --output and --math over it."""
    path = root / CONFIG_NAME
    display = CONFIG_NAME
    if not path.is_file():
        raise missing_config(root)
    data, node = load_yaml_file(path, display)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError("must be a mapping of keys to values", display, 1)
    lines = _key_lines(node) if node is not None else {}
    errors: list[ConfigError] = []
    values = _check_fields(Config, data, "", path=Path(display), lines=lines, errors=errors)
    if base_url is not None:
        values["url"] = base_url
    if output is not None:
        values["output"] = output
    if math is not None:
        values["math"] = replace(values.get("math", MathConfig()), render=math)
    for required in ("title", "url"):
        if required not in values and not any(f"'{required}'" in e.message for e in errors):
            errors.append(ConfigError(f"missing required key '{required}'", display))
    if "url" in values:
        url = values["url"]
        if not _is_http_url(url):
            errors.append(ConfigError(f"'url' must be an http(s) URL like https://example.org/blog/, got {show(url)}",
                                      display, lines.get("url")))
        elif not url.endswith("/"):
            values["url"] = url + "/"
    _check_values(values, display, lines, errors)
    if errors:
        raise errors[0] if len(errors) == 1 else ManyErrors(errors)
    return Config(**values)


def _is_http_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not parts.query and not parts.fragment \
        and not any(ch.isspace() or not ch.isprintable() for ch in url)


def _check_comments(values: dict, display: str, lines: dict, errors: list) -> None:
    comments = values.get("comments")
    if comments is None:
        return
    if comments.provider not in COMMENT_PROVIDERS:
        errors.append(ConfigError(f"'comments.provider' must be one of {', '.join(COMMENT_PROVIDERS)}, "
                                  f"got {show(comments.provider)}", display, lines.get("comments.provider")))
    if not comments.url:
        errors.append(ConfigError("'comments.url' is missing", display, lines.get("comments"),
                                  hint="the comment server's address, like https://comments.example.org/"))
    elif not _is_http_url(comments.url):
        errors.append(ConfigError(f"'comments.url' must be an http(s) URL like https://comments.example.org/, "
                                  f"got {show(comments.url)}", display, lines.get("comments.url")))
    elif not comments.url.endswith("/"):
        values["comments"] = CommentsConfig(comments.provider, comments.url + "/")


def _check_values(values: dict, display: str, lines: dict, errors: list) -> None:
    def bad(key: str, message: str) -> None:
        errors.append(ConfigError(f"'{key}' {message}", display, lines.get(key)))

    if values.get("language", "zh") not in LABELS:
        bad("language", f"must be one of {', '.join(sorted(LABELS))}, got {show(values['language'])}")
    for key in ("posts_per_page", "recent_comments"):
        if key in values and values[key] < 1:
            bad(key, f"must be at least 1, got {values[key]}")
    permalink = values.get("permalink", "/archives/{slug}/")
    if not permalink.startswith("/") or not ("{slug}" in permalink or "{id}" in permalink) or ".." in permalink:
        bad("permalink", f"must start with / and contain {{slug}} or {{id}}, got {show(permalink)}")
    else:
        try:
            permalink.format(slug="s", id=1, year="2000", month="01", day="01")
        except (KeyError, IndexError, ValueError) as e:
            bad("permalink", f"has an unknown placeholder {e} (use {{slug}}, {{id}}, {{year}}, {{month}}, {{day}})")
    if "timezone" in values:
        try:
            parse_timezone(values["timezone"])
        except (ZoneInfoNotFoundError, ValueError):
            bad("timezone", f"must be an IANA name like Asia/Shanghai or an offset like +08:00, "
                            f"got {show(values['timezone'])}")
    if not str(values.get("output", "public")).strip():
        bad("output", "must not be empty")
    math = values.get("math")
    if math is not None and math.render not in MATH_MODES:
        bad("math.render", f"must be one of {', '.join(MATH_MODES)}, got {show(math.render)}")
    if math is not None and not 0.2 <= math.ex_factor <= 1:
        bad("math.ex_factor", f"must be between 0.2 and 1, got {show(math.ex_factor)}")
    feed = values.get("feed")
    if feed is not None and feed.entries < 1:
        bad("feed.entries", f"must be at least 1, got {feed.entries}")
    _check_comments(values, display, lines, errors)
