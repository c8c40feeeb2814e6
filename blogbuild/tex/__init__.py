"""TeX in Markdown, as blogbuild and other sites' engines read it: shared by rendering (render/math.py),
`blogbuild check` and the importers, so none of them reaches into another's private names.

    delimiters.py  where a formula starts and ends by blogbuild's own rules
    dialect.py     the math rules of other Markdown engines (Hexo, Jekyll, Typecho, WordPress)
    findtex.py     the formulas an engine's MathJax finds in a text, by its dialect
    view.py        a post as such an engine's Markdown sees it: where formulas, code and HTML are
    detect.py      evidence that a post was written for another engine's rules
"""
