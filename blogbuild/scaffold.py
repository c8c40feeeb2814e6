"""Starting fresh: `blogbuild init DIR` makes a new blog, `blogbuild new "标题"` starts a post.

Neither ever overwrites a file: init writes into a new or empty folder or a fresh repository
(.git/, README, LICENSE; its .gitignore gets the starter's lines), and with --force beside anything,
keeping every file that exists; new refuses a post file or a slug that exists. The new blog's
files are the ones in blogbuild/starter/, and its deploy workflow
is this repository's own (.github/workflows/deploy.yml, packaged as starter/deploy.yml), with
blogbuild installed from the blog's requirements.txt instead of from the checkout.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from blogbuild.errors import BlogbuildError
from blogbuild.site.config import load_config, parse_timezone
from blogbuild.site.folders import PAGES_DIR, POSTS_DIR
from blogbuild.site.load import post_files, split_front_matter
from blogbuild.site.slugs import check_slug, slug_from_filename
from blogbuild.site.urls import entry_path
from blogbuild.site.urls import numbered as is_numbered
from blogbuild.version import __version__

STARTER = Path(__file__).resolve().parent / "starter"
FILES = {  # in the new blog: from starter/
    "blog.yaml": "{language}/blog.yaml",
    "posts/{date}-hello-world.md": "{language}/hello.md",
    "pages/about.md": "{language}/about.md",
    ".gitignore": "gitignore",
    "requirements.txt": "requirements.txt",
}
WORKFLOW = ".github/workflows/deploy.yml"
_INSTALL = re.compile(r"^( *)- run: pip install \.$", re.M)
"""The repository's workflow installs blogbuild from its own checkout; a blog installs it from
requirements.txt (the comment lines just above the step say so for the repository: dropped)."""


def workflow() -> str:
    """The deploy workflow of a new blog: the packaged copy of the repository's, or in a checkout
    the repository's own file."""
    packaged = STARTER / "deploy.yml"
    path = packaged if packaged.is_file() else STARTER.parent.parent / WORKFLOW
    lines = path.read_text(encoding="utf-8").split("\n")
    at = next((i for i, line in enumerate(lines) if _INSTALL.fullmatch(line)), None)
    if at is None:
        raise BlogbuildError("the deploy workflow has no 'pip install .' step to adapt", os.fspath(path))
    indent = _INSTALL.fullmatch(lines[at]).group(1)
    start = at
    while start > 0 and lines[start - 1].startswith(indent + "#"):
        start -= 1
    lines[start:at + 1] = [f"{indent}# Installs blogbuild as requirements.txt says.",
                           f"{indent}- run: pip install -r requirements.txt"]
    return "\n".join(lines)


ALLOWED = (".git", ".gitignore", "README*", "LICENSE*", "COPYING*")
"""What a fresh repository holds: init writes beside it (.gitignore is merged, never replaced)."""


LANGUAGES = ("zh", "en")
"""The starter's sample post and page are written in each (starter/<language>/)."""


def init_site(folder: Path, *, now: dt.datetime | None = None, force: bool = False,
              timezone: str | None = None, language: str = "zh") -> tuple[list[str], list[str]]:
    """Write a new blog into folder (new, empty, or a fresh repository: ALLOWED only; anything
    with force); return (files written, files kept as they were), relative to it. Nothing that
    exists is ever overwritten, and everything is written into a temporary folder beside it
    first: never half a blog."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise BlogbuildError("not a folder", os.fspath(folder), hint="blogbuild init makes a new folder")
    others = [p.name for p in folder.iterdir() if not _allowed(p)] if folder.is_dir() else []
    if others and not force:
        raise BlogbuildError(f"the folder is not empty: {', '.join(sorted(others)[:3])}"
                             + (", …" if len(others) > 3 else ""), os.fspath(folder),
                             hint="blogbuild init writes beside .git/, README, LICENSE and .gitignore only; "
                                  "--force writes the starter's files that are missing and keeps the rest")
    timezone = timezone or machine_timezone()
    now = now or dt.datetime.now(dt.timezone.utc)
    name = folder.resolve().name or "blog"
    values = {"{title}": json.dumps(name, ensure_ascii=False), "{folder}": name,
              "{date}": now.astimezone(dt.timezone.utc).isoformat(" ", "seconds"),
              "{requirement}": blogbuild_requirement(), "{timezone}": timezone, "{language}": language}
    folder.resolve().parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix=f".{name}.blogbuild-init-", dir=folder.resolve().parent))
    try:
        written = _write_starter(temp, values, now)
        if not folder.exists():
            temp.rename(folder)  # one step: the blog appears whole or not at all
            return written, []
        # Into the folder itself, never replacing it: it may be the shell's current folder
        # (`blogbuild init .`), which a replaced folder would leave pointing at a deleted one.
        return _move_beside(temp, folder, written)
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def _allowed(path: Path) -> bool:
    import fnmatch

    return any(fnmatch.fnmatchcase(path.name.upper(), pattern.upper()) for pattern in ALLOWED)


def _write_starter(temp: Path, values: dict[str, str], now: dt.datetime) -> list[str]:
    written = []
    for target, source in FILES.items():
        rel = target.replace("{date}", now.astimezone(dt.timezone.utc).strftime("%Y-%m-%d"))
        text = (STARTER / source.replace("{language}", values["{language}"])).read_text(encoding="utf-8")
        for key, value in values.items():
            text = text.replace(key, value)
        (temp / rel).parent.mkdir(parents=True, exist_ok=True)
        (temp / rel).write_text(text, encoding="utf-8")
        written.append(rel)
    (temp / WORKFLOW).parent.mkdir(parents=True)
    (temp / WORKFLOW).write_text(workflow(), encoding="utf-8")
    return [*written, WORKFLOW]


def _move_beside(temp: Path, folder: Path, files: list[str]) -> tuple[list[str], list[str]]:
    """Move the starter's files into a folder that holds others: .gitignore gets the starter's
    lines it lacks; any other file that exists is kept as it is."""
    written, kept = [], []
    for rel in files:
        target = folder / rel
        if rel == ".gitignore" and target.is_file():
            have = target.read_text(encoding="utf-8")
            lines = {line.strip() for line in have.splitlines()}
            extra = [line for line in (temp / rel).read_text(encoding="utf-8").splitlines()
                     if line.strip() and line.strip() not in lines]
            if extra:
                with open(target, "a", encoding="utf-8", newline="\n") as f:
                    f.write(("" if have.endswith("\n") or not have else "\n") + "\n".join(["", *extra]) + "\n")
                written.append(rel)
            continue
        if target.exists() or target.is_symlink():
            kept.append(rel)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        (temp / rel).rename(target)
        written.append(rel)
    return written, kept


def machine_timezone() -> str:
    """This machine's time zone for blog.yaml: its IANA name when the system says it (TZ,
    /etc/timezone, the /etc/localtime link), else today's UTC offset (+08:00)."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    try:
        candidates.append(os.readlink("/etc/localtime").partition("zoneinfo/")[2])
    except OSError:
        pass
    for name in candidates:
        if name and "/" in name or name == "UTC":
            try:
                parse_timezone(name)
                return name
            except (ValueError, KeyError):
                continue
    offset = dt.datetime.now().astimezone().utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def blogbuild_requirement() -> str:
    """What the new blog's deploy workflow installs: this blogbuild's own source when pip knows it
    came from a repository (PEP 610 direct_url.json), else the released versions compatible with
    this one (`blogbuild>=0.1,<1`: a later major version may change the site)."""
    from importlib import metadata

    try:
        info = json.loads(metadata.distribution("blogbuild").read_text("direct_url.json") or "null")
    except (metadata.PackageNotFoundError, ValueError):
        info = None
    if isinstance(info, dict) and "vcs_info" in info and str(info.get("url", "")).startswith("https://"):
        vcs = info["vcs_info"]
        commit = f"@{vcs['commit_id']}" if vcs.get("commit_id") else ""
        return f"blogbuild @ {vcs.get('vcs', 'git')}+{info['url']}{commit}"
    return compatible_release(__version__)


def compatible_release(version: str) -> str:
    """`blogbuild>=X.Y,<X+1` for version X.Y[.Z…]."""
    major, minor = (int(part) for part in re.match(r"(\d+)\.(\d+)", version).groups())
    return f"blogbuild>={major}.{minor},<{major + 1}"


@dataclass(frozen=True)
class NewPost:
    path: str
    """The post file, relative to the blog's folder."""
    url: str
    """Where it will be published (blog.yaml's url and permalink)."""
    hashed: bool
    """Its slug is a hash of a title with no ASCII words: a readable one needs --slug."""


def new_post(root: Path, title: str, *, slug: str | None = None, now: dt.datetime | None = None,
             numbered: bool = False) -> NewPost:
    """Write posts/<date>-<slug>.md with front matter and the date and time now on the blog's clock.
    The slug: --slug; with numbered, the next number no post or page has (Typecho's /archives/6464/);
    else the title's as a file name's would be (ASCII words; a Chinese title gets a short hash of
    itself: pinyin would need a dictionary). With a permalink of {id} (/archives/{id}/), the post
    gets `id:`, the next number no post has, and its URL has it whatever the slug."""
    import yaml

    config = load_config(root)
    title = title.strip()
    if not title or not title.isprintable():
        raise BlogbuildError(f"the title must be one line of text, got {title!r}", "blogbuild new")
    hashed = False
    number = _next_number(root, "id") if is_numbered(config.permalink) else None
    if slug is None and numbered:
        slug = str(number or _next_number(root, "slug"))
    elif slug is None:
        slug = slug_from_filename(title)
        hashed = not any(ch.isascii() and ch.isalnum() for ch in title)
    why = check_slug(slug)
    if why:
        raise BlogbuildError(f"--slug {why}, got {slug!r}", "blogbuild new")
    when = (now or dt.datetime.now(dt.timezone.utc)).astimezone(config.tzinfo)
    rel = f"{POSTS_DIR}/{when:%Y-%m-%d}-{slug}.md"
    other = _slug_owner(root, slug, (POSTS_DIR, PAGES_DIR))
    if other is not None and other != rel:
        raise BlogbuildError(f"slug '{slug}' is already used by {other}", "blogbuild new",
                             hint="choose another with --slug")
    front = yaml.safe_dump({"title": title}, allow_unicode=True, width=1000).strip()
    front += f"\nid: {number}" if number is not None else ""
    text = (f"---\n{front}\ndate: {when.isoformat(' ', 'seconds')}\nslug: {slug}\ntags: []\ncategories: []\n---\n"
            "Write here. Math as in LaTeX: $x_1$.\n")
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(path, "x", encoding="utf-8", newline="\n") as f:  # "x": never overwrite
            f.write(text)
    except FileExistsError:
        raise BlogbuildError("already exists", rel, hint="choose another title or --slug") from None
    url = config.url.rstrip("/") + entry_path(config.permalink, slug, when, False, number)
    return NewPost(rel, url, hashed and number is None)


def _next_number(root: Path, key: str) -> int:
    """One more than the largest `id:` of a post, or all-digit slug of a post or page, as key says
    (1 for the first)."""
    numbers = [0]
    for folder in (POSTS_DIR, PAGES_DIR):
        for path in post_files(root, folder):
            try:
                data = yaml_front_matter(path)
            except (BlogbuildError, OSError, UnicodeDecodeError, ValueError):
                data = None
            own = data.get(key) if isinstance(data, dict) else None
            text = str(own if own is not None or key == "id" else slug_from_filename(path.stem))
            if text.isascii() and text.isdigit():
                numbers.append(int(text))
    return max(numbers) + 1


def yaml_front_matter(path: Path):
    import yaml

    rel = path.name
    return yaml.safe_load(split_front_matter(path.read_text(encoding="utf-8"), rel)[0])


def _slug_owner(root: Path, slug: str, folders: tuple[str, ...]) -> str | None:
    """The post or page file that has this slug (front matter's slug:, else its file name's)."""
    import yaml


    for folder in folders:
        for path in post_files(root, folder):
            rel = path.relative_to(root).as_posix()
            try:
                data = yaml.safe_load(split_front_matter(path.read_text(encoding="utf-8"), rel)[0])
            except (BlogbuildError, yaml.YAMLError, OSError, UnicodeDecodeError):
                data = None  # a broken file: the build reports it; its name still counts
            own = data.get("slug") if isinstance(data, dict) else None
            if str(own if own is not None else slug_from_filename(path.stem)) == slug:
                return rel
    return None
