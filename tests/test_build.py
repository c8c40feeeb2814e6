"""End-to-end: the example blog and small sites built through the public CLI and build()."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml
from helpers import REPO, copy_example, post, tree, write_site

from blogbuild.build import build
from blogbuild.render.markdown import make_markdown

MATH_SPAN = re.compile(r'<(span|div) class="math (?:inline|display)">(.*?)</\1>', re.S)


def _front(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def _published_posts() -> list[Path]:
    return [p for p in sorted((REPO / "posts").glob("*.md")) if not _front(p).get("draft")]


def _formulas(path: Path) -> list[str]:
    """The TeX of every formula of a post, as the parser found it."""
    text = path.read_text(encoding="utf-8").split("---\n", 2)[2]
    out: list[str] = []

    def walk(tokens):
        for t in tokens:
            if t.type.startswith("math_"):
                out.append(t.content)
            if t.children:
                walk(t.children)
    walk(make_markdown().parse(text, {}))
    return out


def test_every_formula_reaches_the_html_as_written(example_site):
    checked = 0
    for src in _published_posts():
        meta = _front(src)
        page = (example_site / "archives" / meta["slug"] / "index.html").read_text(encoding="utf-8") \
            if "slug" in meta else None
        if page is None:
            continue
        source = src.read_text(encoding="utf-8")
        in_html = [html.unescape(m.group(2)) for m in MATH_SPAN.finditer(page)]
        joined = "\n".join(in_html)
        for tex in _formulas(src):
            assert tex in source, f"{src.name}: parser changed the TeX {tex!r}"
            assert tex in joined, f"{src.name}: {tex!r} missing from the HTML"
            checked += 1
        for body in (m.group(2) for m in MATH_SPAN.finditer(page)):
            assert "<" not in body, "markup inside math"
    assert checked > 200


def test_known_formulas_and_no_markdown_inside_math(example_site):
    page = (example_site / "archives/invertible-matrix/index.html").read_text(encoding="utf-8")
    text = html.unescape(page)
    assert r"\exp\left(\boldsymbol{x}\boldsymbol{y}^{\top}\right)=&\,\sum_{n=0}^{\infty}" in text
    assert r"\boldsymbol{x}\boldsymbol{y}^{\top}\\" + "\n=&" in text
    assert "<em>" not in "".join(m.group(2) for m in MATH_SPAN.finditer(page))
    gauss = html.unescape((example_site / "archives/gaussian-integral/index.html").read_text(encoding="utf-8"))
    assert r"\(p_1*p_2*p_3\)" in gauss


def test_not_math_stays_text(example_site):
    cs = (example_site / "archives/cauchy-schwarz/index.html").read_text(encoding="utf-8")
    assert "cost $5 and $6 in two" in cs
    hotpot = next((example_site / "archives").glob("hotpot*/index.html")).read_text(encoding="utf-8")
    assert "标价 $18" in hotpot


def test_meta_line_cite_and_comments(example_site):
    page = (example_site / "archives/invertible-matrix/index.html").read_text(encoding="utf-8")
    assert re.search(r'By 苏剑林 \| <time datetime="2019-03-01T00:00:00\+08:00">2019-03-01</time> \| '
                     r'44144位读者 \| <a href="/blogbuild/archives/invertible-matrix/#cite">引用</a>', page)
    assert 'id="cite"' in page
    assert "@online{examplegithubio-invertible-matrix," in page
    for field in ("title={构造一个显式的、总是可逆的矩阵}", "author={苏剑林}", "year={2019}", "month={Mar}",
                  r"url={\url{https://example.github.io/blogbuild/archives/invertible-matrix/}}"):
        assert field in page
    comment_ids = [c["id"] for c in yaml.safe_load((REPO / "comments/invertible-matrix.yaml").read_text("utf-8"))]
    for cid in comment_ids:
        assert f'id="comment-{cid}"' in page


def test_pagination_and_index_excerpts(example_site):
    published = _published_posts()
    per_page = yaml.safe_load((REPO / "blog.yaml").read_text("utf-8"))["posts_per_page"]
    pages = -(-len(published) // per_page)
    assert (example_site / f"page/{pages}/index.html").is_file()
    assert not (example_site / f"page/{pages + 1}").exists()
    counts = []
    for n in range(1, pages + 1):
        path = example_site / ("index.html" if n == 1 else f"page/{n}/index.html")
        counts.append(path.read_text(encoding="utf-8").count('<article class="entry">'))
    assert counts[:-1] == [per_page] * (pages - 1)
    assert sum(counts) == len(published)
    index = (example_site / "index.html").read_text(encoding="utf-8")
    assert 'href="/blogbuild/page/2/"' in index
    # Newest first, and excerpts carry their math.
    dates = re.findall(r'<time datetime="([^"]+)"', index.split('<aside')[0])
    assert dates == sorted(dates, reverse=True)
    assert '<span class="math inline">' in index.split('<aside')[0]


def test_archive_counts(example_site):
    months: dict[str, int] = {}
    for src in _published_posts():
        d = str(_front(src)["date"])[:7]
        months[d] = months.get(d, 0) + 1
    archive = (example_site / "archive/index.html").read_text(encoding="utf-8")
    for month, n in months.items():
        assert f'{month}</a> <span class="count">({n})</span>' in archive
        y, m = month.split("-")
        page = (example_site / f"archive/{y}/{m}/index.html").read_text(encoding="utf-8")
        assert page.count("<li><time") == n


def test_tags_and_categories(example_site):
    tagged: dict[str, int] = {}
    for src in _published_posts():
        for tag in _front(src).get("tags") or []:
            tagged[str(tag)] = tagged.get(str(tag), 0) + 1
    overview = (example_site / "tags/index.html").read_text(encoding="utf-8")
    for tag, n in tagged.items():
        assert f">{html.escape(tag)}</a> <span class=\"count\">({n})</span>" in overview


def test_drafts_skipped_unless_asked(tmp_path, example_site):
    assert not (example_site / "archives/matrix-determinant-lemma").exists()
    root = copy_example(tmp_path)
    build(root, drafts=True)
    assert (root / "public/archives/matrix-determinant-lemma/index.html").is_file()


def test_feed_and_sitemap_are_xml_with_absolute_urls(example_site):
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.parse(example_site / "atom.xml").getroot()
    entries = feed.findall("a:entry", ns)
    assert len(entries) == len(_published_posts())
    for entry in entries:
        assert entry.find("a:link", ns).get("href").startswith("https://example.github.io/blogbuild/archives/")
        content = entry.find("a:content", ns).text
        assert 'href="/' not in content and 'src="/' not in content
    assert "<math" in ET.tostring(feed, encoding="unicode") or "&lt;math" in (example_site / "atom.xml").read_text()
    sm = ET.parse(example_site / "sitemap.xml").getroot()
    locs = [e.text for e in sm.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert "https://example.github.io/blogbuild/archives/rope/" in locs
    assert all(loc.startswith("https://example.github.io/blogbuild/") for loc in locs)
    assert "Sitemap: https://example.github.io/blogbuild/sitemap.xml" in (example_site / "robots.txt").read_text()
    assert (example_site / "404.html").is_file()


def test_internal_links_follow_the_base_path(example_site):
    page = (example_site / "archives/invertible-matrix/index.html").read_text(encoding="utf-8")
    assert 'href="/blogbuild/archives/det-exp-trace/"' in page


def test_hostile_comment_is_neutralised(tmp_path, cli):
    comments = (
        "- id: 1\n  author: '<script>alert(1)</script>'\n  date: 2024-01-03\n"
        "  body: |\n    hi <script>alert(2)</script> [x](javascript:alert(3)) <img src=x onerror=alert(4)>\n"
        "    and math $a<b$\n"
    )
    root = write_site(tmp_path / "s", {"a.md": post(slug="a")}, comments={"a": comments})
    assert cli("build", "-s", str(root))[0] == 0
    page = (root / "public/archives/a/index.html").read_text(encoding="utf-8")
    body = page.split('id="comments"')[1].split("</section>")[0]
    assert "<script" not in body and "<img" not in body
    assert 'href="javascript' not in body.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert r'<span class="math inline">\(a&lt;b\)</span>' in body


def test_bad_front_matter_names_file_and_line_and_keeps_output(tmp_path, cli):
    root = write_site(tmp_path / "s", {"a.md": post(slug="a")})
    assert cli("build", "-s", str(root))[0] == 0
    before = tree(root / "public")
    (root / "posts/x.md").write_text("---\ntitle: X\ndate: [2024\n---\nbody\n", encoding="utf-8")
    code, _out, err = cli("build", "-s", str(root))
    assert code == 1
    assert err.startswith("posts/x.md:3:")
    assert len(err.strip().splitlines()) == 1
    assert tree(root / "public") == before
    assert not list(root.glob(".blogbuild-tmp-*"))


def test_stale_files_from_earlier_builds_are_removed(tmp_path, cli):
    root = write_site(tmp_path / "s", {"a.md": post(slug="a"), "b.md": post(slug="b", date="2024-02-01")})
    assert cli("build", "-s", str(root))[0] == 0
    assert (root / "public/archives/b/index.html").exists()
    (root / "posts/b.md").unlink()
    assert cli("build", "-s", str(root))[0] == 0
    assert not (root / "public/archives/b").exists()


def test_refuses_output_that_is_or_contains_sources(tmp_path, cli):
    root = write_site(tmp_path / "s", {"a.md": post()})
    for out in (".", "..", "posts"):
        code, _o, err = cli("build", "-s", str(root), "--output", out)
        assert code == 1 and "refusing" in err
    assert (root / "posts/a.md").exists()


def test_summary_line_and_base_url_override(tmp_path, cli):
    root = write_site(tmp_path / "s", {"a.md": post(slug="a")})
    code, out, _err = cli("build", "-s", str(root), "--base-url", "https://me.github.io/sub/")
    assert code == 0
    assert re.fullmatch(r"Built 1 posts: \d+ pages, \d+ files in total, into .+ in \d+\.\d\d s\n", out)
    index = (root / "public/index.html").read_text(encoding="utf-8")
    assert 'href="/sub/archives/a/"' in index


def test_english_labels_and_default_author(tmp_path):
    config = "title: T\nurl: https://e.org/\nauthor: Ann\nlanguage: en\n"
    root = write_site(tmp_path / "s", {"a.md": post(slug="a", readers="22298")}, config=config)
    build(root)
    page = (root / "public/archives/a/index.html").read_text(encoding="utf-8")
    assert "By Ann | " in page and "22298 readers" in page and ">Cite</a>" in page


def test_chinese_file_names_get_stable_unique_slugs(tmp_path):
    root = write_site(tmp_path / "s", {"金庸.md": post(title="缅怀金庸"), "金庸2.md": post(title="又一篇")})
    build(root)
    first = sorted(p.name for p in (root / "public/archives").iterdir())
    build(root)
    assert sorted(p.name for p in (root / "public/archives").iterdir()) == first
    assert len(first) == 2 and all(name.isascii() for name in first)


def test_site_templates_and_static_override_the_theme(tmp_path):
    root = write_site(tmp_path / "s", {"a.md": post(slug="a")})
    (root / "templates").mkdir()
    (root / "templates/404.html").write_text("custom {{ site.title }}", encoding="utf-8")
    (root / "static").mkdir()
    (root / "static/style.css").write_text("body{}", encoding="utf-8")
    build(root)
    assert (root / "public/404.html").read_text(encoding="utf-8") == "custom Test"
    assert (root / "public/static/style.css").read_text() == "body{}"
    assert (root / "public/static/favicon.svg").exists()  # the rest of the theme still ships


def test_head_and_footer_hooks_without_copying_base_html(tmp_path):
    """templates/_head_extra.html and _footer_extra.html: on every page, in <head> and in the
    footer; the theme's own are empty, so a site without them gets nothing extra."""
    root = write_site(tmp_path / "s", {"a.md": post(slug="a")})
    build(root)
    plain = {p: p.read_text(encoding="utf-8") for p in (root / "public").rglob("*.html")}
    (root / "templates").mkdir()
    (root / "templates/_head_extra.html").write_text('<script src="https://stats.example/a.js"></script>\n',
                                                     encoding="utf-8")
    (root / "templates/_footer_extra.html").write_text(
        '<a href="https://beian.miit.gov.cn/">京ICP备12345678号</a>', encoding="utf-8")
    build(root)
    pages = [p for p in plain if "<head>" in plain[p]]
    assert len(pages) >= 3
    for path in pages:
        text = path.read_text(encoding="utf-8")
        head, _, body = text.partition("</head>")
        assert head.count("stats.example/a.js") == 1 and "stats.example" not in body, path
        footer = body[body.index('<footer class="site-footer">'):]
        assert footer.index("京ICP备12345678号") < footer.index("</footer>"), path
        assert "ICP" not in plain[path] and "stats.example" not in plain[path]


def test_comment_labels_never_clash_with_the_post(tmp_path):
    body = r"\begin{equation}a=b\label{eq:x}\end{equation} see \eqref{eq:x}"
    comments = "- id: 7\n  author: A\n  date: 2024-01-03\n  body: '" + body.replace("'", "''") + "'\n"
    root = write_site(tmp_path / "s", {"a.md": post(slug="a", body=body)}, comments={"a": comments})
    build(root)
    page = html.unescape((root / "public/archives/a/index.html").read_text(encoding="utf-8"))
    assert page.count(r"\label{eq:x}") == 1
    assert r"\label{comment-7:eq:x}" in page and r"\eqref{comment-7:eq:x}" in page


def test_head_and_footer_hooks(tmp_path):
    """templates/_head_extra.html and _footer_extra.html of a site reach every page's <head> and
    footer (analytics, a 备案 line) without a copy of base.html; the default theme's add nothing."""
    root = write_site(tmp_path / "site", {"a.md": post("A", body="Text.", slug="a")})
    build(root)
    plain = {p: p.read_text(encoding="utf-8") for p in (root / "public").rglob("*.html")}
    (root / "templates").mkdir()
    (root / "templates" / "_head_extra.html").write_text('<meta name="x-analytics" content="42">\n', encoding="utf-8")
    (root / "templates" / "_footer_extra.html").write_text('<a href="https://beian.miit.gov.cn/">京ICP备12345678号</a>\n',
                                                          encoding="utf-8")
    build(root)
    pages = [p for p in (root / "public").rglob("*.html") if "<footer" in p.read_text(encoding="utf-8")]
    assert len(pages) >= 8
    for page in pages:
        text = page.read_text(encoding="utf-8")
        head, _, body = text.partition("</head>")
        assert '<meta name="x-analytics" content="42">' in head, page
        footer = body[body.index("<footer"):body.index("</footer>")]
        assert "京ICP备12345678号" in footer, page
        assert "x-analytics" not in plain[page] and "ICP" not in plain[page]


def test_a_post_in_a_markdown_file_is_built_like_one_in_an_md_file(tmp_path):
    """Jekyll and Hugo take `posts/x.markdown` too (a real blog of 232 posts had only those): such a
    post is read, published at its slug, listed and fed, exactly as the same file named .md."""
    text = post(title="Walks on graphs", body="A walk $w_1$ of length $n$.\n\nMore.", tags="[graphs]")
    built = {}
    for suffix in (".markdown", ".md"):
        root = write_site(tmp_path / suffix.lstrip("."), {f"2020-01-02-walks{suffix}": text})
        (root / "pages").mkdir()
        (root / "pages" / f"about{suffix}").write_text("---\ntitle: About me\n---\nHi.\n", encoding="utf-8")
        build(root)
        built[suffix] = tree(root / "public")
    page = built[".markdown"]["archives/walks/index.html"].decode("utf-8")
    assert "Walks on graphs" in page and r"\(w_1\)" in page
    assert "About me" in built[".markdown"]["about/index.html"].decode("utf-8")
    assert "walks" in built[".markdown"]["tags/graphs/index.html"].decode("utf-8")
    assert built[".markdown"] == built[".md"]
