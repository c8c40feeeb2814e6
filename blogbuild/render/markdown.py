"""Markdown → HTML for posts and for (untrusted) comments."""

from __future__ import annotations

import re
from collections.abc import Callable

import nh3
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from blogbuild.render.files import local_files_plugin
from blogbuild.render.headings import heading_ids_plugin
from blogbuild.render.highlight import highlight_code
from blogbuild.render.html_math import html_math_plugin
from blogbuild.render.math import math_plugin
from blogbuild.site.models import Post, RenderedPost

_MORE = re.compile(r"^\s*<!--\s*more\s*-->\s*$")


def _fence(self, tokens, idx, options, env) -> str:
    token = tokens[idx]
    lang = token.info.strip().split(maxsplit=1)[0] if token.info.strip() else ""
    return highlight_code(token.content, lang)


def make_markdown() -> MarkdownIt:
    """The post parser: CommonMark + tables, footnotes, strikethrough, heading ids and anchors, math."""
    md = MarkdownIt("commonmark", {"html": True})
    md.enable(["table", "strikethrough"])
    md.use(footnote_plugin)
    md.use(heading_ids_plugin)
    md.use(math_plugin)
    md.use(html_math_plugin)
    md.add_render_rule("fence", _fence)
    md.add_render_rule("code_block", _fence)
    md.add_render_rule("image", _image)
    md.use(local_files_plugin)
    return md


def _alt_text(children: list[Token]) -> str:
    """An image's alt text with its formulas kept as TeX (`$\\alpha$ 衰减`), which markdown-it drops."""
    parts = []
    for t in children:
        if t.type == "math_inline":
            parts.append(f"${t.content}$")
        elif t.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif t.children:
            parts.append(_alt_text(t.children))
        else:
            parts.append(t.content)
    return "".join(parts)


def _image(self, tokens, idx, options, env) -> str:
    token = tokens[idx]
    token.attrSet("alt", _alt_text(token.children or []))
    return self.renderToken(tokens, idx, options, env)


COMMENT_FORMULA_LIMIT = 2000
"""Characters of TeX a comment's formula may have (README): a longer one is not typeset. Isso takes
65,535 characters, and MathJax's time grows with the square of a formula's length (`a+a+…+b` of
64 KB: minutes at build time, and as long in every reader's browser)."""


def make_comment_markdown() -> MarkdownIt:
    """Comments are written by strangers: no raw HTML, and the result is sanitised again."""
    md = MarkdownIt("commonmark", {"html": False})
    md.enable("strikethrough")
    md.use(math_plugin)
    md.add_render_rule("fence", _fence)
    for kind in ("math_inline", "math_block"):
        md.add_render_rule(kind, _capped(md.renderer.rules[kind], block=kind == "math_block"))
    return md


def _capped(render, *, block: bool):
    """The math rule, but a formula over COMMENT_FORMULA_LIMIT is shown as the start of its TeX, as
    text, with a note (never a `.math` element: no MathJax ever sees it)."""
    def rule(self, tokens, idx, options, env):
        tex = tokens[idx].content
        if len(tex) <= COMMENT_FORMULA_LIMIT:
            return render(tokens, idx, options, env)
        tag = "div" if block else "span"
        return (f'<{tag} class="math-too-long"><code>{escapeHtml(tex[:60])}…</code> '
                f"<em>(a formula of {len(tex):,} characters, not shown: a comment's formula may have "
                f"{COMMENT_FORMULA_LIMIT:,})</em></{tag}>" + ("\n" if block else ""))
    return rule


_COMMENT_TAGS = {"p", "br", "em", "strong", "del", "s", "code", "pre", "blockquote", "ul", "ol", "li",
                 "a", "span", "div", "h1", "h2", "h3", "h4", "h5", "h6", "hr"}
_COMMENT_ATTRS = {"a": {"href", "title"}, "span": {"class"}, "div": {"class"}, "code": {"class"},
                  "ol": {"start"}}


def render_comment(md: MarkdownIt, body: str, label_prefix: str | None = None) -> str:
    """label_prefix renames \\label keys, so a comment never redefines a label of its post."""
    html = md.render(body, {"label_prefix": label_prefix} if label_prefix else {})
    return nh3.clean(html, tags=_COMMENT_TAGS, attributes=_COMMENT_ATTRS,
                     url_schemes={"http", "https", "mailto"}, link_rel="nofollow ugc noopener")


def _excerpt_tokens(tokens: list[Token]) -> tuple[list[Token], bool]:
    """Tokens before `<!--more-->`, else up to the end of the first paragraph. Never cuts a block."""
    for i, token in enumerate(tokens):
        if token.type == "html_block" and token.level == 0 and _MORE.match(token.content):
            return tokens[:i], True
    for i, token in enumerate(tokens):
        if token.type == "paragraph_close" and token.level == 0:
            rest = [t for t in tokens[i + 1:] if t.type not in ("footnote_block_open",)]
            return tokens[:i + 1], bool(rest)
    return tokens, False


_LATE_CORE_RULES = ("text_join", "anchor")
"""Core rules that run after `inspect` sees the tokens: text_join folds escapes (`\\$`) into plain
text, which `blogbuild check` must still tell apart; anchors are computed on the joined text."""


def parse(md: MarkdownIt, text: str, env: dict, inspect: Callable[[list[Token]], None] | None = None) -> list[Token]:
    """md.parse; inspect(tokens), when given, sees the tokens before escapes are joined into text.

    One parse then serves both the build-time TeX check and the rendering.
    """
    if inspect is None:
        return md.parse(text, env)
    late = [name for name in _LATE_CORE_RULES if name in md.core.ruler.get_active_rules()]
    md.core.ruler.disable(late)
    try:
        tokens = md.parse(text, env)
    finally:
        md.core.ruler.enable(late)
    inspect(tokens)
    state = StateCore(text, md, env)
    state.tokens = tokens
    rules = md.core.ruler.__rules__  # markdown-it-py has no public lookup of one rule by name
    for name in late:
        rules[md.core.ruler.__find__(name)].fn(state)
    return state.tokens


def render_post(md: MarkdownIt, post: Post, inspect: Callable[[list[Token]], None] | None = None,
                files_base: str | None = None) -> RenderedPost:
    """The post's page HTML and its excerpt, from one parse; inspect(tokens) sees that parse.
    files_base: the site folder its files beside it are published in (render/files.py); the files
    it names are in the result's `files` as (path, line index, href)."""
    env: dict = {} if files_base is None else {"files_base": files_base}
    tokens = parse(md, post.markdown, env, inspect)
    html = md.renderer.render(tokens, md.options, env)
    excerpt_env = dict(env, label_prefix=post.slug)
    if post.summary:
        excerpt_html = md.render(post.summary, {"label_prefix": post.slug})
        has_more = True
    else:
        excerpt, has_more = _excerpt_tokens(tokens)
        excerpt_html = md.renderer.render(excerpt, md.options, excerpt_env)
    return RenderedPost(html=html, excerpt_html=excerpt_html, has_more=has_more,
                        files=tuple(env.get("local_files", ())))


def render_for_feed(md: MarkdownIt, post: Post, mathml, files_base: str | None = None) -> str:
    """Full post HTML for feed readers; math goes through `mathml(tex, kind, block)` when given."""
    env: dict = {"mathml_renderer": mathml} if mathml else {}
    if files_base is not None:
        env["files_base"] = files_base
    return md.render(post.markdown, env)
