"""The browser side of `blogbuild serve`: a script injected into HTML responses, never into `build` output.

The page carries the build epoch it was rendered from. It opens a Server-Sent Events stream; the
server sends the current epoch on connect and again after every rebuild (good or failed), and
`building` 1/0 around each rebuild (the page shows a small "Rebuilding..." badge meanwhile). When the
epoch differs from the page's, the page saves its scroll position in sessionStorage and reloads;
the reloaded page restores it (again once MathJax has typeset, which changes the page's height).
EventSource reconnects by itself, so a restarted server also reloads the tab. Hidden tabs close
their stream and catch up when shown again.
"""

from __future__ import annotations

import json
import re

EVENTS_PATH = "/__blogbuild/events"
MARKER = "blogbuild-livereload"

_SCRIPT = """<script id="%(marker)s">
(function () {
  var epoch = %(epoch)s, key = "blogbuild-scroll:" + location.pathname;
  var saved = null;
  try { saved = sessionStorage.getItem(key); sessionStorage.removeItem(key); } catch (e) {}
  if (saved !== null) {
    // The reload turned the browser's own restoring off (it would run before MathJax changes
    // the page's height): put the position back now, on load, and once MathJax has typeset.
    var y = Number(saved) || 0;
    var restore = function () { window.scrollTo(0, y); };
    restore();
    document.addEventListener("DOMContentLoaded", restore);
    window.addEventListener("load", function () {
      restore();
      var mj = window.MathJax && window.MathJax.startup && window.MathJax.startup.promise;
      if (mj && mj.then) mj.then(restore, restore);
    });
  }
  var reloading = false;
  window.addEventListener("pagehide", function () {
    if (!reloading) history.scrollRestoration = "auto";  // back/forward keep the browser's own
  });
  if (!window.EventSource) return;
  // Only visible tabs keep a stream open: browsers allow about six connections per server, and
  // a hidden tab catches up when shown (the server sends the current epoch on every connect).
  var source = null;
  var connect = function () {
    if (source || reloading) return;
    source = new EventSource(%(events)s);
    source.addEventListener("epoch", function (event) {
      if (event.data === epoch) return;
      source.close();
      reloading = true;
      try {
        sessionStorage.setItem(key, String(window.scrollY));
        history.scrollRestoration = "manual";
      } catch (e) {}
      location.reload();
    });
    source.addEventListener("building", function (event) {
      var badge = document.getElementById("blogbuild-building");
      if (event.data !== "1") {
        if (badge) badge.remove();
      } else if (!badge && document.body) {
        badge = document.createElement("div");
        badge.id = "blogbuild-building";
        badge.textContent = "Rebuilding\u2026";
        badge.style.cssText = "position:fixed;right:12px;bottom:12px;z-index:2147483647;padding:4px 10px;" +
          "border-radius:4px;background:#333;color:#fff;font:13px/1.4 system-ui,sans-serif;opacity:.85";
        document.body.appendChild(badge);
      }
    });
  };
  document.addEventListener("visibilitychange", function () {
    if (document.hidden) { if (source) { source.close(); source = null; } } else connect();
  });
  if (!document.hidden) connect();
})();
</script>
"""

_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)


def script(epoch: str) -> str:
    return _SCRIPT % {"marker": MARKER, "epoch": json.dumps(epoch), "events": json.dumps(EVENTS_PATH)}


def inject(html: bytes, epoch: str) -> bytes:
    """Insert the reload script before the last </body>, or at the end when there is none."""
    tag = script(epoch).encode("utf-8")
    matches = list(_BODY_END.finditer(html))
    if not matches:
        return html + tag
    at = matches[-1].start()
    return html[:at] + tag + html[at:]
