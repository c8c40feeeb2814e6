"""A formula as one line of plain text: `\\exp(\\boldsymbol{A})` → `exp(A)`, `\\frac{x^3}{3}` → `x³/3`.

For the places that cannot show typeset math: a page's meta and Open Graph descriptions, search
excerpts. The typeset output is no help there (MathJax's CHTML spells `exp ⁡ ( A )`, with U+2061 and
a space between glyphs), so the text comes from the TeX: symbols as their characters, operator names
as words, fractions and roots in a linear form with parentheses where they are needed, short sub- and
superscripts as Unicode's small digits and letters; every other command, brace and alignment mark
goes. It is for reading, not a round trip.

The input may be anybody's TeX (a comment's): any text gives a line, never an error, and nesting is
bounded (beyond MAX_DEPTH groups are read flat).
"""

from __future__ import annotations

import re
from functools import lru_cache

MAX_DEPTH = 40

_TOKEN = re.compile(r"\\([A-Za-z]+)\*?|\\(.)|(\s+)|(.)", re.S)

SYMBOLS = {
    "dots": "…", "ldots": "…", "cdots": "⋯", "vdots": "⋮", "ddots": "⋱", "le": "≤", "leq": "≤", "ge": "≥",
    "geq": "≥", "ne": "≠", "neq": "≠", "approx": "≈", "sim": "∼", "simeq": "≃", "cong": "≅", "equiv": "≡",
    "in": "∈", "notin": "∉", "ni": "∋", "to": "→", "gets": "←", "mapsto": "↦", "rightarrow": "→",
    "leftarrow": "←", "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔", "iff": "⇔",
    "implies": "⇒", "leftrightarrow": "↔", "longrightarrow": "⟶", "infty": "∞", "cdot": "·", "times": "×",
    "div": "÷", "pm": "±", "mp": "∓", "sum": "Σ", "prod": "Π", "coprod": "∐", "int": "∫", "iint": "∬",
    "iiint": "∭", "oint": "∮", "partial": "∂", "nabla": "∇", "langle": "⟨", "rangle": "⟩", "lceil": "⌈",
    "rceil": "⌉", "lfloor": "⌊", "rfloor": "⌋", "forall": "∀", "exists": "∃", "neg": "¬", "lnot": "¬",
    "land": "∧", "wedge": "∧", "lor": "∨", "vee": "∨", "cap": "∩", "cup": "∪", "bigcap": "⋂", "bigcup": "⋃",
    "subset": "⊂", "subseteq": "⊆", "supset": "⊃", "supseteq": "⊇", "emptyset": "∅", "varnothing": "∅",
    "setminus": "∖", "mid": "|", "vert": "|", "Vert": "‖", "circ": "∘", "otimes": "⊗", "oplus": "⊕",
    "ll": "≪", "gg": "≫", "propto": "∝", "perp": "⊥", "parallel": "∥", "ell": "ℓ", "hbar": "ℏ",
    "prime": "′", "ast": "*", "star": "⋆", "angle": "∠", "triangle": "△", "square": "□", "top": "⊤",
    "bot": "⊥", "aleph": "ℵ", "Re": "ℜ", "Im": "ℑ", "wp": "℘", "degree": "°", "checkmark": "✓",
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
    "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ",
    "nu": "ν", "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς",
    "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
    "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    "quad": " ", "qquad": " ", "lbrace": "{", "rbrace": "}", "backslash": "\\", "colon": ":",
}
"""Commands that stand for one character."""

NAMES = {"exp", "log", "ln", "lg", "det", "sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh", "tanh",
         "arcsin", "arccos", "arctan", "max", "min", "sup", "inf", "lim", "liminf", "limsup", "dim", "ker",
         "gcd", "deg", "Pr", "arg", "hom", "mod", "bmod", "pmod"}
"""Operator names, written as words."""

_ESCAPED = {",": " ", ";": " ", ":": " ", " ": " ", "!": "", "{": "{", "}": "}", "|": "‖", "\\": "; ",
            "%": "%", "&": "&", "#": "#", "$": "$", "_": "_"}
"""`\\X` for a character X: spaces, escaped specials, `\\\\` (a line break: '; ')."""

_DROP_WITH_ARGUMENT = {"label", "tag", "ref", "eqref", "hspace", "vspace", "phantom", "hphantom",
                       "vphantom", "color", "textcolor", "begin", "end"}
"""Commands whose (first) argument is not read as text."""

_OPEN_CLOSE = {"frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom"}
_BLACKBOARD = {"R": "ℝ", "N": "ℕ", "Z": "ℤ", "Q": "ℚ", "C": "ℂ", "P": "ℙ", "E": "𝔼", "F": "𝔽"}
_SUPERSCRIPT = dict(zip("0123456789+-=()ni", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ", strict=True))
_SUBSCRIPT = dict(zip("0123456789+-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ", strict=True))


@lru_cache(maxsize=65_536)  # a search index reads every formula of every page; many repeat
def linear_text(tex: str) -> str:
    """The formula's readable line of text (see the module's docstring)."""
    tex = tex.strip()
    for start, end in (("\\(", "\\)"), ("\\[", "\\]"), ("$$", "$$"), ("$", "$")):
        if len(tex) >= len(start) + len(end) and tex.startswith(start) and tex.endswith(end):
            tex = tex[len(start):len(tex) - len(end)]
            break
    text, _ = _Reader(_TOKEN.findall(tex)).sequence(0, 0)
    return " ".join(text.split())


class _Reader:
    """A recursive reading of the token list; `sequence` returns (text, index after it)."""

    def __init__(self, tokens: list[tuple[str, str, str, str]]) -> None:
        """tokens: (command name, escaped character, space, other character), one of them set."""
        self.tokens = tokens

    def sequence(self, i: int, depth: int, closing: bool = False) -> tuple[str, int]:
        out: list[str] = []
        while i < len(self.tokens):
            if closing and self.tokens[i][3] == "}":
                return "".join(out), i + 1
            piece, i = self.item(i, depth)
            out.append(piece)
        return "".join(out), i

    def argument(self, i: int, depth: int) -> tuple[str, int]:
        """The next argument: a {group} or one token (spaces before it skipped)."""
        while i < len(self.tokens) and self.tokens[i][2]:
            i += 1
        if i >= len(self.tokens):
            return "", i
        if self.tokens[i][3] == "{":
            if depth >= MAX_DEPTH:  # read the rest flat: no deeper recursion for hostile input
                return "", i + 1
            return self.sequence(i + 1, depth + 1, closing=True)
        return self.item(i, depth)

    def optional(self, i: int, depth: int) -> tuple[str, int]:
        """An optional [argument] (of \\sqrt), or '' if there is none."""
        j = i
        while j < len(self.tokens) and self.tokens[j][2]:
            j += 1
        if j < len(self.tokens) and self.tokens[j][3] == "[":
            out = []
            j += 1
            while j < len(self.tokens) and self.tokens[j][3] != "]":
                piece, j = self.item(j, depth)
                out.append(piece)
            return "".join(out), j + 1
        return "", i

    def item(self, i: int, depth: int) -> tuple[str, int]:
        name, escaped, space, char = self.tokens[i]
        if space:
            return " ", i + 1
        if escaped:
            return _ESCAPED.get(escaped, escaped if not escaped.isspace() else " "), i + 1
        if char:
            return self.character(char, i, depth)
        return self.command(name, i + 1, depth)

    def character(self, char: str, i: int, depth: int) -> tuple[str, int]:
        if char == "{":
            if depth >= MAX_DEPTH:
                return "", i + 1
            return self.sequence(i + 1, depth + 1, closing=True)
        if char in "^_":
            arg, j = self.argument(i + 1, depth)
            return _script(arg, _SUPERSCRIPT if char == "^" else _SUBSCRIPT, char), j
        if char == "&" or char == "~":
            return " ", i + 1
        if char in "}$%#\\":  # a lone backslash too: the formula ended with one
            return "", i + 1
        return char, i + 1

    def command(self, name: str, i: int, depth: int) -> tuple[str, int]:
        if name in SYMBOLS:
            return SYMBOLS[name], i
        if name in NAMES:
            follows = i < len(self.tokens) and bool(self.tokens[i][0] or self.tokens[i][3].isalnum())
            return name + (" " if follows else ""), i
        if name in _OPEN_CLOSE:
            top, i = self.argument(i, depth)
            bottom, i = self.argument(i, depth)
            if name.endswith("binom"):
                return f"C({top.strip()}, {bottom.strip()})", i
            return f"{_wrap(top)}/{_wrap(bottom)}", i
        if name == "sqrt":
            index, i = self.optional(i, depth)
            body, i = self.argument(i, depth)
            root = {"": "√", "3": "∛", "4": "∜"}.get(index.strip(), index.strip() + "√")
            return root + _wrap(body), i
        if name == "mathbb":
            body, i = self.argument(i, depth)
            return "".join(_BLACKBOARD.get(c, c) for c in body), i
        if name in _DROP_WITH_ARGUMENT:
            _, i = self.argument(i, depth)
            if name == "textcolor":
                _, i = self.argument(i, depth)
            return "", i
        if name in ("left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr",
                    "biggl", "biggr", "middle"):
            delimiter, i = self.argument(i, depth)
            return ("" if delimiter == "." else delimiter), i
        if name == "not":
            negated, i = self.argument(i, depth)
            return {"=": "≠", "∈": "∉", "⊂": "⊄"}.get(negated, negated + "\u0338"), i
        return "", i  # \mathbf, \text, \hat, \operatorname, unknown ones: the arguments are read as text


def _wrap(text: str) -> str:
    """Parentheses around a fraction's part or a root's body unless it is one symbol or one word."""
    text = text.strip()
    if not text:
        return ""
    if re.fullmatch(r"[√∛∜]?(\w+|\(.*\))|[^\w\s]", text) and not re.fullmatch(r".*\(.*\).*\(.*\)", text):
        return text
    return f"({text})"


def _script(text: str, small: dict[str, str], mark: str) -> str:
    """A sub- or superscript: in Unicode's small characters if it has them all, else `^(…)`/`_(…)`."""
    text = text.strip()
    if text and all(c in small for c in text):
        return "".join(small[c] for c in text)
    if text in ("′", "′′", "*", "⋆", "†", "∘"):
        return text
    return mark + _wrap(text) if text else ""
