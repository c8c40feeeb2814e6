"""The Jinja environment: the site's templates/ override the packaged default theme file by file."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import jinja2
from jinja2 import meta

from blogbuild.errors import TemplateError

_PACKAGE = Path(__file__).resolve().parent.parent


def theme_dir() -> Path:
    """The default theme: inside the installed package, or the repo's top level in a checkout."""
    packaged = _PACKAGE / "theme"
    if (packaged / "templates").is_dir():
        return packaged
    return _PACKAGE.parent


def template_dirs(root: Path) -> list[Path]:
    dirs = [root / "templates", theme_dir() / "templates"]
    return [d for d in dict.fromkeys(d.resolve() for d in dirs) if d.is_dir()]


def static_dirs(root: Path) -> list[Path]:
    """Lowest priority first: theme static, then the site's own, which wins file by file."""
    dirs = [theme_dir() / "static", root / "static"]
    return [d for d in dict.fromkeys(d.resolve() for d in dirs) if d.is_dir()]


def make_environment(root: Path, bytecode_cache: jinja2.BytecodeCache | None = None) -> jinja2.Environment:
    """bytecode_cache: where compiled templates are kept between builds (Jinja checks each one
    against its source)."""
    env = jinja2.Environment(
        bytecode_cache=bytecode_cache,
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs(root)]),
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env


def template_uses(env: jinja2.Environment, memo: dict[str, frozenset[str] | None] | None = None,
                  ) -> Callable[[str], frozenset[str] | None]:
    """uses(name): the variables template `name` reads from its context, with every template it
    extends, includes or imports; None when that cannot be known (a template named by a variable,
    or one that does not parse: rendering it will report the error).

    memo holds the answers already known for the same template files (parsing costs ~20 ms a
    template); it is filled in as templates are asked about.
    """
    memo = {} if memo is None else memo
    files: dict[str, tuple[set[str], set[str | None]]] = {}

    def own(name: str) -> tuple[set[str], set[str | None]]:
        if name not in files:
            source, filename, _uptodate = env.loader.get_source(env, name)
            ast = env.parse(source, name, filename)
            files[name] = set(meta.find_undeclared_variables(ast)), set(meta.find_referenced_templates(ast))
        return files[name]

    def uses(name: str) -> frozenset[str] | None:
        if name not in memo:
            names: set[str] = set()
            todo, seen = [name], set()
            try:
                while todo:
                    current = todo.pop()
                    if current in seen:
                        continue
                    seen.add(current)
                    found, referenced = own(current)
                    if None in referenced:
                        raise LookupError(current)
                    names |= found
                    todo.extend(r for r in referenced if r is not None)
                memo[name] = frozenset(names)
            except (LookupError, jinja2.TemplateError):
                memo[name] = None
        return memo[name]

    return uses


def describe_template_error(error: Exception, root: Path) -> TemplateError:
    """Turn a Jinja exception into 'templates/x.html:12: message', finding the file in the traceback."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        name = error.filename or error.name or "template"
        message, hint = _short_syntax_message(error.message or "")
        return TemplateError(f"template syntax error: {message}", _display(name, root), error.lineno, hint=hint)
    where = _template_frame(error)
    if isinstance(error, jinja2.TemplateNotFound):
        names = getattr(error, "templates", None) or [error.name]
        message = f"template not found: {', '.join(str(n) for n in names)}"
        hint = "looked in the site's templates/ and the default theme"
        if where:
            return TemplateError(message, _display(where[0], root), where[1], hint=hint)
        return TemplateError(message, "templates/", hint=hint)
    message = error.message if isinstance(error, jinja2.TemplateError) and error.message else str(error)
    message = message.replace("'blogbuild.render.pages.", "'").replace("jinja2.utils.", "")
    if isinstance(error, RecursionError):
        message = "templates include or extend each other without end"
    if where:
        return TemplateError(f"template error: {message}", _display(where[0], root), where[1])
    return TemplateError(f"template error: {message}", "templates/")


def _template_frame(error: Exception) -> tuple[str, int] | None:
    """(file, line) of the innermost template frame in the traceback, if any; for endless
    recursion, the template line that repeats most (the include), wherever the stack ran out.

    Jinja rewrites tracebacks: template frames are either real frames of the compiled template
    (globals hold __jinja_template__) or fake frames raised at the template's own line.
    """
    frames: list[tuple[str, int]] = []
    tb = error.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        filename = frame.f_code.co_filename
        if frame.f_globals.get("__jinja_template__") is not None and not filename.startswith("<"):
            template = frame.f_globals["__jinja_template__"]
            frames.append((filename, template.get_corresponding_lineno(tb.tb_lineno)))
        elif "__jinja_exception__" in frame.f_globals and not filename.startswith("<"):
            frames.append((filename, tb.tb_lineno))
        tb = tb.tb_next
    if not frames:
        return None
    if isinstance(error, RecursionError):
        return _recursion_site(frames)
    return frames[-1]


def _recursion_site(frames: list[tuple[str, int]]) -> tuple[str, int]:
    """The frames that repeat make the cycle; name its include if it has one (an extends line
    repeats as often, but the include is what to remove)."""
    counts = Counter(frames)
    top = max(counts.values())
    cycle = [f for f, n in counts.items() if n >= top - 1]
    for filename, line in cycle:
        try:
            text = Path(filename).read_text(encoding="utf-8").split("\n")[line - 1]
        except (OSError, IndexError, UnicodeDecodeError):
            continue
        if re.search(r"{%-?\s*include\b", text):
            return filename, line
    return counts.most_common(1)[0][0]


def _short_syntax_message(message: str) -> tuple[str, str | None]:
    """Jinja's nesting messages run to four sentences: keep the first, and what is left open."""
    first = message.split(". ", 1)[0].rstrip(".")
    if first[:2].istitle():  # "Encountered unknown tag" reads as the rest of our line
        first = first[0].lower() + first[1:]
    m = re.search(r"innermost block that needs to be closed is '(\w+)'", message)
    return first, (f"'{m.group(1)}' is not closed" if m else None)


def _display(filename: str, root: Path) -> str:
    path = Path(filename)
    for base in (root, theme_dir()):
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return filename
