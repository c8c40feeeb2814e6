"""Where a site's own files are. Only names: a build that finds nothing changed imports this and
nothing heavier."""

CONFIG_NAME = "blog.yaml"
POSTS_DIR = "posts"
PAGES_DIR = "pages"
COMMENTS_DIR = "comments"
POST_SUFFIXES = (".md", ".markdown")
"""The names of post and page files (Jekyll and Hugo take `.markdown` too: their blogs have both)."""
CACHE_DIR = ".blogbuild-cache"
"""Where in the site a speed layer may keep what it remembers (`blogbuild clean` deletes it)."""
TYPESET_MARK = "typesets-math"
"""In CACHE_DIR while the last build typeset math at build time: the next starts Node first thing."""
SEARCH_MARK = "search-language"
"""In CACHE_DIR while the last build made a search index: the site's language; the next build starts
Pagefind's service first thing (and loads its word segmenter for Chinese or Japanese)."""
NODE_CACHE = "node"
"""In CACHE_DIR: Node's compiled MathJax (NODE_COMPILE_CACHE), which a CI step restoring the cache keeps."""
SOURCE_DIRS = (POSTS_DIR, PAGES_DIR, COMMENTS_DIR, "templates", "static")
"""The folders of a site's own files: the output may never overlap them."""
