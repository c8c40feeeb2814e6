// blogbuild's build-time MathJax: one long-lived Node process, JSON lines over stdin/stdout.
//
//   node typeset_worker.js ES5_DIR SETTINGS_JSON [NODE_DIR]
//   (NODE_DIR: the same MathJax compiled for ES2020, blogbuild/vendor/mathjax/node: its components'
//   sources are loaded instead of es5/'s bundles, the same code, faster in Node; see vendor_mathjax.py)
//   in:  {"id": 1, "docs": [["<span class=\"math inline\">\\(x\\)</span>", ...], ...], "comment": false}
//        (comment: true: readers' formulas, typeset with comment_tex.js's TeX; "failed": a message:
//        every formula an error box saying it, for a page the Python side gave up on)
//   out: {"id": 1, "doc": {"math": [html, ...], "errors": [{"tex", "message", "at"}], "kinds": [...],
//        "each": [[kind, ...], ...]}} a line per doc, as each is done, then {"id": 1, "done": true}
//        (at: the index of the formula in error; each: the kinds of element each formula uses)
//   in:  {"id": 2, "stylesheet": true}
//   out: {"id": 2, "css": "...", "kinds": {"msubsup": [rule, ...], ...}} (see stylesheet())
//
// Each doc is one page's formulas (a post's body, its excerpt, a comment), in page order, as the
// `.math` elements blogbuild's Markdown renderer wrote. They are typeset together as one document,
// exactly as the browser's MathJax would see them (same TeX configuration as templates/_math.html),
// so \label/\eqref numbering and forward references work per page. Every doc gets a fresh TeX input
// (a \newcommand or an equation number never leaks into the next page); the CHTML output is shared.
'use strict';
// V8's compiled code of MathJax's modules, kept on disk between runs (Node 22.1 and later; a quiet
// no-op before): a quarter of the worker's start. NODE_COMPILE_CACHE says where (the build cache's
// folder, which a CI cache step keeps), else Node's folder under the temporary directory.
const Module = require('module');
if (Module.enableCompileCache) Module.enableCompileCache();
const [es5, settingsJson, given] = process.argv.slice(2);
// The ES2020 build needs Node 14 or later (`?.`, `??`): an older `node` on PATH runs es5/.
const nodeBuild = given && Number(process.versions.node.split('.')[0]) >= 14 ? given : null;
// Settings with only the extensions: the worker was started before the build read blog.yaml
// (typeset.EarlyWorker), and the rest is the first line on stdin. MathJax loads meanwhile; only
// the first page (the output's font URL and ex height, the macros) waits for it.
const settings = JSON.parse(settingsJson);
const lines = require('readline').createInterface({input: process.stdin});
let settled = null;
const settingsKnown = settings.fontURL !== undefined ? Promise.resolve() : new Promise((resolve) => {
  settled = (line) => {
    Object.assign(settings, JSON.parse(line));
    TEX.macros = settings.macros;
    resolve();
  };
});
lines.on('close', () => settled && process.exit(0));  // ended before its settings came: unused
const COMMENT = require('./comment_tex.js');
const ASSISTIVE = require('./mathjax_assistive.js');

// \require loads only the extensions MathJax has: any other name is an error box for its formula,
// never a failed load that stops the page (or, in Node, the build: "Cannot find module").
// (settings.extensions: typeset.requirable(), the same list templates/_math.html gives the browser.)
const EXTENSIONS = settings.extensions;

const TEX = {
  inlineMath: [['\\(', '\\)']],
  displayMath: [['\\[', '\\]']],
  processEscapes: false,
  processEnvironments: true,
  tags: 'ams',
  macros: settings.macros || {},
  require: {allow: Object.fromEntries(EXTENSIONS.map((n) => [n, true])), defaultAllow: false},
};
function sourceOf(build) {
  const source = {...require(build + '/components/src/source.js').source};
  for (const name of EXTENSIONS) {
    source[`[tex]/${name}`] = `${build}/components/src/input/tex/extensions/${name}/${name}.js`;
  }
  return source;
}

global.MathJax = {
  // The ES2020 build: each component from its source (source.js misses four extensions: named
  // here); its own folder as [mathjax], so that nothing is ever loaded from es5/ beside it.
  loader: {paths: {mathjax: nodeBuild ? nodeBuild + '/components/src' : es5}, require: require,
           ...(nodeBuild ? {source: sourceOf(nodeBuild)} : {}),
           load: ['adaptors/liteDOM', 'input/tex', 'output/chtml', 'ui/safe', 'a11y/assistive-mml']},
  tex: TEX,
  startup: {
    typeset: false,
    ready() {
      // The ES2020 build gets MathML attributes without a prototype chain per node (the same values,
      // a quarter less time: mathjax_attributes.js); es5/ stays MathJax's own, the reference.
      if (nodeBuild) require('./mathjax_attributes.js').install(MathJax);
      limitTime();
      serializeSafely();
      COMMENT.register(MathJax);
      // ui/safe extends the document handler only where there is a window: do it here, as the
      // page would (comments are written by strangers: no javascript: \href, no \style).
      MathJax.startup.extendHandler((handler) => MathJax._.ui.safe.SafeHandler.SafeHandler(handler));
      MathJax.startup.defaultReady();
    },
  },
};
require(nodeBuild ? nodeBuild + '/components/src/startup/startup.js' : es5 + '/startup.js');

const OPTIONS = {
  processHtmlClass: 'math', ignoreHtmlClass: 'no-math',
  // ui/safe's default id pattern drops ids with ':', which \eqref targets (mjx-eqn:eq:x) have.
  safeOptions: {idPattern: /^mjx-[-a-zA-Z0-9_.:]+$/},
};

let output = null;

// The kinds of element each formula's output uses (typeset_posts' formula cache stores them with the
// formula): the output's typeset records them by the container it returns.
let formulaKinds = null;
const kindsOf = new WeakMap();

// The time limits (settings.formulaMs, settings.pageMs): the TeX parser and the CHTML output look
// at the clock as they go, and a formula over its limit (or over what is left of its page's) stops
// with an error box saying so. A formula is synchronous work, so only it can look.
let deadline = Infinity, pageDeadline = Infinity, overMessage = '', failedMessage = null;

function startFormula() {
  if (failedMessage !== null) {  // this formula is to be an error box saying failedMessage
    [deadline, overMessage] = [-Infinity, failedMessage];
    return;
  }
  const formulaEnd = Date.now() + settings.formulaMs;
  deadline = Math.min(formulaEnd, pageDeadline);
  overMessage = formulaEnd <= pageDeadline
    ? `took longer than ${settings.formulaMs / 1000} s (the time limit of one formula)`
    : `not typeset: its page took longer than ${settings.pageMs / 1000} s (the time limit of one page)`;
}

function checkTime() {
  if (Date.now() > deadline) throw new (MathJax._.input.tex.TexError.default)('TimeLimit', overMessage);
}

function limitTime() {
  const Parser = MathJax._.input.tex.TexParser.default;
  const parse = Parser.prototype.parse;
  Parser.prototype.parse = function (kind, input) {
    checkTime();
    return parse.call(this, kind, input);
  };
  const Wrapper = MathJax._.output.chtml.Wrapper.CHTMLWrapper;
  const toCHTML = Wrapper.prototype.toCHTML;
  Wrapper.prototype.toCHTML = function (parent) {
    if (Date.now() > deadline) throw new Error(overMessage);  // MathJax's "Math output error" box
    return toCHTML.call(this, parent);
  };
}

// liteDOM writes attribute values with only '"' escaped, and href, src and style (its CDATA_ATTR)
// not escaped at all: an '&' stays, and the browser decodes `href="&#106;avascript:…"` or
// `style="position&#58;fixed"` into what ui/safe never saw (and a '"' in an href ends it): escape
// every attribute. (What a comment may put in a style is comment_tex.js's secure().)
function serializeSafely() {
  const Parser = MathJax._.adaptors.lite.Parser.LiteParser;
  Parser.CDATA_ATTR = {};
  Parser.prototype.protectAttribute = (value) => {
    const text = String(value);  // (most values have nothing to escape: they are returned as they are)
    return /[&"<>]/.test(text) ? text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
      .replace(/>/g, '&gt;') : text;
  };
}

function newDocument(html, comment = false) {
  const mj = MathJax._;
  // A fresh TeX input per page: numbering, labels and \newcommand never leak into the next page.
  const {require: _, ...commentTeX} = TEX;  // the comment input has no \require
  const input = new mj.input.tex_ts.TeX(comment ? {...commentTeX, packages: COMMENT.PACKAGES}
                                                : {...TEX, packages: MathJax.config.tex.packages});
  input.preFilters.add(startFormula, -1000);
  if (!output) {
    // One output for every page, as MathJax's own startup shares it between documents (twice as
    // fast as one per page). adaptiveCSS off: its stylesheet holds every character, so one file
    // serves every page.
    const font = new mj.output.chtml.fonts.tex_ts.TeXFont({fontURL: settings.fontURL});
    output = new mj.output.chtml_ts.CHTML({font, exFactor: settings.exFactor, adaptiveCSS: false});
    const usage = output.wrapperUsage, add = usage.add.bind(usage);
    usage.add = (kind) => {
      if (formulaKinds) formulaKinds.add(kind);
      return add(kind);
    };
  }
  const doc = mj.mathjax.mathjax.document(html, {InputJax: input, OutputJax: output, ...OPTIONS});
  if (!output.blogbuildTimed) {  // the output's own typeset: each formula's clock restarts there too
    const typeset = output.typeset;
    output.typeset = function (math, document) {
      startFormula();
      formulaKinds = new Set();
      try {
        const root = typeset.call(this, math, document);
        kindsOf.set(root, Array.from(formulaKinds).sort());
        return root;
      } finally {
        formulaKinds = null;
      }
    };
    output.blogbuildTimed = true;
  }
  // The ES2020 build's assistive MathML is written as MathJax's serializer gives it, not parsed
  // and written again (the same bytes: mathjax_assistive.js); doc.finish(html) puts it in.
  doc.finish = nodeBuild ? ASSISTIVE.install(doc, mj.adaptors.lite.Parser.LiteParser) : (html) => html;
  return comment ? COMMENT.secure(doc) : doc;
}

const DELIMITERS = [['\\(', '\\)', false], ['\\[', '\\]', true]];

// One page's formulas. Whatever stops the page as a whole (a MathJax bug, an extension that cannot
// load) costs only the formula that caused it: each is typeset alone, and one that still fails is
// MathJax's error box with the reason, like any TeX error. `failed`: every formula that box.
async function typesetDoc(formulas, comment, failed) {
  pageDeadline = Date.now() + settings.pageMs;
  failedMessage = failed || null;
  try {
    return await typesetPage(formulas, comment);
  } catch (err) {
    const math = [], errors = [], kinds = new Set(), each = [];
    for (const formula of formulas) {
      let one;
      try {
        one = await typesetPage([formula], comment);
      } catch (e) {
        failedMessage = 'MathJax failed: ' + String(e && e.message || e).split('\n')[0];
        one = await typesetPage([formula], comment);
        failedMessage = failed || null;
      }
      errors.push(...one.errors.map((e) => ({...e, at: math.length})));
      math.push(...one.math);
      each.push(...one.each);
      one.kinds.forEach((k) => kinds.add(k));
    }
    return {math, errors, kinds: Array.from(kinds).sort(), each};
  } finally {
    [pageDeadline, failedMessage] = [Infinity, null];
  }
}

async function typesetPage(formulas, comment) {
  const doc = newDocument('<div class="no-math">' + formulas.join('') + '</div>', comment);
  output.wrapperUsage.clear();  // which kinds of element this page uses (for its CSS, see stylesheet())
  await MathJax._.mathjax.mathjax.handleRetriesFor(() => doc.render());
  const adaptor = doc.adaptor;
  for (const item of doc.math) {
    adaptor.setAttribute(item.typesetRoot, 'data-tex', item.math);
    // \eqref links sit in MathJax's aria-hidden visual copy (screen readers read the assistive
    // MathML beside it): out of the tab order, so nothing focusable is hidden from them.
    for (const link of elementsOf(item.typesetRoot, 'a')) adaptor.setAttribute(link, 'tabindex', '-1');
  }
  const box = adaptor.firstChild(adaptor.body(doc.document));
  const math = [], errors = [], each = [];
  for (const node of adaptor.childNodes(box)) {
    let container = elementsOf(node, 'mjx-container', true)[0];
    if (!container) {
      // The browser's MathJax would leave this as text: it finds no formula where braces do not
      // balance (`\(\frac{1}{2\)`). Typeset it anyway, so the page shows MathJax's own error box.
      let tex = adaptor.textContent(node), display = adaptor.hasClass(node, 'display');
      for (const [open, close, isDisplay] of DELIMITERS) {
        if (tex.startsWith(open) && tex.endsWith(close)) [tex, display] = [tex.slice(2, -2), isDisplay];
      }
      const typeset = await MathJax._.mathjax.mathjax.handleRetriesFor(() => doc.convert(tex, {display, em: 16, ex: 16 * settings.exFactor, containerWidth: 1280}));
      adaptor.setAttribute(typeset, 'data-tex', tex);
      adaptor.replace(typeset, adaptor.firstChild(node));
      container = typeset;
    }
    const html = doc.finish(adaptor.innerHTML(node));
    const error = html.match(/ data-mjx-error="([^"]*)"/);  // MathJax's TeX or output error box
    if (error) {
      errors.push({tex: adaptor.getAttribute(container, 'data-tex'), message: unescape(error[1]), at: math.length});
    }
    each.push(kindsOf.get(container) || []);
    math.push(html);
  }
  return {math, errors, kinds: Array.from(output.wrapperUsage.used, (k) => JSON.parse(k)).sort(), each};
}

// The elements of this kind under root (root too), in document order, as adaptor.tags(root, kind)
// finds them (first: only the first); in one pass, where liteAdaptor's copies its whole stack at
// each element (quadratic: 5 % of the worker's time on a real blog's long display formulas).
function elementsOf(root, kind, first = false) {
  const found = [], stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node.kind === '#text' || node.kind === '#comment') continue;
    if (node.kind === kind) {
      found.push(node);
      if (first) break;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return found;
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

// Requests come once the worker has said it is ready (so after its settings).
let queue = Promise.all([MathJax.startup.promise, settingsKnown]).then(() => {
  // The first page rendered makes the output's stylesheet, which (not adaptive) marks every kind
  // of element as used: render one here, so that each page's kinds are its own.
  const first = newDocument('<div class="math">\\(x\\)</div>').render();
  const written = first.adaptor.innerHTML(first.adaptor.body(first.document));
  // (attributes: the class a MathML node's attributes are made with; assistive: whether the first
  // page's assistive MathML came as mathjax_assistive.js's placeholder. Tests check that the ES2020
  // build runs both of ours, and es5/ MathJax's own ways.)
  const made = new MathJax._.core.MmlTree.MmlFactory.MmlFactory().create('mi').attributes.constructor.name;
  process.stdout.write(JSON.stringify({ready: true, attributes: made === 'FlatAttributes' ? 'flat' : 'mathjax',
                                       assistive: written.includes('<blogbuild-mml ') ? 'direct' : 'parsed'}) + '\n');
  // MathJax is compiled now (its modules, and what the first page ran): written to the compile cache
  // here, while the build still renders Markdown, not as Node exits at the build's end, when the
  // build waits for it (~0.12 s a worker on a cold build; nothing to write once the cache is kept).
  if (Module.flushCompileCache) Module.flushCompileCache();
}).catch((err) => {
  process.stdout.write(JSON.stringify({error: String(err && err.stack || err)}) + '\n');
  process.exit(1);
});

lines.on('line', (line) => {
  if (settled) {
    const settle = settled;
    settled = null;
    settle(line);
    return;
  }
  queue = queue.then(async () => {
    const request = JSON.parse(line);
    const reply = {id: request.id};
    try {
      if (request.stylesheet) {
        Object.assign(reply, stylesheet());
      } else {
        // a line per page, so the Python side times each page (and can give up on one)
        for (const formulas of request.docs) {
          const doc = await typesetDoc(formulas, !!request.comment, request.failed);
          process.stdout.write(JSON.stringify({id: request.id, doc}) + '\n');
        }
        reply.done = true;
      }
    } catch (err) {
      reply.error = String(err && err.stack || err);
    }
    process.stdout.write(JSON.stringify(reply) + '\n');
  });
});
