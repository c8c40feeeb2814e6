"""The worker's assistive MathML (render/mathjax_assistive.js) against liteDOM's parse and serialize.

In the ES2020 build the worker writes each formula's assistive MathML from MathJax's serialized
string (roundTrip) instead of parsing it with liteDOM and serializing it again. Here random MathML
trees, quoted by MathJax's own serializer (SerializedMmlVisitor.quoteHTML: entities for `&<>"` and
for every character beyond ASCII), go through both, with liteDOM set up as the worker sets it up
(every attribute escaped), and must come out the same. The worker's whole output is compared with
the es5/ reference, which keeps liteDOM's way, in test_mathjax_node_build.py.
"""

from __future__ import annotations

import json
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blogbuild.render.typeset import WORKER, find_node
from blogbuild.vendor import MATHJAX_NODE_DIR

pytestmark = pytest.mark.skipif(find_node() is None, reason="needs Node.js (pip install 'blogbuild[server-math]')")

RUNNER = """
const {roundTrip} = require(%(assistive)s);
const {liteAdaptor} = require(%(lite)s);
const {SerializedMmlVisitor} = require(%(visitor)s);
const {LiteParser} = require(%(parser)s);
LiteParser.CDATA_ATTR = {};  // as typeset_worker.js's serializeSafely()
LiteParser.prototype.protectAttribute = (value) => String(value)
  .replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const quote = (text) => SerializedMmlVisitor.prototype.quoteHTML(text);
const adaptor = liteAdaptor();
const special = new Set([...Object.keys(LiteParser.SELF_CLOSING), ...Object.keys(LiteParser.PCDATA)]);
function write(node) {
  if (typeof node === 'string') return quote(node);
  const [name, attributes, children] = node;
  return '<' + name + attributes.map(([k, v]) => ` ${k}="${quote(v)}"`).join('') + '>'
    + children.map(write).join('') + '</' + name + '>';
}
const out = JSON.parse(require('fs').readFileSync(0, 'utf-8')).map((tree) => {
  const mml = typeof tree === 'string' ? tree : write(tree);
  let written = '(liteDOM failed)';
  try {
    const parsed = adaptor.firstChild(adaptor.body(adaptor.parse(mml, 'text/html')));
    written = !parsed ? null : adaptor.kind(parsed) === '#text' ? adaptor.value(parsed) : adaptor.outerHTML(parsed);
  } catch (e) {}
  return [mml, roundTrip(mml, special), written];
});
process.stdout.write(JSON.stringify(out));
"""

NAMES = ["math", "mi", "mo", "mn", "mrow", "mtext", "mspace", "semantics", "annotation", "mtable", "mtd", "merror"]
ATTRIBUTES = ["mathvariant", "data-mjx-texclass", "width", "xmlns", "display", "href", "class", "data-mjx-error"]
TEXT = st.text(st.one_of(st.sampled_from('&<>"\' ;#x\\'), st.characters(codec="utf-8")), max_size=12)
TREES = st.recursive(TEXT, lambda children: st.tuples(
    st.sampled_from(NAMES), st.lists(st.tuples(st.sampled_from(ATTRIBUTES), TEXT), max_size=3,
                                     unique_by=lambda a: a[0]), st.lists(children, max_size=4)), max_leaves=20)


def both(trees: list) -> list:
    paths = {"assistive": WORKER.with_name("mathjax_assistive.js"), "lite": "js/adaptors/liteAdaptor.js",
             "visitor": "js/core/MmlTree/SerializedMmlVisitor.js", "parser": "js/adaptors/lite/Parser.js"}
    script = RUNNER % {k: json.dumps(str(v if k == "assistive" else MATHJAX_NODE_DIR / v)) for k, v in paths.items()}
    done = subprocess.run([find_node(), "-e", script], input=json.dumps(trees), capture_output=True, text=True,
                          timeout=60, check=True)
    return json.loads(done.stdout)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.just("math"), st.lists(st.tuples(st.sampled_from(ATTRIBUTES), TEXT), max_size=2,
                                                    unique_by=lambda a: a[0]), st.lists(TREES, max_size=4)),
                min_size=1, max_size=10))
def test_roundtrip_writes_what_litedom_writes_of_the_parsed_mathml(trees):
    for mml, direct, parsed in both(trees):
        assert direct == parsed, mml


def test_what_litedom_treats_apart_takes_its_way():
    """An element liteDOM parses otherwise (void, raw text), several elements, text around the root,
    a tag this grammar does not know: roundTrip gives null, and the worker lets liteDOM parse it."""
    cases = ['<math><br></br></math>', '<math><script>x</script></math>', '<math></math><math></math>',
             'x<math></math>', '<math></math>x', '<Math></Math>', "<math a='1'></math>", '<math>a > b</math>',
             '<math>&nbsp;</math>', '<math><mi></math>', '<math></mi></math>', '<math><mi></mo></math>']
    assert [direct for _mml, direct, _parsed in both(cases)] == [None] * len(cases)
    [(_mml, direct, parsed)] = both(['<math display="block"><mi>&#x1D465;&amp;&quot;</mi></math>'])
    assert direct == parsed == '<math display="block"><mi>\U0001d465&amp;"</mi></math>'
