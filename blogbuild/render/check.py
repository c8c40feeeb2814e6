"""`blogbuild check`: mistakes in posts' TeX and internal links, one `posts/x.md:LINE:COL: message` each.

The formulas are found by the same parser that builds the site (so the checker never disagrees with
what MathJax will receive), then each formula's TeX is scanned on its own: braces, `\\left`/`\\right`,
`\\begin`/`\\end`, environments and macros MathJax 3 knows (data/*.txt, generated from the npm
package), labels and references. Prose is checked for `$` that open a formula that never closes.
`build` runs the same checks and prints them as warnings (`--strict`: errors).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from markdown_it.token import Token

from blogbuild.errors import ContentError, ManyErrors
from blogbuild.render.files import file_records, files_base
from blogbuild.render.markdown import make_markdown, parse
from blogbuild.render.problem import Problem
from blogbuild.site.config import Config, load_config
from blogbuild.site.load import load_site
from blogbuild.site.models import Post, Site
from blogbuild.site.urls import entry_path, numbered
from blogbuild.tex.delimiters import ENVIRONMENTS
from blogbuild.tex.detect import LABELS, detect

DATA = Path(__file__).resolve().parent.parent / "data"
_TOP_LEVEL = frozenset(ENVIRONMENTS) | {e + "*" for e in ENVIRONMENTS}


@cache
def _names(filename: str) -> frozenset[str]:
    lines = (DATA / filename).read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def mathjax_macros() -> frozenset[str]:
    return _names("mathjax_macros.txt")


def mathjax_environments() -> frozenset[str]:
    return _names("mathjax_environments.txt")


# ----------------------------------------------------------------------------- one formula

_TEX = re.compile(r"%[^\n]*|\\([A-Za-z]+)|\\.|[{}]", re.DOTALL)
_ARG = re.compile(r"\s*\{([^{}]*)\}")
_TEXT_MACROS = frozenset({"text", "textrm", "textit", "textbf", "textsf", "texttt", "textup", "textnormal",
                          "mbox", "hbox", "verb", "href", "url", "label", "ref", "eqref", "tag", "unicode"})
_DEFINES = re.compile(r"\\(?:(?:re)?newcommand\*?|DeclareMathOperator\*?)\s*\{?\s*\\([A-Za-z]+)"
                      r"|\\(?:def|let)\s*\\([A-Za-z]+)|\\(?:re)?newenvironment\s*\{([^{}]+)\}")


@dataclass
class TexFacts:
    problems: list[tuple[int, str]]
    """(offset in the TeX, message)"""
    labels: list[tuple[int, str]]
    refs: list[tuple[int, str, str]]
    """(offset, macro name, key)"""


def _skip_group(tex: str, start: int) -> int:
    """Index after the balanced {…} group starting at or after start (spaces allowed); start if none."""
    i = start
    while i < len(tex) and tex[i] in " \t\n":
        i += 1
    if i >= len(tex) or tex[i] != "{":
        return start
    depth = 0
    while i < len(tex):
        ch = tex[i]
        if ch == "\\":
            i += 2
            continue
        depth += (ch == "{") - (ch == "}")
        i += 1
        if depth == 0:
            return i
    return start


def check_tex(tex: str, macros: frozenset[str], environments: frozenset[str]) -> TexFacts:
    facts = TexFacts([], [], [])
    braces: list[int] = []
    lefts: list[int] = []
    envs: list[tuple[str, int]] = []
    plain_until = -1  # inside a \text{…} argument: macros are not expanded there
    for m in _TEX.finditer(tex):
        token, name, at = m.group(), m.group(1), m.start()
        if token == "{":
            braces.append(at)
        elif token == "}":
            if braces:
                braces.pop()
            else:
                facts.problems.append((at, "unbalanced braces: '}' has no matching '{'"))
        elif name is None:
            continue
        elif name in ("begin", "end"):
            arg = _ARG.match(tex, m.end())
            env = arg.group(1).strip() if arg else ""
            if name == "begin":
                if env not in environments:
                    facts.problems.append((at, f"unknown environment '{env}'"))
                envs.append((env, at))
            elif envs and envs[-1][0] == env:
                envs.pop()
            elif any(e == env for e, _ in envs):
                while envs[-1][0] != env:
                    e, begin_at = envs.pop()
                    facts.problems.append((begin_at, rf"\begin{{{e}}} without matching \end{{{e}}}"))
                envs.pop()
            else:
                facts.problems.append((at, rf"\end{{{env}}} without matching \begin{{{env}}}"))
        elif name == "left":
            lefts.append(at)
        elif name == "right":
            if lefts:
                lefts.pop()
            else:
                facts.problems.append((at, r"\right without matching \left"))
        elif name in ("label", "ref", "eqref"):
            arg = _ARG.match(tex, m.end())
            if arg:
                (facts.labels.append((at, arg.group(1))) if name == "label"
                 else facts.refs.append((at, name, arg.group(1))))
        elif at >= plain_until and name not in macros:
            facts.problems.append((at, (f"unknown macro \\{name}: MathJax 3 does not define it "
                                        "(declare it under mathjax.macros in blog.yaml)")))
        if name in _TEXT_MACROS:
            plain_until = _skip_group(tex, m.end())
    facts.problems += [(at, r"\left without matching \right") for at in lefts]
    facts.problems += [(at, rf"\begin{{{e}}} without matching \end{{{e}}}") for e, at in envs]
    facts.problems += [(at, "unbalanced braces: '{' is never closed") for at in braces]
    return facts


@lru_cache(maxsize=16384)
def _tex_facts(tex: str, macros: frozenset[str], environments: frozenset[str]) -> TexFacts:
    """check_tex, remembered: posts repeat their short formulas ($x$, $n$) many times, and the
    sets are shared by every post that defines no macro (frozensets hash once). Read-only result."""
    return check_tex(tex, macros, environments)


# ----------------------------------------------------------------------------- positions

class _Source:
    """Finds tokens' text in the post's lines: token maps give lines, a search gives columns."""

    def __init__(self, post: Post) -> None:
        self.post = post
        self.lines = post.markdown.split("\n")

    def find(self, needle: str, line: int, col: int, last: int) -> tuple[int, int] | None:
        lines = self.lines
        if line < last and line < len(lines):  # usually found on the first line
            at = lines[line].find(needle, col)
            if at != -1:
                return line, at
        for i in range(line + 1, min(last, len(lines))):
            at = lines[i].find(needle)
            if at != -1:
                return i, at
        return None

    def problem(self, line: int, col: int, message: str) -> Problem:
        return Problem(self.post.display, self.post.body_line + line, col + 1, message)


# ----------------------------------------------------------------------------- one post

_DOLLAR = re.compile(r"\\.|\$\$|\$(?=[^\W\d_]|[\\{])", re.DOTALL)
_PROSE_BEGIN = re.compile(r"\\begin\{([A-Za-z]+\*?)\}")


_END = Token("softbreak", "", 0)
"""Appended to an inline token's children: flushes the last prose (never modified)."""


class _PostChecker:
    def __init__(self, post: Post, macros: frozenset[str], environments: frozenset[str], link_target) -> None:
        self.src = _Source(post)
        self.link_target = link_target
        self.problems: list[Problem] = []
        self.labels: dict[str, int] = {}
        self.refs: list[tuple[Problem, str]] = []
        self.links: list[tuple[Problem, str]] = []
        """Links to posts, with the slug they need: whether it exists is decided by the caller,
        so a post's findings can be cached whatever other posts come and go."""
        self.macros, self.environments = macros, environments

    def run(self, tokens: list[Token]) -> tuple[list[Problem], list[tuple[Problem, str]]]:
        """tokens: the post parsed without text_join (escapes kept as text_special)."""
        # \newcommand and friends count for the whole page, but only inside a formula (MathJax
        # never sees prose)
        formulas = [t.content for token in tokens for t in [token, *(token.children or [])]
                    if t.type in ("math_inline", "math_block")]
        defined = _DEFINES.findall("\n".join(formulas))
        if defined:  # else keep the shared sets: _tex_facts' cache then serves every such post
            self.macros = self.macros | {m for d in defined for m in d[:2] if m}
            self.environments = self.environments | {d[2] for d in defined if d[2]}
        for token in tokens:
            if token.type == "math_block" and token.map:
                self._formula(token.content, token.map[0], 0, token.map[1])
            elif token.type == "inline" and token.map:
                self._inline(token.children or [], token.map[0], token.map[1])
        for problem, key in self.refs:
            if key not in self.labels:
                self.problems.append(problem)
        return sorted(self.problems), self.links

    def _inline(self, children: list[Token], first: int, last: int) -> None:
        line, col = first, 0
        prose: list[str] = []
        for child in children + [_END]:
            if child.type == "text" or (child.type == "text_special" and child.info == "escape"):
                prose.append(child.content if child.type == "text" else child.markup)
                continue
            if prose:
                line, col = self._prose("".join(prose), line, col, last)
                prose = []
            if child.type in ("softbreak", "hardbreak"):
                line, col = line + 1, 0
            elif child.type == "math_inline":
                line, col = self._formula(child.content, line, col, last)
            elif child.type == "code_inline":
                found = self.src.find(child.content, line, col, last)
                if found:
                    line, col = found[0], found[1] + len(child.content)
            elif child.type == "link_open":
                self._link(child.attrs.get("href", ""), line, col, last)

    def _prose(self, text: str, line: int, col: int, last: int) -> tuple[int, int]:
        found = self.src.find(text, line, col, last)
        if found is None:
            return line, col
        line, col = found
        if "$" not in text and "\\begin{" not in text:  # most prose: nothing to look for
            return line, col + len(text)
        for m in _DOLLAR.finditer(text):
            if m.group() == "$$":
                self.problems.append(self.src.problem(line, col + m.start(), "unclosed '$$'"))
            elif m.group() == "$":
                self.problems.append(self.src.problem(
                    line, col + m.start(), "unclosed '$': no closing '$' in this paragraph "
                                           "(write \\$ for a dollar sign)"))
        for m in _PROSE_BEGIN.finditer(text):
            env = m.group(1)
            if env not in self.environments:
                message = f"unknown environment '{env}'"
            elif env in _TOP_LEVEL:
                message = rf"\begin{{{env}}} without matching \end{{{env}}}"
            else:
                message = rf"\begin{{{env}}} outside a formula is not math: put it inside $$…$$"
            self.problems.append(self.src.problem(line, col + m.start(), message))
        return line, col + len(text)

    def _formula(self, tex: str, line: int, col: int, last: int) -> tuple[int, int]:
        """Check one formula; return the position after it in the source."""
        facts = _tex_facts(tex, self.macros, self.environments)
        if "\n" not in tex and not (facts.problems or facts.labels or facts.refs):
            # The common case, a one-line formula with nothing to report: only its end matters.
            found = self.src.find(tex, line, col, last) if tex else None
            return (found[0], found[1] + len(tex)) if found else (line, col)
        tex_lines = tex.split("\n")
        k0 = next((k for k, t in enumerate(tex_lines) if t.strip()), 0)
        found = self.src.find(tex_lines[k0], line, col, last) if tex_lines[k0] else None
        if found is None:
            starts = [(line, col)] * len(tex_lines)  # not found (e.g. `\|` in a table): point at the block
        else:
            starts = []
            for k, text in enumerate(tex_lines):
                src_line = found[0] + k - k0
                if k == k0:
                    starts.append(found)
                else:
                    at = self.src.lines[src_line].find(text) if 0 <= src_line < len(self.src.lines) else -1
                    starts.append((src_line, max(at, 0)))
        line_offsets = [0]
        for text in tex_lines[:-1]:
            line_offsets.append(line_offsets[-1] + len(text) + 1)

        def where(offset: int) -> tuple[int, int]:
            k = max(i for i, start in enumerate(line_offsets) if start <= offset)
            return starts[k][0], starts[k][1] + offset - line_offsets[k]

        for at, message in facts.problems:
            self.problems.append(self.src.problem(*where(at), message))
        for at, key in facts.labels:
            problem = self.src.problem(*where(at), "")
            if key in self.labels:
                self.problems.append(Problem(problem.path, problem.line, problem.col,
                                             rf"duplicate \label{{{key}}} (first at line {self.labels[key]})"))
            else:
                self.labels[key] = problem.line
        for at, name, key in facts.refs:
            problem = self.src.problem(*where(at), rf"\{name}{{{key}}}: no \label{{{key}}} in this post")
            self.refs.append((problem, key))
        if found is None:
            return line, col
        end_line, end_col = where(len(tex))
        return end_line, end_col

    def _link(self, href: str, line: int, col: int, last: int) -> None:
        slug = self.link_target(href)
        if slug is None:
            return
        found = (self.src.find("(" + href, line, col, last) or self.src.find(href, line, col, last)
                 or self.src.find(href, 0, 0, len(self.src.lines)))
        at_line, at_col = found if found else (line, col - 1)
        if found and self.src.lines[at_line][at_col] == "(":
            at_col += 1
        self.links.append((self.src.problem(at_line, at_col, f"link to a post that does not exist: {href}"), slug))


# ----------------------------------------------------------------------------- the site

def _link_resolver(permalink: str, url: str, base_path: str):
    """href -> the key (link_key) of the post it links to, or None when it is not a link to a post."""
    pattern = re.escape(permalink.rstrip("/"))
    key = "id" if numbered(permalink) else "slug"
    for name, regex in (("slug", r"[^/?#]+"), ("id", r"\d+"), ("year", r"\d{4}"), ("month", r"\d{2}"),
                        ("day", r"\d{2}")):
        token = re.escape("{" + name + "}")
        if name == key:  # the first names the post (any text: a wrong one is a missing post); a repeat the same
            pattern = pattern.replace(token, r"(?P<key>[^/?#]+)", 1).replace(token, "(?P=key)")
        pattern = pattern.replace(token, regex)
    post_url = re.compile(pattern + "/?")
    site = urlsplit(url)
    base = base_path.rstrip("/")

    def resolve(href: str) -> str | None:
        parts = urlsplit(href)
        if (parts.scheme or parts.netloc) and (parts.scheme, parts.netloc) != (site.scheme, site.netloc):
            return None
        path = parts.path
        if not path.startswith("/"):
            return None
        m = post_url.fullmatch(path)
        if m is None and base and path.startswith(base + "/"):
            m = post_url.fullmatch(path[len(base):])
        if m is None:
            return None
        return m.group("key")

    return resolve


Findings = tuple[list[Problem], list[tuple[Problem, str]]]
"""A post's problems, and its links to posts as (problem if the slug is missing, slug)."""


def post_checker(*, permalink: str, url: str, base_path: str, macros: Iterable[str]
                 ) -> Callable[[Post, list[Token]], Findings]:
    """check(post, tokens) -> what the post says on its own; link problems wait for resolve_links.
    Given the only settings it reads (macros: the names blog.yaml defines), so that the render
    cache's key for a post (render/posts.PostSettings) is exactly what its findings depend on.

    tokens come from blogbuild.render.markdown.parse(..., inspect=...), the same parse that renders the post.
    """
    macros = mathjax_macros() | {str(name).lstrip("\\") for name in macros}
    environments = mathjax_environments()
    resolve = _link_resolver(permalink, url, base_path)
    return lambda post, tokens: _PostChecker(post, macros, environments, resolve).run(tokens)


def post_findings(posts: Iterable[Post], config: Config, files: list | None = None) -> list[Findings]:
    """Parse and check posts on their own (`blogbuild check`; the build checks while it renders).
    files: given, receives the files beside posts they name (render/files.file_records).

    `check` also tells a post written for another site's math rules (foreign_dialect); the build
    does not: that is advice for moving a blog in, not a mistake in the TeX."""
    md = make_markdown()
    files = [] if files is None else files
    check = post_checker(permalink=config.permalink, url=config.url, base_path=config.base_path,
                         macros=config.mathjax.macros)
    found: list[Findings] = []
    for post in posts:
        inspected: list[list[Token]] = []
        page_path = entry_path(config.permalink, post.slug, post.date, post.page, post.number)
        env = {"files_base": files_base(page_path)}
        parse(md, post.markdown, env, inspected.append)  # calls inspected.append(tokens) once, before it returns
        for tokens in inspected:
            problems, links = check(post, tokens)
            foreign = foreign_dialect(post)
            files.extend(file_records(post, env.get("local_files", ()), page_path))
            found.append((sorted(problems + [foreign]) if foreign else problems, links))
    return found


def foreign_dialect(post: Post) -> Problem | None:
    """One line when the post is written for another site's math rules, naming the command that
    rewrites it (blogbuild/tex/detect.py says what counts as evidence)."""
    if "$" not in post.markdown:
        return None

    foreign = detect(post.markdown)
    if foreign is None:
        return None
    line = post.markdown.count("\n", 0, foreign.offset)
    col = foreign.offset - (post.markdown.rfind("\n", 0, foreign.offset) + 1)
    return Problem(post.display, post.body_line + line, col + 1,
                   f"written for {LABELS[foreign.name]}: {foreign.evidence}; "
                   f"rewrite with: blogbuild import markdown {post.display}")


def resolve_links(findings: Findings, slugs: set[str]) -> list[Problem]:
    problems, links = findings
    return sorted(problems + [problem for problem, slug in links if slug not in slugs])


def link_key(permalink: str, post: Post) -> str:
    """What tells posts apart in links written with the permalink: the slug, or the `id:` number
    when the permalink has {id} and no {slug}."""
    return str(post.number) if numbered(permalink) else post.slug


def link_targets(site: Site, config: Config) -> set[str]:
    """The keys a link written with the permalink pattern may name: the posts', and the pages'
    when their URL (/{slug}/) is that pattern too."""
    return ({link_key(config.permalink, p) for p in site.posts}
            | ({p.slug for p in site.pages} if config.permalink == "/{slug}/" else set()))


def check_site(site: Site, config: Config) -> list[Problem]:
    """Problems in the site's posts and pages, in that order."""
    slugs = link_targets(site, config)
    files: list = []
    found = [problem for findings in post_findings(site.posts + site.pages, config, files)
             for problem in resolve_links(findings, slugs)]
    return found + beside_posts(site.root, files)[1]


def beside_posts(root: Path, records: Iterable[tuple]) -> tuple[dict[str, Path], list[Problem]]:
    """({output path: file}, a warning for each missing file).
    A file that is a symlink leading out of the site is refused."""
    real_root = root.resolve()
    files: dict[str, Path] = {}
    missing = []
    for source, output, display, line, col, href in records:
        path = root / source
        if not path.is_file():
            missing.append(Problem(display, line, col, f"link to a file that does not exist: {href}"))
            continue
        if not path.resolve().is_relative_to(real_root):
            raise ContentError(f"'{href}' is a symlink to a file outside the site; refusing to publish it",
                               display, line, col, hint="copy the file into the site instead")
        earlier = files.setdefault(output, path)
        if earlier != path:
            raise ContentError(f"'{href}' would be published at /{output}, as {earlier.relative_to(root)} is",
                               display, line, col, hint="rename one of the two files")
    return files, missing


def check(root: Path, *, drafts: bool = False) -> list[Problem]:
    """What `blogbuild check` prints."""

    root = Path(root).resolve()
    config = load_config(root)
    return check_site(load_site(root, config, drafts=drafts), config)


def report(problems: list[Problem], *, strict: bool) -> None:
    """Inside `build`: print the problems as warnings, or (strict) fail the build with them."""
    if not problems:
        return
    if strict:
        errors = [ContentError(p.message, p.path, p.line, p.col) for p in problems]
        raise errors[0] if len(errors) == 1 else ManyErrors(errors)
    for p in problems:
        print(f"{p.path}:{p.line}:{p.col}: warning: {p.message}", file=sys.stderr)
