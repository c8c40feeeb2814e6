// blogbuild's build-time MathJax: one long-lived Node process, JSON lines over stdin/stdout.
//
//   node typeset_worker.js ES5_DIR SETTINGS_JSON
//   in:  {"id": 1, "docs": [["<span class=\"math inline\">\\(x\\)</span>", ...], ...]}
//   out: {"id": 1, "docs": [{"math": [html, ...], "errors": [{"tex", "message"}], "kinds": [...]}, ...]}
//   in:  {"id": 2, "stylesheet": true}
//   out: {"id": 2, "css": "...", "kinds": {"msubsup": [rule, ...], ...}} (see stylesheet())
//
// Each doc is one page's formulas (a post's body, its excerpt, a comment), in page order, as the
// `.math` elements blogbuild's Markdown renderer wrote. They are typeset together as one document,
// exactly as the browser's MathJax would see them (same TeX configuration as templates/_math.html),
// so \label/\eqref numbering and forward references work per page. Every doc gets a fresh TeX input
// (a \newcommand or an equation number never leaks into the next page); the CHTML output is shared.
'use strict';
const [es5, settingsJson] = process.argv.slice(2);
const settings = JSON.parse(settingsJson);

const TEX = {
  inlineMath: [['\\(', '\\)']],
  displayMath: [['\\[', '\\]']],
  processEscapes: false,
  processEnvironments: true,
  tags: 'ams',
  macros: settings.macros,
};
global.MathJax = {
  loader: {paths: {mathjax: es5}, require: require,
           load: ['adaptors/liteDOM', 'input/tex', 'output/chtml', 'ui/safe', 'a11y/assistive-mml']},
  tex: TEX,
  startup: {
    typeset: false,
    ready() {
      // ui/safe extends the document handler only where there is a window: do it here, as the
      // page would (comments are written by strangers: no javascript: \href, no \style).
      MathJax.startup.extendHandler((handler) => MathJax._.ui.safe.SafeHandler.SafeHandler(handler));
      MathJax.startup.defaultReady();
    },
  },
};
require(es5 + '/startup.js');

const OPTIONS = {
  processHtmlClass: 'math', ignoreHtmlClass: 'no-math',
  // ui/safe's default id pattern drops ids with ':', which \eqref targets (mjx-eqn:eq:x) have.
  safeOptions: {idPattern: /^mjx-[-a-zA-Z0-9_.:]+$/},
};

let output = null;

function newDocument(html) {
  const mj = MathJax._;
  // A fresh TeX input per page: numbering, labels and \newcommand never leak into the next page.
  const input = new mj.input.tex_ts.TeX({...TEX, packages: MathJax.config.tex.packages});
  if (!output) {
    // One output for every page, as MathJax's own startup shares it between documents (twice as
    // fast as one per page). adaptiveCSS off: its stylesheet holds every character, so one file
    // serves every page.
    const font = new mj.output.chtml.fonts.tex_ts.TeXFont({fontURL: settings.fontURL});
    output = new mj.output.chtml_ts.CHTML({font, exFactor: settings.exFactor, adaptiveCSS: false});
  }
  return mj.mathjax.mathjax.document(html, {InputJax: input, OutputJax: output, ...OPTIONS});
}

const DELIMITERS = [['\\(', '\\)', false], ['\\[', '\\]', true]];

async function typesetDoc(formulas) {
  const doc = newDocument('<div class="no-math">' + formulas.join('') + '</div>');
  output.wrapperUsage.clear();  // which kinds of element this page uses (for its CSS, see stylesheet())
  await MathJax._.mathjax.mathjax.handleRetriesFor(() => doc.render());
  const adaptor = doc.adaptor;
  for (const item of doc.math) {
    adaptor.setAttribute(item.typesetRoot, 'data-tex', item.math);
    // \eqref links sit in MathJax's aria-hidden visual copy (screen readers read the assistive
    // MathML beside it): out of the tab order, so nothing focusable is hidden from them.
    for (const link of adaptor.tags(item.typesetRoot, 'a')) adaptor.setAttribute(link, 'tabindex', '-1');
  }
  const box = adaptor.firstChild(adaptor.body(doc.document));
  const math = [], errors = [];
  for (const node of adaptor.childNodes(box)) {
    if (!adaptor.tags(node, 'mjx-container').length) {
      // The browser's MathJax would leave this as text: it finds no formula where braces do not
      // balance (`\(\frac{1}{2\)`). Typeset it anyway, so the page shows MathJax's own error box.
      let tex = adaptor.textContent(node), display = adaptor.hasClass(node, 'display');
      for (const [open, close, isDisplay] of DELIMITERS) {
        if (tex.startsWith(open) && tex.endsWith(close)) [tex, display] = [tex.slice(2, -2), isDisplay];
      }
      const typeset = await MathJax._.mathjax.mathjax.handleRetriesFor(() => doc.convert(tex, {display, em: 16, ex: 16 * settings.exFactor, containerWidth: 1280}));
      adaptor.setAttribute(typeset, 'data-tex', tex);
      adaptor.replace(typeset, adaptor.firstChild(node));
    }
    const html = adaptor.innerHTML(node);
    for (const m of html.matchAll(/<mjx-merror data-mjx-error="([^"]*)"/g)) {
      const container = adaptor.tags(node, 'mjx-container')[0];
      errors.push({tex: adaptor.getAttribute(container, 'data-tex'), message: unescape(m[1])});
    }
    math.push(html);
  }
  return {math, errors, kinds: Array.from(output.wrapperUsage.used, (k) => JSON.parse(k)).sort()};
}

function unescape(text) {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const rulesOf = (css) => css.split(/\n\n+/).map((r) => r.trim()).filter((r) => r);

// The browser's MathJax writes the CSS of a kind of element (msubsup, munderover…) only once a
// page uses it, and some of these rules reach beyond their kind (msubsup's pads every mjx-script),
// so a page's boxes depend on which kinds it uses. The site-wide sheet holds everything else
// (every character of the fonts); each page gets the rules of the kinds it uses, as the browser would.
function stylesheet() {
  const doc = newDocument('<div class="math">\\(x\\)</div>');
  doc.render();
  const full = rulesOf(doc.adaptor.textContent(output.styleSheet(doc)));
  const kinds = {}, ofKinds = new Set();
  for (const kind of output.factory.getKinds()) {
    const styles = new MathJax._.util.StyleList.CssStyles();
    output.addClassStyles(output.factory.getNodeClass(kind), styles);
    kinds[kind] = rulesOf(styles.cssText);
    kinds[kind].forEach((rule) => ofKinds.add(rule));
  }
  return {css: full.filter((rule) => !ofKinds.has(rule)).join('\n\n') + '\n', kinds};
}

MathJax.startup.promise.then(() => {
  // The first page rendered makes the output's stylesheet, which (not adaptive) marks every kind
  // of element as used: render one here, so that each page's kinds are its own.
  newDocument('<div class="math">\\(x\\)</div>').render();
  const lines = require('readline').createInterface({input: process.stdin});
  let queue = Promise.resolve();
  lines.on('line', (line) => {
    queue = queue.then(async () => {
      const request = JSON.parse(line);
      const reply = {id: request.id};
      try {
        if (request.stylesheet) {
          Object.assign(reply, stylesheet());
        } else {
          reply.docs = [];
          for (const formulas of request.docs) reply.docs.push(await typesetDoc(formulas));
        }
      } catch (err) {
        reply.error = String(err && err.stack || err);
      }
      process.stdout.write(JSON.stringify(reply) + '\n');
    });
  });
  process.stdout.write(JSON.stringify({ready: true}) + '\n');
}).catch((err) => {
  process.stdout.write(JSON.stringify({error: String(err && err.stack || err)}) + '\n');
  process.exit(1);
});
