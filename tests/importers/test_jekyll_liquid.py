"""Jekyll posts' Liquid addresses and kramdown attribute lists, as `blogbuild import jekyll` writes them
(importers/liquid_links.py, importers/kramdown_attrs.py), and the blog that import builds.

Expected values are written out from Jekyll's and kramdown's documented behaviour (relative_url puts
the base URL before a root-relative path; post_url is the post's address; `{:toc}` replaces its list
with the contents), not computed by the code under test.
"""

from __future__ import annotations

import re
from pathlib import Path

from helpers import run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from blogbuild.importers.kramdown_attrs import without_attribute_lists
from blogbuild.importers.liquid_links import PostLinks, liquid_links
from blogbuild.site.config import load_config


def links_of(body: str, posts: dict[str, str] | None = None) -> tuple[str, list[str]]:
    links = PostLinks()
    return links.resolve(liquid_links(body, links), (posts or {}).get)


def test_url_filters_become_root_relative_addresses():
    body = ("![a]({{ '/assets/a.png' | relative_url }}) ![b]({{\"img/b.png\"|absolute_url}}) "
            "[c]({{- 'https://cdn.example/c.js' | relative_url -}}) [d]({{ '//cdn.example/d' | absolute_url }})")
    assert links_of(body)[0] == ("![a](/assets/a.png) ![b](/img/b.png) "
                                 "[c](https://cdn.example/c.js) [d](//cdn.example/d)")


def test_site_variables_go_before_an_address_and_are_the_root_alone():
    body = ("[x]({{ site.baseurl }}/about/) [y]({{site.url}}{{site.baseurl}}/feed.xml) "
            "[home]({{ site.baseurl }}) [z]({{ site.url }}/z)")
    assert links_of(body)[0] == "[x](/about/) [y](/feed.xml) [home](/) [z](/z)"


def test_under_a_base_path_the_addresses_are_the_old_sites_paths():
    """What Jekyll wrote with `baseurl: /old`: the path under it (the import keeps the old addresses
    as aliases there, and --uploads finds its files there); the host of site.url goes."""
    links = PostLinks()
    body = ("![a]({{ '/assets/a.png' | relative_url }}) [x]({{ site.baseurl }}/about/) [home]({{ site.baseurl }}) "
            "[y]({{ site.url }}{{ site.baseurl }}/feed.xml) [z]({{ site.url }}/z) "
            "[p]({{ site.baseurl }}{% post_url 2017-06-21-intro %})")
    text, _ = links.resolve(liquid_links(body, links, "/old/"), {"2017-06-21-intro": "/archives/intro/"}.get)
    assert text == ("![a](/old/assets/a.png) [x](/old/about/) [home](/old/) [y](/old/feed.xml) [z](/z) "
                    "[p](/archives/intro/)")


def test_post_links_are_the_posts_new_addresses_once_all_are_read():
    body = ("[a]({{ site.baseurl }}{% post_url 2017-06-21-intro %}#part) [b]({% post_url cat/2018-01-02-next %}) "
            "[c]({% link _posts/2017-06-21-intro.md %}) [gone]({% post_url 2001-01-01-nothing %})")
    text, missing = links_of(body, {"2017-06-21-intro": "/archives/intro/", "2018-01-02-next": "/archives/next/"})
    assert text == ("[a](/archives/intro/#part) [b](/archives/next/) [c](/archives/intro/) "
                    "[gone]({% post_url 2001-01-01-nothing %})")
    assert missing == ["2001-01-01-nothing"]


def test_raw_blocks_and_other_liquid_are_left_as_written():
    body = "{% raw %}`{{ '/x' | relative_url }}` {% post_url a %}{% endraw %} {{ page.title }} {% include x.html %}"
    assert links_of(body)[0] == body


def test_a_posts_own_text_cannot_pass_for_a_link_mark():
    links = PostLinks()
    fake = links.prefix.replace(links.prefix[-17:-1], "0" * 16) + "0x"  # another nonce
    text = liquid_links(f"{fake} {{% post_url a %}}", links)
    assert links.resolve(text, {"a": "/archives/a/"}.get)[0] == f"{fake} /archives/a/"


UNTOUCHED = """\
```ruby
h = {:toc => 1}
{: not an attribute list in code}
```

    indented {:code}

Inline `x{:y}` code and $\\{:x\\}$ math.
"""
"""Code and math that hold `{:` but no attribute list: the same after as before."""

KRAMDOWN_POST = """\
{: class="table-of-content"}
* TOC
{:toc}

![A figure](/a.png)
{: style="width: 80%;" class="center"}

*Fig. 1. A caption.*{:.image-caption} and [a link](x){: target="_blank"}.

{: class="info"}
| a | b |
|---|---|
| 1 | 2 |

{::comment}
A note to self.
{:/comment}

{::options parse_block_html="true" /}
{::nomarkdown}
<div>raw</div>
{:/nomarkdown}

""" + UNTOUCHED


def test_attribute_lists_and_extensions_are_left_out():
    text, dropped = without_attribute_lists(KRAMDOWN_POST)
    assert text == """\

![A figure](/a.png)

*Fig. 1. A caption.* and [a link](x).

| a | b |
|---|---|
| 1 | 2 |


<div>raw</div>

""" + UNTOUCHED
    assert dropped == 10  # class, toc, style, 2 spans, info, comment, options, nomarkdown and its end


_PIECES = st.sampled_from(["{: .x}", "{:toc}", "* TOC", "```", "~~~", "    code {:y}", "text{:.c}", "`a{:b}`",
                           "{::comment}", "{:/comment}", "plain", "", "$\\{:x\\}$", "{::nomarkdown}"])


def _fences(text: str) -> list[str]:
    """The fenced code blocks' contents, as a CommonMark parser finds them."""
    from markdown_it import MarkdownIt

    return [t.content for t in MarkdownIt("commonmark").parse(text) if t.type == "fence"]


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=25))
def test_leaving_out_is_done_once_and_never_touches_fenced_code(lines):
    text = "\n".join(lines)
    once, _ = without_attribute_lists(text)
    assert without_attribute_lists(once)[0] == once
    assert _fences(once) == _fences(text)


def write_jekyll(root: Path) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Old\nbaseurl: /old\nmarkdown: kramdown\n", encoding="utf-8")
    (root / "_posts" / "2017-06-21-intro.md").write_text(
        "---\ntitle: Intro\n---\n* TOC\n{:toc}\n\n## One\n\nText.\n\n## Two\n\n"
        "![Figure]({{ '/assets/fig.png' | relative_url }})\n{: style=\"width: 50%;\"}\n\n## Three\n\nEnd.\n",
        encoding="utf-8")
    (root / "_posts" / "2017-07-01-next.md").write_text(
        "---\ntitle: Next\n---\nSee [the intro]({{ site.baseurl }}{% post_url 2017-06-21-intro %}#two) "
        "and [a lost one]({% post_url 2010-01-01-lost %}).\n\n*Caption*{:.image-caption}\n\n"
        "{% raw %}Write `{{ site.baseurl }}` in a template.{% endraw %}\n",
        encoding="utf-8")
    return root


def new_site(tmp_path: Path, capsys) -> Path:
    assert run_cli("init", "--language", "en", str(tmp_path / "new"))[0] == 0
    site = tmp_path / "new"
    for path in [*(site / "posts").glob("*.md"), *(site / "pages").glob("*.md")]:
        path.unlink()
    capsys.readouterr()
    return site


def test_an_imported_jekyll_blog_has_working_links_and_no_kramdown_text(tmp_path, capsys):
    old = write_jekyll(tmp_path / "old")
    (old / "assets").mkdir()
    (old / "assets" / "fig.png").write_bytes(b"PNG")
    site = new_site(tmp_path, capsys)
    assert run_cli("import", "jekyll", "-s", str(site), str(old), "--uploads", str(old / "assets"))[0] == 0
    summary = capsys.readouterr().out
    assert "post links left as written (no post of that name): 2010-01-01-lost" in summary
    assert "({: …}) left out: 3" in summary  # {:toc} (its list with it), the image's style, the caption's
    assert "uploads: 1 files the posts and pages link to copied" in summary
    assert run_cli("build", "-s", str(site), "--no-search")[0] == 0
    base = load_config(site).base_path  # the new site's, not the old one's /old
    assert base != "/old/"
    public = site / "public"
    nxt = (public / "archives" / "next" / "index.html").read_text(encoding="utf-8")
    intro = (public / "archives" / "intro" / "index.html").read_text(encoding="utf-8")
    assert f'<a href="{base}archives/intro/#two">the intro</a>' in nxt
    assert f'<img src="{base}static/uploads/fig.png" alt="Figure"' in intro  # /old/assets/fig.png was it
    assert (public / "static" / "uploads" / "fig.png").read_bytes() == b"PNG"
    assert "Write <code>{{ site.baseurl }}</code> in a template." in nxt  # raw: as written
    for page in (nxt, intro):
        text = re.sub(r"<[^>]+>", "", page.split("<article", 1)[1].split("</article>", 1)[0])
        assert "{:" not in text and "TOC" not in text and "relative_url" not in text


def test_hexo_uploads_are_the_files_under_source(tmp_path, capsys):
    """--uploads for Hexo: source/images/a.png was served at /images/a.png."""
    old = tmp_path / "hexo"
    (old / "source" / "_posts").mkdir(parents=True)
    (old / "source" / "images").mkdir()
    (old / "source" / "images" / "a.png").write_bytes(b"PNG")
    (old / "_config.yml").write_text("title: H\nurl: https://h.example\n", encoding="utf-8")
    (old / "package.json").write_text('{"dependencies": {"hexo-renderer-marked": "1"}}', encoding="utf-8")
    (old / "source" / "_posts" / "p.md").write_text("---\ntitle: P\ndate: 2020-01-02\n---\n![A](/images/a.png)\n",
                                                    encoding="utf-8")
    site = new_site(tmp_path, capsys)
    assert run_cli("import", "hexo", "-s", str(site), str(old), "--uploads", str(old / "source" / "images"))[0] == 0
    assert "uploads: 1 files" in capsys.readouterr().out
    (post,) = (site / "posts").glob("*.md")
    assert "![A](/static/uploads/a.png)" in post.read_text(encoding="utf-8")
    assert (site / "static" / "uploads" / "a.png").read_bytes() == b"PNG"


KRAMDOWN_BLOCKS = [
    "Text:\n\n$$\n\\begin{aligned}\na &= b \\\\\n\nc &= d\n\\end{aligned}\n$$\n\nAfter $$y$$.\n",
    "$$\nx\n\n\ny\n$$\n{: .center}\n\nEnd.\n",  # an attribute list after the block is a boundary too
    "Text\n$$\nx\n\ny\n$$\n\nEnd.\n",  # not after a blank line: no block (kramdown's inline `$$` pairs)
    "$$\nx\n\ny\n$$ and text\n\nEnd.\n",  # not followed by a boundary: no block
    "```\n$$\nx\n\ny\n$$\n```\n\n$$\nz\n\nw\n$$\n",  # in code: no formula; after it, one
    # list items to CommonMark:
    "Text:\n\n$$\n\\begin{aligned}\n- \\log p &= q \\\\\n+ r &= s\n\\end{aligned}\n$$\n\nEnd.\n",
    "$$\na\n# b\n> c\n---\n$$\n",  # a heading, a quote and a rule to CommonMark
    "$$\nx = y\n$$\n\n$$\nz\n\n$$ and $$w$$\n",  # one block; then `$$` pairs that are no block
]


def _kramdown_formulas(markdown: str) -> list[tuple[str, str]]:
    """(kind, TeX) of each formula real kramdown writes (math_engine mathjax: `\\[…\\]` for a block,
    `\\(…\\)` in a span), up to white space; None without ruby's kramdown."""
    import html as html_lib
    import shutil
    import subprocess

    if shutil.which("ruby") is None:
        return None
    script = ("require 'kramdown'; require 'kramdown-parser-gfm'; "
              "print Kramdown::Document.new(STDIN.read, input: 'GFM', math_engine: 'mathjax').to_html")
    done = subprocess.run(["ruby", "-e", script], input=markdown, capture_output=True, text=True)
    if done.returncode:
        return None
    page = re.sub(r"<(pre|code)\b.*?</\1>", "", done.stdout, flags=re.S)
    found = [("display" if m.group(1) == "[" else "inline", html_lib.unescape(m.group(2)))
             for m in re.finditer(r"\\([\[(])(.*?)\\[\])]", page, flags=re.S)]
    return [(kind, " ".join(tex.split())) for kind, tex in found]


def test_kramdown_math_blocks_with_blank_lines_are_one_formula_as_kramdown_made_them():
    import pytest
    from mathjax_reference import found_by_blogbuild, same

    from blogbuild.importers.dialects import KRAMDOWN_DOLLARS, to_blogbuild

    for post in KRAMDOWN_BLOCKS:
        expected = _kramdown_formulas(post)
        if expected is None:
            pytest.skip("needs ruby with kramdown (Debian: ruby-kramdown ruby-kramdown-parser-gfm)")
        text, _ = without_attribute_lists(post)
        assert same(found_by_blogbuild(to_blogbuild(text, KRAMDOWN_DOLLARS))) == expected, post
    first = to_blogbuild(KRAMDOWN_BLOCKS[0], KRAMDOWN_DOLLARS)
    assert "$$\\begin{aligned}\na &= b \\\\\nc &= d\n\\end{aligned}$$" in first  # lines kept, the blank one gone
