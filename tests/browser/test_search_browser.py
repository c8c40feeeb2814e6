"""Search in headless Chromium: the example blog built with its Pagefind index, searched as a reader would.

What should be found is read from the sources (front matter titles, Markdown bodies), not from
the index: 矩阵 finds the matrix post, `Cauchy` the inequality post; a word that only the sidebar
shows, TeX commands only written inside formulas and a word only a comment has find nothing. With
JavaScript off, the box in the header still leads to the search page, which links to the archive.
"""

from __future__ import annotations

import functools
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml
from helpers import CHROMIUM, REPO, copy_example

from blogbuild.build import build
from blogbuild.write import search_index
from blogbuild.write.search_index import pagefind_executable

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="needs chromium"),
    pytest.mark.skipif(pagefind_executable() is None,
                       reason="needs pagefind[extended] (pip install 'blogbuild[search]')"),
]

COMMENT_WORD = "Quokkaberry"
CATEGORY_WORD = "Zanzibarite"
"""A category given to the matrix post: the sidebar of every page lists it, no post text has it."""


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def _front_matter(path: Path) -> tuple[dict, str]:
    _, head, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(head), body


def _sources() -> dict[str, tuple[dict, str]]:
    """slug -> (front matter, Markdown body) of the example's published posts."""
    found = {}
    for path in sorted((REPO / "posts").glob("*.md")):
        meta, body = _front_matter(path)
        if not meta.get("draft"):
            found[meta.get("slug") or re.sub(r"^\d{4}-\d{2}-\d{2}-", "", path.stem)] = (meta, body)
    return found


def _serve(folder: Path, base: str = "/"):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Quiet)
    server.RequestHandlerClass = functools.partial(_Quiet, directory=str(folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{base}"


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """{'indexed': url, 'unindexed': url}: the example blog with a comment holding a word of its own,
    built with its search index and (as without Pagefind) without."""
    found = {}
    servers = []
    for name, search in (("indexed", True), ("unindexed", False)):
        root = copy_example(tmp_path_factory.mktemp(name), url="http://127.0.0.1/")
        with (root / "comments" / "invertible-matrix.yaml").open("a", encoding="utf-8") as f:
            f.write(f"- id: 9001\n  author: Reader\n  date: 2024-01-01 10:00:00\n  body: {COMMENT_WORD} is my word.\n")
        matrix = root / "posts" / "2019-03-01-invertible-matrix.md"
        text = matrix.read_text(encoding="utf-8")
        matrix.write_text(text.replace("categories: [", f"categories: [{CATEGORY_WORD}, ", 1), encoding="utf-8")
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(search_index, "CHUNK", 3)  # 10 posts in 4 bundles: the search page merges them
            build(root, search=search)
        server, url = _serve(root / "public")
        servers.append(server)
        found[name] = (url, root / "public")
    yield found
    for server in servers:
        server.shutdown()
        server.server_close()



def _tab(chromium, *, javascript: bool = True):
    context = chromium.new_context(java_script_enabled=javascript)
    tab = context.new_page()
    # Only this machine: MathJax from the CDN is not needed to search.
    tab.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: route.abort())
    return tab


def _results(chromium, url: str, query: str) -> list[tuple[str, str]]:
    """(path, excerpt) of every result the search page lists for query."""
    tab = _tab(chromium)
    tab.goto(f"{url}search/?q={quote(query)}")
    tab.wait_for_function("() => document.getElementById('search-status').textContent !== ''")
    results = tab.eval_on_selector_all("#search-results li", """(items) => items.map((li) => [
        li.querySelector('a').getAttribute('href'), li.querySelector('p').textContent])""")
    tab.context.close()
    return results


def _search(chromium, url: str, query: str) -> list[str]:
    """The paths of the results the search page lists for query whose excerpt shows the query.

    Pagefind also lists pages that match a part of the query (with a Chinese index, 'Zebra' finds
    a code line `z = …`): those are not the word being found."""
    return [href for href, excerpt in _results(chromium, url, query) if query.lower() in excerpt.lower()]


def _slug_with(words: str) -> str:
    (slug,) = [slug for slug, (meta, _body) in _sources().items() if words in meta["title"]]
    return slug


def test_chinese_word_finds_the_matrix_post(sites, chromium):
    url, out = sites["indexed"]
    assert len(list((out / "pagefind").glob("*/pagefind-entry.json"))) == 4
    slug = _slug_with("构造一个显式的、总是可逆的矩阵")
    assert f"/archives/{slug}/" in _search(chromium, url, "矩阵")


def test_cauchy_finds_the_inequality_post(sites, chromium):
    url, _ = sites["indexed"]
    slug = _slug_with("Cauchy")
    assert _search(chromium, url, "Cauchy")[:1] == [f"/archives/{slug}/"]


def test_sidebar_words_are_not_indexed(sites, chromium):
    """A category name is in the sidebar of every page, yet no search finds it."""
    url, out = sites["indexed"]
    assert all(CATEGORY_WORD not in meta["title"] + body for meta, body in _sources().values())
    sidebar = re.search(r'<aside class="sidebar".*?</aside>', (out / "index.html").read_text(encoding="utf-8"), re.S)
    assert CATEGORY_WORD in sidebar.group(0)
    assert _search(chromium, url, CATEGORY_WORD) == []


def test_tex_and_comments_are_not_indexed(sites, chromium):
    url, out = sites["indexed"]
    slug = _slug_with("构造一个显式的、总是可逆的矩阵")
    page = (out / "archives" / slug / "index.html").read_text(encoding="utf-8")
    for word in ("boldsymbol", COMMENT_WORD):
        assert word in page
        assert _search(chromium, url, word) == [], word
    assert _search(chromium, url, "可逆")  # the same page's text is found


def test_excerpts_read_formulas_as_text(sites, chromium):
    """A result's excerpt shows the formulas of its text as text (written here from the post's TeX
    `\\exp(-\\boldsymbol{A})`), not a hole ("它的逆就是。")."""
    url, _ = sites["indexed"]
    slug = _slug_with("构造一个显式的、总是可逆的矩阵")
    (excerpt,) = [text for href, text in _results(chromium, url, "逆就是") if href == f"/archives/{slug}/"]
    assert "逆就是exp(-A)。" in excerpt.replace(" ", ""), excerpt


def test_without_javascript_the_box_leads_to_the_archive(sites, chromium):
    url, _ = sites["indexed"]
    tab = _tab(chromium, javascript=False)
    tab.goto(url)
    tab.fill("header input[type=search]", "矩阵")
    with tab.expect_navigation():
        tab.press("header input[type=search]", "Enter")
    assert tab.url.startswith(f"{url}search/?q=")
    notice = tab.locator("main p", has_text="JavaScript")
    assert notice.is_visible()
    with tab.expect_navigation():
        notice.locator("a").first.click()
    assert tab.url == f"{url}archive/"
    assert tab.locator("main a").count() > 0
    tab.context.close()


def test_without_an_index_the_search_page_says_so(sites, chromium):
    url, out = sites["unindexed"]
    assert not (out / "pagefind").exists()
    tab = _tab(chromium)
    tab.goto(f"{url}search/?q=Cauchy")
    tab.wait_for_function("() => document.getElementById('search-status').textContent !== ''")
    assert "Pagefind" in tab.text_content("#search-status")
    assert tab.get_attribute("#search-status a", "href") == "/archive/"
    tab.context.close()


def test_tex_shown_as_written_when_mathjax_cannot_load(sites, chromium):
    """The theme shows a post's inline TeX small until MathJax typesets it; where MathJax cannot
    load (here the CDN is unreachable, as offline), the TeX goes back to the text's size."""
    url, _ = sites["indexed"]
    tab = _tab(chromium)
    tab.goto(f"{url}archives/{_slug_with('构造一个显式的、总是可逆的矩阵')}/", wait_until="load")
    tab.wait_for_function("() => !document.documentElement.classList.contains('math-pending')")
    sizes = tab.evaluate("""() => [getComputedStyle(document.querySelector('.post-body .math.inline')).fontSize,
                                   getComputedStyle(document.querySelector('.post-body p')).fontSize]""")
    assert sizes[0] == sizes[1]
    tab.context.close()
