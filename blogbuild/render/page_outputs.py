"""Where pages go: the Page record, the redirect pages of old URLs, and the checks that no two
pages (nor a page and a static file) want one file, or a file where another needs a folder."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote

from blogbuild.errors import BlogbuildError, FrontMatterError
from blogbuild.site.config import Config
from blogbuild.site.load import front_matter_line
from blogbuild.site.models import Post
from blogbuild.site.query_links import netlify_rule, query_alias
from blogbuild.site.urls import Urls, taken_by_site


@dataclass(frozen=True)
class Page:
    output: str
    """Output file, relative posix path: 'archives/x/index.html'."""
    template: str
    context: dict
    """What this page alone has (its template sees it over SitePlan.common)."""
    source: Post | None = None
    """The post or page whose file made it (for messages), if any."""
    alias: str | None = None
    """For a redirect page: the old URL path it stands at."""



def alias_output(alias: str) -> str:
    """The file a server sends for an old URL path: /archives/42/ and /archives/42 are
    archives/42/index.html, /archives/42.html is itself; percent escapes decoded, as servers do."""
    path = unquote(alias).lstrip("/")
    if path == "" or path.endswith("/"):
        return path + "index.html"
    if path.rpartition("/")[2].endswith((".html", ".htm")):
        return path
    return path + "/index.html"


def redirects(urls: Urls, config: Config, posts: tuple[Post, ...], link) -> list[Page]:
    """A page at each alias that sends readers (meta refresh) and search engines (canonical link,
    noindex) to the post, and `_redirects` (Netlify, Cloudflare Pages: `/old /new 301`). A query
    alias (/?p=42) has no page, only its Netlify line (site/query_links.py)."""
    found: list[Page] = []
    lines: list[str] = []
    queries: dict[str, Post] = {}
    for post in posts:
        target = link(post.slug)
        for alias in post.aliases:
            if query_alias(alias) is not None:
                other = queries.setdefault(alias, post)
                if other is not post:
                    raise FrontMatterError(f"alias {alias} is already an alias of {other.display}", post.display,
                                           front_matter_line(post, "aliases"), hint="remove it from 'aliases'")
                lines.append(netlify_rule(urls.link("/"), alias, target.url))
                continue
            found.append(Page(alias_output(alias), "redirect.html",
                              {"target": target, "page_url": urls.link(alias)}, post, alias))
            lines.append(f"{urls.link(alias)} {target.url} 301")
    if lines:
        found.append(Page("_redirects", "_redirects", {"redirects": lines}))
    return found


def check_outputs(pages: list[Page]) -> None:
    """No two pages may write one file, nor one page a file where another needs a folder
    (about.html, and about.html/index.html for the alias /about.html/). The message names the
    file (post, page) that asked for the URL last, or else the one that has a file."""
    owners: dict[str, Page] = {}
    for page in pages:
        other = owners.setdefault(page.output, page)
        if other is not page:
            _collision(page, other)
    folders = {folder: page for page in pages for folder in _folders(page.output)}
    for page in pages:
        other = folders.get(page.output)
        if other is not None:  # page writes a file where `other` needs a folder
            _collision(other, page, folder=page.output)


def check_files(pages: list[Page], files: set[str]) -> None:
    """No post or page (its URL, its aliases) may write a file the site already has from static/
    or MathJax, or need one of them to be a folder; nor take one of the site's own URLs
    (site/urls.py) that has no page yet (a tag, a month, a page of the index added later)."""
    folders = {folder for file in files for folder in _folders(file)}
    for page in pages:
        if page.source is None:
            continue
        clash = page.output if page.output in files or page.output in folders else \
            next((folder for folder in _folders(page.output) if folder in files), None)
        if clash is not None:
            _collision(page, Page(clash, "", {}), folder=None if clash == page.output else clash,
                       taken=f"the static file {clash}" if clash in files else f"the folder {clash} of static files")
    for page in pages:  # a tag, a month or an index page that comes later would take it
        path = "/" + page.output.removesuffix("index.html")
        if page.source is not None and taken_by_site(path):
            _collision(page, Page(page.output, "", {}), taken=f"one of the site's own URLs ({_own_part(path)})")


def _own_part(path: str) -> str:
    """The site's own part of the URL space a path falls in: 'tags/', 'search/', 'atom.xml'."""
    first = path.strip("/").split("/")[0]
    return first if "." in first else first + "/"


def _folders(output: str) -> list[str]:
    parts = output.split("/")[:-1]
    return ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]


def _collision(page: Page, other: Page, folder: str | None = None, taken: str | None = None) -> None:
    """page and other (which came first) both want `page.output`, or page needs `folder` to be a
    folder where other writes a file."""
    culprit, owner = (page, other) if page.source is not None or other.source is None else (other, page)
    if culprit.source is None:
        raise BlogbuildError(f"two pages write to '{page.output}'", "blog.yaml",
                             hint="check 'permalink' and the posts' slugs")
    if taken is not None:
        pass
    elif owner.alias is not None:
        taken = f"an alias of {owner.source.display}"
    elif owner.source is not None:
        taken = f"the URL of {owner.source.display}"
    else:
        taken = f"the site's own page {owner.output}"
    if folder is None:
        verb = f"is already {taken}"
    elif culprit is page:
        verb = f"needs {folder} to be a folder, but it is {taken}"
    else:
        verb = f"writes the file {folder}, where {taken} needs a folder"

    post = culprit.source
    if culprit.alias is not None:
        raise FrontMatterError(f"alias {culprit.alias} {verb}", post.display,
                               front_matter_line(post, "aliases"), hint="remove it from 'aliases'")
    kind = "page" if post.page else "post"
    url = "/" + culprit.output.removesuffix("index.html")
    raise FrontMatterError(f"the {kind}'s URL {url} {verb}", post.display,
                           front_matter_line(post, "slug"), hint="give it a different 'slug:'")
