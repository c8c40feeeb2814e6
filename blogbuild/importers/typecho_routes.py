"""Typecho's permalinks: the routingTable option's `post` and `page` patterns such as
`/archives/[cid:digital]/` or `/[year:digital:4]/[month:digital:2]/[slug].html`, made into the
old URL of each post (its alias) and, where blogbuild can say the same, into `permalink:`."""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

from blogbuild.importers.phpdata import PHPDataError, php_or_json
from blogbuild.importers.values import split_url, usable_permalink

# Typecho's install.php install_get_default_routers().
DEFAULT_POST = "/archives/[cid:digital]/"
DEFAULT_PAGE = "/[slug].html"
_TOKEN = re.compile(r"\[(\w+)(?::[^\]]*)?\]")
# Characters an alias may not hold (load.py's _to_aliases) or that a URL path writes escaped.
_ALIAS_SAFE = "/-._~!$&'()*+,;=:@%"


def patterns(routing_table: str | None) -> tuple[str, str]:
    """(post pattern, page pattern) from the option's value (JSON since Typecho 1.2, PHP's
    serialize() before); Typecho's defaults when there is none or it cannot be read."""
    post, page = DEFAULT_POST, DEFAULT_PAGE
    if routing_table:
        try:
            table = php_or_json(routing_table)
        except (PHPDataError, ValueError):
            table = None
        if isinstance(table, dict):
            for name, target in (("post", "post"), ("page", "page")):
                route = table.get(name)
                if isinstance(route, dict) and isinstance(route.get("url"), str) and route["url"].startswith("/"):
                    if target == "post":
                        post = route["url"]
                    else:
                        page = route["url"]
    return post, page


def expand(pattern: str, values: dict[str, str]) -> str | None:
    """The URL path for one post; None when the pattern needs a value we do not have."""
    missing = False

    def one(m: re.Match) -> str:
        nonlocal missing
        value = values.get(m.group(1))
        if value is None:
            missing = True
            return ""
        return value

    path = _TOKEN.sub(one, pattern)
    return None if missing else path


def alias(path: str, old_base: str) -> str | None:
    """An old URL path as an alias of the new site: the old site's subpath removed, characters an
    alias may not hold percent-escaped; None if it is not under the old site."""
    path = unquote(path)
    if old_base != "/":
        if not path.startswith(old_base):
            return None
        path = "/" + path[len(old_base):]
    if not servable(path):
        return None
    # Non-ASCII stays readable (/archives/关于.html): hosts decode the URL before finding the file.
    return "".join(ch if ord(ch) > 127 else quote(ch, safe=_ALIAS_SAFE) for ch in path)


def servable(path: str) -> bool:
    """A path a static host can serve from a file, as blogbuild accepts it in `aliases:`
    (load.py's _site_path): no space, quote, '?', '#', backslash, control character, '.' or '..'."""
    return path.startswith("/") and "//" not in path \
        and not any(ch.isspace() or ch in '"<>\\?#' or ord(ch) < 32 for ch in path) \
        and not any(part in (".", "..") for part in path.split("/"))


def base_path(site_url: str | None) -> str:
    path = split_url(site_url or "").path or "/"
    return path if path.endswith("/") else path + "/"


def to_permalink(pattern: str) -> str | None:
    """blogbuild's `permalink:` for a Typecho post pattern, when the two can mean the same URL.
    [cid] becomes {slug}: the importer keeps numeric slugs, and aliases cover the rest."""
    names = {"cid": "{slug}", "slug": "{slug}", "year": "{year}", "month": "{month}", "day": "{day}"}
    tokens = [m.group(1) for m in _TOKEN.finditer(pattern)]
    if any(t not in names for t in tokens) or tokens.count("cid") + tokens.count("slug") != 1:
        return None
    return usable_permalink(_TOKEN.sub(lambda m: names[m.group(1)], pattern))
