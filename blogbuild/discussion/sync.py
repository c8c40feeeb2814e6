"""The archive and the server kept in step: `blogbuild comments pull` and `push`.

pull: every approved comment of every post's thread comes from the server and is merged into
comments/<slug>.yaml. A comment the archive already has (provider.pair: same creation time) keeps
its id, date and parent, and takes the server's text, author and website when they were edited
there; a new one is added with the id `isso-<server id>` (ids of the archive are numbers or names
from the old blog, so these never collide; if one is taken anyway, `-2`, `-3`… is added) and the
archive id of the comment it answers. Nothing is ever removed: a comment deleted on the server
stays in the archive until its line is deleted by hand. Files are edited, not rewritten: the
entries that did not change keep their bytes (and the file its remarks), new ones are appended.

Everything is fetched and merged before anything is written, and the changed files are then
replaced together (write/replace.py), so a fault leaves every file as it was. Pulling twice in a row
changes nothing the second time.

Comment text from the server is as untrusted as any comment: it is stored as the Markdown the
commenter wrote and goes through the build's comment renderer (raw HTML off, nh3) like any other.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from blogbuild.discussion.isso import Isso
from blogbuild.discussion.provider import LocalThread, Provider, RemoteComment, Thread, pair, thread_uri
from blogbuild.errors import ConfigError, ContentError
from blogbuild.progress import SILENT, Progress
from blogbuild.site.config import Config, load_config
from blogbuild.site.folders import COMMENTS_DIR
from blogbuild.site.load import load_site
from blogbuild.site.models import Comment, Site
from blogbuild.site.urls import post_path
from blogbuild.site.yamlout import dump_yaml
from blogbuild.write.replace import replace_files

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")
"""C0 and C1 controls other than tab and the line breaks, and DEL: not text a comment needs (nor
YAML carries plainly)."""
_BREAKS = re.compile(r"\r\n?|[\x85\u2028\u2029]")
"""Line breaks YAML reads as such: written as newlines, so that the text reads back the same."""
_SURROGATE = re.compile(r"[\ud800-\udfff]")
"""Halves of a UTF-16 pair that JSON can send alone and UTF-8 cannot write."""


@dataclass(frozen=True)
class PullReport:
    url: str
    threads: int
    """Threads the server has comments in."""
    added: int
    updated: int
    files: tuple[str, ...]
    """The comments files written (site-relative)."""
    reparented: int = 0
    """New replies to themselves, to a comment the server did not send, or closing a circle: replies to the post."""

    def summary(self) -> str:
        mended = (f" ({self.reparented} replying to itself, to a missing comment or in a circle, made a reply to "
                  f"the post)") if self.reparented else ""
        return (f"Pulled {self.threads} thread{'s' if self.threads != 1 else ''} from {self.url}: "
                f"{self.added} new{mended}, {self.updated} edited, "
                f"{len(self.files)} file{'s' if len(self.files) != 1 else ''} written")


def make_provider(config: Config, *, timeout: float = 10.0, isso_config: str | None = None) -> Provider:
    """The comment server blog.yaml names (only Isso so far), behind the Provider interface."""
    if config.comments is None:
        raise ConfigError("no comment server configured", "blog.yaml",
                          hint="add 'comments: {provider: isso, url: https://comments.example.org/}'")
    if config.comments.provider == "isso":
        return Isso(config.comments.url, timeout=timeout, isso_config=isso_config)
    raise AssertionError(config.comments.provider)  # config.py accepts only COMMENT_PROVIDERS


def load_threads(root: Path, config: Config) -> tuple[Site, list[Thread]]:
    """The site with its drafts (their threads and comments are kept in step too) and the threads
    of its posts and pages."""

    site = load_site(root, config, drafts=True)
    return site, [Thread(p.slug, thread_uri(config, post_path(config, p)), p.title)
                  for p in site.posts + site.pages]  # pages (about, guestbook) have threads too


def pull(root: Path, *, timeout: float = 10.0, progress: Progress = SILENT) -> PullReport:
    root = Path(root).resolve()
    config = load_config(root)
    provider = make_provider(config, timeout=timeout)
    progress.stage("reading posts and comments")
    site, threads = load_threads(root, config)
    progress.stage(f"asking {provider.url} which of {len(threads)} pages have comments")
    remote = provider.fetch(threads, progress)
    progress.clear()
    by_slug: dict[str, list[Comment]] = defaultdict(list)
    for c in site.comments:
        by_slug[c.post_slug].append(c)
    taken = {str(c.id) for c in site.comments}
    mended: list[str] = []
    changes: dict[Path, str] = {}
    added = updated = 0
    for thread in threads:
        if not remote.get(thread.uri):
            continue
        path = root / COMMENTS_DIR / f"{thread.slug}.yaml"
        edits, new = merge(by_slug[thread.slug], remote[thread.uri], taken, config, mended)
        if edits or new:
            display = path.relative_to(root).as_posix()
            original = path.read_text(encoding="utf-8") if path.exists() else None
            changes[path] = edited_file(original, edits, new, display)
            added, updated = added + len(new), updated + len(edits)
    replace_files(changes)
    return PullReport(provider.url, sum(1 for t in threads if remote.get(t.uri)), added, updated,
                      tuple(sorted(p.relative_to(root).as_posix() for p in changes)), len(mended))


def push(root: Path, *, isso_config: str | None = None, timeout: float = 10.0) -> tuple[str, int]:
    """Put the archive's comments on the server; returns (server URL, comments added)."""
    root = Path(root).resolve()
    config = load_config(root)
    provider = make_provider(config, timeout=timeout, isso_config=isso_config)
    site, threads = load_threads(root, config)
    by_slug: dict[str, list[Comment]] = defaultdict(list)
    for c in site.comments:
        by_slug[c.post_slug].append(c)
    return provider.url, provider.push([LocalThread(t, tuple(by_slug[t.slug])) for t in threads if by_slug[t.slug]])


# ---------------------------------------------------------------------------------- merging

def merge(local: list[Comment], remote: list[RemoteComment], taken: set[str], config: Config,
          mended: list | None = None) -> tuple[dict[str, dict], list[dict]]:
    """(edited entries by archive id, new entries oldest first) for one thread; adds the new ids to
    taken, and to mended those of new replies made replies to the post (their parent is not in
    the thread, or is themselves, or the reply would close a circle)."""
    mended = [] if mended is None else mended
    matched = pair(local, remote)
    by_id = {str(c.id): c for c in local}
    archive_id: dict[str, int | str] = {r.remote_id: by_id[key].id for key, r in matched.items()}
    edits: dict[str, dict] = {}
    for key, r in matched.items():
        c = by_id[key]
        if r.deleted:
            continue
        body, author, url = clean_body(r.text), clean_author(r.author, config), clean_url(r.website)
        if (body, author, url) != (c.body, c.author, c.url):
            edits[key] = entry(c.id, author, c.date, url, c.parent, body)
    # Every new comment gets its id first: a reply the server dates before what it answers (a
    # clock set wrong, an import into the server) keeps its parent. A reply to itself, to one not
    # sent (a deleted comment) or that would close a circle answers the post, so the thread has a
    # place for it (site/load.py).
    fresh = [r for r in sorted(remote, key=lambda r: (r.created, int(r.remote_id) if r.remote_id.isdigit() else 0))
             if r.remote_id not in archive_id and not r.deleted]
    once: dict[str, Any] = {}  # a server that sends one id twice sent one comment: the first counts
    for r in fresh:
        once.setdefault(r.remote_id, r)
    fresh = list(once.values())
    for r in fresh:
        archive_id[r.remote_id] = key = new_id(r.remote_id, taken)
        taken.add(key)
    parents: dict[int | str, int | str | None] = {}
    new: list[dict] = []
    for r in fresh:
        key = archive_id[r.remote_id]
        parent = archive_id.get(r.parent) if r.parent is not None else None
        if parent is not None and _leads_to(parent, key, parents):
            parent = None
        if r.parent is not None and parent is None:
            mended.append(key)
        parents[key] = parent
        date = dt.datetime.fromtimestamp(r.created, config.tzinfo)
        new.append(entry(key, clean_author(r.author, config), date, clean_url(r.website), parent, clean_body(r.text)))
    return edits, new


def _leads_to(start: int | str, target: int | str, parents: dict[int | str, int | str | None]) -> bool:
    """Whether following the parents (of the new comments placed so far) from start meets target."""
    seen = set()
    current: int | str | None = start
    while current is not None and current not in seen:
        if current == target:
            return True
        seen.add(current)
        current = parents.get(current)
    return False


def new_id(remote_id: str, taken: set[str]) -> str:
    base = "isso-" + re.sub(r"[^\w\-]", "_", remote_id)
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}-{n}"
    return key


def entry(ident: int | str, author: str, date: dt.datetime, url: str | None, parent: int | str | None,
          body: str) -> dict[str, Any]:
    item: dict[str, Any] = {"id": ident, "author": author, "date": date}
    if url:
        item["url"] = url
    if parent is not None:
        item["parent"] = parent
    item["body"] = body
    return item


def clean_body(text: str) -> str:
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", _BREAKS.sub("\n", text)))


def clean_author(author: str | None, config: Config) -> str:
    """One line (controls and line breaks become spaces); no name: the theme's word for anonymous."""
    name = _SURROGATE.sub("\ufffd", _CONTROL.sub(" ", _BREAKS.sub(" ", author or ""))).replace("\n", " ")
    name = name.replace("\t", " ").strip()
    return name or config.labels["anonymous"]


def clean_url(url: str | None) -> str | None:
    """The author's website if the archive would accept it (site/load.py: http(s) only), else None."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc \
            or any(ch.isspace() or not ch.isprintable() for ch in url) or _SURROGATE.search(url):
        return None
    return url


# ---------------------------------------------------------------------------------- the files

def dump(items: list[dict]) -> str:
    return dump_yaml(items) if items else ""


def edited_file(original: str | None, edits: dict[str, dict], new: list[dict], display: str) -> str:
    """The file with its edited entries replaced in place and the new ones appended; every other
    byte as it was. A file that is not a plain block list ('- id: …' lines) is written anew."""
    text = _splice(original, edits) if original and original.strip() else None
    if text is None:
        data = yaml.safe_load(original) if original and original.strip() else []
        data = [edits.get(str(item.get("id")), item) if isinstance(item, dict) else item for item in data or []]
        text = dump(data + new)
    elif new:
        text = (text if text.endswith("\n") else text + "\n") + dump(new)
    _check(text, original, edits, new, display)
    return text


def _splice(text: str, edits: dict[str, dict]) -> str | None:
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(node, yaml.SequenceNode) or node.flow_style:
        return None
    starts = []
    for item in node.value:
        begin = text.rfind("\n", 0, item.start_mark.index) + 1
        if not isinstance(item, yaml.MappingNode) or item.flow_style \
                or not re.fullmatch(r"-[ \t]+", text[begin:item.start_mark.index]):
            return None
        starts.append(begin)
    ends = starts[1:] + [len(text)]
    pieces, at = [], 0
    for item, begin, end in zip(node.value, starts, ends, strict=True):
        key = next((v.value for k, v in item.value if k.value == "id"), None)
        if key in edits:
            pieces += [text[at:begin], dump([edits[key]])]
            at = end
    return "".join(pieces) + text[at:]


def _check(text: str, original: str | None, edits: dict[str, dict], new: list[dict], display: str) -> None:
    """The written file must read back as the old entries, edited, plus the new ones."""
    before = (yaml.safe_load(original) if original and original.strip() else None) or []
    expected = [edits.get(str(item.get("id")), item) if isinstance(item, dict) else item for item in before] + new
    if (yaml.safe_load(text) or []) != expected:
        raise ContentError("cannot merge the pulled comments into this file without changing other entries",
                           display, hint="check that it is a plain list of '- id: …' entries")
