"""The optional speed layer: caches, the no-op snapshot, worker processes, the tokenizer dispatch.

Nothing outside build.py imports it; without it the build is the plain reference pipeline."""

from blogbuild.incremental.layer import IncrementalCache

__all__ = ["IncrementalCache"]
