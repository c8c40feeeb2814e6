"""A page's description (`<meta name="description">`, `og:description`) as plain text.

Search engines and link previews show it as it is: no tags, no `\\(`, no `\\boldsymbol`. Inline
formulas become their readable bones (`\\exp(\\boldsymbol{A})` → `exp(A)`, `a_1,\\dots,a_n` →
`a1,…,an`); display formulas are left out.
"""

from __future__ import annotations

import html
import re

LIMIT = 160
"""Characters: what search result snippets show, about."""

_DISPLAY = re.compile(r'<(span|div) class="math display">.*?</\1>', re.S)
_INLINE = re.compile(r'<span class="math inline">(.*?)</span>', re.S)
_TAG = re.compile(r"<[^>]+>")
_CJK_SPACE = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])")
_COMMAND = re.compile(r"\\([A-Za-z]+)\s*|\\(.)")
_SYMBOLS = {
    "dots": "…", "ldots": "…", "cdots": "⋯", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠",
    "neq": "≠", "approx": "≈", "sim": "∼", "equiv": "≡", "in": "∈", "to": "→", "infty": "∞", "cdot": "·",
    "times": "×", "pm": "±", "sum": "Σ", "prod": "Π", "int": "∫", "partial": "∂", "nabla": "∇",
    "langle": "⟨", "rangle": "⟩", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε",
    "varepsilon": "ε", "theta": "θ", "lambda": "λ", "mu": "μ", "pi": "π", "sigma": "σ", "tau": "τ",
    "phi": "φ", "varphi": "φ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Sigma": "Σ", "Omega": "Ω",
    "quad": " ", "qquad": " ",
}
_NAMES = {"exp", "log", "ln", "det", "sin", "cos", "tan", "max", "min", "sup", "inf", "lim", "arctan",
          "Tr", "tr", "dim", "ker", "gcd", "Pr", "arg"}


def tex_text(tex: str) -> str:
    """The readable bones of a TeX formula: symbols as characters, operator names as words, every
    other command, brace, `_` and `^` dropped."""
    tex = tex.strip()
    if tex.startswith("\\(") and tex.endswith("\\)"):
        tex = tex[2:-2]

    def command(m: re.Match) -> str:
        name = m.group(1)
        if name is None:  # \, \; \{ ...
            return m.group(2) if m.group(2) in "{}|" else " " if m.group(2) in ",;: " else ""
        space = " " if m.group(0)[-1].isspace() else ""
        if name in _SYMBOLS:
            return _SYMBOLS[name] + space
        return name + space if name in _NAMES else space

    text = _COMMAND.sub(command, tex)
    text = re.sub(r"[{}_^$&~\\]", "", text)  # a lone backslash too (the formula ended with one)
    return " ".join(text.split())


def describe(rendered_html: str, limit: int = LIMIT) -> str:
    """Plain text of an excerpt's HTML, at most `limit` characters (cut at a space where the text
    has spaces, with '…')."""
    text = _DISPLAY.sub(" ", rendered_html)
    text = _INLINE.sub(lambda m: tex_text(html.unescape(m.group(1))), text)
    text = " ".join(html.unescape(_TAG.sub(" ", text)).split())
    text = _CJK_SPACE.sub("", text)  # where tags were, between Chinese characters
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space > limit * 2 // 3:
        cut = cut[:space]
    return cut.rstrip(" ,.;:，。；：") + "…"
