"""Comments through a real Isso server: push the example blog's comments, readers post and reply
through Isso's REST API, pull, build, and the static pages show it all. Expectations come from the
YAML files as written and from what the test posted, never from blogbuild's own reading of them."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest
import yaml
from helpers import copy_example, run_cli, tree
from isso_server import IssoServer

from blogbuild.errors import BlogbuildError


@pytest.fixture(scope="module")
def isso(tmp_path_factory):
    """One server for the module; each test comments on threads of its own."""
    server = IssoServer(tmp_path_factory.mktemp("isso")).start()
    yield server
    server.stop()


def example_with_threads(tmp_path: Path, server: IssoServer) -> Path:
    """The example blog pointed at the server, with two replies marked in its comments: 1032
    answers 1031, and a reply to that reply (Isso keeps threads two levels deep)."""
    root = copy_example(tmp_path, comments={"provider": "isso", "url": server.url})
    rope = yaml.safe_load((root / "comments" / "rope.yaml").read_text(encoding="utf-8"))
    rope[1]["parent"] = 1031
    rope.append({"id": "rr-1", "author": "Frank", "date": dt.datetime(2021, 4, 30, 8, 0, tzinfo=dt.timezone.utc),
                 "parent": 1032, "body": "A reply to the answer.\n"})
    (root / "comments" / "rope.yaml").write_text(yaml.safe_dump(rope, allow_unicode=True, sort_keys=False),
                                                 encoding="utf-8")
    return root


def archived(root: Path) -> dict[str, list[dict]]:
    """slug → its comments as the YAML files say (plain yaml, not blogbuild's loader)."""
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((root / "comments").glob("*.yaml"))}


def thread_of(root: Path, slug: str) -> str:
    """A comments file's thread: its page's path (pages/*.md are at /{slug}/), else its post's."""
    pages = {(yaml.safe_load(p.read_text(encoding="utf-8").split("---")[1]) or {}).get("slug", p.stem)
             for p in (root / "pages").glob("*.md")}
    return f"/{slug}/" if slug in pages else f"/archives/{slug}/"


def timestamp(value, zone=dt.timezone(dt.timedelta(hours=8))) -> float:
    """A YAML date as UNIX time (the example blog's timezone for dates written without an offset)."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime.fromisoformat(str(value))
    return (value if value.tzinfo else value.replace(tzinfo=zone)).timestamp()


def test_push_post_pull_build(isso, tmp_path, capsys):
    root = example_with_threads(tmp_path, isso)
    before = archived(root)
    total = sum(len(items) for items in before.values())

    # push: every comment lands on the server with its thread, date, author and parent
    code, out, err = run_cli("comments", "push", "-s", str(root), "--isso-config", str(isso.config), capsys=capsys)
    assert (code, err) == (0, "")
    assert out == f"Pushed {total} comments to {isso.url}\n"
    by_uri = {}
    for slug, items in before.items():
        remote = isso.thread(thread_of(root, slug))
        by_uri[slug] = remote
        assert sorted((html.unescape(r["author"]), round(r["created"], 3), r["text"]) for r in remote) \
            == sorted((str(c["author"]), round(timestamp(c["date"]), 3), c["body"]) for c in items)
    isso_id = {str(c["id"]): next(r["id"] for r in by_uri[slug]
                                  if round(r["created"], 3) == round(timestamp(c["date"]), 3))
               for slug, items in before.items() for c in items}
    rope_remote = {r["id"]: r for r in by_uri["rope"]}
    assert rope_remote[isso_id["1032"]]["parent"] == isso_id["1031"]
    assert rope_remote[isso_id["rr-1"]]["parent"] == isso_id["1031"]  # Isso flattens: the top comment

    # push twice: nothing new on the server
    code, out, _ = run_cli("comments", "push", "-s", str(root), "--isso-config", str(isso.config), capsys=capsys)
    assert code == 0 and out.startswith(f"Pushed 0 comments to {isso.url}")
    assert sum(len(isso.thread(thread_of(root, slug))) for slug in before) == total

    # readers: a new comment, a reply to an old comment, a first comment on a post without any
    new = isso.post("/archives/rope/", "Does $e^{i\\pi}+1=0$ help here?\n\nSecond **paragraph**.",
                    author="Grace & <Hopper>", website="https://grace.example.org/")
    reply = isso.post("/archives/rope/", "Replying to an old one.", author="Heidi", parent=isso_id["1031"])
    first = isso.post("/archives/elbo/", "First!", author=None, title="The Evidence Lower Bound, Three Ways")
    untouched = {k: v for k, v in tree(root / "comments").items() if k != "rope.yaml"}

    code, out, err = run_cli("comments", "pull", "-s", str(root), capsys=capsys)
    assert (code, err) == (0, "")
    assert "elbo" not in before  # every thread with comments: the archived ones, and elbo's first
    assert out == f"Pulled {len(before) + 1} threads from {isso.url}: 3 new, 0 edited, 2 files written\n"
    after = archived(root)
    assert after["rope"][:len(before["rope"])] == before["rope"]  # nothing existing changed
    added = {c["id"]: c for c in after["rope"][len(before["rope"]):]}
    assert set(added) == {f"isso-{new['id']}", f"isso-{reply['id']}"}
    grace = added[f"isso-{new['id']}"]
    assert (grace["author"], grace["url"]) == ("Grace & <Hopper>", "https://grace.example.org/")
    assert grace["body"] == "Does $e^{i\\pi}+1=0$ help here?\n\nSecond **paragraph**."
    assert abs(grace["date"].timestamp() - new["created"]) < 1e-3
    assert added[f"isso-{reply['id']}"]["parent"] == 1031
    assert [(c["id"], c["author"], c["body"]) for c in after["elbo"]] == [(f"isso-{first['id']}", "匿名", "First!")]
    assert {k: v for k, v in tree(root / "comments").items() if k not in ("rope.yaml", "elbo.yaml")} \
        == {k: v for k, v in untouched.items()}

    # pull twice: the same files, byte for byte
    files = tree(root / "comments")
    code, out, _ = run_cli("comments", "pull", "-s", str(root), capsys=capsys)
    assert code == 0 and out.endswith(": 0 new, 0 edited, 0 files written\n")
    assert tree(root / "comments") == files

    # an edit on the server reaches the archive; the id, date and parent stay
    isso.edit(reply["id"], "Replying to an old one (edited).", author="Heidi")
    code, out, _ = run_cli("comments", "pull", "-s", str(root), capsys=capsys)
    assert out.endswith(": 0 new, 1 edited, 1 file written\n")
    edited = next(c for c in archived(root)["rope"] if c["id"] == f"isso-{reply['id']}")
    assert (edited["body"], edited["parent"]) == ("Replying to an old one (edited).", 1031)

    # build (no network): the static pages show the pulled comments
    code, out, err = run_cli("build", "-s", str(root), capsys=capsys)
    assert code == 0, err
    page = (root / "public" / "archives" / "rope" / "index.html").read_text(encoding="utf-8")
    item = re.search(rf'<li class="comment[^"]*" id="comment-isso-{new["id"]}">(.*?)</li>', page, re.S).group(1)
    assert "Grace &amp; &lt;Hopper&gt;" in item and 'href="https://grace.example.org/"' in item
    assert r"\(e^{i\pi}+1=0\)" in item and "<strong>paragraph</strong>" in item
    assert f'id="comment-isso-{reply["id"]}"' in page and "Replying to an old one (edited)." in page
    assert page.index('id="comment-1031"') < page.index(f'id="comment-isso-{reply["id"]}"')
    assert 'data-isso-id="/archives/rope/"' in page and f'data-isso="{isso.url}"' in page
    recent = (root / "public" / "comments" / "index.html").read_text(encoding="utf-8")
    for ident in (new["id"], reply["id"]):
        assert f'/archives/rope/#comment-isso-{ident}"' in recent
    assert f'/archives/elbo/#comment-isso-{first["id"]}"' in recent
    elbo = (root / "public" / "archives" / "elbo" / "index.html").read_text(encoding="utf-8")
    assert "First!" in elbo and "匿名" in elbo


def test_thread_ids_are_the_pages_paths_without_the_base(isso, tmp_path, capsys):
    """The widget's data-isso-id and the thread pull asks for are the same, under a subpath too."""
    root = copy_example(tmp_path, comments={"provider": "isso", "url": isso.url},
                        url="https://me.example.org/deep/blog/")
    isso.post("/archives/hotpot/", "Hotpot comment.", author="Ivan", title="x")
    code, out, _ = run_cli("build", "--pull-comments", "-s", str(root), capsys=capsys)
    assert code == 0 and "Built " in out
    page = (root / "public" / "archives" / "hotpot" / "index.html").read_text(encoding="utf-8")
    assert 'data-isso-id="/archives/hotpot/"' in page and "Hotpot comment." in page
    assert (root / "public" / "archives" / "hotpot" / "index.html").read_text(encoding="utf-8").count(
        'id="comment-isso-') == 1


def test_a_pages_thread_is_pulled_like_a_posts(isso, tmp_path, capsys):
    """pages/about.md is at /about/: its live thread has that id, and pull archives what readers
    wrote there into comments/about.yaml, after the comments already there."""
    root = copy_example(tmp_path, comments={"provider": "isso", "url": isso.url})
    before = archived(root)["about"]
    isso.post("/about/", "A question about the blog.", author="Jo", title="x")
    code, out, _ = run_cli("build", "--pull-comments", "-s", str(root), capsys=capsys)
    assert code == 0 and "Built " in out
    after = archived(root)["about"]
    assert after[:len(before)] == before and [c["body"].strip() for c in after[len(before):]] == [
        "A question about the blog."]
    page = (root / "public" / "about" / "index.html").read_text(encoding="utf-8")
    assert 'data-isso-id="/about/"' in page and "A question about the blog." in page


def test_push_needs_the_servers_config(isso, tmp_path, capsys):
    root = copy_example(tmp_path, comments={"provider": "isso", "url": isso.url})
    code, out, err = run_cli("comments", "push", "-s", str(root), capsys=capsys)
    assert (code, out) == (1, "")
    assert err == (f"{isso.url}: pushing writes into Isso's database: run it where Isso runs, "
                   "with --isso-config pointing at the server's isso.cfg\n")


def test_commands_need_a_comment_server(tmp_path, capsys):
    root = copy_example(tmp_path)
    for command in (["comments", "pull"], ["comments", "push"], ["build", "--pull-comments"]):
        code, out, err = run_cli(*command, "-s", str(root), capsys=capsys)
        assert (code, out) == (1, "")
        assert err == ("blog.yaml: no comment server configured "
                       "(add 'comments: {provider: isso, url: https://comments.example.org/}')\n")
    assert not (root / "public").exists()
    with pytest.raises(BlogbuildError):
        from blogbuild.discussion.sync import pull
        pull(root)
