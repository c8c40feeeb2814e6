"""`blogbuild import FORMAT SOURCE`: read an old blog (Typecho, WordPress, Disqus, Hexo, Jekyll) into
records (records.py), rewrite its formulas from the old site's math dialect into blogbuild's
(dialects/), and write posts/, pages/, comments/ all at once or not at all (writer.py)."""
