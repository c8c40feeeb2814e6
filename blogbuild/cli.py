"""Command line: `blogbuild build|check|serve|clean|comments|init|new|import`. Errors are caught once, here."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from pathlib import Path
from typing import NoReturn

from blogbuild.errors import BlogbuildError
from blogbuild.version import __version__


def _bounded(kind: type, low: float, high: float, wanted: str):
    """An argparse type: a number of `kind` in [low, high] (low excluded for floats), or the usage
    error "must be {wanted}, got '…'"."""
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            value = None
        if value is None or not (low < value <= high if kind is float else low <= value <= high):
            raise argparse.ArgumentTypeError(f"must be {wanted}, got {text!r}")
        return value
    return parse


_port = _bounded(int, 0, 65535, "a number from 0 to 65535")
_jobs = _bounded(int, 1, float("inf"), "a whole number of at least 1")
_seconds = _bounded(float, 0, 3600, "a number of seconds above 0")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="blogbuild", description="Static blog generator for mathematics.")
    parser.add_argument("--version", action="version", version=f"blogbuild {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--source", "-s", default=".", metavar="DIR", help="site root holding blog.yaml (default: .)")
        p.add_argument("--debug", action="store_true", help="show tracebacks")

    b = sub.add_parser("build", help="build the site into the output folder")
    common(b)
    b.add_argument("--drafts", action="store_true", help="include posts with draft: true")
    b.add_argument("--base-url", metavar="URL", help="override 'url' from blog.yaml")
    b.add_argument("--output", "-o", metavar="DIR", help="output folder (default: 'output' from blog.yaml)")
    b.add_argument("--jobs", "-j", type=_jobs, default=None, metavar="N",
                   help="processes for rendering (default: one per core)")
    b.add_argument("--no-cache", action="store_true",
                   help="render everything; neither read nor write .blogbuild-cache/")
    b.add_argument("--strict", action="store_true", help="fail on what `blogbuild check` finds (default: warn)")
    b.add_argument("--no-search", action="store_true",
                   help="make no search index this time (a quicker build; `search: false` in blog.yaml: never)")
    b.add_argument("--math", choices=["client", "server"], default=None,
                   help="typeset math in the browser (client) or at build time (server; needs "
                        "'blogbuild[server-math]'); default: math.render in blog.yaml")
    b.add_argument("-q", "--quiet", action="store_true",
                   help="print nothing but warnings and errors (no progress line, no summary): for scripts")
    b.add_argument("--pull-comments", action="store_true",
                   help="first fetch new and edited comments from the comment server into comments/ "
                        "(`blogbuild comments pull`); a plain build never touches the network")
    b.add_argument("--timeout", type=_seconds, default=10.0, metavar="SECONDS",
                   help="with --pull-comments: how long to wait for the comment server (default: 10)")

    _comments_parser(sub, common)

    k = sub.add_parser("clean", help="delete the build cache (.blogbuild-cache/) and the output folder")
    common(k)
    k.add_argument("--output", "-o", metavar="DIR", help="output folder (default: 'output' from blog.yaml)")

    c = sub.add_parser("check", help="report TeX and link mistakes in posts as file:line:col: message")
    common(c)
    c.add_argument("--drafts", action="store_true", help="check posts with draft: true too")

    s = sub.add_parser("serve", help="build, serve on localhost, rebuild and reload the browser on every change")
    common(s)
    s.add_argument("--port", "-p", type=_port, default=8000, help="port to listen on (default: 8000; 0: any free)")
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    s.add_argument("--drafts", action="store_true", help="include posts with draft: true")
    s.add_argument("--open", action="store_true", help="open the site in the web browser")
    s.add_argument("--math", choices=["client", "server"], default="client",
                   help="client (default, whatever blog.yaml says: instant previews) or server")

    i = sub.add_parser("init", help="make a new blog in DIR (a new or empty folder, or a fresh repository)")
    i.add_argument("dir", metavar="DIR", help="the new blog's folder")
    i.add_argument("--force", action="store_true",
                   help="write into a folder that holds other files: the starter's missing files are "
                        "written, every file that exists is kept as it is (and listed)")
    i.add_argument("--language", choices=["zh", "en"], default="zh",
                   help="the theme's labels and the sample post and page: zh (default) or en")
    i.add_argument("--timezone", help="blog.yaml's timezone, e.g. Asia/Shanghai or +08:00 (default: this machine's)")
    i.add_argument("--debug", action="store_true", help="show tracebacks")

    n = sub.add_parser("new", help="start a post: posts/<date>-<slug>.md with front matter and today's date")
    common(n)
    n.add_argument("title", metavar="TITLE", help="the post's title")
    n.add_argument("--slug", help="its URL part (default: from the title; a short hash for a Chinese one)")
    n.add_argument("--numbered", action="store_true",
                   help="slug: the next number no post has, as Typecho numbers posts (/archives/6464/)")

    _import_parser(sub, common)
    return parser


def _comments_parser(sub, common) -> None:
    m = sub.add_parser("comments", help="keep comments/ and the comment server (blog.yaml 'comments:') in step")
    msub = m.add_subparsers(dest="action", required=True, metavar="ACTION")
    pull = msub.add_parser("pull", help="fetch every approved comment from the server into comments/<slug>.yaml")
    common(pull)
    pull.add_argument("-q", "--quiet", action="store_true", help="no progress line, even on a terminal")
    pull.add_argument("--timeout", type=_seconds, default=10.0, metavar="SECONDS",
                      help="how long each whole answer of the server may take "
                           "(default: 10; the pull as a whole: 30 times that)")
    push = msub.add_parser("push", help="put the site's comments on the server once (with dates and threads); "
                                        "those already there are skipped")
    common(push)
    push.add_argument("--isso-config", metavar="FILE",
                      help="the Isso server's configuration file (push writes into Isso's database, as "
                           "`isso import` does: run it where Isso runs)")
    push.add_argument("--timeout", type=_seconds, default=10.0, metavar="SECONDS", help=argparse.SUPPRESS)


def _import_parser(sub, common) -> None:
    from blogbuild.importers.run import READERS

    i = sub.add_parser("import", help="bring an old blog in: posts, pages, comments, reader counts, old URLs")
    i.add_argument("format", choices=sorted(READERS), metavar="FORMAT", help=", ".join(sorted(READERS)))
    i.add_argument("export", metavar="SOURCE",
                   help="the old blog's export: a .sql dump, SQLite file or .dat backup (typecho), a WXR "
                        "file (wordpress), a Disqus XML export (disqus), the site folder (hexo, jekyll), "
                        "Markdown posts (markdown: in posts/ or pages/, rewritten in place)")
    common(i)
    i.add_argument("--force", action="store_true", help="overwrite existing files that differ")
    i.add_argument("-q", "--quiet", action="store_true",
                   help="print nothing but errors (no progress line, no summary): for scripts")
    i.add_argument("--uploads", metavar="DIR",
                   help="the old site's uploads folder (usr/uploads, wp-content/uploads; Jekyll's or Hexo's "
                        "images folder, such as assets/): the files posts link to are copied into static/uploads/")
    i.add_argument("--dialect", metavar="NAME",
                   help="markdown, hexo, jekyll: the math rules the posts were written for (default: what each post "
                        "shows; for hexo and jekyll, the renderer the site's package.json/_config.yml chose)")


_EXITS = False
"""Whether this process ends with the command (run(), not main() called by a test or a program)."""


def run() -> NoReturn:
    """The `blogbuild` command: main(), then exit at once. Tearing the interpreter down would free
    a 10,000-post build's objects one by one (~0.2 s); every file is closed by then, and no
    clean-up of ours waits for interpreter exit (serve removes its folder in a finally)."""
    global _EXITS
    _EXITS = True
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


# One function per command. The imports inside them are deliberate: each command loads only what
# it runs, so `blogbuild build` with nothing to do starts without importing serve, the importers,
# Isso's client or the checker (a no-op build is measured in BENCHMARKS.md).

def _comments(args: argparse.Namespace) -> int:
    from blogbuild.discussion import sync

    if args.action == "pull":
        from blogbuild.progress import Progress

        with Progress(enabled=False if args.quiet else None) as progress:  # on a terminal only
            report = sync.pull(Path(args.source), timeout=args.timeout, progress=progress)
        print(report.summary())
    else:
        url, added = sync.push(Path(args.source), isso_config=args.isso_config, timeout=args.timeout)
        print(f"Pushed {added} comment{'s' if added != 1 else ''} to {url}"
              + (" (all the others were there already)" if added == 0 else ""))
    return 0


def _build(args: argparse.Namespace) -> int:
    from blogbuild.build import build
    from blogbuild.progress import Progress
    from blogbuild.site.models import BuildOptions
    from blogbuild.write.lock import handle_sigterm

    if args.pull_comments:
        from blogbuild.discussion import sync

        with Progress(enabled=False if args.quiet else None) as progress:
            pulled = sync.pull(Path(args.source), timeout=args.timeout, progress=progress)
        if not args.quiet:
            print(pulled.summary())
    if _EXITS:  # build() would turn the cycle collector back on, and its first pass walk every
        import gc  # object of the build (~8 ms at 1,000 posts) just before the process exits

        gc.disable()
    # SIGTERM unwinds like Ctrl-C: temporary files are deleted. Progress: on a terminal only.
    with handle_sigterm(), Progress(enabled=False if args.quiet else None) as progress:
        report = build(Path(args.source), BuildOptions(
            drafts=args.drafts, base_url=args.base_url, output=args.output, strict=args.strict, math=args.math,
            search=not args.no_search, jobs=args.jobs, cache=not args.no_cache), progress=progress)
    if not args.quiet:
        print(report.summary())
    return 0


def _clean(args: argparse.Namespace) -> int:
    from blogbuild.write.clean import clean

    removed = clean(Path(args.source), output=args.output)
    print("Removed " + ", ".join(str(p) for p in removed) if removed else "Nothing to remove")
    return 0


def _check(args: argparse.Namespace) -> int:
    from blogbuild.render.check import check

    problems = check(Path(args.source), drafts=args.drafts)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def _serve(args: argparse.Namespace) -> int:
    from blogbuild.serve.server import serve

    return serve(Path(args.source), host=args.host, port=args.port, drafts=args.drafts,
                 open_browser=args.open, math=args.math)


def _init(args: argparse.Namespace) -> int:
    from blogbuild.scaffold import init_site
    from blogbuild.site.config import parse_timezone

    if args.timezone is not None:
        try:
            parse_timezone(args.timezone)
        except (ValueError, KeyError):
            raise BlogbuildError(f"--timezone must be an IANA name like Asia/Shanghai or an offset like "
                                 f"+08:00, got {args.timezone!r}", "blogbuild init") from None
    written, kept = init_site(Path(args.dir), force=args.force, timezone=args.timezone,
                              language=args.language)
    print(f"Made a new blog in {args.dir}: " + (", ".join(written) or "no new files"))
    if kept:
        print("Kept as they were (the starter's versions not written): " + ", ".join(kept))
    here = Path(args.dir).resolve() == Path.cwd().resolve()
    print("Next: " + ("" if here else f"cd {shlex.quote(args.dir)} && ") + "blogbuild serve")
    return 0


def _new(args: argparse.Namespace) -> int:
    from blogbuild.scaffold import new_post

    made = new_post(Path(args.source), args.title, slug=args.slug, numbered=args.numbered)
    print(f"Wrote {made.path}: it will be at {made.url}")
    if made.hashed:
        print("Its URL ends in a short hash of the title; for a readable one, give it with --slug, e.g. "
              f"blogbuild new {args.title!r} --slug damped-oscillations")
    return 0


def _import(args: argparse.Namespace) -> int:
    from blogbuild.importers.run import import_site
    from blogbuild.progress import Progress

    with Progress(enabled=False if args.quiet else None) as progress:  # on a terminal only
        lines = import_site(args.format, Path(args.export), Path(args.source), force=args.force,
                            uploads=Path(args.uploads) if args.uploads else None, dialect=args.dialect,
                            progress=progress)
    if not args.quiet:
        for line in lines:
            print(line)
    return 0


COMMANDS = {"comments": _comments, "build": _build, "clean": _clean, "check": _check, "serve": _serve,
            "init": _init, "new": _new, "import": _import}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command != "init" and not Path(args.source).is_dir() \
            and not (args.command == "import" and not Path(args.source).exists()):
        parser.error(f"--source: no such folder: {args.source}")
    try:
        return COMMANDS[args.command](args)
    except (BlogbuildError, OSError) as e:
        if args.debug:
            import traceback

            traceback.print_exc()
        if isinstance(e, BlogbuildError):
            print(str(e), file=sys.stderr)
        else:  # not foreseen by a more precise message: still one line, no traceback
            where = f"{e.filename}: " if e.filename else ""
            print(f"{where}{e.strerror or e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as e:
        from blogbuild.write.lock import Terminated

        if isinstance(e, Terminated):
            print("terminated", file=sys.stderr)
            return 128 + 15
        print("interrupted", file=sys.stderr)
        return 130
