"""The Jinja environment: the site's templates/ override the packaged default theme file by file."""

from __future__ import annotations

from pathlib import Path

import jinja2

from blogbuild.errors import TemplateError

_PACKAGE = Path(__file__).resolve().parent


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


def make_environment(root: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs(root)]),
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env


def describe_template_error(error: Exception, root: Path) -> TemplateError:
    """Turn a Jinja exception into 'templates/x.html:12: message', finding the file in the traceback."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        name = error.filename or error.name or "template"
        return TemplateError(f"template syntax error: {error.message}", _display(name, root), error.lineno)
    if isinstance(error, jinja2.TemplateNotFound):
        return TemplateError(f"template not found: {error.name}", "templates/",
                             hint=f"looked in {', '.join(str(d) for d in template_dirs(root))}")
    tb = error.__traceback__
    where: tuple[str, int] | None = None
    while tb is not None:
        frame = tb.tb_frame
        filename = frame.f_code.co_filename
        if frame.f_globals.get("__jinja_template__") is not None and filename.endswith((".html", ".xml", ".txt")):
            template = frame.f_globals["__jinja_template__"]
            where = (filename, template.get_corresponding_lineno(tb.tb_lineno))
        tb = tb.tb_next
    message = error.message if isinstance(error, jinja2.TemplateError) and error.message else str(error)
    if where:
        return TemplateError(f"template error: {message}", _display(where[0], root), where[1])
    return TemplateError(f"template error: {message}", "templates/")


def _display(filename: str, root: Path) -> str:
    path = Path(filename)
    for base in (root, theme_dir()):
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return filename
