"""blogbuild's version, in a module of its own: the package's __init__ offers `build` too, and a
low layer that only wants the version (the cache key, the comment client's User-Agent) must not
depend on it."""

__version__ = "0.1.0"
