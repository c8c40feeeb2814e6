"""The example site in headless Chromium with MathJax 3 served locally: every formula typeset, none broken.

The expected formulas come from the sources (the Markdown token stream of posts and comments), not
from the HTML, and are compared with the TeX MathJax itself reports having typeset
(`MathJax.startup.document.math`, and each comment's document: `blogbuildComments.documents`),
page by page.
"""

from __future__ import annotations

import functools
import re
import threading
import time
from collections import Counter
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from helpers import ARTIFACTS, MATHJAX_DIR, REPO, browser, copy_example

from blogbuild.build import build
from blogbuild.render.markdown import _excerpt_tokens, make_comment_markdown, make_markdown
from blogbuild.site.config import load_config
from blogbuild.site.load import load_site

pytestmark = [pytest.mark.browser, browser]



class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def _tex(token) -> str:
    """The TeX MathJax should report for one math token: environments whole, else the inside."""
    return token.content.strip() if token.info == "env" else token.content


def _formulas(md, text: str, *, excerpt: bool = False) -> list[str]:
    tokens = md.parse(text, {})
    if excerpt:
        tokens = _excerpt_tokens(tokens)[0]
    found = []
    for token in tokens:
        for t in [token, *(token.children or [])]:
            if t.type in ("math_inline", "math_block"):
                found.append(_tex(t))
    return found


def _prefixed(tex: str, slug: str) -> str:
    return re.sub(r"\\(label|eqref|ref)\{", lambda m: "\\" + m.group(1) + "{" + slug + ":", tex)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """(base URL, output folder, sources) for the example blog built against a local server."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Quiet)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    mathjax = yaml.safe_load((REPO / "blog.yaml").read_text(encoding="utf-8")).get("mathjax", {})
    root = copy_example(tmp_path_factory.mktemp("browser"), url=base,
                        mathjax={**mathjax, "copy_from": str(MATHJAX_DIR)})
    build(root)
    out = root / "public"
    server.RequestHandlerClass = functools.partial(_Quiet, directory=str(out))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    config = load_config(root)
    yield base, out, load_site(root, config), config
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def page(chromium):
    tab = chromium.new_page(viewport={"width": 1200, "height": 900})
    errors: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.errors = errors
    yield tab
    tab.close()


_STATE = """() => {
  const q = (s) => document.querySelectorAll(s).length;
  // the author's formulas, then the readers' (each comment a MathJax document of its own: _math.html)
  const every = [MathJax.startup.document, ...blogbuildComments.documents].flatMap((d) => Array.from(d.math));
  const ids = new Set(Array.from(document.querySelectorAll('[id]'), (e) => e.id));
  const links = Array.from(document.querySelectorAll('mjx-container a[href^="#"]'), (a) => {
    const id = decodeURIComponent(a.getAttribute('href').slice(1));
    return {id, found: ids.has(id), text: a.textContent};
  });
  return {
    tex: every.map((m) => m.math),
    main: every.filter(
      (m) => document.querySelector('main').contains(m.typesetRoot)).map((m) => m.math),
    containers: q('mjx-container'), marked: q('.math'), errors: q('mjx-merror, merror'),
    numbers: Array.from(document.querySelectorAll('mjx-container [id^="mjx-eqn"]'), (e) => e.id),
    numbered: q('mjx-container mjx-labels mjx-mtd'),
    links, text: document.body.innerText,
    recent: q('.recent-comments li'),
  };
}"""


_SAFE_HINT = (" (MathJax's ui/safe drops ids containing ':' such as mjx-eqn:eq:x unless "
              "options.safeOptions.idPattern allows ':', e.g. /^mjx-[-a-zA-Z0-9_.:]+$/)")


def _open(page, url: str) -> dict:
    page.goto(url)
    page.wait_for_function("() => window.MathJax && MathJax.startup && MathJax.startup.promise")
    page.evaluate("() => MathJax.startup.promise")
    page.evaluate("() => window.blogbuildIncludes")  # the sidebar's recent comments, fetched and typeset
    return page.evaluate(_STATE)


def test_every_page_typesets_every_formula(site, page):
    base, out, source, config = site
    started = time.perf_counter()
    md, comment_md = make_markdown(), make_comment_markdown()
    by_url = {}
    comments_tex: list[str] = []
    for post in source.posts + source.pages:
        tex = _formulas(md, post.markdown)
        for comment in (c for c in source.comments if c.post_slug == post.slug):
            found = _formulas(comment_md, comment.body)
            tex += found
            comments_tex += found
        by_url[f"/{post.slug}/" if post.page else config.permalink.format(slug=post.slug)] = tex
    excerpts = {config.permalink.format(slug=p.slug):
                [_prefixed(t, p.slug) for t in (_formulas(md, p.summary) if p.summary
                                                else _formulas(md, p.markdown, excerpt=True))]
                for p in source.posts}
    assert sum(map(len, by_url.values())) > 100  # the example blog is about math
    recent = sorted(source.comments, key=lambda c: c.date)[-config.recent_comments:]
    recent_inline = Counter(t.content for c in recent for t in comment_md.parse(c.body, {})
                            for t in [t, *(t.children or [])] if t.type == "math_inline" and t.info == "inline")

    pages = sorted(p for p in out.rglob("*.html") if p != out / "comments" / "recent.html"  # a fragment
                   and 'http-equiv="refresh"' not in p.read_text(encoding="utf-8"))  # an old URL's redirect
    assert len(pages) > 20
    seen_numbers = seen_refs = 0
    for path in pages:
        rel = "/" + path.relative_to(out).as_posix().removesuffix("index.html")
        state = _open(page, base + rel.lstrip("/"))
        where = f"{rel}: "
        assert state["errors"] == 0, where + "merror"
        assert state["containers"] == state["marked"] == len(state["tex"]), where + str(state)[:300]
        if rel in by_url:
            expected = by_url[rel]
        elif rel == "/" or rel.startswith("/page/"):
            listed = re.findall(r'<h2[^>]*>\s*<a href="([^"]+)"', path.read_text(encoding="utf-8"))
            assert listed, where + "no posts listed"
            expected = [t for url in listed for t in excerpts[url.removeprefix(config.base_path[:-1])]]
        elif rel == "/comments/":
            expected = comments_tex
        else:
            expected = []
        assert Counter(state["main"]) == Counter(expected), where + "TeX typeset differs from the sources"
        assert len(state["main"]) == len(expected)
        sidebar = Counter(state["tex"]) - Counter(state["main"])  # previews of the newest comments
        assert not sidebar - recent_inline, where + f"sidebar formulas not in recent comments: {sidebar}"
        if rel == "/":  # the box every page fetches arrived, and its math was typeset
            assert state["recent"] == min(len(source.comments), config.recent_comments), where + "recent comments"
            assert sidebar, where + "no typeset formula in the recent comments box"
        # equation numbers: every \label / \tag in the page's formulas is numbered, every \eqref resolves
        labels = [k for t in expected for k in re.findall(r"\\label\{([^}]*)\}", t)]
        for label in labels:
            assert "mjx-eqn:" + label in state["numbers"], where + f"no id for \\label{{{label}}}" + _SAFE_HINT
        for link in state["links"]:
            assert link["found"], where + f"\\eqref to a missing id: {link}" + _SAFE_HINT
        if any(re.search(r"\\begin\{(equation|align|gather|multline)\}|\\tag\{", t) for t in expected):
            assert state["numbered"], where + "numbered equations but no equation numbers"
        seen_numbers += len(labels)
        seen_refs += len(state["links"])
        assert not page.errors, where + "; ".join(page.errors)
    assert seen_numbers >= 5 and seen_refs >= 5  # the example really exercises \label / \eqref
    assert time.perf_counter() - started < 60


def test_stray_dollars_stay_text_and_screenshots(site, page):
    base = site[0]
    hotpot = _open(page, base + "archives/hotpot/")
    assert "标价 $18" in hotpot["text"] and not any("$" in t for t in hotpot["tex"])
    softmax = _open(page, base + "archives/softmax-logsumexp/")
    assert "$ pip install numpy scipy" in softmax["text"]
    assert "OMP_NUM_THREADS=$NPROC" in softmax["text"]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "post-softmax-logsumexp.png"), full_page=True)
    _open(page, base + "archives/invertible-matrix/")
    page.screenshot(path=str(ARTIFACTS / "post-invertible-matrix.png"), full_page=True)
    _open(page, base)
    page.screenshot(path=str(ARTIFACTS / "index.png"), full_page=True)
    assert (ARTIFACTS / "index.png").stat().st_size > 10_000


def test_mathjax_is_served_locally(site):
    out = site[1]
    page_html = (out / "index.html").read_text(encoding="utf-8")
    assert 'src="/mathjax/tex-chtml.js"' in page_html and "cdn." not in page_html
    assert (out / "mathjax" / "tex-chtml.js").is_file()
    assert isinstance(MATHJAX_DIR, Path)


def test_old_urls_lead_to_the_post_and_reply_links_to_the_comment(site, page):
    """Each alias's page sends a real browser on to its post (meta refresh); a reply's "回复 @name"
    link scrolls to the comment it answers."""
    base, _out, source, config = site
    aliased = [(p, alias) for p in source.posts + source.pages for alias in p.aliases]
    assert aliased
    for post, alias in aliased:
        target = base + (f"{post.slug}/" if post.page else config.permalink.format(slug=post.slug).lstrip("/"))
        page.goto(base + alias.lstrip("/"))
        page.wait_for_url(target, timeout=10_000)
        assert page.locator("h1").first.inner_text() == post.title
    reply = next(c for c in source.comments if c.parent is not None)
    owner = next(p for p in source.posts + source.pages if p.slug == reply.post_slug)
    page.goto(base + (f"{owner.slug}/" if owner.page else config.permalink.format(slug=owner.slug).lstrip("/")))
    page.click(f"#comment-{reply.id} > .comment-meta a.reply-to")
    page.wait_for_url(f"**#comment-{reply.parent}")
    assert page.evaluate(f"() => document.getElementById('comment-{reply.parent}').getBoundingClientRect().top") < 50
