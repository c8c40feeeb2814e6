"""Reading the site: posts/**/*.md and pages/**/*.md with YAML front matter, and comments/<slug>.yaml.

Every problem is collected and reported together (up to MAX_ERRORS), each naming its file and line.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

from blogbuild.errors import BlogbuildError, ContentError, FrontMatterError, raise_collected, show
from blogbuild.site.config import Config
from blogbuild.site.folders import COMMENTS_DIR, PAGES_DIR, POST_SUFFIXES, POSTS_DIR
from blogbuild.site.models import Comment, Post, Site
from blogbuild.site.query_links import FORMS, query_alias
from blogbuild.site.slugs import check_slug, slug_from_filename
from blogbuild.site.textio import decode_text, read_bytes, read_text
from blogbuild.site.urls import numbered
from blogbuild.site.yamlio import parse_yaml

MAX_ERRORS = 20
_FENCE = re.compile(r"^---[ \t]*$", re.M)
_KNOWN_KEYS = {"title", "author", "date", "readers", "tags", "categories", "slug", "summary",
               "draft", "updated", "aliases", "toc", "id"}
_PAGE_KEYS = (_KNOWN_KEYS - {"tags", "categories", "summary", "id"}) | {"nav"}
"""A page is in no listing: no tags, categories or excerpt; `nav` places it in the navigation."""


def load_site(root: Path, config: Config, *, drafts: bool = False,
              parse_all: Callable[[list[str]], list[Post | BlogbuildError]] | None = None,
              parse_comments: Callable[[list[str]], list[list | BlogbuildError]] | None = None) -> Site:
    """parse_all(paths) -> each file's post or its error, in order (default: parse_posts);
    parse_comments(paths) -> each comments file's parse_comment_files, in order. The build passes
    its cache's."""
    errors: list[BlogbuildError] = []
    paths = [path for folder in (POSTS_DIR, PAGES_DIR) for path in discover_paths(root, folder, POST_SUFFIXES, errors)]
    parsed = parse_all(paths) if parse_all is not None else parse_posts(paths, root, config)
    errors += [p for p in parsed if isinstance(p, BlogbuildError)]
    posts = [p for p in parsed if not isinstance(p, BlogbuildError)]
    unsure = {slug for path, p in zip(paths, parsed, strict=True) if isinstance(p, BlogbuildError)
              for slug in slugs_it_may_have(path)}
    by_slug: dict[str, Post] = {}
    for post in posts:  # drafts too: a draft's URL is taken as soon as it is published
        other = by_slug.get(post.slug)  # pages too: comments/<slug>.yaml must name one of them
        if other is not None:
            errors.append(FrontMatterError(
                f"slug '{post.slug}' is also used by {other.display}", post.display,
                front_matter_line(post, "slug"),
                hint="give one of them a different 'slug:' in its front matter"))
        by_slug[post.slug] = post
    if numbered(config.permalink):
        errors += _number_errors(posts, config.permalink)
    hidden = {p.slug for p in posts if p.draft and not drafts}
    posts = [p for p in posts if drafts or not p.draft]
    comments = load_comments(root, config, set(by_slug), errors, hidden=hidden, unsure=unsure,
                             parse_files=parse_comments)
    raise_collected(errors, MAX_ERRORS)
    pages = sorted((p for p in posts if p.page), key=lambda p: (p.nav is None, p.nav or 0, p.title, p.slug))
    posts = [p for p in posts if not p.page]
    posts.sort(key=lambda p: (p.date.timestamp(), p.slug), reverse=True)  # timestamps: same order, faster
    return Site(root=root, posts=tuple(posts), pages=tuple(pages), comments=comments)


def _number_errors(posts: list[Post], permalink: str) -> list[BlogbuildError]:
    """With a permalink of {id}, every post (drafts too) needs its own `id:`."""
    errors: list[BlogbuildError] = []
    by_number: dict[int, Post] = {}
    for post in posts:
        if post.page:
            continue
        if post.number is None:
            errors.append(FrontMatterError(f"front matter: 'id' is missing: the permalink {permalink} numbers posts",
                                           post.display, 2, hint="add 'id:' with a number no other post has "
                                                                 "(`blogbuild new` writes the next free one)"))
        elif (other := by_number.setdefault(post.number, post)) is not post:
            errors.append(FrontMatterError(f"id {post.number} is also used by {other.display}", post.display,
                                           front_matter_line(post, "id"), hint="give one of them another 'id:'"))
    return errors


def parse_posts(paths: list[str], root: Path, config: Config,
                read: dict[str, bytes] | None = None) -> list[Post | BlogbuildError]:
    """Each file's post, or the error that says what is wrong with it (read: the bytes of the
    files the caller has read already, which are not read again)."""
    out: list[Post | BlogbuildError] = []
    for path in paths:
        try:
            out.append(parse_post(path, root, config, raw=read.get(path) if read else None))
        except BlogbuildError as e:
            out.append(e)
    return out


def post_files(root: Path, folder: str) -> list[Path]:
    """The post or page files under root/folder that a build reads, for tools that look at them
    without loading the site (`blogbuild new`, `blogbuild import`); what the build would refuse
    is the build's to report."""
    return discover(root, folder, POST_SUFFIXES, [])


def discover(root: Path, folder: str, suffixes: tuple[str, ...], errors: list[BlogbuildError]) -> list[Path]:
    """Files under root/folder whose name ends with one of suffixes ('.md', '.markdown'), sorted;
    symlinks that lead outside the site are refused. Like Path.rglob, symlinked folders are not entered."""
    return [Path(path) for path in discover_paths(root, folder, suffixes, errors)]


def discover_paths(root: Path, folder: str, suffixes: tuple[str, ...], errors: list[BlogbuildError]) -> list[str]:
    """discover(), as absolute path strings (for 10,000 posts, Path objects cost ~0.2 s)."""
    base = root / folder
    if not base.is_dir():
        return []
    real_root = root.resolve()
    base_inside = base.resolve().is_relative_to(real_root)
    root_prefix = len(os.fspath(root)) + 1
    found = []
    for entry in sorted(_files_under(base, suffixes), key=lambda e: e.path.split(os.sep)):
        display = entry.path[root_prefix:].replace(os.sep, "/")
        if not _is_utf8(display):  # the name becomes a URL: it must be text
            shown = display.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            errors.append(ContentError("the file name is not valid UTF-8", shown, hint="rename the file"))
            continue
        if entry.is_file(follow_symlinks=False) and base_inside:
            found.append(entry.path)  # a plain file in real folders under the site: no resolve() needed
            continue
        path = Path(entry.path)
        if path.is_symlink() and not path.exists():
            errors.append(ContentError("broken symlink: it points to nothing", display))
            continue
        if not path.is_file():
            continue
        if not path.resolve().is_relative_to(real_root):
            errors.append(ContentError("symlink to a file outside the site; refusing to read it", display,
                                       hint="copy the file into the site instead"))
            continue
        found.append(entry.path)
    return found


def _files_under(base: Path, suffixes: tuple[str, ...]) -> list[os.DirEntry]:
    """Entries (not folders) whose name ends with one of suffixes below base, without entering
    symlinked folders."""
    found = []
    stack = [os.fspath(base)]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
                elif entry.name.endswith(suffixes):
                    found.append(entry)
    return found


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes arrive as lone surrogates
        return False
    return True


def folder_post_name(path: Path) -> str:
    """The name a post's slug comes from: its file's (posts/2020-01-01-x.md: x), or for a post
    folder's index.md its folder's (posts/2020-01-01-rope/index.md: rope), so that its files
    can sit beside it."""
    if path.stem == "index" and path.parent.name not in (POSTS_DIR, PAGES_DIR):
        return path.parent.name
    return path.stem


def split_front_matter(text: str, display: str) -> tuple[str, str, int]:
    """Return (yaml_text, body, body_line). The YAML starts on line 2."""
    if not text.strip():
        raise FrontMatterError("the file is empty", display, 1,
                               hint="a post starts with '---', then YAML, then '---'")
    first_line = text.split("\n", 1)[0]
    if not _FENCE.fullmatch(first_line):
        raise FrontMatterError("no front matter", display, 1,
                               hint="a post starts with '---', then YAML, then '---'")
    end = _FENCE.search(text, len(first_line) + 1) if "\n" in text else None
    if end is None:
        raise FrontMatterError("front matter is not closed", display, 1,
                               hint="add a line '---' after the YAML")
    yaml_text = text[len(first_line) + 1:end.start()]
    body_start = end.end() + 1
    body_line = text.count("\n", 0, body_start) + 1
    return yaml_text, text[body_start:], body_line


def _parse_yaml(yaml_text: str, display: str) -> tuple[Any, dict[str, int]]:
    """Front matter as data, plus the file line of each top-level key (the YAML starts on line 2)."""
    data, node = parse_yaml(yaml_text, display, FrontMatterError, first_line=2, prefix="front matter: YAML")
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, _value in node.value:
            lines[str(key.value)] = key.start_mark.line + 2
    return data, lines


def parse_post(path: Path | str, root: Path, config: Config, raw: bytes | None = None) -> Post:
    """raw: the file's bytes, when the caller has read them already. A file under pages/ is a page."""
    path = Path(path)
    display = path.relative_to(root).as_posix()
    page = display.startswith(PAGES_DIR + "/")
    known = _PAGE_KEYS if page else _KNOWN_KEYS
    if raw is None:
        raw = read_bytes(path, display)
    text = decode_text(raw, display)
    yaml_text, body, body_line = split_front_matter(text, display)
    data, lines = _parse_yaml(yaml_text, display)
    if not isinstance(data, dict):
        raise FrontMatterError(f"front matter must be a mapping of keys to values, got {_kind(data)}",
                               display, 2, hint="write 'key: value' lines such as 'title: My post'")

    def bad(key: str, message: str, hint: str | None = None) -> FrontMatterError:
        return FrontMatterError(f"front matter: '{key}' {message}", display, lines.get(key, 2), hint=hint)

    for key in data:
        if key not in known:
            if key in _KNOWN_KEYS or key in _PAGE_KEYS:
                raise bad(str(key), "is for posts only: pages are in no listing" if page else
                          "is for pages only (pages/*.md)")
            import difflib
            close = difflib.get_close_matches(str(key), known, n=1)
            raise bad(str(key), "is not a known key", f"did you mean '{close[0]}'?" if close else
                      f"known keys: {', '.join(sorted(known))}")
    title = data.get("title")
    if title is None or (isinstance(title, str) and not title.strip()):
        raise bad("title", "is missing or empty") if "title" in data else FrontMatterError(
            "front matter: 'title' is missing", display, 2, hint="add e.g. 'title: My post'")
    if not isinstance(title, (str, int, float)) or isinstance(title, bool):
        raise bad("title", f"must be text, got {show(title)}")
    if "date" not in data and not page:
        raise FrontMatterError("front matter: 'date' is missing", display, 2,
                               hint="add e.g. 'date: 2024-05-01'")
    date = _to_datetime(data["date"], config, bad, "date") if data.get("date") is not None or not page else None
    nav = data.get("nav", 0) if page else None
    if nav is False:
        nav = None
    elif nav is not None and (not isinstance(nav, int) or isinstance(nav, bool)):
        raise bad("nav", f"must be a whole number (its place in the navigation) or false, got {show(nav)}")
    updated = _to_datetime(data["updated"], config, bad, "updated") if data.get("updated") is not None else None
    author = data.get("author", config.author)
    if not isinstance(author, str):
        raise bad("author", f"must be text, got {show(author)}")
    readers = data.get("readers")
    if readers is not None and (not isinstance(readers, int) or isinstance(readers, bool) or readers < 0):
        raise bad("readers", f"must be a whole number, 0 or more, got {show(readers)}")
    tags = _to_terms(data.get("tags"), bad, "tags")
    categories = _to_terms(data.get("categories"), bad, "categories")
    summary = data.get("summary")
    if summary is not None and not isinstance(summary, str):
        raise bad("summary", f"must be text, got {show(summary)}")
    draft = data.get("draft", False)
    if not isinstance(draft, bool):
        raise bad("draft", f"must be true or false, got {show(draft)}")
    aliases = _to_aliases(data.get("aliases"), bad)
    toc = data.get("toc")
    if toc is not None and not isinstance(toc, bool):
        raise bad("toc", f"must be true or false (a table of contents always or never), got {show(toc)}")
    if "slug" in data:
        slug = data["slug"]
        if isinstance(slug, int) and not isinstance(slug, bool):
            slug = str(slug)
        if not isinstance(slug, str):
            raise bad("slug", f"must be text, got {show(slug)}")
        why = check_slug(slug)
        if why:
            raise bad("slug", f"{why}, got {show(slug)}")
    else:
        slug = slug_from_filename(folder_post_name(path))
    return Post(
        source=os.fspath(path), display=display, slug=slug, title=str(title).strip(), author=author, date=date,
        markdown=body, body_line=body_line, digest=hashlib.sha256(raw).hexdigest(), readers=readers,
        tags=tags, categories=categories, summary=summary, draft=draft, updated=updated,
        aliases=aliases, page=page, nav=nav, toc=toc, number=_to_number(data.get("id"), bad),
    )


def _to_number(value, bad) -> int | None:
    """`id:` (for a permalink with {id}): a whole number from 1, as Typecho's cid."""
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or not 1 <= value < 10**12):
        raise bad("id", f"must be a whole number from 1 (the post's number in a permalink with {{id}}), "
                        f"got {show(value)}")
    return value


def with_markdown(post: Post) -> Post:
    """The post with its body: posts that come from the front-matter cache unread have none."""
    if post.markdown is not None:
        return post
    raw = read_bytes(post.source, post.display)
    if hashlib.sha256(raw).hexdigest() != post.digest:
        raise ContentError("the file changed during the build", post.display, hint="run the build again")
    return dataclasses.replace(post, markdown=split_front_matter(decode_text(raw, post.display), post.display)[1])


def _kind(data: Any) -> str:
    if data is None:
        return "nothing"
    if isinstance(data, list):
        return "a list"
    if isinstance(data, dict):
        return "a mapping"
    if isinstance(data, str):
        return f"the text {show(data)}"
    return f"{show(data)}"


def front_matter_line(post: Post, key: str) -> int:
    """The line of `key` in a post's front matter (1 if it is not there): for errors found later."""
    try:
        yaml_text, _body, _line = split_front_matter(read_text(post.source, post.display), post.display)
        return _parse_yaml(yaml_text, post.display)[1].get(key, 1)
    except BlogbuildError:
        return 1


_DATE_LIKE = re.compile(r"\s*\d{4}-\d{1,2}-\d{1,2}")


def parse_date_text(value: str) -> dt.datetime:
    """An ISO date written as text; ValueError says what is wrong in words for an error message."""
    text = value.strip()
    try:
        return dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    except ValueError as e:
        if _DATE_LIKE.match(text) and ("out of range" in str(e) or "must be in" in str(e)):
            raise ValueError(f"is not a real date: {e}, got {show(value)}") from None
        raise ValueError(f"must be a date like 2024-05-01 or 2024-05-01 13:45:00+08:00, got {show(value)}") \
            from None


def _to_datetime(value: Any, config: Config, bad, key: str, example: str = "2024-05-01") -> dt.datetime:
    """A YAML date, timestamp or text as an aware datetime (no offset: blog.yaml's timezone).
    bad(key, message) makes the error."""
    if isinstance(value, dt.datetime):
        result = value
    elif isinstance(value, dt.date):
        result = dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            result = parse_date_text(value)
        except ValueError as e:
            raise bad(key, str(e)) from None
    else:
        raise bad(key, f"must be a date like {example}, got {show(value)}")
    if result.tzinfo is None:
        result = result.replace(tzinfo=config.tzinfo)
    elif type(result.tzinfo) is dt.timezone:  # one object per offset: the front-matter cache pickles each once
        result = result.replace(tzinfo=_TIMEZONES.setdefault(result.tzinfo, result.tzinfo))
    return result


_TIMEZONES: dict[dt.timezone, dt.timezone] = {}


def _to_terms(value: Any, bad, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) and not isinstance(v, bool)
                                              for v in value):
        raise bad(key, f"must be a list of names, got {show(value)}", "write e.g. [矩阵, 线性代数]")
    terms = []
    for v in value:
        v = str(v).strip()
        if not v:
            raise bad(key, "contains an empty name")
        if not v.isprintable():  # a tag becomes a folder name: no NUL, no line breaks
            raise bad(key, f"contains a name with a control character: {show(v)}")
        if v not in terms:
            terms.append(v)
    return tuple(terms)


def _to_aliases(value: Any, bad) -> tuple[str, ...]:
    """aliases: a list of site paths such as /archives/6463/ (no scheme, no host, no '..')."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise bad("aliases", f"must be a list of paths such as /archives/42/, got {show(value)}")
    aliases = []
    for item in value:
        if isinstance(item, int) and not isinstance(item, bool):
            item = str(item)
        # Checked as written and as a server decodes it (%2e%2e is '..'): it names an output file.
        # WordPress's /?p=42 names none (query_links.py): it is that exact form or refused.
        if query_alias(item) is None and (
                not isinstance(item, str) or not _site_path(item) or not _site_path(unquote(item), decoded=True)):
            raise bad("aliases", f"must be paths on this site such as /archives/42/ (or WordPress's "
                                 f"{FORMS}), got {show(item)}")
        if item not in aliases:
            aliases.append(item)
    return tuple(aliases)


def _site_path(path: str, decoded: bool = False) -> bool:
    """decoded: as a server reads the escapes, where %20 is a space (Jekyll escapes so the spaces in
    its category folders, /graph%20theory/...); as written, no space (it splits a `_redirects` line)."""
    return path.startswith("/") and "//" not in path \
        and not any((ch.isspace() and not (decoded and ch == " ")) or ch in '"<>\\?#' or ord(ch) < 32
                    for ch in path) \
        and not any(part in (".", "..") for part in path.split("/"))


_SLUG_LINE = re.compile(r"^slug:[ \t]*['\"]?([^'\"\s#]+)", re.M)


def slugs_it_may_have(path: str) -> set[str]:
    """The slugs a post file that failed to load may have claimed: the one from its file name (or
    its folder's, for an index.md) and any 'slug:' line, read leniently from its text."""
    file = Path(path)
    stem = file.parent.name if file.stem == "index" else file.stem
    found = {slug_from_filename(stem)}
    try:
        text = file.read_bytes()[:65536].decode("utf-8", "replace")
    except OSError:
        return found
    return found | {m.group(1) for m in _SLUG_LINE.finditer(text)}


def parse_comment_files(paths: list[str], root: Path, config: Config,
                        read: dict[str, bytes] | None = None) -> list[list | BlogbuildError]:
    """Each comments/<slug>.yaml file's comments, each with the line of its `id` (for the check
    that no two files use one id), or an item's error in its place; or the error of the file as
    a whole (not YAML, not a list). What a file gives depends on its bytes, its name and config
    (read: the bytes of files the caller has read already)."""
    out: list[list | BlogbuildError] = []
    for path in paths:
        display = Path(path).relative_to(root).as_posix()
        try:
            raw = read.get(path) if read else None
            text = decode_text(raw, display) if raw is not None else read_text(path, display)
            items, nodes = _load_comment_file(text, display)
        except BlogbuildError as e:
            out.append(e)
            continue
        parsed: list[tuple[Comment, int] | BlogbuildError] = []
        for item, node in zip(items, nodes, strict=True):
            try:
                parsed.append((_parse_comment(item, Path(path).stem, display, node, config), _key_line(node, "id")))
            except BlogbuildError as e:
                parsed.append(e)
        out.append(parsed)
    return out


def load_comments(root: Path, config: Config, slugs: set[str], errors: list[BlogbuildError], *,
                  hidden: set[str] = frozenset(), unsure: set[str] = frozenset(),
                  parse_files: Callable[[list[str]], list[list | BlogbuildError]] | None = None,
                  ) -> tuple[Comment, ...]:
    """comments/<slug>.yaml for every post; comments of drafts that are not built are skipped.

    unsure: the slugs a post that failed to load may have had. Its comments are not checked: the
    post's own error is the one to fix, and "no post has this slug" would be a second, wrong one.
    parse_files: parse_comment_files, or the build cache's."""
    files = [path for path in discover(root, COMMENTS_DIR, (".yaml",), errors) if path.stem not in unsure]
    wanted = [os.fspath(path) for path in files if path.stem in slugs]
    parsed = dict(zip(wanted, (parse_files or (lambda p: parse_comment_files(p, root, config)))(wanted), strict=True))
    comments: list[Comment] = []
    seen_ids: dict[str, str] = {}
    for path in files:
        display = path.relative_to(root).as_posix()
        slug = path.stem
        found = parsed.get(os.fspath(path))
        if found is None:
            errors.append(ContentError(f"comments for a post that does not exist: no post has slug '{slug}'",
                                       display, 1, hint="name the file after the post's slug"))
            continue
        if isinstance(found, BlogbuildError):
            errors.append(found)
            continue
        if slug in hidden:
            continue
        in_file: list[Comment] = []
        for item in found:
            if isinstance(item, BlogbuildError):
                errors.append(item)
                continue
            comment, id_line = item
            key = str(comment.id)
            if key in seen_ids:
                errors.append(ContentError(f"comment id {key} is also used in {seen_ids[key]}", display, id_line))
                continue
            seen_ids[key] = display
            in_file.append(comment)
        errors.extend(_missing_parents(in_file) or _cycles(in_file))
        comments.extend(in_file)
    comments.sort(key=lambda c: (c.date, str(c.id)))
    return tuple(comments)


def _missing_parents(comments: list[Comment]) -> list[ContentError]:
    """A reply must answer a comment of the same post (threads never cross files)."""
    ids = {str(c.id) for c in comments}
    return [ContentError(f"comment {c.id}: replies to comment {c.parent}, which is not in this file",
                         c.source, c.line, hint="fix 'parent' or restore the comment it answers")
            for c in comments if c.parent is not None and str(c.parent) not in ids]


def _cycles(comments: list[Comment]) -> list[ContentError]:
    """Replies that lead back to themselves (a → b → a) would have no place in a thread: one error
    per circle, at the circle's first comment in the file."""
    parent = {str(c.id): str(c.parent) for c in comments if c.parent is not None}
    found: list[ContentError] = []
    reported: set[str] = set()
    for c in comments:
        start = str(c.id)
        path, current = [start], parent.get(start)
        while current is not None and current != start and current not in path:
            path.append(current)
            current = parent.get(current)
        if current == start and start not in reported:
            reported.update(path)
            found.append(ContentError(f"comment {c.id}: replies go round in a circle: {' → '.join(path + [start])}",
                                      c.source, c.line, hint="one comment of the thread must have no 'parent'"))
    return found


def _load_comment_file(text: str, display: str) -> tuple[list, list[yaml.Node | None]]:
    data, node = parse_yaml(text, display, ContentError)
    if data is None:
        return [], []
    if not isinstance(data, list):
        raise ContentError(f"a comments file must be a list of comments ('- id: …'), got {_kind(data)}",
                           display, 1)
    nodes = list(node.value) if isinstance(node, yaml.SequenceNode) else [None] * len(data)
    return data, nodes


def _key_line(node: yaml.Node | None, key: str | None = None) -> int:
    """File line of a comment (or of one of its keys)."""
    if node is None:
        return 1
    if key is not None and isinstance(node, yaml.MappingNode):
        for k, _v in node.value:
            if k.value == key:
                return k.start_mark.line + 1
    return node.start_mark.line + 1


def _parse_comment(item: Any, slug: str, display: str, node: yaml.Node | None, config: Config) -> Comment:
    line = _key_line(node)

    def bad(message: str, key: str | None = None) -> ContentError:
        return ContentError(f"comment: {message}", display, _key_line(node, key))

    if not isinstance(item, dict):
        raise bad(f"must be a mapping with id, author, date, body, got {_kind(item)}")
    unknown = sorted(map(str, set(item) - {"id", "author", "date", "body", "url", "parent"}))
    if unknown:
        raise bad(f"unknown key '{unknown[0]}' (known: id, author, date, body, url, parent)", unknown[0])
    cid = item.get("id")
    if isinstance(cid, bool) or not isinstance(cid, (int, str)) or not str(cid).strip():
        raise bad(f"'id' must be a number or text, got {show(cid)}", "id")
    if isinstance(cid, str) and not re.fullmatch(r"[\w\-]+", cid):
        raise bad(f"'id' may only contain letters, digits, '-' and '_', got {show(cid)}", "id")
    author = item.get("author")
    if "author" not in item:
        raise bad("'author' is missing")
    if not isinstance(author, (str, int)) or isinstance(author, bool) or not str(author).strip():
        raise bad(f"'author' must be a name, got {show(author)}", "author")
    body = item.get("body")
    if "body" not in item:
        raise bad("'body' is missing")
    if not isinstance(body, str):
        raise bad(f"'body' must be text, got {show(body)}", "body")
    if "date" not in item:
        raise bad("'date' is missing")
    date = _to_datetime(item["date"], config, lambda key, message: bad(f"'{key}' {message}", key), "date",
                        example="2024-05-01 12:00:00+08:00")
    url = item.get("url")
    if url is not None:
        parts = urlsplit(url.strip()) if isinstance(url, str) else None
        if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc \
                or any(ch.isspace() or ord(ch) < 32 for ch in url.strip()):
            raise bad(f"'url' must be an http(s) address, got {show(url)}", "url")
        url = url.strip()
    parent = item.get("parent")
    if parent is not None:
        if isinstance(parent, bool) or not isinstance(parent, (int, str)) \
                or not re.fullmatch(r"[\w\-]+", str(parent)):
            raise bad(f"'parent' must be the id of another comment, got {show(parent)}", "parent")
        if str(parent) == str(cid):
            raise bad(f"comment {cid} cannot reply to itself", "parent")
    return Comment(id=cid, post_slug=slug, author=str(author).strip(), date=date, body=body, url=url,
                   source=display, line=line, parent=parent)
