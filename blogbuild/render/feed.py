"""Atom feed helpers: feed readers run no JavaScript, so math goes out as MathML with its TeX."""

from __future__ import annotations

import re
import warnings
from functools import lru_cache

from markdown_it.common.utils import escapeHtml

from blogbuild.render.math import ENV, INLINE, wrap_tex

_ROOT_LINK = re.compile(r'(\s(?:href|src)=")/(?!/)')
_BARE_AMP = re.compile(r"&(?!#?\w+;)")
_MTEXT = re.compile(r"(<mtext[^>]*>)(.*?)(</mtext>)", re.DOTALL)
_ENV_WRAPPER = re.compile(r"^\\begin\{(equation\*?|displaymath|math)\}(.*)\\end\{\1\}$", re.DOTALL)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 forbids (C0 controls but tab and line breaks, lone surrogates, U+FFFE/F),
and DEL and the C1 controls it merely discourages: no text of a blog needs them."""
_CHAR_REF = re.compile(r"&#([xX][0-9a-fA-F]+|[0-9]+);")


def xml_text(text: str) -> str:
    """An XML file's text without the characters above, written or as references (`&#1;`): one
    control character in a title makes the whole feed ill-formed, and feed readers drop it.

    A feed of typeset posts holds ~10,000 references (MathML's `&#x2212;`), a few hundred
    distinct: each distinct one is checked once, and the text is rewritten only if one is not
    allowed (tests compare this with a plain pass over every reference)."""
    text = _NOT_XML.sub("", text)
    if "&#" not in text:
        return text
    refused = {ref for ref in set(_CHAR_REF.findall(text)) if not xml_reference(ref)}
    if not refused:
        return text
    return _CHAR_REF.sub(lambda m: "" if m.group(1) in refused else m.group(0), text)


def xml_reference(ref: str) -> bool:
    """Whether `&#ref;` (ref: `x1F`, `65`…) names a character XML allows."""
    digits = ref[1:].lstrip("0") if ref[0] in "xX" else ref.lstrip("0")
    if len(digits) > 7:  # past U+10FFFF (and no 5,000-digit int() to raise on)
        return False
    code = int(digits or "0", 16 if ref[0] in "xX" else 10)
    return code < 0x110000 and not _NOT_XML.match(chr(code))


def rebase_links(html: str, prefix: str) -> str:
    """Root-relative links written in posts (href="/archives/x/") → under the site's base URL."""
    if prefix == "/":
        return html
    return _ROOT_LINK.sub(lambda m: m.group(1) + prefix, html)


@lru_cache(maxsize=8192)
def tex_to_mathml(tex: str, kind: str, block: bool) -> str:
    """MathML for one formula, TeX kept as an annotation; the escaped TeX when conversion fails.

    Remembered (a pure function of its arguments): latex2mathml costs ~0.5 ms a formula, and
    posts repeat their short formulas ($x$, $n$) many times.
    """
    from latex2mathml.converter import convert

    display = kind != INLINE
    source = tex.strip()
    if kind == ENV:
        m = _ENV_WRAPPER.match(source)
        source = m.group(2) if m else source
        source = re.sub(r"\\(label|tag)\{[^{}]*\}", "", source)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            mathml = convert(source, display="block" if display else "inline")
    except Exception:  # noqa: BLE001 - latex2mathml raises many types on TeX it does not know
        mathml = None
    if mathml:
        # latex2mathml copies \text{…} verbatim: `\text{<b>x</b>}` must stay text, not markup
        mathml = _MTEXT.sub(lambda m: m.group(1) + m.group(2).replace("<", "&lt;").replace(">", "&gt;")
                            + m.group(3), mathml)
        mathml = _BARE_AMP.sub("&amp;", mathml)
    out = annotated(mathml, tex, kind, block) if mathml else None
    if out is not None:
        return out
    tag = "div" if block else "span"
    return f'<{tag} class="math"><code class="tex">{escapeHtml(wrap_tex(tex, kind))}</code></{tag}>'


def annotated(mathml: str, tex: str, kind: str, block: bool) -> str | None:
    """`<math …>inner</math>` as the feed gives it: the inner in a semantics element beside its TeX
    (annotation), in a span or div of class math; None if the result is not well-formed XML."""
    open_end = mathml.index(">") + 1
    inner = mathml[open_end:mathml.rindex("</math>")]
    mathml = (mathml[:open_end] + "<semantics><mrow>" + inner + "</mrow>"
              + f'<annotation encoding="application/x-tex">{escapeHtml(tex)}</annotation>'
              + "</semantics></math>")
    if not _well_formed(mathml):
        return None
    tag = "div" if block else "span"
    return f'<{tag} class="math">{mathml}</{tag}>'


def _well_formed(mathml: str) -> bool:
    from xml.etree import ElementTree  # (here: only a build that renders feed entries needs it)

    try:
        ElementTree.fromstring(mathml)
    except ElementTree.ParseError:
        return False
    return True
