// What a reader's formula may use (issue 18): comments are written by strangers, so their TeX is
// typeset with a TeX input of its own, never the author's. The same file serves both math modes:
// typeset_worker.js requires it in Node (--math server), templates/_math.html inlines it (client),
// so one set of rules holds in both.
//
// The comment input has the packages a formula needs (base, ams, newcommand, the blog's macros),
// no autoload and no \require (nothing is loaded because a stranger asked), and none of the
// html/unicode/bbox/action macros that set attributes, classes, ids or styles. \href stays, to
// http(s) and mailto only, judged after HTML entity decoding. Its document's ui/safe is stricter
// than the author's: links as \href, no classes, colours and font names plain words.
(function (root) {
  'use strict';
  const NAME = 'blogbuild-comment';
  const PACKAGES = ['base', 'ams', 'newcommand', 'noundefined', 'configmacros', NAME];
  const FORBIDDEN = ['style', 'class', 'cssId', 'href', 'url', 'require', 'unicode', 'bbox', 'data', 'attr',
                     'html', 'texttip', 'mathtip', 'toggle', 'mathtoggle', 'color', 'colorbox', 'fcolorbox',
                     'definecolor', 'textcolor'];
  const ENTITIES = {colon: ':', tab: '\t', newline: '\n', sol: '/', amp: '&', lt: '<', gt: '>', quot: '"',
                    apos: "'", nbsp: ' ', lpar: '(', rpar: ')', period: '.', num: '#', percnt: '%'};

  function decode(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (all, name) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] || all;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    });
  }

  // The link a comment may have: http(s) or mailto, or a fragment (\eqref's), as a browser would
  // read it once the HTML is parsed (entities decoded, controls and blanks dropped); else null.
  function safeURL(url) {
    let text = String(url), before;
    do {  // &amp;#106; is &#106; is j
      before = text;
      text = decode(text);
    } while (text !== before);
    text = text.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g, '');
    if (/^#[-a-zA-Z0-9_.:%]*$/.test(text)) return text;
    return /^(https?:\/\/|mailto:)[^\s"'<>\\`]+$/i.test(text) ? text : null;
  }

  const PLAIN = /^[-#a-zA-Z0-9 .,%]*$/;

  let registered = false;

  // Registers the comment package with the loaded MathJax (once): \href checked, the forbidden
  // macros an error naming themselves (rather than red text, or an extension loaded on demand).
  function register(MathJax) {
    if (registered) return;
    registered = true;
    const tex = MathJax._.input.tex;
    const TexError = tex.TexError.default;
    const methods = {
      Href(parser, name) {
        const url = parser.GetArgument(name);
        const arg = parser.ParseArg(name);
        const safe = safeURL(url);
        if (safe === null) {
          throw new TexError('CommentHref', '%1 in a comment links only to http(s) or mailto', name);
        }
        parser.Push(parser.create('node', 'mrow', [arg], {href: safe}));
      },
      Forbidden(parser, name) {
        throw new TexError('CommentForbidden', '%1 is not allowed in a comment', name);
      },
    };
    const macros = {href: 'Href'};
    for (const name of FORBIDDEN) if (name !== 'href') macros[name] = 'Forbidden';
    new tex.SymbolMap.CommandMap(NAME, macros, methods);
    tex.Configuration.Configuration.create(NAME, {handler: {macro: [NAME]}, priority: 1});
  }

  // A comment document's ui/safe: its links only safeURL's, no class, plain colours and font names.
  function secure(doc) {
    const safe = doc.safe;
    safe.allow = Object.assign({}, safe.allow, {classes: 'none', URLs: 'safe'});
    safe.filterMethods.filterURL = (s, url) => safeURL(url);
    safe.filterMethods.filterPlain = (s, value) => (PLAIN.test(String(value)) ? value : null);
    for (const name of ['mathcolor', 'mathbackground', 'color', 'background', 'fontfamily', 'fontweight',
                        'fontstyle', 'mathvariant', 'dir', 'notation', 'lspace', 'rspace', 'width', 'height',
                        'depth', 'voffset', 'columnalign', 'rowalign', 'columnlines', 'rowlines', 'frame']) {
      if (!safe.filterAttributes.has(name)) safe.filterAttributes.set(name, 'filterPlain');
    }
    return doc;
  }

  const api = {NAME, PACKAGES, FORBIDDEN, safeURL, register, secure};
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.blogbuildCommentTeX = api;
})(this);
