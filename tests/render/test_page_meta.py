"""What every kind of page tells search engines, link previews and assistive technology.

The example blog is built through the CLI (`build --no-cache`) twice: as it is (Chinese, served at
/blogbuild/) and as an English site at a domain's root. For every HTML page of each kind (index
pages, posts, monthly archives and their overview, tag and category pages and overviews, recent
comments, search, 404) the head and the page are checked against what the sources say, read here
with PyYAML: `lang` from blog.yaml's language, one canonical link to the page's own absolute URL,
Open Graph tags (`og:type` article for posts, website elsewhere; `article:published_time` the
front matter's date in the site's timezone), the description (blog.yaml's on listing pages; on
posts, plain text that starts like the post's first paragraph or its `summary:`), a search form
that works without JavaScript, only the post's text marked for the search index, and nothing
focusable inside `aria-hidden`.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import pytest
import yaml
from helpers import REPO, copy_example, run_cli

LANG = {"zh": "zh-CN", "en": "en"}
"""The `lang` a reader's browser should get for blog.yaml's `language` (BCP 47)."""
FOCUSABLE = {"a", "button", "input", "select", "textarea"}


class Page(HTMLParser):
    """The few things of a page these tests read."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.lang: str | None = None
        self.title = ""
        self.meta: dict[str, list[str]] = {}
        self.links: dict[str, list[str]] = {}
        self.forms: list[dict] = []
        self.inputs: list[dict] = []
        self.headings: list[int] = []
        self.hidden_focusable: list[str] = []
        self.pagefind: list[tuple[str, str, str | None]] = []
        self._stack: list[tuple[str, bool]] = []
        self._in_title = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        hidden = (self._stack[-1][1] if self._stack else False) or a.get("aria-hidden") == "true"
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "title":
            self._in_title = True
        elif tag == "meta" and ("name" in a or "property" in a):
            self.meta.setdefault(a.get("name") or a["property"], []).append(a.get("content"))
        elif tag == "link":
            self.links.setdefault(a.get("rel"), []).append(a.get("href"))
        elif tag == "form":
            self.forms.append(a)
        elif tag == "input":
            self.inputs.append(a)
        elif re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if hidden and (tag in FOCUSABLE and (tag != "a" or "href" in a)) and a.get("tabindex") != "-1":
            self.hidden_focusable.append(tag)
        for key in ("data-pagefind-body", "data-pagefind-ignore"):
            if key in a:
                self.pagefind.append((key, tag, a.get("class")))
        if tag not in {"meta", "link", "input", "br", "img", "hr"}:
            self._stack.append((tag, hidden))

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        while self._stack:
            if self._stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self._in_title:
            self.title += data

    def one(self, name: str) -> str:
        values = self.meta.get(name, [])
        assert len(values) == 1, f"{name}: {values}"
        return values[0]


def _front_matter(path: Path) -> tuple[dict, str]:
    _, head, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(head), body


def _plain_start(markdown: str) -> str:
    """The first paragraph's text up to its first formula or markup: what a description of it
    must start with."""
    paragraph = next(p for p in re.split(r"\n\s*\n", markdown.strip()) if p.strip() and not p.startswith("#"))
    return re.split(r"[$\\*_`\[<]", paragraph, maxsplit=1)[0].strip()


def _build(tmp_path: Path, **config) -> dict:
    root = copy_example(tmp_path, **config)
    code, out, err = run_cli("build", "-s", str(root), "--no-cache")
    assert code == 0, err
    return yaml.safe_load((root / "blog.yaml").read_text(encoding="utf-8")) | {"_root": root}


@pytest.fixture(scope="module", params=["as-is", "english-at-root", "server-math"])
def site(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp(request.param)
    if request.param == "as-is":
        return _build(tmp)
    if request.param == "server-math":  # math typeset at build time: MathJax's HTML in every page;
        return _build(tmp, math={"render": "server"}, description="")  # and no description of the blog
    return _build(tmp, language="en", url="https://blog.example.org/", description="Maths, written down.")


def _pages(config: dict) -> dict[str, Path]:
    """URL path (with the base path) -> HTML file, for every page the site has."""
    out = config["_root"] / "public"
    base = re.sub(r"^https?://[^/]+", "", config["url"])
    found = {}
    for file in sorted(out.rglob("*.html")):
        rel = file.relative_to(out).as_posix()
        if rel.startswith(("pagefind/", "comments/recent.html")) or 'http-equiv="refresh"' in file.read_text("utf-8"):
            continue  # Pagefind's own files; the sidebar's box (a fragment, no <head>); old URLs' redirects
        found[base + (rel[:-len("index.html")] if rel.endswith("index.html") else rel)] = file
    return found


def _kind(path: str, base: str) -> str:
    rel = path[len(base):]
    for prefix, kind in (("archives/", "post"), ("archive/", "archive"), ("tags/", "terms"), ("categories/", "terms"),
                         ("comments/", "comments"), ("search/", "search"), ("page/", "index")):
        if rel.startswith(prefix):
            return kind
    return {"": "index", "404.html": "404"}.get(rel, "page")


def _posts(config: dict) -> dict[str, tuple[dict, str]]:
    found = {}
    for path in sorted((config["_root"] / "posts").glob("*.md")):
        meta, body = _front_matter(path)
        if not meta.get("draft"):
            found[meta.get("slug") or re.sub(r"^\d{4}-\d{2}-\d{2}-", "", path.stem)] = (meta, body)
    return found


def _pages_sources(config: dict) -> dict[str, tuple[dict, str]]:
    """slug -> (front matter, body) of pages/*.md."""
    found = {}
    for path in sorted((config["_root"] / "pages").glob("*.md")):
        meta, body = _front_matter(path)
        found[meta.get("slug") or path.stem] = (meta, body)
    return found


LEADS = {"zh": ("标签“{name}”下的 {n} 篇文章", "分类“{name}”下的 {n} 篇文章", "{y} 年 {m} 月的 {n} 篇文章", "：", "、"),
         "en": ("{n} posts under tag “{name}”", "{n} posts under category “{name}”", "{n} posts from {y}-{m:02d}",
                ": ", ", ")}


def _listing_description(site: dict, path: str, title: str, posts: dict[str, tuple[dict, str]]) -> str:
    """What a listing page's description must be: a tag's, category's or month's page says what it
    lists and the titles (newest first), cut at 160 characters; the first index page and the
    overviews give the blog's description, or without one the page's title (another index page:
    its title and its posts' titles)."""
    tag, category, month, lead_sep, sep = LEADS[site["language"]]
    base = re.sub(r"^https?://[^/]+", "", site["url"])
    rel = path[len(base):].strip("/").split("/")
    tz = ZoneInfo(site["timezone"])

    def dated(meta):
        d = meta["date"] if isinstance(meta["date"], dt.datetime) else dt.datetime.fromisoformat(str(meta["date"]))
        return d if d.tzinfo else d.replace(tzinfo=tz)

    newest_first = sorted(posts.values(), key=lambda p: dated(p[0]), reverse=True)
    if rel[0] in ("tags", "categories") and len(rel) == 2:
        members = [m for m, _ in newest_first if any(_slug(t) == rel[1] for t in m.get(rel[0], []))]
        name = next(t for t in members[0][rel[0]] if _slug(t) == rel[1])
        lead = (tag if rel[0] == "tags" else category).format(name=name, n=len(members))
    elif rel[0] == "archive" and len(rel) == 3:
        members = [m for m, _ in newest_first if dated(m).astimezone(tz).strftime("%Y/%m") == f"{rel[1]}/{rel[2]}"]
        lead = month.format(y=int(rel[1]), m=int(rel[2]), n=len(members))
    elif rel == [""] and site["description"]:
        return site["description"]
    elif rel[0] == "page":
        n = int(rel[1])
        members = [m for m, _ in newest_first][(n - 1) * site["posts_per_page"]:n * site["posts_per_page"]]
        lead = title
    elif rel == [""]:
        members, lead = [m for m, _ in newest_first][:site["posts_per_page"]], title
    else:
        return site["description"] or title
    text = lead + lead_sep + sep.join(m["title"] for m in members)
    return text if len(text) <= 160 else None  # a long one: checked by test_long_listing_descriptions_are_cut


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9\u4e00-\u9fff]+", "-", name.lower()).strip("-")


def test_every_kind_of_page_is_there(site):
    base = re.sub(r"^https?://[^/]+", "", site["url"])
    kinds = {_kind(path, base) for path in _pages(site)}
    assert kinds == {"index", "post", "page", "archive", "terms", "comments", "search", "404"}


def test_head_of_every_page(site):
    base = re.sub(r"^https?://[^/]+", "", site["url"])
    origin = site["url"][:len(site["url"]) - len(base)]
    tz = ZoneInfo(site["timezone"])
    posts = _posts(site)
    for path, file in _pages(site).items():
        page = Page(file.read_text(encoding="utf-8"))
        kind = _kind(path, base)
        where = f"{path} ({kind})"
        assert page.lang == LANG[site["language"]], where
        assert page.one("og:site_name") == site["title"], where
        if kind == "404":
            assert page.one("robots") == "noindex", where
            assert "canonical" not in page.links, where
            continue
        assert [unquote(u) for u in page.links["canonical"]] == [origin + path], where
        assert page.one("og:url") == page.links["canonical"][0], where
        assert page.one("og:description") == page.one("description"), where
        if kind == "post":
            meta, body = posts[path[len(base) + len("archives/"):].strip("/")]
            assert page.one("og:type") == "article", where
            assert page.one("og:title") == meta["title"], where
            date = meta["date"]
            date = date if isinstance(date, dt.datetime) else dt.datetime.fromisoformat(str(date))
            published = dt.datetime.fromisoformat(page.one("article:published_time"))
            assert published == (date if date.tzinfo else date.replace(tzinfo=tz)), where
            description = page.one("description")
            assert 0 < len(description) <= 160 and not re.search(r"[\\<>${}]", description), (where, description)
            start = _plain_start(meta.get("summary") or body)
            assert description.startswith(start[:40]), (where, description, start)
        elif kind == "page":  # pages/*.md: its title, its first paragraph
            (meta, body), = [v for k, v in _pages_sources(site).items() if path == f"{base}{k}/"]
            assert page.one("og:type") == "website", where
            assert page.one("og:title") == meta["title"], where
            assert page.one("description").startswith(_plain_start(body)[:40]), where
        else:
            assert page.one("og:type") == "website", where
            assert page.one("og:title") == page.title, where
            assert page.one("description") == _listing_description(site, path, page.title, posts), where
            assert "article:published_time" not in page.meta, where
        assert not re.search("[\u2061-\u2064]", page.one("description")), where  # MathJax's invisible operators


def test_search_form_and_index_marks(site):
    """Every page has a plain GET form to the search page; posts and the site's pages mark their
    body's text for the index, listings do not, and the sidebar (on every page) is left out of it."""
    base = re.sub(r"^https?://[^/]+", "", site["url"])
    asides = 0
    for path, file in _pages(site).items():
        text = file.read_text(encoding="utf-8")
        page = Page(text)
        where = f"{path} ({_kind(path, base)})"
        form = {"role": "search", "action": f"{base}search/", "method": "get", "class": "search-form"}
        assert form in page.forms, where
        box = [i for i in page.inputs if i.get("type") == "search" and i.get("name") == "q"]
        assert box and all(i.get("aria-label") for i in box), where
        body = [mark for mark in page.pagefind if mark[0] == "data-pagefind-body"]
        if _kind(path, base) in ("post", "page"):
            assert body == [("data-pagefind-body", "div", "post-body")], where
        else:
            assert body == [], where
        for aside in re.findall(r"<aside\b[^>]*>", text):
            assert 'data-pagefind-ignore="all"' in aside, where
            asides += 1
    assert asides > 0


def test_accessibility_basics(site):
    """Headings never skip a level going down (h2 → h4), and nothing focusable sits inside
    aria-hidden, on every page; links are underlined (told apart without colour)."""
    for path, file in _pages(site).items():
        page = Page(file.read_text(encoding="utf-8"))
        levels = page.headings
        assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), (path, levels)
        assert page.hidden_focusable == [], path
    css = (REPO / "static" / "style.css").read_text(encoding="utf-8")
    rule = re.search(r"(?m)^a \{([^}]*)\}", css).group(1)
    assert re.search(r"text-decoration:\s*underline", rule)
