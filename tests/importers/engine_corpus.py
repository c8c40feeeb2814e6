"""Real-style math posts for each Markdown engine Hexo and Jekyll blogs were written for, made from a
seed (the same corpus every run).

Each post is written the way authors of such blogs write: Chinese or English prose around `$…$`,
display `$$…$$` blocks, `\\[ \\]` and `\\( \\)`, bare `\\begin{align}` environments with `\\\\` line
breaks, formulas in lists, blockquotes and tables, code spans and blocks holding `$`, escaped and
unescaped prices, links, images and raw HTML. The TeX is what the author meant; how it is written
follows the author's habit with the engine's documented escapes (marked and markdown-it eat the
backslash before any ASCII punctuation, marked 0.3 and kramed before `\\`*{}[]()#+-.!_>~|`, kramdown
before its ESCAPED_CHARS outside its own `$$…$$` math): a careful author doubles those backslashes
and escapes `_` and `*`, a hurried one writes plain TeX, most do some of each. Whether the old site
showed the formula as meant does not matter here: the real engine says what it showed.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

INLINE = [
    r"x_1, x_2, \dots, x_n", r"\sum_{i=1}^{n} x_i^2", r"\frac{1}{2}\|w\|_2^2", r"\{x \mid x > 0\}",
    r"\mathbb{E}_{x \sim p}[f(x)]", r"P(A|B)", r"\theta^* = \arg\min_\theta L(\theta)", r"a * b",
    r"f'(x)", r"\hat{y}_i", r"\|x\|_1", r"|x - y|", r"\lambda \in [0, 1]", r"O(n \log n)",
    r"\alpha_{t+1} = \alpha_t - \eta \nabla_\alpha J", r"\mathcal{N}(\mu, \sigma^2)", r"x \in \mathbb{R}^{d}",
    r"\text{loss\_fn}(x)", r"a<b", r"p_{\theta}(x_{t-1} | x_t)", r"\{a_n\}_{n=1}^{\infty}",
    r"\int_0^1 f(x)\,dx", r"\sqrt[3]{x}", r"n!", r"\#S", r"50\%", r"\langle u, v \rangle", r"A^{-1}",
    r"W^T x + b", r"\lfloor x \rfloor", r"\mathbf{x}^\top \mathbf{y}", r"x^{(i)}", r"\sigma(z) = \frac{1}{1+e^{-z}}",
    r"\left[ a, b \right]", r"[a, b)", r"a \ne b", r"\#\{i : x_i > 0\}", r"e^{i\pi} + 1 = 0", r"\tilde{x}",
    r"a~b", r"x^*_i", r"A \& B", r"\{1, 2, 3\}", r"\mathrm{d}x", r"a\;b\!c", r"\overline{AB}", r"k", r"n",
    r"10^{-3}", r"h_{\theta}(x)", r"\nabla \cdot \vec{E}", r"\binom{n}{k}", r"\max\{a, b\}",
    r"\Pr[X \ge t] \le \frac{E[X]}{t}", r"\_", r"y = kx + b", r"\{\!\{x\}\!\}", r"2^{n}-1", r"x_{ij}^{(t)}",
]
DISPLAY = [
    r"\begin{aligned} f(x) &= (x+1)^2 \\ &= x^2 + 2x + 1 \end{aligned}",
    r"f(x) = \begin{cases} 1, & x > 0 \\ 0, & \text{otherwise} \end{cases}",
    r"\begin{bmatrix} a_{11} & a_{12} \\ a_{21} & a_{22} \end{bmatrix}",
    r"\left\{ \begin{array}{l} x + y = 1 \\ x - y = 0 \end{array} \right.",
    r"\mathcal{L}(\theta) = -\sum_{i=1}^{N} y_i \log \hat{y}_i",
    r"\|x\|_2 = \sqrt{\sum_i x_i^2}",
    r"P(\theta|D) = \frac{P(D|\theta) P(\theta)}{P(D)}",
    r"\min_{w, b} \frac{1}{2}\|w\|^2 + C\sum_{i=1}^{m} \xi_i",
    r"\frac{\partial L}{\partial w_{ij}} = \delta_j \, a_i",
    r"x^* = \arg\max_{x} \; f(x) \quad \text{s.t.} \; g(x) \le 0",
    r"\{ (x, y) \mid x^2 + y^2 < 1 \}",
    r"a_n = a_{n-1} + a_{n-2}, \quad n \ge 2",
]
ENVIRONMENTS = [
    "\\begin{align}\n  a &= b + c \\\\\n  d &= e_1 * f_2\n\\end{align}",
    "\\begin{equation}\n  E = mc^2 \\label{eq:mass}\n\\end{equation}",
    "\\begin{align*} x_1 &= 1 \\\\ x_2 &= 2 \\end{align*}",
    "\\begin{gather}\n  \\nabla \\times \\vec{B} = \\mu_0 \\vec{J}\n\\end{gather}",
]
ZH = ["设", "则有", "其中", "由于", "我们得到", "注意到", "显然", "考虑函数", "损失函数定义为", "根据贝叶斯公式",
      "令", "对于任意的", "可以看出", "这里", "因此", "假设", "即", "记", "当", "时，", "满足", "的期望是", "取"]
EN = ["Let", "then", "where", "so that", "we get", "note that", "for every", "Suppose", "and", "hence", "with",
      "is defined as", "which gives"]
CODE_SPANS = ["`$PATH`", "`$x$`", "`a_b_c`", "`echo $HOME`", "`$('#id')`", "`\\(`", "`$$`", "`price = $5`",
              "`x * y`", "`a\\_b`"]
CODE_BLOCKS = ["```bash\nexport PATH=$HOME/bin:$PATH\necho \"$1 costs $5\"\n```",
               "```python\nloss = sum((y - y_hat) ** 2)  # $L_2$ loss\nprint(f\"${x}\")\n```",
               "    $ make\n    $ ./a.out $x_1$\n",
               "```tex\n$$\\sum_{i=1}^n x_i$$\n```",
               "~~~\n\\begin{align} a \\end{align} and $y$\n~~~"]
PROSE_DOLLARS = ["价格是 \\$5，", "US\\$100 ", "costs $5 and $10, ", "5$ 一杯，", "\\$HOME 目录下", "$ 符号"]
LINKS = ["[参考](https://en.wikipedia.org/wiki/Norm_(mathematics))", "![损失曲线](/images/loss_curve_1.png)",
         "<https://example.com/a_b/c?x=1>", "[$L^2$ 空间](https://zh.wikipedia.org/wiki/Lp空间)",
         "[link](http://a.com/x_(y)_z \"title\")"]
HTML = ["<center>$x_1$</center>", "<br>", "<!-- more -->", "<img src=\"/img/a_b.png\" alt=\"$x$\">",
        "<span style=\"color:red\">$\\alpha$</span>", "<sup>[1]</sup>", "&lt;a&gt; &amp;"]
_PUNCT_ESCAPE = re.compile(r"\\\\|\\(?=[!-/:-@\[-`{-~])")
"""A TeX backslash pair, or a backslash before ASCII punctuation: what a careful author doubles."""
ESCAPED_ALL = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


@dataclass(frozen=True)
class Style:
    """How posts for one engine are written."""
    eaten: str
    """Characters whose backslash the engine eats in prose (and in formulas it does not keep)."""
    hexo: bool = True
    inline_double: float = 0.0
    """Share of inline formulas written `$$…$$` (kramdown's and kramed's own inline math)."""
    raw_double: bool = False
    """The engine keeps `$$…$$` as it is (kramdown, kramed): its authors write plain TeX there."""


STYLES = {
    "marked": Style(ESCAPED_ALL, inline_double=0.05),  # mid-line `$$…$$`: display for MathJax
    "markdown-it": Style(ESCAPED_ALL, inline_double=0.05),
    "marked-0.3": Style("\\`*{}[]()#+-.!_>~|", inline_double=0.05),
    "kramed": Style("\\`*{}[]()#+-.!_>~|", inline_double=0.3, raw_double=True),
    "kramdown": Style("\\.*_+-`()[]{}#!:|\"'$=<>~", hexo=False, inline_double=0.5, raw_double=True),
}


class Author:
    """One author's habits: how carefully TeX is written for the engine."""

    def __init__(self, rng: random.Random, style: Style) -> None:
        self.rng, self.style = rng, style
        self.care = rng.choice([0.0, 0.3, 0.7, 0.95, 1.0])
        """Chance that a formula is written with the engine in mind."""
        self.zh = rng.random() < 0.75
        self.backslash_parens = rng.random() < 0.3
        self.spaced = not self.zh or rng.random() < 0.6
        """Spaces around formulas (Chinese authors differ)."""

    def written(self, tex: str, raw: bool = False) -> str:
        """tex as this author writes it inside delimiters the engine reads as Markdown (raw: inside
        `$$…$$` of an engine that keeps it)."""
        if raw and self.style.raw_double:
            return tex
        if self.rng.random() >= self.care:
            return tex  # plain TeX: the engine eats what it eats
        out = _PUNCT_ESCAPE.sub(lambda m: m.group() * 2, tex)  # `\{` → `\\{`, `\\` → `\\\\`
        if self.rng.random() < 0.8:
            out = re.sub(r"(?<!\\)([_*])", r"\\\1", out)  # emphasis-proof: `\_`, `\*`
        return out

    def words(self, k: int = 1) -> str:
        bank = ZH if self.zh else EN
        sep = "" if self.zh else " "
        return sep.join(self.rng.choice(bank) for _ in range(k))

    def inline(self, tex: str | None = None) -> str:
        rng, style = self.rng, self.style
        tex = tex or rng.choice(INLINE)
        if rng.random() < style.inline_double:
            return f"$${self.written(tex, raw=True)}$$"
        roll = rng.random()
        if roll < 0.12:
            opener, closer = ("\\\\(", "\\\\)") if self.backslash_parens else ("\\(", "\\)")
            return f"{opener}{self.written(tex)}{closer}"
        if roll < 0.18:
            return f"$ {self.written(tex)} $"
        return f"${self.written(tex)}$"

    def sentence(self, formulas: int) -> str:
        rng = self.rng
        parts = [self.words(rng.randint(1, 3))]
        for _ in range(formulas):
            parts.append(self.inline())
            parts.append(self.words(rng.randint(1, 2)))
            extra = rng.random()
            if extra < 0.08:
                parts.append(rng.choice(CODE_SPANS))
            elif extra < 0.14:
                parts.append(rng.choice(PROSE_DOLLARS))
            elif extra < 0.2:
                parts.append(rng.choice(LINKS))
            elif extra < 0.25:
                parts.append(rng.choice(HTML))
            elif extra < 0.32:
                parts.append(rng.choice(["**注意**", "*定义*", "__Note__", "_i.e._", "~~错~~"]))
        sep = " " if self.spaced else ""
        return sep.join(parts) + ("。" if self.zh else ".")

    def display_tex(self) -> str:
        return self.rng.choice(DISPLAY)

    def display(self) -> str:
        """A display formula block, in one of the ways it is written."""
        rng, tex = self.rng, self.display_tex()
        roll = rng.random()
        if roll < 0.45:
            if rng.random() < 0.5:
                tex = tex.replace(" \\\\ ", " \\\\\n")  # one row a line
            return f"$$\n{self.written(tex, raw=True)}\n$$"
        if roll < 0.65:
            return f"$${self.written(tex, raw=True)}$$"
        if roll < 0.8:
            opener, closer = ("\\\\[", "\\\\]") if self.backslash_parens else ("\\[", "\\]")
            return f"{opener}\n{self.written(tex)}\n{closer}"
        env = rng.choice(ENVIRONMENTS)
        return self.written(env)


def _paragraph(a: Author) -> str:
    rng = a.rng
    lines = [a.sentence(rng.randint(0, 3)) for _ in range(rng.randint(1, 3))]
    return "\n".join(lines) if rng.random() < 0.4 else ("" if a.zh else " ").join(lines)


def _display_block(a: Author) -> str:
    rng = a.rng
    before = a.sentence(rng.randint(0, 1))
    block = a.display()
    if rng.random() < 0.2:  # written right under its sentence, no blank line
        return f"{before}\n{block}\n"
    return f"{before}\n\n{block}\n\n{a.sentence(rng.randint(0, 1))}"


def _list(a: Author) -> str:
    rng = a.rng
    ordered = rng.random() < 0.4
    items = []
    for k in range(rng.randint(2, 4)):
        marker = f"{k + 1}. " if ordered else "- "
        item = marker + a.sentence(rng.randint(1, 2))
        if rng.random() < 0.3:
            indent = " " * len(marker)
            block = a.display().replace("\n", "\n" + indent)
            item += f"\n\n{indent}{block}\n"
        items.append(item)
    return "\n".join(items)


def _quote(a: Author) -> str:
    rng = a.rng
    lines = [f"**定理 {rng.randint(1, 9)}** " + a.sentence(rng.randint(1, 2))]
    if rng.random() < 0.6:
        lines += ["", *a.display().split("\n")]
    if rng.random() < 0.3:
        lines += ["", a.sentence(1)]
    return "\n".join("> " + line if line else ">" for line in lines)


def _table(a: Author) -> str:
    rng = a.rng
    rows = ["| 符号 | 含义 | 例子 |", "| --- | :---: | --- |"]
    cells = [r"\|x\|", r"|x|", r"\vert x \vert", r"x_i", r"P(A|B)", r"\mathbb{R}^n", r"a * b", r"\{0, 1\}"]
    for _ in range(rng.randint(2, 4)):
        tex = rng.choice(cells)
        written = a.written(tex)
        if "|" in written and rng.random() < 0.7:
            written = re.sub(r"(?<!\\)\|", r"\\|", written)  # GFM: an escaped pipe stays in the cell
        row = [f"${written}$", a.words(), rng.choice([a.inline(), "`$x$`", "无"])]
        rows.append("| " + " | ".join(row) + " |")
    return "\n".join(rows)


def _heading(a: Author) -> str:
    rng = a.rng
    level = "#" * rng.randint(2, 3)
    return f"{level} {rng.randint(1, 9)}. {a.words()} {a.inline()}"


def _code(a: Author) -> str:
    return a.rng.choice(CODE_BLOCKS)


def _html_block(a: Author) -> str:
    rng = a.rng
    if rng.random() < 0.5:
        return f"<div align=\"center\">\n{a.inline()} {a.words()}\n</div>"
    return f"<details>\n<summary>证明</summary>\n\n{a.sentence(2)}\n\n</details>"


def _references(a: Author) -> str:
    rng = a.rng
    return f"由式 \\eqref{{eq:mass}} 与 \\ref{{eq:{rng.randint(1, 3)}}} 可知，{a.sentence(1)}"


BLOCKS = [(_paragraph, 30), (_display_block, 22), (_list, 10), (_quote, 7), (_table, 6), (_heading, 5),
          (_code, 6), (_html_block, 3), (_references, 2)]


def post(rng: random.Random, style: Style) -> str:
    """One post: a dozen or so blocks, separated by blank lines."""
    author = Author(rng, style)
    makers, weights = zip(*BLOCKS, strict=True)
    blocks = [maker(author) for maker in rng.choices(makers, weights, k=rng.randint(8, 16))]
    if rng.random() < 0.5:
        blocks.insert(1, "<!-- more -->")
    return "\n\n".join(blocks).rstrip("\n") + "\n"


def corpus(engine: str, count: int, seed: int = 21) -> list[str]:
    """count posts written for engine (a STYLES name)."""
    rng = random.Random(f"{seed}:{engine}")
    return [post(rng, STYLES[engine]) for _ in range(count)]
