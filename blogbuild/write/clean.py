"""`blogbuild clean`: delete the build cache and the output folder, never a folder holding sources."""

from __future__ import annotations

import shutil
from pathlib import Path

from blogbuild.site.config import load_config
from blogbuild.site.folders import CACHE_DIR, SOURCE_DIRS
from blogbuild.write.lock import build_lock, stale_temps
from blogbuild.write.output import check_output_dir


def clean(root: Path | str = ".", *, output: str | Path | None = None) -> list[Path]:
    """Delete the build cache, the output folder and any temporary folder beside it; returns what was removed."""
    root = Path(root).resolve()
    config = load_config(root, output=str(output) if output is not None else None)
    out = (root / config.output).resolve()
    check_output_dir(root, out, list(SOURCE_DIRS))  # never delete a folder that holds sources
    removed = []
    with build_lock(out, config.output):
        for path in [root / CACHE_DIR, out, *stale_temps(out)]:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
                removed.append(path)
            elif path.exists() or path.is_symlink():
                path.unlink()
                removed.append(path)
    return removed
