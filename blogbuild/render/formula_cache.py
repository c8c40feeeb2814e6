"""Each distinct formula typeset once (issue 23): real blogs repeat their formulas (13,218 formulas of
three math blogs hold 6,999 distinct ones), and MathJax costs ~0.75 ms a formula.

A formula's typeset HTML is kept, under a key of everything it depends on, only when it cannot
depend on its page. Today's path (typeset.Typesetter alone, `--no-cache`) typesets each page as one
MathJax document, and stays the reference: FormulaCache gives the same bytes. Per page:

- a formula that changes what later formulas mean (`\\newcommand`, `\\def`, `\\let`, `\\require`,
  `\\begingroup`, …: DEFINING) makes its whole page typeset as today;
- formulas whose output depends on the others of the page (numbered environments, `\\label`, `\\ref`,
  `\\eqref`, `\\tag`, any `\\begin` not known to be unnumbered: PAGED) are typeset together, in page
  order, as a document of their own: numbering and references see exactly the formulas that make
  them, since no other formula of such a page numbers, labels or refers. That document's output
  thus depends only on its formulas: it is kept under a key of all of them, in order, and a page
  with the same ones (the same post after an edit elsewhere in it, or another post) takes it;
- every other formula is looked up, and the distinct ones missing are typeset in batches (as pages
  of formulas that depend on nothing: what today's path does with them too) and kept.

A formula whose result depends on the clock or on a crash (over its time limit, "MathJax failed")
is never kept, and its page is typeset again as today. Error boxes of TeX errors are kept: they
depend only on the formula. A blog.yaml macro counts as what its definition holds.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from blogbuild.render.server_math import settings_of
from blogbuild.render.typeset import WORKER_SCRIPTS, TypesetDoc, TypesetSettings, Typesetter, requirable
from blogbuild.site.config import Config

if TYPE_CHECKING:
    from pathlib import Path

    from blogbuild.render.typeset import EarlyWorker

FORMAT = 1
"""Bump when what is stored, or how a key is made, changes."""

Entry = tuple[str, tuple[str, ...], tuple[str, str] | None]
"""A formula's typeset HTML, the kinds of element it uses, and its error (tex, message) if any."""
Group = tuple[tuple[str, ...], tuple[Entry, ...]]
"""A page's PAGED formulas typeset as one document: the document's kinds, and each one's Entry."""

_WORD = re.compile(r"\\([a-zA-Z@]+)")
_DEFINING = re.compile(r"(?:re)?new.*|provide.*|declare.*|.*def|define.*|let|futurelet|global|require|"
                       r"(?:begin|end)group|.*counter|numberwithin|setoptions|.*tagform|mathtoolsset|usepackage|"
                       r"csname|expandafter|catcode|.*extarrow", re.IGNORECASE)
_PAGED = re.compile(r"label|ref|tag|number|eqn|equation|cite", re.IGNORECASE)
_BEGIN = re.compile(r"\\begin(?![a-zA-Z])")
_UNNUMBERED = re.compile(r"\\begin\{(?:[pbBvV]?matrix|smallmatrix|cases|array|subarray|aligned|alignedat|"
                         r"gathered|split|CD|align\*|gather\*|multline\*|alignat\*|flalign\*|eqnarray\*|"
                         r"equation\*)\}")
_UNSURE_MESSAGES = ("MathJax failed", "took longer than", "not typeset")
"""Errors that come from the clock or a crash, not from the formula: never kept."""

INDEPENDENT, PAGED, DEFINING = 0, 1, 2
BATCH = 64
"""Formulas per document when typesetting the missing ones."""


class FormulaMemory(Protocol):
    """Where the entries are kept (between builds: the cache layer's; a dict-like for one build)."""

    def get(self, keys: Sequence[str]) -> dict[str, Entry | Group]: ...

    def put(self, entries: dict[str, Entry | Group]) -> None: ...


def _words_class(tex: str) -> int:
    found = INDEPENDENT
    for m in _WORD.finditer(tex):
        if _DEFINING.fullmatch(m.group(1)):
            return DEFINING
        if _PAGED.search(m.group(1)):
            found = PAGED
    if len(_BEGIN.findall(tex)) != len(_UNNUMBERED.findall(tex)):
        found = PAGED
    return found


class Classifier:
    """What a formula's output may depend on besides itself: INDEPENDENT, PAGED or DEFINING."""

    def __init__(self, macros: tuple) -> None:
        self.macros = {name: _words_class(json.dumps(definition)) for name, definition in macros}
        self.macros = {name: kind for name, kind in self.macros.items() if kind}
        changed = True
        while changed:  # a macro that uses a flagged macro is flagged as much
            changed = False
            for name, definition in macros:
                kind = max([self.macros.get(name, INDEPENDENT)]
                           + [self.macros.get(w, INDEPENDENT) for w in _WORD.findall(json.dumps(definition))])
                if kind != self.macros.get(name, INDEPENDENT):
                    self.macros[name], changed = kind, True

    def __call__(self, formula: str) -> int:
        kind = _words_class(formula)
        if self.macros and kind != DEFINING:
            kind = max([kind] + [self.macros.get(w, INDEPENDENT) for w in _WORD.findall(formula)])
        return kind


def key_prefix(settings: TypesetSettings, comment: bool) -> str:
    """Everything a formula's output depends on besides the formula: the settings (macros, fonts,
    ex height, MathJax version), the worker's code and extensions, and which TeX input (a reader's
    formula is typeset with comment_tex.js's, never shares an entry with the author's)."""
    h = hashlib.sha256()
    for part in (str(FORMAT), repr(settings.macros), settings.font_url, repr(settings.ex_factor), settings.version,
                 *(script.read_text(encoding="utf-8") for script in WORKER_SCRIPTS),
                 ",".join(requirable()), "comment" if comment else "post"):
        h.update(part.encode("utf-8") + b"\0")
    return h.hexdigest()[:32]


def _key(prefix: str, formula: str) -> str:
    return hashlib.sha256((prefix + formula).encode("utf-8")).hexdigest()


@dataclass
class _Plan:
    """How one page's formulas are had: whole (as today), or its PAGED formulas as one document
    (paged: their indices) and the others by key."""
    whole: bool
    paged: list[int]
    keys: list[str | None]
    group: str | None = None
    """The key of the PAGED formulas as one document (None if the page has none)."""


class FormulaCache:
    """A Typesetter that typesets each distinct page-independent formula once (see the module)."""

    def __init__(self, typesetter: Typesetter, memory: FormulaMemory) -> None:
        self.typesetter = typesetter
        self.memory = memory
        self.classify = Classifier(typesetter.settings.macros)
        self._prefixes = {c: key_prefix(typesetter.settings, c) for c in (False, True)}

    def __enter__(self) -> FormulaCache:
        self.typesetter.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self.typesetter.close()

    def close(self) -> None:
        self.typesetter.close()

    def stylesheet(self) -> tuple[str, dict[str, list[str]]]:
        return self.typesetter.stylesheet()

    def typeset(self, docs: list[list[str]], comment: bool = False, sent: Callable[[], None] | None = None
                ) -> list[TypesetDoc]:
        """As Typesetter.typeset (sent: once Node has the first of the work; not called if none)."""
        plans = [self._plan(doc, comment) for doc in docs]
        wanted = [k for plan in plans for k in [*plan.keys, plan.group] if k]
        known = self.memory.get(list(dict.fromkeys(wanted))) if wanted else {}
        missing = {k: doc[i] for doc, plan in zip(docs, plans, strict=True)
                   for i, k in enumerate(plan.keys) if k and k not in known}
        found, unsure = self._typeset_missing(missing, comment, sent)
        sent = None if missing else sent
        known.update(found)
        for plan in plans:  # a formula whose result was the clock's or a crash's: its page as today
            if any(k in unsure for k in plan.keys):
                plan.whole = True
        # Each page typeset whole, and each group of PAGED formulas not known, once.
        todo: dict[str | int, list[str]] = {}
        for n, (doc, plan) in enumerate(zip(docs, plans, strict=True)):
            if plan.whole:
                todo[n] = doc
            elif plan.group and plan.group not in known:
                todo.setdefault(plan.group, [doc[i] for i in plan.paged])
        made = dict(zip(todo, self.typesetter.typeset(list(todo.values()), comment, sent) if todo else [], strict=True))
        groups = {key: doc for key, doc in made.items() if isinstance(key, str)}
        out = []
        for n, plan in enumerate(plans):
            if plan.whole:
                out.append(made[n])
            else:
                paged = None
                if plan.group:
                    paged = groups[plan.group] if plan.group in groups else _doc_of(known[plan.group])
                out.append(_assemble(plan, paged, known))
        found.update({key: _group_entry(doc) for key, doc in groups.items() if not any(map(_unsure, doc.errors))})
        if found:
            self.memory.put(found)
        return out

    def _plan(self, doc: list[str], comment: bool) -> _Plan:
        kinds = [self.classify(formula) for formula in doc]
        if DEFINING in kinds:
            return _Plan(True, [], [])
        prefix = self._prefixes[comment]
        paged = [i for i, k in enumerate(kinds) if k == PAGED]
        return _Plan(False, paged,
                     [_key(prefix, f) if k == INDEPENDENT else None for f, k in zip(doc, kinds, strict=True)],
                     _key(prefix, json.dumps(["paged", [doc[i] for i in paged]])) if paged else None)

    def _typeset_missing(self, missing: dict[str, str], comment: bool, sent: Callable[[], None] | None = None
                         ) -> tuple[dict[str, Entry], set[str]]:
        """The entries of the missing formulas, and the keys of those whose result is not to be kept."""
        keys = list(missing)
        batches = [keys[i:i + BATCH] for i in range(0, len(keys), BATCH)]
        docs = self.typesetter.typeset([[missing[k] for k in b] for b in batches], comment, sent) if batches else []
        found, unsure = {}, set()
        for batch, doc in zip(batches, docs, strict=True):
            for key, entry in zip(batch, _entries(doc), strict=True):
                if _unsure(entry[2]):
                    unsure.add(key)
                else:
                    found[key] = entry
        return found, unsure


def _unsure(error: tuple[str, str] | None) -> bool:
    """Whether this error (tex, message) came from the clock or a crash, not from the formula."""
    return error is not None and error[1].startswith(_UNSURE_MESSAGES)


def _group_entry(doc: TypesetDoc) -> Group:
    """A group of PAGED formulas typeset, as kept: the document's kinds and each formula's entry."""
    return doc.kinds, tuple(_entries(doc))


def _doc_of(group: Group) -> TypesetDoc:
    """The TypesetDoc of a document's kinds and its formulas' entries (a kept group's, say)."""
    kinds, entries = group
    errors = [(i, e) for i, (_h, _k, e) in enumerate(entries) if e]
    return TypesetDoc(tuple(html for html, _k, _e in entries), tuple(e for _i, e in errors), kinds,
                      tuple(k for _h, k, _e in entries), tuple(i for i, _e in errors))


def _entries(doc: TypesetDoc) -> list[Entry]:
    errors = dict(zip(doc.error_at, doc.errors, strict=True))
    return [(html, kinds, errors.get(i)) for i, (html, kinds) in enumerate(zip(doc.math, doc.each, strict=True))]


def _assemble(plan: _Plan, paged: TypesetDoc | None, known: dict[str, Entry | Group]) -> TypesetDoc:
    """The page's TypesetDoc, as one document of all its formulas would have been."""
    entries: list[Entry] = []
    paged_entries = iter(_entries(paged) if paged else [])
    for key in plan.keys:
        entries.append(known[key] if key else next(paged_entries))
    kinds = set(paged.kinds if paged else ())
    for _html, formula_kinds, _error in entries:
        kinds.update(formula_kinds)
    return _doc_of((tuple(sorted(kinds)), tuple(entries)))


def typesetter(settings: TypesetSettings, memory: FormulaMemory | None, compile_cache: Path | None = None,
               early: EarlyWorker | None = None) -> Typesetter | FormulaCache:
    """The build's typesetter: with a memory, each distinct formula typeset once; without, each
    page typeset whole (the reference). compile_cache, early: see Typesetter."""
    worker = Typesetter(settings, compile_cache=compile_cache, early=early)
    return FormulaCache(worker, memory) if memory is not None else worker


class DictMemory:
    """A memory for one build (tests; a cache layer keeps its own between builds)."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry | Group] = {}

    def get(self, keys: Sequence[str]) -> dict[str, Entry | Group]:
        return {k: self.entries[k] for k in keys if k in self.entries}

    def put(self, entries: dict[str, Entry | Group]) -> None:
        self.entries.update(entries)


def math_worker(config: Config, memory: FormulaMemory | None = None, compile_cache: Path | None = None,
                early: EarlyWorker | None = None):
    """A Typesetter (its first Node process starts at once) for math.render: server, else nothing;
    memory: where each distinct formula is kept; compile_cache: where Node keeps MathJax compiled;
    early: a worker already started, which the Typesetter takes (and which is ended if there is none)."""
    settings = settings_of(config)
    if not settings and early is not None:
        early.close()
    return typesetter(settings, memory, compile_cache, early) if settings else nullcontext()
