"""What every listing page lists, and in which order.

A tag page once said "(0 篇文章)" and no test noticed: nothing asserted what listing pages show.
These tests build sites through the public CLI (`build --no-cache`, the plain reference build) and
check, for every kind of listing page, exactly which posts it lists and in which order:

- the index and its pages (`/`, `/page/N/`) with their newer/older links;
- tag and category pages (their count and list) and the two overviews (`/tags/`, `/categories/`);
- monthly archives (`/archive/YYYY/MM/`) and the archive overview (`/archive/`);
- recent comments (`/comments/`, `/comments/recent.html`, the sidebar box that fetches it);
- `atom.xml` and `sitemap.xml`;
- pages (`pages/*.md`): in the navigation, in the sitemap, in no listing; old URLs (`aliases`) as
  redirect pages and `_redirects` lines; comment threads (replies nested under what they answer).

Expectations are computed here, independently of blogbuild: front matter and comments are read
with PyYAML, dates are put into the site's timezone with zoneinfo, URLs come from the explicit
`slug:` of each post and the `permalink` set in blog.yaml. Nothing of blogbuild is imported but
its command line.

Sites: the repo's example blog (Chinese tags: their pages are found by following the links on the
post pages), a generated site (23 posts, seeded random, month boundaries that depend on the site's
timezone, a draft, comments) and the same generated site built with --drafts.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo

import pytest
import yaml
from helpers import THREAD_DEPTH, shown_under

from blogbuild.cli import main

REPO = Path(__file__).resolve().parents[2]
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


# --- a small DOM over html.parser -----------------------------------------------------------------

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class El:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: El | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[El | str] = []

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, El):
                yield from c.iter()

    def has_class(self, cls: str) -> bool:
        return cls in (self.attrs.get("class") or "").split()

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[El]:
        return [e for e in self.iter() if e is not self
                and (tag is None or e.tag == tag)
                and (cls is None or e.has_class(cls))
                and all(e.attrs.get(k.rstrip("_")) == v for k, v in attrs.items())]

    def one(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> El:
        found = self.find_all(tag, cls, **attrs)
        assert len(found) == 1, f"expected exactly one <{tag} class={cls} {attrs}>, found {len(found)}"
        return found[0]

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = self.current = El("#document", {}, None)

    def handle_starttag(self, tag, attrs):
        el = El(tag, dict(attrs), self.current)
        self.current.children.append(el)
        if tag not in _VOID:
            self.current = el

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(El(tag, dict(attrs), self.current))

    def handle_endtag(self, tag):
        el = self.current
        while el is not None and el.tag != tag:
            el = el.parent
        if el is not None and el.parent is not None:
            self.current = el.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse_html(text: str) -> El:
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root


# --- the sites and what they should show ----------------------------------------------------------

@dataclass
class ExpPost:
    title: str
    slug: str
    date: dt.datetime          # aware
    updated: dt.datetime | None
    tags: list[str]
    categories: list[str]
    draft: bool
    page: bool = False         # pages/*.md: date may be None
    nav: int | None = None     # a page's place in the navigation; None: not in it
    aliases: list[str] = field(default_factory=list)


@dataclass
class ExpComment:
    id: str
    author: str
    date: dt.datetime
    slug: str


@dataclass
class Built:
    name: str
    out: Path
    base: str                  # the site's base path: '/' or '/blogbuild/'
    origin: str                # 'https://example.org'
    tz: dt.tzinfo
    per_page: int
    feed_entries: int
    recent_comments: int
    posts: list[ExpPost]       # the posts this build publishes, newest first
    drafts: list[ExpPost]      # posts this build must not show anywhere
    comments: list[ExpComment]  # comments of published posts and pages, newest first
    ascii_terms: bool          # tag/category URLs are /tags/<name>/ (names are lowercase ASCII)
    pages: list[ExpPost] = field(default_factory=list)  # published pages, in navigation order
    hidden_pages: list[ExpPost] = field(default_factory=list)  # draft pages this build must not show
    files: dict[str, El] = field(default_factory=dict)

    # URLs and pages

    def post_url(self, post: ExpPost) -> str:
        """README: a post at its permalink, a page at /{slug}/."""
        return f"{self.base}{post.slug}/" if post.page else f"{self.base}archives/{post.slug}/"

    def abs(self, url: str) -> str:
        return self.origin + url

    def file_for(self, url: str) -> Path:
        """A link as the site writes it ('/blogbuild/tags/x/') -> its file in the output folder."""
        path = unquote(urlsplit(url).path)
        assert path.startswith(self.base), f"{url} is outside the site ({self.base})"
        rel = path[len(self.base):]
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        return self.out / rel

    def page(self, url: str) -> El:
        found = self.files.get(url)
        if found is None:
            file = self.file_for(url)
            assert file.is_file(), f"{url}: no such page ({file})"
            found = self.files[url] = parse_html(file.read_text(encoding="utf-8"))
        return found

    def main(self, url: str) -> El:
        return self.page(url).one("main")

    def by_title(self) -> dict[str, ExpPost]:
        return {p.title: p for p in self.posts}


def _aware(value, tz: dt.tzinfo) -> dt.datetime:
    """A YAML date or timestamp as blog.yaml's timezone reads it (README: without an offset, the
    site's timezone)."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=tz)
    assert isinstance(value, dt.date), value
    return dt.datetime(value.year, value.month, value.day, tzinfo=tz)


def _names(value) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in ([value] if isinstance(value, str) else value)]


def _timezone(name: str) -> dt.tzinfo:
    m = re.fullmatch(r"([+-])(\d\d):?(\d\d)", name)
    if m:
        sign = 1 if m.group(1) == "+" else -1
        return dt.timezone(sign * dt.timedelta(hours=int(m.group(2)), minutes=int(m.group(3))))
    return dt.timezone.utc if name.upper() == "UTC" else ZoneInfo(name)


def read_expectations(name: str, site: Path, out: Path, *, drafts: bool, ascii_terms: bool) -> Built:
    config = yaml.safe_load((site / "blog.yaml").read_text(encoding="utf-8"))
    assert config.get("permalink", "/archives/{slug}/") == "/archives/{slug}/"
    tz = _timezone(config.get("timezone", "UTC"))
    parts = urlsplit(config["url"])
    posts: list[ExpPost] = []
    pages: list[ExpPost] = []
    for folder, found in (("posts", posts), ("pages", pages)):
        for path in sorted((site / folder).rglob("*.md")):
            text = path.read_text(encoding="utf-8")
            fm = yaml.safe_load(text.split("\n---", 1)[0].removeprefix("---\n"))
            slug = fm.get("slug")
            if slug is None:  # README: the file name without a leading YYYY-MM-DD- (ASCII names only here)
                slug = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", path.stem)
                assert re.fullmatch(r"[a-z0-9-]+", slug), f"{path}: give this fixture post an explicit slug"
            nav = fm.get("nav", 0)  # README: a page's place in the navigation, default 0; false: not in it
            found.append(ExpPost(
                title=str(fm["title"]), slug=str(slug), date=_aware(fm["date"], tz) if "date" in fm else None,
                updated=_aware(fm["updated"], tz) if fm.get("updated") is not None else None,
                tags=_names(fm.get("tags")), categories=_names(fm.get("categories")),
                draft=bool(fm.get("draft", False)), page=folder == "pages",
                nav=None if nav is False else nav, aliases=_names(fm.get("aliases"))))
    pages.sort(key=lambda p: (p.nav is None, p.nav or 0, p.title, p.slug))
    instants = [p.date.timestamp() for p in posts]
    assert len(set(instants)) == len(instants), "fixture: two posts at the same instant (order undefined)"
    posts.sort(key=lambda p: p.date, reverse=True)
    shown = [p for p in posts if drafts or not p.draft]
    hidden = [p for p in posts if p.draft and not drafts]
    shown_pages = [p for p in pages if drafts or not p.draft]
    shown_slugs = {p.slug for p in shown + shown_pages}
    comments: list[ExpComment] = []
    for path in sorted((site / "comments").glob("*.yaml")) if (site / "comments").is_dir() else []:
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if path.stem in shown_slugs:
                comments.append(ExpComment(str(item["id"]), str(item["author"]), _aware(item["date"], tz), path.stem))
    instants = [c.date.timestamp() for c in comments]
    assert len(set(instants)) == len(instants), "fixture: two comments at the same instant"
    comments.sort(key=lambda c: c.date, reverse=True)
    return Built(
        name=name, out=out, base=parts.path or "/", origin=f"{parts.scheme}://{parts.netloc}", tz=tz,
        per_page=config.get("posts_per_page", 10), feed_entries=(config.get("feed") or {}).get("entries", 20),
        recent_comments=config.get("recent_comments", 10), posts=shown, drafts=hidden, comments=comments,
        ascii_terms=ascii_terms, pages=shown_pages, hidden_pages=[p for p in pages if p not in shown_pages])


def build(site: Path, *extra: str) -> None:
    code = main(["build", "-s", str(site), "--no-cache", *extra])
    assert code == 0, f"build of {site} exited with {code}"


# --- the generated site -----------------------------------------------------------------------------

GEN_TZ = "Europe/Berlin"
TAG_POOL = ["algebra", "analysis", "topology", "probability", "number-theory", "geometry", "combinatorics"]
CATEGORY_POOL = ["notes", "research", "teaching", "puzzles"]

# Dates near midnight with explicit offsets: the month in Europe/Berlin differs from the month as
# written (the comments give the Berlin time). Entries: (title, slug, date as written).
BOUNDARY_POSTS = [
    ("New Year in Seattle", "new-year-seattle", "2021-12-31 23:45:00-08:00"),    # Berlin: 2022-01-01 08:45
    ("Late January Call", "late-january-call", "2022-01-31 19:30:00-05:00"),     # Berlin: 2022-02-01 01:30
    ("Early February in Berlin", "early-february-berlin", "2022-02-01 00:15:00+01:00"),  # same month
    ("Tokyo Morning of June", "tokyo-june", "2022-07-01 00:30:00+09:00"),        # Berlin: 2022-06-30 17:30
    ("Midnight Sharp", "midnight-sharp", "2022-06-01 01:00:00+03:00"),           # Berlin: 2022-06-01 00:00
    ("Naive Halloween", "naive-halloween", "2022-10-31 23:59:00"),               # site timezone: October
]


def _yaml_list(items: list[str]) -> str:
    return "[" + ", ".join(items) + "]"


def write_generated_site(root: Path) -> None:
    """23 published posts over 2019-2023 and one draft, comments on several posts. Deterministic."""
    rng = random.Random(20240607)
    root.mkdir(parents=True)
    (root / "blog.yaml").write_text(
        "title: Generated Listing Test\n"
        "url: https://example.org/\n"
        "author: Tester\n"
        "language: en\n"
        f"timezone: {GEN_TZ}\n"
        "permalink: /archives/{slug}/\n"
        "posts_per_page: 5\n"
        "recent_comments: 4\n"
        "feed:\n  entries: 7\n  mathml: false\n", encoding="utf-8")
    posts_dir = root / "posts"
    posts_dir.mkdir()
    taken: set[float] = set()
    specs: list[dict] = []
    months = [(2019, 3), (2019, 11), (2020, 2), (2020, 8), (2021, 5), (2022, 9), (2023, 1), (2023, 4)]
    words = ["Lemma", "Series", "Groups", "Measures", "Knots", "Primes", "Graphs", "Integrals", "Flows"]
    for i in range(17):
        while True:
            y, m = rng.choice(months)  # few months: several posts share one
            day = rng.randint(3, 26)   # far from month ends: these posts are not the hard case
            kind = rng.choice(["date", "naive", "offset", "offset"])
            if kind == "date":
                written = f"{y:04d}-{m:02d}-{day:02d}"
            else:
                h, mi = rng.randint(0, 23), rng.randint(0, 59)
                written = f"{y:04d}-{m:02d}-{day:02d} {h:02d}:{mi:02d}:00"
                if kind == "offset":
                    written += rng.choice(["+08:00", "-05:00", "+00:00", "+05:30"])
            instant = _aware(written, ZoneInfo(GEN_TZ)).timestamp()
            if instant not in taken:
                taken.add(instant)
                break
        title = f"{rng.choice(words)} and {rng.choice(words)} {i:02d}"
        if i == 4:
            title = "Sums & Products: <Part 2>"  # escaping in HTML and in the feed
        specs.append({"title": title, "slug": f"gen-{i:02d}", "date": written,
                      "tags": rng.sample(TAG_POOL, rng.randint(0, 3)),
                      "categories": rng.sample(CATEGORY_POOL, rng.choice([0, 1, 1, 1, 2]))})
    for title, slug, written in BOUNDARY_POSTS:
        specs.append({"title": title, "slug": slug, "date": written,
                      "tags": rng.sample(TAG_POOL, rng.randint(1, 2)), "categories": ["boundary"]})
    specs[2]["updated"] = "2024-03-05 10:00:00+00:00"
    specs.append({"title": "Unfinished Draft", "slug": "unfinished-draft", "date": "2023-04-28 12:00:00+02:00",
                  "tags": ["draft-only", "algebra"], "categories": ["unpublished"], "draft": True})
    for n, spec in enumerate(specs):
        lines = ["---", f"title: {json.dumps(spec['title'])}", f"date: {spec['date']}", f"slug: {spec['slug']}",
                 f"tags: {_yaml_list(spec['tags'])}", f"categories: {_yaml_list(spec['categories'])}"]
        if "updated" in spec:
            lines.append(f"updated: {spec['updated']}")
        if spec.get("draft"):
            lines.append("draft: true")
        if n < 3 or spec.get("draft"):  # old URLs: with and without a trailing slash, a .html file
            lines.append(f"aliases: [/archives/{1000 + n}/, /index.php/archives/{1000 + n}, /old/{spec['slug']}.html]")
        lines += ["---", f"Body of {spec['slug']}: $x_{n}^2$.", "", "<!--more-->", "", "More."]
        # File names do not follow the date order, so the order is the dates' alone.
        (posts_dir / f"{rng.randint(0, 10**6):07d}-{spec['slug']}.md").write_text("\n".join(lines) + "\n",
                                                                                  encoding="utf-8")
    # Comments: 26 on 8 posts (the draft's among the newest), dates with and without offsets.
    comments_dir = root / "comments"
    comments_dir.mkdir()
    commented = [s for s in specs if not s.get("draft")]
    commented = rng.sample(commented, 7) + [specs[-1]]
    next_id, seen = 101, set()
    for spec in commented:
        post_date = _aware(spec["date"], ZoneInfo(GEN_TZ))
        count = 2 if spec.get("draft") else rng.randint(2, 5)
        items = []
        ids: list[int] = []
        for k in range(count):
            while True:
                when = post_date + dt.timedelta(days=rng.randint(1, 900), minutes=rng.randint(0, 1439))
                if spec.get("draft"):
                    when = dt.datetime(2030, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(days=len(items))
                if when.timestamp() not in seen:
                    seen.add(when.timestamp())
                    break
            if rng.random() < 0.3:  # naive: the site's timezone
                written = when.astimezone(ZoneInfo(GEN_TZ)).replace(tzinfo=None).isoformat(" ")
            else:
                written = when.astimezone(dt.timezone(dt.timedelta(hours=rng.choice([-7, 0, 8])))).isoformat(" ")
            # Replies (no draw from rng: the rest of the fixture stays as it was): the third
            # answers the second, the fourth the first; a reply may be older than what it answers.
            parent = f"  parent: {ids[k - 1]}\n" if k == 2 else f"  parent: {ids[0]}\n" if k == 3 else ""
            items.append(f"- id: {next_id}\n  author: Reader {next_id}\n  date: {written}\n{parent}"
                         f"  body: |\n    Comment {next_id} on {spec['slug']}.\n")
            ids.append(next_id)
            next_id += rng.choice([1, 7, 13])
        (comments_dir / f"{spec['slug']}.yaml").write_text("".join(items), encoding="utf-8")
    write_generated_pages(root)


def write_generated_pages(root: Path) -> None:
    """Four pages: two in the navigation (nav: 2 and 1), one out of it (nav: false), a draft; old
    URLs; a thread on 'about' deeper than the theme nests (a reply to a reply to ...)."""
    pages = root / "pages"
    pages.mkdir()
    (pages / "about.md").write_text(
        "---\ntitle: About\nnav: 2\naliases: [/about.html, /old/about, /%E5%85%B3%E4%BA%8E/]\n---\n"
        "Who writes here: $e^{i\\pi} = -1$.\n", encoding="utf-8")
    (pages / "contact.md").write_text(
        "---\ntitle: \"Contact & <Links>\"\nslug: contact\nnav: 1\ndate: 2020-05-01\nupdated: 2021-01-02 10:00:00\n"
        "---\nWrite to me.\n", encoding="utf-8")
    (pages / "imprint.md").write_text("---\ntitle: Imprint\nnav: false\n---\nNot in the navigation.\n",
                                      encoding="utf-8")
    (pages / "secret.md").write_text("---\ntitle: Secret Page\nnav: 0\ndraft: true\naliases: [/old/secret/]\n---\n"
                                     "Not yet.\n", encoding="utf-8")
    chain = [(9001, None), (9002, 9001), (9003, 9002), (9004, 9003), (9005, 9004), (9006, 9005),
             (9007, None), (9008, 9001), (9009, 9004)]
    (root / "comments" / "about.yaml").write_text("".join(
        f"- id: {cid}\n  author: Guest {cid}\n  date: 2025-01-{cid - 8990:02d} 12:00:07\n"
        + (f"  parent: {parent}\n" if parent else "") + f"  body: 'Comment {cid} on the about page.'\n"
        for cid, parent in chain), encoding="utf-8")


# --- fixtures: each site built once ------------------------------------------------------------------

@pytest.fixture(scope="module")
def example_site(tmp_path_factory) -> Built:
    site = tmp_path_factory.mktemp("example") / "site"
    site.mkdir()
    shutil.copy(REPO / "blog.yaml", site / "blog.yaml")
    for folder in ("posts", "pages", "comments"):
        shutil.copytree(REPO / folder, site / folder)
    build(site)
    return read_expectations("example", site, site / "public", drafts=False, ascii_terms=False)


@pytest.fixture(scope="module")
def generated_site(tmp_path_factory) -> Built:
    site = tmp_path_factory.mktemp("generated") / "site"
    write_generated_site(site)
    build(site)
    return read_expectations("generated", site, site / "public", drafts=False, ascii_terms=True)


@pytest.fixture(scope="module")
def drafts_site(tmp_path_factory) -> Built:
    site = tmp_path_factory.mktemp("generated-drafts") / "site"
    write_generated_site(site)
    build(site, "--drafts")
    return read_expectations("generated --drafts", site, site / "public", drafts=True, ascii_terms=True)


SITES = ["example_site", "generated_site", "drafts_site"]


@pytest.fixture(params=SITES)
def built(request) -> Built:
    return request.getfixturevalue(request.param)


# --- helpers reading the pages -----------------------------------------------------------------------

def post_list(container: El) -> list[tuple[str, str, dt.datetime]]:
    """(href, title, date) of the one <ul class="post-list"> in container."""
    items = []
    for li in container.one("ul", cls="post-list").find_all("li"):
        a = li.find_all("a")
        assert len(a) == 1, "one link per list item"
        time = li.one("time")
        items.append((a[0].attrs["href"], a[0].text.strip(), dt.datetime.fromisoformat(time.attrs["datetime"])))
    return items


def expected_list(b: Built, posts: list[ExpPost]) -> list[tuple[str, str, dt.datetime]]:
    return [(b.post_url(p), p.title, p.date) for p in posts]


def count_in(heading: El) -> int:
    m = re.fullmatch(r"\((\d+)(?: 篇文章| posts)?\)", heading.one("span", cls="count").text.strip())
    assert m, heading.text
    return int(m.group(1))


def month_of(b: Built, post: ExpPost) -> tuple[int, int]:
    local = post.date.astimezone(b.tz)
    return local.year, local.month


def term_pages(b: Built, kind: str) -> dict[str, tuple[str, list[ExpPost]]]:
    """{term name: (URL of its page, its posts newest first)}; the URL is found from the post pages'
    links for non-ASCII names (and checked against /kind/<name>/ for ASCII ones)."""
    found: dict[str, tuple[str, list[ExpPost]]] = {}
    for post in b.posts:
        for name in post.tags if kind == "tags" else post.categories:
            terms = b.main(b.post_url(post)).one("p", cls="terms")
            links = [a for a in terms.find_all("a") if a.text == name and a.has_class("tag") == (kind == "tags")]
            assert len(links) == 1, f"{b.post_url(post)}: no single link to {kind} {name!r}"
            url = links[0].attrs["href"]
            if b.ascii_terms:
                assert url == f"{b.base}{kind}/{name}/"
            entry = found.setdefault(name, (url, []))
            assert entry[0] == url, f"{kind} {name!r} is linked as {entry[0]} and as {url}"
            entry[1].append(post)
    return found


def all_output_text(b: Built) -> dict[str, str]:
    return {p.relative_to(b.out).as_posix(): p.read_text(encoding="utf-8")
            for p in b.out.rglob("*") if p.suffix in (".html", ".xml", ".txt")}


# --- index pages ---------------------------------------------------------------------------------------

def index_urls(b: Built) -> list[str]:
    total = -(-len(b.posts) // b.per_page)
    return [b.base] + [f"{b.base}page/{n}/" for n in range(2, total + 1)]


def test_fixture_has_the_intended_shape(generated_site, drafts_site):
    """The generated site is what the tests below rely on (5 index pages, the last partial, ...)."""
    assert len(generated_site.posts) == 23 and len(generated_site.drafts) == 1
    assert len(index_urls(generated_site)) == 5 and len(generated_site.posts) % 5 == 3
    assert len(drafts_site.posts) == 24 and not drafts_site.drafts
    months = [month_of(generated_site, p) for p in generated_site.posts]
    assert len(set(months)) < len(months), "some posts share a month"
    assert any(p.updated for p in generated_site.posts)
    assert len(generated_site.comments) > 5 * generated_site.recent_comments
    draft = drafts_site.by_title()["Unfinished Draft"]
    assert draft in drafts_site.posts[:drafts_site.feed_entries], "the draft is new enough for the feed"
    assert drafts_site.comments[0].slug == draft.slug, "the draft has the newest comment"


def test_index_pages_list_posts_newest_first(built):
    b = built
    urls = index_urls(b)
    assert (b.out / "index.html").is_file()
    seen: list[tuple[str, str]] = []
    for n, url in enumerate(urls, start=1):
        main_el = b.main(url)
        entries = main_el.find_all("article", cls="entry")
        got = [(e.one("h2", cls="entry-title").one("a").attrs["href"], e.one("h2", cls="entry-title").text.strip())
               for e in entries]
        chunk = b.posts[(n - 1) * b.per_page:n * b.per_page]
        assert got == [(b.post_url(p), p.title) for p in chunk], f"{b.name} {url}"
        dates = [dt.datetime.fromisoformat(e.one("p", cls="meta").one("time").attrs["datetime"]) for e in entries]
        assert dates == [p.date for p in chunk]
        seen += got
    assert [t for _, t in seen] == [p.title for p in b.posts], "every post on exactly one index page"
    assert not (b.out / "page" / str(len(urls) + 1)).exists()


def test_index_pagination_links(built):
    b = built
    urls = index_urls(b)
    total = len(urls)
    for n, url in enumerate(urls, start=1):
        nav = b.main(url).one("nav", cls="pagination")
        newer = [a.attrs["href"] for a in nav.find_all("a", rel="prev")]
        older = [a.attrs["href"] for a in nav.find_all("a", rel="next")]
        assert newer == ([urls[n - 2]] if n > 1 else []), f"{b.name} {url} newer"
        assert older == ([urls[n]] if n < total else []), f"{b.name} {url} older"
        assert nav.one("span", cls="current").text.strip() == f"{n} / {total}"
        for link in newer + older:
            assert b.file_for(link).is_file()


def test_generated_last_index_page_is_partial(generated_site, drafts_site):
    last = generated_site.main("/page/5/").find_all("article", cls="entry")
    assert [e.one("h2", cls="entry-title").text.strip() for e in last] == [p.title for p in generated_site.posts[20:]]
    assert len(last) == 3
    assert len(drafts_site.main("/page/5/").find_all("article", cls="entry")) == 4


# --- tags and categories ---------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["tags", "categories"])
def test_term_pages_list_their_posts(built, kind):
    """Each tag/category named in front matter: its page (linked from each of its posts) says how
    many posts it has and lists exactly them, newest first."""
    b = built
    labels = {"tags": ("标签", "Tags"), "categories": ("分类", "Categories")}[kind]
    pages = term_pages(b, kind)
    assert pages, "the fixture has terms"
    for name, (url, posts) in pages.items():
        main_el = b.main(url)
        h1 = main_el.one("h1")
        heading = h1.text.split("(")[0].strip()
        assert heading in (f"{labels[0]}: {name}", f"{labels[1]}: {name}"), f"{url}: {h1.text!r}"
        assert count_in(h1) == len(posts), f"{b.name} {kind} {name!r}: count shown"
        assert post_list(main_el) == expected_list(b, posts), f"{b.name} {kind} {name!r}"


@pytest.mark.parametrize("kind", ["tags", "categories"])
def test_term_overviews(built, kind):
    """/tags/ and /categories/ list every term of the published posts once, with its count, linking
    to its page (alphabetically for the generated site's lowercase ASCII names)."""
    b = built
    pages = term_pages(b, kind)
    main_el = b.main(f"{b.base}{kind}/")
    items = []
    for li in main_el.one("ul", cls="term-cloud").find_all("li"):
        a = li.one("a")
        items.append((a.text, a.attrs["href"], int(li.one("span", cls="count").text.strip("() "))))
    expected = {(name, url, len(posts)) for name, (url, posts) in pages.items()}
    assert sorted(items) == sorted(expected) and len(items) == len(expected), f"{b.name} /{kind}/"
    if b.ascii_terms:
        assert [name for name, _, _ in items] == sorted(pages)
    # No term page exists that the overview does not list (e.g. one of a draft only).
    on_disk = {p.parent.name for p in (b.out / kind).glob("*/index.html")}
    assert on_disk == {b.file_for(url).parent.name for _, url, _ in items}


def test_sidebar_categories_box(built):
    """The sidebar's categories box (on the index and on post pages) shows every category with its count."""
    b = built
    expected = {(name, url, len(posts)) for name, (url, posts) in term_pages(b, "categories").items()}
    for url in (b.base, b.post_url(b.posts[-1])):
        sidebar = b.page(url).one("aside", cls="sidebar")
        boxes = [s for s in sidebar.find_all("section", cls="box") if not s.has_class("recent-comments")]
        assert len(boxes) == 1
        got = []
        for li in boxes[0].one("ul", cls="terms").find_all("li"):
            a = li.one("a")
            got.append((a.text, a.attrs["href"], int(re.search(r"\((\d+)\)", li.text).group(1))))
        assert sorted(got) == sorted(expected) and len(got) == len(expected), f"{b.name} {url}"


def test_example_term_pages_by_name(example_site):
    """Spot checks on the example blog, written out by hand: a tag two posts share, and a tag the
    draft shares with one published post (the draft must not count)."""
    b = example_site
    pages = term_pages(b, "tags")
    assert [p.title for p in pages["线性代数"][1]] == [
        "构造一个显式的、总是可逆的矩阵", "恒等式 det(exp(A)) = exp(Tr(A)) 赏析"]
    assert [t for _, t, _ in post_list(b.main(pages["线性代数"][0]))] == [p.title for p in pages["线性代数"][1]]
    assert count_in(b.main(pages["linear algebra"][0]).one("h1")) == 1
    assert "determinant" not in pages
    cats = term_pages(b, "categories")
    assert count_in(b.main(cats["数学研究"][0]).one("h1")) == 4


# --- monthly archives ---------------------------------------------------------------------------------

def expected_months(b: Built) -> list[tuple[tuple[int, int], list[ExpPost]]]:
    months: dict[tuple[int, int], list[ExpPost]] = {}
    for post in b.posts:
        months.setdefault(month_of(b, post), []).append(post)
    return sorted(months.items(), reverse=True)


def _archive_sites():
    return ["example_site", "generated_site", "drafts_site"]


@pytest.mark.parametrize("site_name", _archive_sites())
def test_monthly_archive_pages(request, site_name):
    """/archive/YYYY/MM/ for every month (in the site's timezone) with posts: its count and its posts,
    newest first; no other month pages."""
    b: Built = request.getfixturevalue(site_name)
    months = expected_months(b)
    for (y, m), posts in months:
        url = f"{b.base}archive/{y:04d}/{m:02d}/"
        main_el = b.main(url)
        h1 = main_el.one("h1")
        assert f"{y:04d}-{m:02d}" in h1.text
        assert count_in(h1) == len(posts), url
        assert post_list(main_el) == expected_list(b, posts), url
    on_disk = sorted((int(p.parent.parent.name), int(p.parent.name))
                     for p in (b.out / "archive").glob("*/*/index.html"))
    assert on_disk == sorted(ym for ym, _ in months)


@pytest.mark.parametrize("site_name", _archive_sites())
def test_archive_overview(request, site_name):
    """/archive/: one section per month, newest month first, each linking to its month page with
    the count and the posts of that month, newest first."""
    b: Built = request.getfixturevalue(site_name)
    sections = b.main(f"{b.base}archive/").find_all("section", cls="archive-month")
    got = []
    for s in sections:
        h2 = s.one("h2")
        got.append((h2.one("a").attrs["href"], h2.one("a").text, count_in(h2), post_list(s)))
    expected = [(f"{b.base}archive/{y:04d}/{m:02d}/", f"{y:04d}-{m:02d}", len(posts), expected_list(b, posts))
                for (y, m), posts in expected_months(b)]
    assert got == expected


def test_generated_archives_list_every_post_once(generated_site, drafts_site):
    """What holds whichever timezone months are taken in: every published post is on exactly one
    month page and in exactly one overview section, month pages agree with the overview, lists are
    newest first, and the draft is only in the --drafts build."""
    for b in (generated_site, drafts_site):
        sections = b.main(f"{b.base}archive/").find_all("section", cls="archive-month")
        overview = {s.one("h2").one("a").attrs["href"]: post_list(s) for s in sections}
        assert len(overview) == len(sections), "no month twice"
        listed = [title for items in overview.values() for _, title, _ in items]
        assert sorted(listed) == sorted(p.title for p in b.posts)
        for url, items in overview.items():
            assert post_list(b.main(url)) == items
            assert [d for _, _, d in items] == sorted((d for _, _, d in items), reverse=True)
            assert count_in(b.main(url).one("h1")) == len(items)


def test_month_boundary_follows_site_timezone(generated_site):
    """The smallest reproduction: Europe/Berlin blog, post dated 2021-12-31 23:45:00-08:00
    (2022-01-01 08:45 in Berlin) belongs to /archive/2022/01/."""
    b = generated_site
    titles = [t for _, t, _ in post_list(b.main("/archive/2022/01/"))]
    assert "New Year in Seattle" in titles


def test_archive_overview_months_are_in_order(generated_site):
    b = generated_site
    months = [s.one("h2").one("a").text for s in b.main("/archive/").find_all("section", cls="archive-month")]
    assert months == sorted(months, reverse=True)


# --- recent comments ---------------------------------------------------------------------------------

def test_comments_page(built):
    """/comments/ shows the newest 5 x recent_comments comments (README), newest first, each linking to
    its post's #comment-<id>, which exists on that post page."""
    b = built
    main_el = b.main(f"{b.base}comments/")
    ol = main_el.one("ol", cls="recent")
    got = []
    for li in ol.find_all("li", cls="comment"):
        meta = li.one("p", cls="comment-meta")
        a = meta.one("a")
        when = dt.datetime.fromisoformat(meta.one("time").attrs["datetime"])
        got.append((meta.one("b").text, a.attrs["href"], a.text, when))
    slugs = {p.slug: p for p in b.posts + b.pages}  # comments on pages are listed too, linking to the page
    shown = b.comments[:5 * b.recent_comments]
    assert got == [(c.author, f"{b.post_url(slugs[c.slug])}#comment-{c.id}", slugs[c.slug].title, c.date)
                   for c in shown], b.name
    for c in shown:
        b.page(b.post_url(slugs[c.slug])).one("li", id=f"comment-{c.id}")
    assert not b.page(f"{b.base}comments/").find_all("aside"), "the comments page has no sidebar"


def test_recent_comments_box(built):
    """comments/recent.html (the sidebar box's content) shows the newest recent_comments comments."""
    b = built
    doc = parse_html((b.out / "comments" / "recent.html").read_text(encoding="utf-8"))
    got = [(li.one("b").text, li.find_all("a")[0].attrs["href"], li.one("span", cls="on").text)
           for li in doc.one("ul").find_all("li")]
    slugs = {p.slug: p for p in b.posts + b.pages}
    assert got == [(c.author, f"{b.post_url(slugs[c.slug])}#comment-{c.id}", f"({slugs[c.slug].title})")
                   for c in b.comments[:b.recent_comments]], b.name


def test_sidebar_box_fetches_recent_comments(built):
    """Pages carry the box as a link to comments/recent.html (fetched when they load) with a fallback
    link to /comments/, not a copy of the comments."""
    b = built
    for url in (b.base, f"{b.base}archive/", b.post_url(b.posts[0])):
        box = b.page(url).one("aside", cls="sidebar").one("section", cls="recent-comments")
        assert box.attrs["data-include"] == f"{b.base}comments/recent.html"
        assert b.file_for(box.attrs["data-include"]).is_file()
        assert [a.attrs["href"] for a in box.find_all("a")] == [f"{b.base}comments/"]


# --- feed and sitemap -----------------------------------------------------------------------------------

def test_atom_feed_holds_the_newest_posts(built):
    b = built
    root = ET.parse(b.out / "atom.xml").getroot()
    entries = root.findall(f"{ATOM}entry")
    expected = b.posts[:b.feed_entries]
    got = [(e.findtext(f"{ATOM}title"), e.find(f"{ATOM}link").attrib["href"], e.findtext(f"{ATOM}id"),
            dt.datetime.fromisoformat(e.findtext(f"{ATOM}published")),
            dt.datetime.fromisoformat(e.findtext(f"{ATOM}updated")),
            [c.attrib["term"] for c in e.findall(f"{ATOM}category")]) for e in entries]
    assert got == [(p.title, b.abs(b.post_url(p)), b.abs(b.post_url(p)), p.date, p.updated or p.date, p.tags)
                   for p in expected], b.name
    for p in expected:
        assert b.file_for(b.post_url(p)).is_file()


def sitemap(b: Built) -> list[tuple[str, str | None]]:
    root = ET.parse(b.out / "sitemap.xml").getroot()
    return [(u.findtext(f"{SITEMAP}loc"), u.findtext(f"{SITEMAP}lastmod")) for u in root.findall(f"{SITEMAP}url")]


def test_sitemap_lists_posts_and_listing_pages(built):
    """Every post (lastmod = updated or date), the home page, the archive, the comments page and every
    tag and category page; no URL twice, none of a draft, and every URL is a file of the output."""
    b = built
    entries = sitemap(b)
    locs = [loc for loc, _ in entries]
    assert len(locs) == len(set(locs)), "no URL twice"
    for loc in locs:
        assert loc.startswith(b.origin + b.base)
        assert b.file_for(loc).is_file(), f"sitemap URL {loc} is not a page of the site"
    lastmod = dict(entries)
    for p in b.posts:
        loc = b.abs(b.post_url(p))
        assert loc in lastmod, f"{b.name}: post {p.title!r} missing from the sitemap"
        assert dt.datetime.fromisoformat(lastmod[loc]) == (p.updated or p.date)
    listing = [b.base, f"{b.base}archive/", f"{b.base}comments/"]
    for kind in ("tags", "categories"):
        listing += [url for url, _ in term_pages(b, kind).values()]
    for url in listing:
        assert b.abs(url) in lastmod, f"{b.name}: {url} missing from the sitemap"
    for p in b.pages:  # pages too, lastmod when they have a date
        loc = b.abs(b.post_url(p))
        assert loc in lastmod, f"{b.name}: page {p.title!r} missing from the sitemap"
        want = p.updated or p.date
        assert (dt.datetime.fromisoformat(lastmod[loc]) if lastmod[loc] else None) == want
    # Nothing else but other listing pages (index pages, overviews, month pages: see below).
    post_locs = {b.abs(b.post_url(p)) for p in b.posts + b.pages}
    others = {loc[len(b.origin + b.base):] for loc in set(locs) - post_locs - {b.abs(u) for u in listing}}
    assert all(re.fullmatch(r"page/\d+/|tags/|categories/|archive/\d{4}/\d\d/", o) for o in others), others


def _other_listing_pages(kind: str):
    def urls(b: Built) -> list[str]:
        if kind == "index pages":
            return index_urls(b)[1:]
        if kind == "overviews":
            return [f"{b.base}tags/", f"{b.base}categories/"]
        return [f"{b.base}archive/{y:04d}/{m:02d}/" for (y, m), _ in expected_months(b)
                if b.file_for(f"{b.base}archive/{y:04d}/{m:02d}/").is_file()]
    return urls


@pytest.mark.parametrize("kind", ["index pages", "overviews", "monthly archives"])
def test_sitemap_lists_every_listing_page(example_site, generated_site, kind):
    for b in (example_site, generated_site):
        locs = {loc for loc, _ in sitemap(b)}
        missing = [u for u in _other_listing_pages(kind)(b) if b.abs(u) not in locs]
        assert not missing, f"{b.name}: {missing}"


# --- drafts ------------------------------------------------------------------------------------------

def drafts_comment_ids(b: Built) -> list[ExpComment]:
    """The comments of b's drafts, read from comments/ (b.comments holds only the published ones)."""
    site = b.out.parent
    found = []
    for d in b.drafts:
        path = site / "comments" / f"{d.slug}.yaml"
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else []:
            found.append(ExpComment(str(item["id"]), str(item["author"]), _aware(item["date"], b.tz), d.slug))
    return found


def test_draft_appears_nowhere(example_site, generated_site):
    """Without --drafts, no file of the output names a draft: no link, no title, no tag page of a tag
    only the draft has, no comment on it."""
    for b in (example_site, generated_site):
        assert b.drafts
        texts = all_output_text(b)
        for d in b.drafts:
            assert not (b.file_for(b.post_url(d))).exists()
            for rel, text in texts.items():
                assert f"archives/{d.slug}/" not in text, f"{b.name}: {rel} links to the draft {d.slug}"
                assert d.title not in text, f"{b.name}: {rel} names the draft {d.title!r}"
    assert not (generated_site.out / "tags" / "draft-only").exists()
    assert not (generated_site.out / "categories" / "unpublished").exists()
    draft_comments = [f"Comment {c.id} on" for c in drafts_comment_ids(generated_site)]
    assert draft_comments, "the fixture has comments on the draft"
    for rel, text in all_output_text(generated_site).items():
        assert not any(c in text for c in draft_comments), f"{rel} shows a comment on the draft"


def test_drafts_build_lists_the_draft(drafts_site):
    """With --drafts the draft is an ordinary post of every listing that should show it."""
    b = drafts_site
    draft = b.by_title()["Unfinished Draft"]
    i = b.posts.index(draft)
    page = index_urls(b)[i // b.per_page]
    titles = [e.one("h2", cls="entry-title").text.strip() for e in b.main(page).find_all("article", cls="entry")]
    assert draft.title in titles
    tag_url, posts = term_pages(b, "tags")["draft-only"]
    assert tag_url == "/tags/draft-only/" and posts == [draft]
    assert [t for _, t, _ in post_list(b.main(tag_url))] == [draft.title]
    assert draft.title in [t for _, t, _ in post_list(b.main("/categories/unpublished/"))]
    assert draft.title in [e.findtext(f"{ATOM}title") for e in ET.parse(b.out / "atom.xml").getroot()
                           .findall(f"{ATOM}entry")]
    assert b.abs(b.post_url(draft)) in {loc for loc, _ in sitemap(b)}
    y, m = month_of(b, draft)
    assert draft.title in [t for _, t, _ in post_list(b.main(f"/archive/{y:04d}/{m:02d}/"))]
    recent = parse_html((b.out / "comments" / "recent.html").read_text(encoding="utf-8"))
    assert recent.find_all("a")[0].attrs["href"] == f"/archives/{draft.slug}/#comment-{b.comments[0].id}"


# --- pages ---------------------------------------------------------------------------------------------

FIXED_NAV = 6
"""The theme's own navigation links (home, archives, tags, categories, recent comments, feed)."""


def test_fixture_has_pages(example_site, generated_site, drafts_site):
    assert example_site.pages and any(p.aliases for p in example_site.posts)
    assert [p.title for p in generated_site.pages] == ["Contact & <Links>", "About", "Imprint"]
    assert [p.title for p in generated_site.hidden_pages] == ["Secret Page"]
    assert [p.title for p in drafts_site.pages][0] == "Secret Page" and not drafts_site.hidden_pages


def test_pages_are_in_the_navigation_of_every_page(built):
    """Pages with a place in the navigation (README: `nav`, lower first, then title) follow the
    theme's links in the header of every page; `nav: false` keeps one out."""
    b = built
    want = [(b.post_url(p), p.title) for p in b.pages if p.nav is not None]
    assert want, b.name
    urls = [b.base, f"{b.base}archive/", f"{b.base}comments/", b.post_url(b.posts[-1])]
    urls += [b.post_url(p) for p in b.pages]
    for url in urls:
        links = b.page(url).one("header").one("nav").find_all("a")
        assert [(a.attrs["href"], a.text) for a in links[FIXED_NAV:]] == want, (b.name, url)


def test_each_page_has_its_own_url(built):
    """A page is at /{slug}/ with its title, its canonical URL and its body; no cite block, no
    previous/next links (those are for posts)."""
    b = built
    for p in b.pages:
        doc = b.page(b.post_url(p))
        assert doc.one("h1").text == p.title
        assert doc.one("link", rel="canonical").attrs["href"] == b.abs(b.post_url(p))
        main_el = doc.one("main")
        assert not main_el.find_all(id="cite") and not main_el.find_all("nav", cls="post-nav")
        main_el.one("div", cls="post-body")


def _links_in(el: El) -> set[str]:
    return {a.attrs.get("href") for a in el.find_all("a")}


def test_pages_are_in_no_listing(built):
    """Not on the index pages, the archives, tag or category pages, nor in the feed."""
    b = built
    page_urls = {b.post_url(p) for p in b.pages + b.hidden_pages}
    listing = index_urls(b) + [f"{b.base}archive/", f"{b.base}tags/", f"{b.base}categories/"]
    listing += [url for kind in ("tags", "categories") for url, _ in term_pages(b, kind).values()]
    listing += [f"{b.base}archive/{y:04d}/{m:02d}/" for (y, m), _ in expected_months(b)]
    for url in listing:
        assert not _links_in(b.main(url)) & page_urls, (b.name, url)
    feed = ET.parse(b.out / "atom.xml").getroot()
    links = {e.find(f"{ATOM}link").attrib["href"] for e in feed.findall(f"{ATOM}entry")}
    assert not links & {b.abs(u) for u in page_urls}
    titles = {e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")}
    assert not titles & {p.title for p in b.pages}


def test_draft_page_appears_nowhere(generated_site):
    b = generated_site
    (secret,) = b.hidden_pages
    assert not b.file_for(b.post_url(secret)).exists()
    for alias in secret.aliases:
        assert not (b.out / alias_file(alias)).exists()
    for rel, text in all_output_text(b).items():
        assert secret.title not in text, f"{rel} names the draft page"
    assert "/old/secret/" not in (b.out / "_redirects").read_text(encoding="utf-8")


# --- aliases: old URLs ------------------------------------------------------------------------------

def alias_file(alias: str) -> str:
    """README: /old/ and /old are old/index.html, /old.html is itself; percent escapes decoded."""
    rel = unquote(alias).lstrip("/")
    if rel == "" or rel.endswith("/"):
        return rel + "index.html"
    return rel if rel.endswith(".html") else rel + "/index.html"


def _aliased(b: Built) -> list[tuple[ExpPost, str]]:
    return [(p, alias) for p in b.posts + b.pages for alias in p.aliases]


def test_every_alias_is_a_redirect_page(built):
    """Each old URL holds a page that sends readers on (meta refresh and a visible link) and tells
    search engines where the post lives now (canonical link) and not to index the old one."""
    b = built
    assert _aliased(b), b.name
    for post, alias in _aliased(b):
        file = b.out / alias_file(alias)
        assert file.is_file(), f"{b.name}: no redirect page for {alias}"
        doc = parse_html(file.read_text(encoding="utf-8"))
        url = b.post_url(post)
        (refresh,) = [m for m in doc.find_all("meta") if m.attrs.get("http-equiv") == "refresh"]
        assert refresh.attrs["content"] == f"0; url={url}"
        assert doc.one("link", rel="canonical").attrs["href"] == b.abs(url)
        assert doc.one("meta", name="robots").attrs["content"] == "noindex"
        assert [(a.attrs["href"], a.text) for a in doc.find_all("a")] == [(url, post.title)]


def test_redirects_file_for_netlify_and_cloudflare(built):
    """`_redirects` at the output root: one `/old /new 301` line per alias, nothing else."""
    b = built
    lines = [line for line in (b.out / "_redirects").read_text(encoding="utf-8").splitlines() if line.strip()]
    want = [f"{b.base}{alias.lstrip('/')} {b.post_url(post)} 301" for post, alias in _aliased(b)]
    assert sorted(lines) == sorted(want)


def test_aliases_are_not_in_the_sitemap(built):
    b = built
    locs = {urlsplit(loc).path for loc, _ in sitemap(b)}
    for _post, alias in _aliased(b):
        assert b.base + alias.lstrip("/") not in locs
        assert b.base + alias_file(alias) not in locs


# --- comment threads ------------------------------------------------------------------------------------

def _comment_files(b: Built) -> list[tuple[ExpPost, list[dict]]]:
    site = b.out.parent
    found = []
    for p in b.posts + b.pages:
        path = site / "comments" / f"{p.slug}.yaml"
        if path.is_file():
            found.append((p, yaml.safe_load(path.read_text(encoding="utf-8")) or []))
    return found


def expected_threads(items: list[dict], tz: dt.tzinfo) -> dict[str | None, list[str]]:
    """{shown under (None: top level): [comment ids, oldest first]} computed from the YAML."""
    parent = {str(c["id"]): (str(c["parent"]) if c.get("parent") is not None else None) for c in items}

    ordered = sorted(items, key=lambda c: (_aware(c["date"], tz), str(c["id"])))
    out: dict[str | None, list[str]] = {}
    for c in ordered:
        out.setdefault(shown_under(parent, str(c["id"])), []).append(str(c["id"]))
    return out


def shown_threads(section: El) -> dict[str | None, list[str]]:
    """The same, read from the HTML: each comment under its nearest enclosing comment."""
    out: dict[str | None, list[str]] = {}
    for li in section.find_all("li", cls="comment"):
        up = li.parent
        while up is not None and not (up.tag == "li" and up.has_class("comment")):
            up = up.parent
        key = up.attrs["id"].removeprefix("comment-") if up is not None else None
        out.setdefault(key, []).append(li.attrs["id"].removeprefix("comment-"))
    return out


def test_replies_are_shown_under_what_they_answer(built):
    b = built
    files = _comment_files(b)
    assert any(c.get("parent") for _p, items in files for c in items), b.name
    for post, items in files:
        section = b.main(b.post_url(post)).one("section", id="comments")
        assert shown_threads(section) == expected_threads(items, b.tz), (b.name, post.slug)


def test_every_reply_links_to_the_comment_it_answers(built):
    """'回复 @name' / 'Reply to @name', to #comment-<parent id> on the same page; every comment
    keeps its own anchor."""
    b = built
    label = "回复" if "blogbuild" in b.base else "Reply to"
    for post, items in _comment_files(b):
        section = b.main(b.post_url(post)).one("section", id="comments")
        by_id = {str(c["id"]): c for c in items}
        for c in items:
            li = section.one("li", id=f"comment-{c['id']}")
            meta = next(c for c in li.children if isinstance(c, El) and c.has_class("comment-meta"))
            links = meta.find_all("a", cls="reply-to")
            if c.get("parent") is None:
                assert not links
                continue
            (a,) = links
            answered = by_id[str(c["parent"])]
            assert a.attrs["href"] == f"#comment-{answered['id']}"
            assert a.text == f"{label} @{answered['author']}"


def test_deep_threads_stop_nesting(generated_site):
    """The about page's chain 9001 ← 9002 ← … ← 9006 is deeper than the theme nests."""
    section = generated_site.main("/about/").one("section", id="comments")
    depth = {}
    for li in section.find_all("li", cls="comment"):
        n, up = 0, li.parent
        while up is not None:
            n += up.tag == "ol"
            up = up.parent
        depth[li.attrs["id"]] = n
    assert depth["comment-9001"] == 1 and depth["comment-9004"] == THREAD_DEPTH
    assert depth["comment-9005"] == depth["comment-9006"] == depth["comment-9009"] == THREAD_DEPTH
