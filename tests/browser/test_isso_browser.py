"""The live thread in headless Chromium, with a real Isso server: the page first holds the static
thread; Isso's widget replaces it once loaded; a comment posted through the widget's form reaches
the static HTML (JavaScript off) after `blogbuild comments pull` and a build. With the comment
server unreachable, the static thread stays."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest
from helpers import CHROMIUM, post, run_cli, write_site
from isso_server import IssoServer, free_port

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (tests/run.sh installs it)")]

ARCHIVED = "- id: 1001\n  author: Old Reader\n  date: 2024-01-03 10:00:00\n  body: An archived comment.\n"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def blog(tmp_path, capsys):
    """The blog served on 127.0.0.1 and an Isso server that allows its origin (CORS)."""
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    isso = IssoServer(tmp_path / "isso", hosts=(origin + "/",)).start()
    config = f"title: Live\nurl: {origin}/\nauthor: T\nlanguage: en\ncomments:\n  provider: isso\n  url: {isso.url}\n"
    root = write_site(tmp_path / "site", {"rope.md": post("Rope", "2024-01-02", "A post.", slug="rope")},
                      config=config, comments={"rope": ARCHIVED})
    assert run_cli("comments", "push", "-s", str(root), "--isso-config", str(isso.config), capsys=capsys)[0] == 0
    assert run_cli("build", "-s", str(root), capsys=capsys)[0] == 0
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port),
                                             functools.partial(_Quiet, directory=str(root / "public")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield root, origin, isso
    finally:
        server.shutdown()
        server.server_close()
        isso.stop()


def test_live_thread_replaces_the_static_one_and_a_posted_comment_becomes_static(blog, capsys, chromium):
    root, origin, isso = blog
    url = origin + "/archives/rope/"
    context = chromium.new_context()
    context.route("**/*", lambda route: route.continue_()
                  if route.request.url.startswith((origin, isso.url)) else route.abort())
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector("#isso-thread:not([hidden]) #isso-root .isso-comment", timeout=15_000)
    assert page.locator("#comments > ol").is_hidden()  # the static thread gave way
    assert "An archived comment." in page.inner_text("#isso-root")
    page.fill("#isso-thread .isso-postbox textarea", "Posted through the form.")
    page.fill("#isso-thread .isso-postbox input[name=author]", "Browser Reader")
    page.click("#isso-thread .isso-postbox input[type=submit]")
    page.wait_for_function("document.querySelector('#isso-root').innerText"
                           ".includes('Posted through the form.')",
                           timeout=15_000)

    # the comment server unreachable: the static thread stays, the live one never shows
    down = chromium.new_context()
    down.route("**/*", lambda route: route.continue_() if route.request.url.startswith(origin)
               else route.abort())
    quiet = down.new_page()
    quiet.goto(url)
    quiet.wait_for_load_state("load")
    quiet.wait_for_timeout(500)
    assert quiet.locator("#comments > ol").is_visible()
    assert quiet.locator("#isso-thread").is_hidden()
    assert "An archived comment." in quiet.inner_text("#comments")

    posted = [c for c in isso.thread("/archives/rope/") if c["author"] == "Browser Reader"]
    assert len(posted) == 1

    # before any pull, the sidebar's recent comments show it on every page (Isso's /latest)
    home = context.new_page()
    home.goto(origin + "/")
    live = home.locator(".recent-comments li.live")
    live.wait_for(timeout=15_000)
    assert live.count() == 1 and "Browser Reader: Posted through the form." in live.inner_text()
    assert live.locator("a").get_attribute("href") == f"/archives/rope/#isso-{posted[0]['id']}"

    code, out, err = run_cli("build", "--pull-comments", "-s", str(root), capsys=capsys)
    assert code == 0, err
    home.goto(origin + "/")  # pulled: in the box as built, and not twice
    home.wait_for_function("document.querySelector('.recent-comments ul')")
    home.wait_for_timeout(500)
    assert home.locator(".recent-comments li.live").count() == 0
    assert home.locator(".recent-comments li").first.inner_text().startswith("Browser Reader:")

    static = chromium.new_context(java_script_enabled=False)
    plain = static.new_page()
    plain.goto(url)
    item = plain.locator(f"#comment-isso-{posted[0]['id']}")
    assert "Posted through the form." in item.inner_text() and "Browser Reader" in item.inner_text()
    assert plain.locator("#comments > ol").is_visible()
