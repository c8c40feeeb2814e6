"""One YAML parser for blog.yaml, front matter and comments: errors carry file, line and column."""

from __future__ import annotations

import re
from typing import Any

import yaml

from blogbuild.errors import BlogbuildError, show

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str, display: str, error: type[BlogbuildError], *, first_line: int = 1,
               prefix: str = "YAML") -> tuple[Any, yaml.Node | None]:
    """Parse one YAML document. first_line is the file line where text starts (2 for front matter)."""
    loader = _Loader(text)
    node = None
    try:
        _check_depth(text, display, error, first_line, prefix)
        node = loader.get_single_node()
        _check_aliases(text, node, display, error, first_line, prefix)
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        if mark is not None and e.context_mark is not None and mark.line >= text.count("\n"):
            mark = e.context_mark  # the problem is "end of input": point at what was left open
        raise error(f"{prefix}: {e.problem or e.context}", display,
                    mark.line + first_line if mark else first_line,
                    mark.column + 1 if mark else None) from None
    except BlogbuildError:
        raise
    except yaml.reader.ReaderError as e:  # a control character: its own, multi-line message
        pos = e.position
        line = text.count("\n", 0, pos) + first_line
        col = pos - text.rfind("\n", 0, pos)
        char = e.character if isinstance(e.character, str) else chr(e.character)
        raise error(f"{prefix}: control character U+{ord(char):04X} is not allowed", display, line, col) from None
    except Exception as e:  # a value that cannot be built: a date like 2024-02-30, or PyYAML tripping
        # on a timestamp its resolver accepts and its constructor cannot parse (AttributeError)
        bad = _first_bad_scalar(node)
        line, col = (bad.start_mark.line + first_line, bad.start_mark.column + 1) if bad else (first_line, None)
        what = f"cannot read {show(bad.value)}: {e}" if bad else str(e)
        raise error(f"{prefix}: {what}", display, line, col) from None
    finally:
        loader.dispose()
    return data, node


MAX_DEPTH = 100
"""Deeper nesting is refused: PyYAML's C composer recurses and would crash the process."""


def _check_depth(text: str, display: str, error: type[BlogbuildError], first_line: int, prefix: str) -> None:
    """Walk the parser's events (iterative, in C) and refuse lists/mappings nested too deeply."""
    if sum(text.count(c) for c in "[{-?:") <= MAX_DEPTH:
        return
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                raise error(f"{prefix}: nested more than {MAX_DEPTH} levels deep", display,
                            mark.line + first_line, mark.column + 1)
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1


MAX_ALIAS_NODES = 10_000
"""Aliases may repeat at most this many values in all: a few lines of anchors whose aliases name
other anchors' aliases (billion laughs) would expand to billions, and whatever walks the data would
never finish."""
_ALIAS = re.compile(r"(?:^|[\s\[{,])\*[^\s,\[\]{}]", re.M)


def _check_aliases(text: str, node: yaml.Node | None, display: str, error: type[BlogbuildError],
                   first_line: int, prefix: str) -> None:
    found = alias_bomb(node) if node is not None and _ALIAS.search(text) else None
    if found is not None:
        bad, why = found
        raise error(f"{prefix}: {why}", display, bad.start_mark.line + first_line, bad.start_mark.column + 1)


def alias_bomb(root: yaml.Node) -> tuple[yaml.Node, str] | None:
    """(the node, why) when aliases make the document repeat more than MAX_ALIAS_NODES values or
    a collection contains itself; None otherwise. One pass over the composed nodes (aliases are
    the same node objects), counting each node's size once."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    unique = 0
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        children = _children(node)
        if done:
            on_path.discard(id(node))
            sizes[id(node)] = 1 + sum(sizes[id(c)] for c in children)
            if sizes[id(node)] - unique > MAX_ALIAS_NODES:
                return node, f"its aliases repeat more than {MAX_ALIAS_NODES} values (an alias bomb?)"
            continue
        if id(node) in sizes:
            continue
        unique += 1
        on_path.add(id(node))
        stack.append((node, True))
        for child in children:
            if id(child) in on_path:
                return node, "an alias refers to a list or mapping that contains it"
            if id(child) not in sizes:
                stack.append((child, False))
    return None


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return node.value if isinstance(node, yaml.SequenceNode) else []


def _first_bad_scalar(node: yaml.Node | None) -> yaml.ScalarNode | None:
    """Composing succeeded but constructing failed: find the scalar that cannot be built."""
    if isinstance(node, yaml.ScalarNode):
        try:
            yaml.SafeLoader("").construct_object(node, deep=True)
        except Exception:
            return node
        return None
    children = []
    if isinstance(node, yaml.MappingNode):
        children = [n for pair in node.value for n in pair]
    elif isinstance(node, yaml.SequenceNode):
        children = node.value
    for child in children:
        found = _first_bad_scalar(child)
        if found is not None:
            return found
    return None
