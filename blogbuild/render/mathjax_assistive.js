// MathJax's assistive MathML without its trip through liteDOM's parser: the same bytes, less time.
//
// For each formula, MathJax's a11y/assistive-mml serializes the MathML tree to a string
// (document.toMML), parses that string with liteDOM into elements, and puts them in the formula's
// container, which the worker then serializes again. The parse and the second serialization were
// ~6 % of the build-time worker's time on real blogs. Their result is a function of the string
// alone, so the worker takes the string: `document.toMML` gives MathJax a placeholder element to
// parse instead, and the placeholder in the container's HTML is then replaced with the string as
// liteDOM would have written it (roundTrip below).
//
// roundTrip relies on what the string can hold. toMML (SerializedMmlVisitor) quotes every text and
// attribute value with quoteHTML: `&`, `<`, `>`, `"` as `&amp;` `&lt;` `&gt;` `&quot;`, and every
// character beyond ASCII as `&#xHEX;`. liteDOM's parser decodes those entities; its serializer
// escapes `&`, `<`, `>` in text and, as the worker configures it, `&`, `"`, `<`, `>` in attributes.
// So the net change is: `&#xHEX;` becomes its character, and a text's `&quot;` becomes `"`. A string
// of any other shape (a tag or a name this grammar does not expect) takes MathJax's own way.
// typeset_worker.js installs it over the ES2020 build only; the es5/ reference keeps MathJax's way,
// and tests/render/test_mathjax_node_build.py compares the two.
'use strict';

const TAG = /^(?:<[a-z][a-z0-9-]*(?: [a-z][a-z0-9_.:-]*="[^"<>]*")*>|<\/[a-z][a-z0-9-]*>)$/;
const PLACEHOLDER = /<blogbuild-mml n="(\d+)"><\/blogbuild-mml>/g;

const character = (_all, hex) => String.fromCodePoint(parseInt(hex, 16));

// The serialization liteDOM gives of the element it parses from mml; null if mml is not of the
// shape above, or names an element liteDOM treats apart (special: its self-closing and raw-text
// element names, such as br and script).
function roundTrip(mml, special = new Set()) {
  const parts = mml.split(/(<[^<>]*>)/);
  if (parts.length < 3 || parts[0] || parts[parts.length - 1]) return null;  // one element, nothing around it
  const open = [];  // the names of the elements open, each closed by its own end tag
  for (let i = 0; i < parts.length; i++) {
    if (i % 2) {
      const name = TAG.test(parts[i]) && parts[i].match(/^<\/?([a-z0-9-]+)/)[1];
      if (!name || special.has(name)) return null;
      if (parts[i][1] !== '/') open.push(name);
      else if (open.pop() !== name || (!open.length && i !== parts.length - 2)) return null;
      parts[i] = parts[i].replace(/&#x([0-9A-F]+);/g, character);
    } else {
      if (/[<>]|&(?!(?:amp|lt|gt|quot|#x[0-9A-F]+);)/.test(parts[i])) return null;
      parts[i] = parts[i].replace(/&#x([0-9A-F]+);/g, character).replace(/&quot;/g, '"');
    }
  }
  return open.length ? null : parts.join('');
}

// Make doc's toMML give placeholders; fill(html) puts each one's MathML into a container's HTML.
function install(doc, LiteParser) {
  const found = [], toMML = doc.toMML.bind(doc);
  const special = new Set([...Object.keys(LiteParser.SELF_CLOSING), ...Object.keys(LiteParser.PCDATA)]);
  doc.toMML = (node) => {
    const mml = toMML(node);
    // (what assistive-mml does with the string before parsing it)
    const html = roundTrip(mml.replace(/\n */g, '').replace(/<!--.*?-->/g, ''), special);
    if (html === null) return mml;
    found.push(html);
    return `<blogbuild-mml n="${found.length - 1}"></blogbuild-mml>`;
  };
  return (html) => html.replace(PLACEHOLDER, (_all, n) => found[Number(n)]);
}

module.exports = {install, roundTrip};
