"""Is a post written for another site's math rules? The evidence `blogbuild check` reports, and the
dialect `blogbuild import markdown` rewrites it from.

Two habits are unmistakable, because blogbuild never reads them the way their author meant:
- `$ x $` with spaces inside: math for MathJax's pairing (Typecho, WordPress, most Hexo themes),
  prose for pandoc's rules and blogbuild's;
- `\\_`, `\\*`, `\\\\{` inside formulas: written for a Markdown engine that ate one backslash (Hexo's
  marked, kramdown outside `$$`); blogbuild passes them to MathJax, which shows `\\_` as an underscore
  and stops on `\\begin{align\\*}`. With `$$…$$` used mid-line too, the engine was kramdown.
Prices such as `$5 and $6` are not evidence: blogbuild's rules were made for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from blogbuild.tex.dialect import HEXO_MARKED, KRAMDOWN_DOLLARS, TYPECHO, Dialect
from blogbuild.tex.view import scan

_ESCAPED = re.compile(r"(?<!\\)(?:\\\\)*(\\[_*]|\\\\[{}])")
"""`\\_`, `\\*`, `\\\\\\{`, `\\\\\\}` after an even run of backslashes: a Markdown escape left in TeX."""


LABELS = {
    "mathjax": "MathJax's $-pairing",
    "marked": "Markdown that eats backslashes (Hexo's marked)",
    "kramdown": "kramdown",
}
"""How messages name each dialect detect() can tell."""


_PAIRS = re.compile(r"\\.|\$\$(?:[^$\\]|\\.)*?\$\$|\$((?:[^$\\]|\\.)*)\$", re.DOTALL)
"""`$` paired left to right as MathJax does (braces aside): a quick look before the scan decides."""


def _maybe_spaced(markdown: str) -> bool:
    return any(m.group(1) is not None and m.group(1)[:1].isspace() and m.group(1)[-1:].isspace()
               and m.group(1).strip() for m in _PAIRS.finditer(markdown))


@dataclass(frozen=True)
class Foreign:
    dialect: Dialect
    name: str
    """The `--dialect` name of `blogbuild import markdown`: mathjax, marked or kramdown."""
    evidence: str
    """For the message: "3 formulas such as '$ x $' are not math here"."""
    offset: int
    """Where the first piece of evidence starts in the text."""


def detect(markdown: str) -> Foreign | None:
    # the scans cost a parse each: only when the text has what they look for (most posts do not)
    spaced = [f for f in scan(markdown, TYPECHO).formulas
              if f.open == "$" and f.tex.strip() and f.tex[:1].isspace() and f.tex[-1:].isspace()
              and "\n\n" not in f.tex] if _maybe_spaced(markdown) else []
    # formulas as the old engine saw them: `$\left\\{ x \right.$` counts too, though its `\\{`
    # leaves a brace open for blogbuild, which then finds no formula there
    escaped = [markdown[f.start:f.end] for f in scan(markdown, HEXO_MARKED).formulas
               if _ESCAPED.search(markdown[f.start:f.end])] if _ESCAPED.search(markdown) else []
    if len(escaped) >= 2:
        first = markdown.find(escaped[0])
        example = _ESCAPED.search(escaped[0]).group(1)
        if re.search(r"[^\n$]\$\$[^$\n]+\$\$|\$\$[^$\n]+\$\$[^\n$]", markdown):
            return Foreign(KRAMDOWN_DOLLARS, "kramdown",
                           f"{len(escaped)} formulas keep Markdown escapes such as '{example}'", max(first, 0))
        dialect = HEXO_MARKED
        return Foreign(dialect, "marked",
                       f"{len(escaped)} formulas keep Markdown escapes such as '{example}'", max(first, 0))
    if spaced:
        example = markdown[spaced[0].start:spaced[0].end]
        if len(example) > 30:
            example = example[:27] + "..."
        many = f"{len(spaced)} formulas such as" if len(spaced) > 1 else "the formula"
        return Foreign(TYPECHO, "mathjax", f"{many} '{example}' {'are' if len(spaced) > 1 else 'is'} not math here",
                       spaced[0].start)
    return None
