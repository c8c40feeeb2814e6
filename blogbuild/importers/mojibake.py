"""Text stored double-encoded in old MySQL dumps: UTF-8 bytes read as latin-1/cp1252 and written
back as UTF-8 ("ä¸­æ–‡" for "中文"). The old site undid it when it read the rows back through the same
wrong connection charset, so its readers saw the right text; the dump does not.

ftfy's encoding fix decides, on its own evidence, whether a string is such mojibake; only that fix is
applied (no quote, ligature or width changes), so text that was right stays byte for byte.
"""

from __future__ import annotations

import re

import ftfy

from blogbuild.importers.records import ImportedSite

_SUSPECT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                      "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
"""A UTF-8 lead byte's latin-1/cp1252 character followed by a continuation byte's: what every piece of
this mojibake has. Strings without one are not handed to ftfy (30,000 comments stay fast)."""
REASON = "double-encoded text repaired (UTF-8 read as latin-1)"


def repaired(text: str) -> str:
    """text, with UTF-8 mojibake undone; text that is not mojibake, unchanged."""
    if not text or not _SUSPECT.search(text):
        return text
    return _fixed(text)


def _fixed(text: str) -> str:
    """ftfy's encoding fix, taken only when it read the text as UTF-8 bytes: a lone C1 control after
    an accent (`à\x80`) is not UTF-8 mojibake, and is left as it was."""
    explained = ftfy.fix_encoding_and_explain(text)
    return explained.text if ("decode", "utf-8") in (explained.explanation or []) else text


def repair_site(site: ImportedSite) -> None:
    """Every imported text field, repaired in place; site.changed counts the records touched."""
    count = 0
    for entry in site.entries:
        before = (entry.title, entry.body, entry.summary, entry.author, list(entry.tags), list(entry.categories))
        entry.title, entry.body = repaired(entry.title), repaired(entry.body)
        entry.summary = repaired(entry.summary) if entry.summary else entry.summary
        entry.author = repaired(entry.author) if entry.author else entry.author
        entry.tags = [repaired(t) for t in entry.tags]
        entry.categories = [repaired(c) for c in entry.categories]
        count += before != (entry.title, entry.body, entry.summary, entry.author, entry.tags, entry.categories)
        count += _repair_comments(entry.comments)
    for comments in site.comments.values():
        count += _repair_comments(comments)
    for key in ("title", "description", "author"):
        if isinstance(site.settings.get(key), str):
            site.settings[key] = repaired(site.settings[key])
    if count:
        site.changed[REASON] += count


def _repair_comments(comments: list) -> int:
    count = 0
    for c in comments:
        author, body = repaired(c.author), repaired(c.body)
        count += (author, body) != (c.author, c.body)
        c.author, c.body = author, body
    return count


def repair_rows(tables: dict[str, list[dict]], *, skip: tuple[str, ...] = ("options",)) -> int:
    """Every string in every row, repaired before the reader looks at it (it may normalise spaces:
    the no-break space inside "å¼\u00a0" is what tells 张 apart). Returns how many rows changed.
    skip: tables whose values are PHP-serialised (byte lengths inside), repaired after reading."""
    count = 0
    for name, rows in tables.items():
        if name in skip:
            continue
        for row in rows:
            changed = False
            for key, value in row.items():
                if isinstance(value, str) and _SUSPECT.search(value):
                    fixed = _fixed(value)
                    if fixed != value:
                        row[key], changed = fixed, True
            count += changed
    return count
