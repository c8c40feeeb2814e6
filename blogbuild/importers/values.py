"""Numbers and dates read from an old blog's export, checked before Python computes with them:
`int()` of 5,000 digits raises ValueError, `'²'.isdigit()` is True but `int('²')` fails, and a
date in year 9999 (or year 1) overflows when it is moved to another timezone."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from urllib.parse import SplitResult, urlsplit

from blogbuild.importers.naming import web_url

MAX_DIGITS = 19
"""A MySQL BIGINT, the widest id or Unix time an export holds."""
_WHOLE = re.compile(rf"[+-]?[0-9]{{1,{MAX_DIGITS}}}")
EARLIEST = dt.datetime(2, 1, 1, tzinfo=dt.timezone.utc)
LATEST = dt.datetime(9998, 12, 31, tzinfo=dt.timezone.utc)
"""A day away from datetime's limits: any timezone the site is built in can show the date."""
DATE_RANGE = "between the years 2 and 9998"


def whole(value: object) -> int | None:
    """value as a whole number (an int, an integral float, or ASCII digits with a sign) of at most
    MAX_DIGITS digits; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        value = int(value) if math.isfinite(value) and value.is_integer() else None
    if isinstance(value, int):
        return value if abs(value) < 10 ** MAX_DIGITS else None
    if isinstance(value, str) and _WHOLE.fullmatch(value.strip()):
        return int(value.strip())
    return None


def usable_date(date: dt.datetime) -> bool:
    """An aware datetime the build can convert to any timezone."""
    return EARLIEST <= date <= LATEST


_PERMALINK_VALUES = {"slug": "s", "year": "2000", "month": "01", "day": "01"}


def usable_permalink(pattern: str | None) -> str | None:
    """pattern when blog.yaml accepts it as `permalink:` (the checks of site/config.py), else None:
    an old site's `{0}`, `%s` or `..` in its URLs stays in its aliases, never in blog.yaml."""
    if not pattern or not pattern.startswith("/") or "{slug}" not in pattern or ".." in pattern:
        return None
    try:
        path = pattern.format(**_PERMALINK_VALUES)
    except (KeyError, IndexError, ValueError, AttributeError):
        return None
    if any(ch in "{}%" or ch.isspace() or ord(ch) < 32 for ch in path):
        return None
    return pattern


def load_json(text: str | bytes) -> object:
    """json.loads, with every way it can fail a ValueError (JSONDecodeError keeps its line): arrays
    nested thousands deep raise RecursionError in json.loads itself."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def split_url(text: str) -> SplitResult:
    """urlsplit, with a URL it cannot split (`http://[::1`, raising ValueError) read as no URL."""
    try:
        return urlsplit(text)
    except ValueError:
        return urlsplit("")



def commenter_url(value: object) -> str | None:
    """naming.web_url, for a URL urlsplit cannot read too (`http://[::1`: None, not ValueError)."""

    if isinstance(value, str):
        try:
            urlsplit(value.strip())
        except ValueError:
            return None
    return web_url(value)
