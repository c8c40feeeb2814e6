"""Math dialects: read a post the way the old site's Markdown engine and MathJax read it, and write
it so blogbuild's own math rules (blogbuild/render/math.py) find exactly those formulas.

    to_blogbuild(markdown, dialect)      Markdown written for the old site → blogbuild Markdown
    html_to_markdown(html, dialect)      an HTML post (WordPress, Typecho) → blogbuild Markdown
    formulas_seen(markdown, dialect)     what the old site's MathJax found (for counts and checks)
"""

from blogbuild.importers.dialects.html import html_to_markdown
from blogbuild.importers.dialects.rewrite import blogbuild_formulas, formulas_seen, to_blogbuild
from blogbuild.tex.dialect import (
    BLOGBUILD,
    HEXO_KRAMED,
    HEXO_MARKED,
    HEXO_MARKED_OLD,
    HEXO_PROTECTED,
    KRAMDOWN,
    KRAMDOWN_DOLLARS,
    TYPECHO,
    WORDPRESS,
    Dialect,
)

__all__ = [
    "BLOGBUILD", "HEXO_KRAMED", "HEXO_MARKED", "HEXO_MARKED_OLD", "HEXO_PROTECTED", "KRAMDOWN", "KRAMDOWN_DOLLARS",
    "TYPECHO", "WORDPRESS", "Dialect", "blogbuild_formulas", "formulas_seen", "html_to_markdown", "to_blogbuild",
]
