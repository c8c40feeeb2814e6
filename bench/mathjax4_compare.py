#!/usr/bin/env python3
"""MathJax 4's own line breaking against MathJax 3 plus the theme's CSS (issue 20 item 1).

    python bench/mathjax4_compare.py [--cache /tmp/mj4]

Builds the example blog plus tests/fixtures/wide/ (the widest kinds of formula of real math blogs)
in client mode at a domain's root, then makes a copy whose pages load MathJax 4 (npm `mathjax@4`
and its default font `@mathjax/mathjax-newcm-font`, installed into --cache and served by the site
itself: no CDN) with the same TeX settings (the site's macros, `tags: 'ams'`) and line breaking on
(`displayOverflow: 'linebreak'`, `linebreaks: {inline: true}`). Both are served on 127.0.0.1 and
measured in headless Chromium at 390 and 1280 px:

- the layout probe's findings (../shared/tools/layout_probe.py's measure: the page wider than the
  screen, equation numbers out of view, punctuation starting a line, formulas cut off);
- display formulas wider than their column (they scroll) and display formulas MathJax broke into
  lines; `\\eqref` links whose target exists;
- time to typeset the longest post (until MathJax.startup.promise), and the bytes of script and
  font it loaded;
- --math server: the line boxes MathJax 4 in Node makes of one wide formula for a phone's and a
  laptop's column (Node has no reader's column: the build would have to pick one width).

Not a test: a run takes a few minutes. Needs npm (for --cache; without it, a clear message and exit 0)
and playwright with a Chromium.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
PROBE = Path(os.environ.get("LAYOUT_PROBE", REPO.parent / "shared" / "tools" / "layout_probe.py"))
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")

_MATHJAX3 = re.compile(r"<script>\s*// Until MathJax has typeset.*?<script id=\"MathJax-script\"[^>]*></script>", re.S)
_MACROS = re.compile(r"macros: (\{.*?\}),\n")
MATHJAX4 = """<script>
window.MathJax = {
  tex: {inlineMath: [['\\\\(', '\\\\)']], displayMath: [['\\\\[', '\\\\]']], processEscapes: false,
        processEnvironments: true, tags: 'ams', macros: %s},
  // no speech/semantic enrichment (MathJax 3 here has none either): typesetting time compared fairly
  options: {ignoreHtmlClass: 'no-math', processHtmlClass: 'math', enableEnrichment: false, enableSpeech: false,
            enableBraille: false, enableExplorer: false},
  output: {displayOverflow: 'linebreak', linebreaks: {inline: true, width: '100%%'}},
  loader: {paths: {mathjax: '/mj4/mathjax', fonts: '/mj4/@mathjax'}}
};
</script>
<script id="MathJax-script" async src="/mj4/mathjax/tex-chtml.js"></script>"""

EXTRA = r"""async () => {
  const W = document.documentElement.clientWidth;
  let wide = 0, broken = 0, display = 0;
  for (const c of document.querySelectorAll('mjx-container[display="true"]')) {
    display++;
    const box = c.closest('.math') || c;
    const scrollers = [box, ...box.querySelectorAll('*')].filter((e) =>
      /(auto|scroll)/.test(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1);
    if (scrollers.length) wide++;
    if (c.querySelector('mjx-linebox, mjx-break, mjx-linestack') || c.getClientRects().length > 1) broken++;
  }
  const refs = [...document.querySelectorAll('mjx-container a[href^="#"]')];
  const dead = refs.filter((a) => !document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)))).length;
  return {display, wide, broken, refs: refs.length, dead};
}"""


def install(cache: Path) -> Path | None:
    """node_modules holding mathjax@4 in the cache, installed there if missing; None when npm can't get it."""
    modules = cache / "node_modules"
    if not (modules / "mathjax" / "tex-chtml.js").exists():
        cache.mkdir(parents=True, exist_ok=True)
        try:
            subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(cache),
                            "mathjax@4"], check=True, timeout=600)
        except (OSError, subprocess.SubprocessError):
            return None
    return modules


SERVER_CHECK = r"""// --math server with MathJax 4: Node has no reader's column, only the width the build gives it
const MJ = require(process.argv[2] + '/mathjax/node-main.cjs');
const tex = String.raw`\sum_{n=1}^{\infty}\frac{1}{n^2}+\int_0^1\frac{\log(1+x^2)}{1+x}\,dx
  +\prod_{p}\frac{1}{1-p^{-s}}=\zeta(2)+\frac{\pi}{8}\log 2-\frac{G}{2}
  +\sum_{k=0}^{\infty}\binom{2k}{k}\frac{x^k}{4^k(2k+1)}+\cdots\tag{1}`;
(async () => {
  const MathJax = await MJ.init({
    loader: {paths: {mathjax: process.argv[2] + '/mathjax', fonts: process.argv[2] + '/@mathjax'},
             load: ['input/tex', 'output/chtml', 'adaptors/liteDOM']},
    tex: {tags: 'ams'}, output: {displayOverflow: 'linebreak', linebreaks: {inline: true, width: '100%'}}});
  const A = MathJax.startup.adaptor, out = {};
  for (const width of [358, 1248]) {   // the column at 390 and at 1280 px
    const node = await MathJax.tex2chtmlPromise(tex, {display: true, em: 16, ex: 8, containerWidth: width});
    const html = A.outerHTML(node);
    out[width] = (html.match(/<mjx-linebox/g) || []).length;
  }
  console.log(JSON.stringify(out));
})();
"""


def server_lines(modules: Path, tmp: Path) -> dict:
    """Line boxes MathJax 4 in Node makes of one wide formula for a 358 px and a 1248 px column."""
    script = tmp / "server_check.cjs"
    script.write_text(SERVER_CHECK, encoding="utf-8")
    run = subprocess.run(["node", str(script), str(modules)], capture_output=True, text=True, timeout=600)
    return json.loads(run.stdout.strip().splitlines()[-1]) if run.returncode == 0 and run.stdout.strip() else {}


def build_site(tmp: Path) -> Path:
    root = tmp / "site"
    for name in ("posts", "pages", "comments"):
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, root / name)
    for source in (REPO / "tests" / "fixtures" / "wide").glob("*.md"):
        shutil.copy(source, root / "posts" / source.name)
    config = yaml.safe_load((REPO / "blog.yaml").read_text(encoding="utf-8"))
    config.update(url="http://127.0.0.1/", math={"render": "client"})
    (root / "blog.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "blogbuild", "build", "-s", str(root), "--no-cache"], check=True,
                   stdout=subprocess.DEVNULL)
    return root / "public"


def mathjax4_copy(public: Path, modules: Path, out: Path) -> Path:
    shutil.copytree(public, out)
    shutil.copytree(modules / "mathjax", out / "mj4" / "mathjax")
    shutil.copytree(modules / "@mathjax", out / "mj4" / "@mathjax")
    for page in out.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        m = _MATHJAX3.search(text)
        if m:
            macros = _MACROS.search(m.group(0))
            page.write_text(text[:m.start()] + MATHJAX4 % (macros.group(1) if macros else "{}") + text[m.end():],
                            encoding="utf-8")
    return out


_RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")


def without_scroll_css(site: Path, out: Path) -> Path:
    """A copy of the MathJax 4 site whose theme lacks its long-formula CSS (the scroll boxes, the
    numbers kept in view, punctuation kept with formulas): what MathJax 4's own breaking does alone."""
    shutil.copytree(site, out)
    style = out / "static" / "style.css"
    css = re.sub(r"/\*.*?\*/", "", style.read_text(encoding="utf-8"), flags=re.S)
    css = _RULE.sub(lambda m: "" if re.search(r"mjx-container(?!\))|\.nowrap", m.group(1)) else m.group(0), css)
    style.write_text(css.replace("overflow-x: auto; overflow-y: hidden; margin: .8em 0", "margin: .8em 0"),
                     encoding="utf-8")
    return out


def measure(folder: Path, label: str, browser, longest: str) -> dict:
    sys.path.insert(0, str(PROBE.parent))
    from layout_probe import MEASURE, PUNCT

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host = f"http://127.0.0.1:{server.server_address[1]}/"
    pages = [p.relative_to(folder).as_posix() for p in sorted(folder.rglob("*.html"))
             if not p.relative_to(folder).as_posix().startswith(("mj4/", "pagefind/"))
             and re.search(r"\\\(|\\\[", p.read_text(encoding="utf-8"))
             and p.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype")]
    totals = {"views": 0, "views with a finding": 0, "wider than the screen": 0, "numbers out of view": 0,
              "punctuation starting a line": 0, "formulas cut off": 0, "display formulas": 0,
              "display formulas that scroll": 0, "display formulas broken into lines": 0, "dead \\eqref": 0}
    for width in (390, 1280):
        context = browser.new_context(viewport={"width": width, "height": 844 if width < 500 else 800},
                                      is_mobile=width < 500)
        tab = context.new_page()
        for rel in pages:
            tab.goto(host + re.sub(r"index\.html$", "", rel), wait_until="load")
            tab.wait_for_function("() => window.MathJax && MathJax.startup && MathJax.startup.promise")
            tab.evaluate("() => MathJax.startup.promise")
            tab.wait_for_timeout(100)
            m = tab.evaluate(MEASURE, [PUNCT, width])
            x = tab.evaluate(EXTRA)
            totals["views"] += 1
            totals["views with a finding"] += bool(m["over"] > 1 or m["hidden"] or m["orphan"] or m["cut"])
            totals["wider than the screen"] += m["over"] > 1
            totals["numbers out of view"] += m["hidden"]
            totals["punctuation starting a line"] += m["orphan"]
            totals["formulas cut off"] += m["cut"]
            totals["display formulas"] += x["display"]
            totals["display formulas that scroll"] += x["wide"]
            totals["display formulas broken into lines"] += x["broken"]
            totals["dead \\eqref"] += x["dead"]
        context.close()
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    tab = context.new_page()
    times, sizes = [], []
    for _ in range(3):
        tab.goto(host + longest, wait_until="load")
        tab.wait_for_function("() => window.MathJax && MathJax.startup && MathJax.startup.promise")
        times.append(tab.evaluate("() => MathJax.startup.promise.then(() => performance.now())"))
        sizes.append(tab.evaluate("() => performance.getEntriesByType('resource').filter((r) => "
                                  "/mj4|mathjax/.test(r.name)).reduce((n, r) => n + r.encodedBodySize, 0)"))
        tab.goto("about:blank")
    context.close()
    server.shutdown()
    totals["typeset the longest post (ms, median of 3, cold cache each)"] = round(sorted(times)[1])
    totals["MathJax script + fonts loaded (KB)"] = round(max(sizes) / 1024)
    return totals


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "blogbuild-mathjax4")
    args = parser.parse_args()
    modules = install(args.cache) if shutil.which("npm") or (args.cache / "node_modules").is_dir() else None
    if modules is None:
        print(f"skipped: npm could not install mathjax@4 into {args.cache} (registry unreachable or no npm); "
              "run again with network, or pass a --cache holding node_modules/mathjax", file=sys.stderr)
        return 0
    from playwright.sync_api import sync_playwright

    version = json.loads((modules / "mathjax" / "package.json").read_text())["version"]
    with tempfile.TemporaryDirectory() as tmp:
        public = build_site(Path(tmp))
        four = mathjax4_copy(public, modules, Path(tmp) / "mj4site")
        posts = {p.parent.name: len(p.read_text(encoding="utf-8")) for p in public.glob("archives/*/index.html")}
        longest = f"archives/{max(posts, key=posts.get)}/"
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            bare = without_scroll_css(four, Path(tmp) / "mj4bare")
            results = {"MathJax 3 + CSS (blogbuild)": measure(public, "3", browser, longest),
                       f"MathJax {version}, linebreaks, same CSS": measure(four, "4", browser, longest),
                       f"MathJax {version}, linebreaks, no scroll CSS": measure(bare, "4-bare", browser, longest)}
            browser.close()
        server = server_lines(modules, Path(tmp))
    names = list(results)
    load = os.getloadavg()[0]
    print(f"{platform.node()} ({os.cpu_count()} CPUs, load {load:.1f}); longest post: {longest}\n")
    print(f"| | {' | '.join(names)} |\n|---|" + "---:|" * len(names))
    for key in results[names[0]]:
        print(f"| {key} | " + " | ".join(str(results[n][key]) for n in names) + " |")
    print(f"\n--math server with MathJax {version} in Node, one wide formula: line boxes for a 358 px column "
          f"{server.get('358', '?')}, for a 1248 px column {server.get('1248', '?')} (the build must pick one)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
