"""The function that renders a page, and the files every site has beside its pages.

A page's bytes depend on the templates, its context and, with server math, on the CSS of the
kinds of MathJax element it uses (from the one stylesheet). The renderer is made before the whole
site is planned, so that the pages of the posts a build changed can be rendered, and their search
bundles started, while the rest is planned (write/search_ahead.py). The static files, the
generated stylesheets and MathJax go into the stage once Pagefind has those bundles: putting them
lists the output folder (~25 ms for 2,500 files), which an edit need not wait for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from blogbuild.render.feed import xml_text
from blogbuild.render.highlight import stylesheet as stylesheet_css
from blogbuild.render.mathjax_files import put_mathjax
from blogbuild.render.server_math import STYLESHEET, settings_of, with_preloads
from blogbuild.render.templates import describe_template_error, make_environment, static_dirs, theme_dir
from blogbuild.write.output import Stage

if TYPE_CHECKING:
    import jinja2

    from blogbuild.cache import Cache
    from blogbuild.render.page_outputs import Page
    from blogbuild.site.config import Config


def page_renderer(root: Path, config: Config, common: dict, cache: Cache, worker=None
                  ) -> tuple[Callable[[Page], bytes], jinja2.Environment, Callable[[Stage], None]]:
    """render(page) -> its bytes (its template given common and its own context); the templates'
    environment; and put_files(stage), which puts the static files, the generated stylesheets and
    MathJax into the stage. worker: a render.typeset.Typesetter when math is typeset at build time."""
    stylesheet, kind_rules = None, None
    if worker:  # the one CHTML stylesheet, and each kind of element's rules in it
        stylesheet, kind_rules = cache.remember("math-stylesheet", settings_of(config), [STYLESHEET],
                                                lambda todo: [worker.stylesheet() for _ in todo])[0]
    env = make_environment(root, cache.template_bytecode())
    env.auto_reload = False  # one build, one version of each template: no stat() per page

    def render(page: Page) -> bytes:
        try:
            text = env.get_template(page.template).render({**common, **page.context})
            if page.output.endswith(".xml"):  # the feed and the sitemap: well-formed whatever a title holds
                text = xml_text(text)
            html = text.encode("utf-8")
            return with_preloads(html, common["math_fonts"], kind_rules) if worker else html
        except Exception as e:  # whatever a template does wrong (1/0, endless include) is its file:line
            raise describe_template_error(e, root) from e

    def put_files(stage: Stage) -> None:
        theme_static = (theme_dir() / "static").resolve()
        for directory in static_dirs(root):  # the author's: nothing outside the site is published from it
            stage.put_tree(directory, "static", site=None if directory == theme_static else root)
        if "static/pygments.css" not in stage.files:
            (css,) = cache.remember("stylesheet", None, ["pygments.css"],
                                    lambda todo: [stylesheet_css().encode() for _ in todo])
            stage.put("static/pygments.css", css)
        put_mathjax(stage, root, config, stylesheet)

    return render, env, put_files
