"""WordPress's links by id, `/?p=123` (posts) and `/?page_id=45` (pages), as aliases.

Old links on the web use them even where pretty permalinks were on. No file can stand at a query
string (a static host serves `/` whatever follows the `?`), so such an alias never becomes a
redirect page; only a redirect file that can match a query answers it (Netlify's `_redirects`).
Front matter is hostile input: only these two forms with a plain number pass, nothing else with a
`?` (a space or a second parameter would let one alias write other rules into `_redirects`)."""

from __future__ import annotations

import re

_QUERY_ALIAS = re.compile(r"/\?(p|page_id)=([1-9][0-9]{0,18})", re.ASCII)
"""ASCII digits only (str.isdigit takes '١٢٣'), no leading zero, at most 19 of them."""
FORMS = "/?p=42 or /?page_id=42"


def query_alias(alias: object) -> tuple[str, str] | None:
    """('p', '123') for '/?p=123', ('page_id', '45') for '/?page_id=45'; None for anything else."""
    found = _QUERY_ALIAS.fullmatch(alias) if isinstance(alias, str) else None
    return (found.group(1), found.group(2)) if found else None


def netlify_rule(home: str, alias: str, target: str) -> str:
    """Netlify's `_redirects` line for a query alias: `/ p=123 /archives/x/ 301!`. Forced (`!`): the
    home page is a file there, and Netlify serves a file rather than an unforced rule at its path.
    Cloudflare Pages reads the same file and ignores a line of four fields (no query matching)."""
    key, value = query_alias(alias) or ("", "")
    if not key:
        raise ValueError(f"not a query alias: {alias!r}")
    return f"{home} {key}={value} {target} 301!"
