"""The build: load → render posts → plan pages → render templates → write to a temp folder → swap.

Nothing touches the output folder until every page has rendered, so an error anywhere leaves the
previous site exactly as it was.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import jinja2

from blogbuild.config import Config, load_config
from blogbuild.errors import BlogbuildError, ContentError
from blogbuild.feed import rebase_links, tex_to_mathml
from blogbuild.highlight import stylesheet
from blogbuild.load import COMMENTS_DIR, POSTS_DIR, load_site
from blogbuild.markdown import make_comment_markdown, make_markdown, render_comment, render_for_feed, render_post
from blogbuild.models import RenderedPost, Site
from blogbuild.output import check_output_dir, copy_tree, discard, new_temp_dir, swap_in, write_file
from blogbuild.pages import PageSpec, Urls, plan_site
from blogbuild.templating import describe_template_error, make_environment, static_dirs

SOURCE_DIRS = [POSTS_DIR, COMMENTS_DIR, "templates", "static"]


@dataclass(frozen=True)
class BuildReport:
    output: Path
    pages: int
    files: int
    posts: int
    seconds: float

    def summary(self) -> str:
        return (f"Built {self.posts} posts: {self.pages} pages, {self.files} files in total, "
                f"into {self.output} in {self.seconds:.2f} s")


def render_posts(site: Site, config: Config) -> dict[str, RenderedPost]:
    md = make_markdown()
    rendered = {}
    for post in site.posts:
        try:
            r = render_post(md, post)
        except Exception as e:  # a parser bug must still name the post
            raise ContentError(f"cannot render post: {type(e).__name__}: {e}", post.display, post.body_line) from e
        if config.base_path != "/":
            r = RenderedPost(html=rebase_links(r.html, config.base_path),
                             excerpt_html=rebase_links(r.excerpt_html, config.base_path), has_more=r.has_more)
        rendered[post.slug] = r
    return rendered


def render_comments(site: Site) -> dict[str, str]:
    md = make_comment_markdown()
    return {str(c.id): render_comment(md, c.body) for c in site.comments}


def render_feed_entries(site: Site, config: Config) -> dict[str, str]:
    """Feed HTML of the newest posts: absolute links, math as MathML unless turned off."""
    md = make_markdown()
    prefix = Urls(config).absolute("/")
    mathml = tex_to_mathml if config.feed.mathml else None
    return {post.slug: rebase_links(render_for_feed(md, post, mathml), prefix)
            for post in site.posts[:config.feed.entries]}


def render_pages(env: jinja2.Environment, pages: list[PageSpec], root: Path) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for spec in pages:
        try:
            html = env.get_template(spec.template).render(spec.context)
        except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError) as e:
            raise describe_template_error(e, root) from e
        if spec.output in out:
            raise BlogbuildError(f"two pages write to '{spec.output}'", "blog.yaml",
                                 hint="check 'permalink' and the posts' slugs")
        out[spec.output] = html.encode("utf-8")
    return out


def build(root: Path | str = ".", *, drafts: bool = False, base_url: str | None = None,
          output: str | Path | None = None) -> BuildReport:
    started = time.perf_counter()
    root = Path(root).resolve()
    config = load_config(root, base_url=base_url, output=str(output) if output is not None else None)
    out = (root / config.output).resolve()
    check_output_dir(root, out, SOURCE_DIRS)
    site = load_site(root, config, drafts=drafts)
    rendered = render_posts(site, config)
    pages = plan_site(site, config, rendered, render_comments(site), render_feed_entries(site, config))
    files = render_pages(make_environment(root), pages, root)

    tmp = new_temp_dir(out)
    try:
        count = _write_all(tmp, files, root, config)
        swap_in(tmp, out)
    except BaseException:
        discard(tmp)
        raise
    return BuildReport(output=out, pages=len(files), files=count, posts=len(site.posts),
                       seconds=time.perf_counter() - started)


def _write_all(tmp: Path, files: dict[str, bytes], root: Path, config: Config) -> int:
    count = 0
    for directory in static_dirs(root):
        count += copy_tree(directory, tmp / "static")
    if not (tmp / "static" / "pygments.css").exists():
        write_file(tmp, "static/pygments.css", stylesheet().encode())
        count += 1
    if config.mathjax.copy_from:
        src = (root / config.mathjax.copy_from).resolve()
        if not (src / "tex-chtml.js").is_file():
            raise BlogbuildError(f"'mathjax.copy_from' has no tex-chtml.js: {src}", "blog.yaml",
                                 hint="point it at node_modules/mathjax/es5")
        count += copy_tree(src, tmp / "mathjax")
    for rel, data in files.items():
        write_file(tmp, rel, data)
        count += 1
    return count
