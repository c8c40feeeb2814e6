"""The worker's MathML attributes class (render/mathjax_attributes.js) against MathJax's own.

FlatAttributes replaces MathJax's prototype-chained Attributes in the build-time worker (for speed).
Here both classes, MathJax's from the vendored ES2020 build, run the same random sequences of
operations in Node, with every method and every way MathJax's code uses the objects it returns,
and must answer alike. (The worker's whole output is compared with the es5/ reference, which keeps
MathJax's class, in test_mathjax_node_build.py.)
"""

from __future__ import annotations

import json
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blogbuild.render.typeset import FLAT_ATTRIBUTES, MATHJAX_DIR, WORKER, find_node, requirable
from blogbuild.vendor import MATHJAX_NODE_DIR

pytestmark = pytest.mark.skipif(find_node() is None, reason="needs Node.js (pip install 'blogbuild[server-math]')")

RUNNER = """
const {flatAttributes} = require(%(flat)s);
const mathjax = require(%(original)s);
const Flat = flatAttributes(mathjax.INHERIT);
const value = (v) => v === 'INHERIT' ? mathjax.INHERIT : v;
const shown = (v) => v === undefined ? '<undefined>' : v === mathjax.INHERIT ? '<inherit>' : v;
function run(Class, ops) {
  const global = {mathcolor: 'black', dir: 'ltr', displaystyle: false, scriptlevel: 0};
  const defaults = {mathvariant: 'normal', dir: mathjax.INHERIT, fence: false, lspace: '0.2em'};
  const a = new Class(defaults, global);
  return ops.map(([op, name, v]) => {
    switch (op) {
      case 'set': return a.set(name, value(v));
      case 'setList': return a.setList({[name]: value(v), extra: v});
      case 'setInherited': return a.setInherited(name, value(v));
      case 'getList': return a.getList(name, 'dir', 'mathcolor').constructor === Object
        && JSON.stringify(Object.entries(a.getList(name, 'dir', 'mathcolor')).map(([k, x]) => [k, shown(x)]));
      case 'deleteOwn': return delete a.getAllAttributes()[name];
      case 'readOwn': return Object.keys(a.getAllAttributes()).map((k) => [k, shown(a.getAllAttributes()[k])]);
      case 'assign': return JSON.stringify(Object.assign({}, a.getAllAttributes()), (k, x) => shown(x));
      case 'inDefaults': return name in a.getAllDefaults();
      case 'ownDefault': return a.getAllDefaults().hasOwnProperty(name);
      case 'readDefault': return shown(a.getAllDefaults()[name]);
      case 'inheritedKeys': return Object.keys(a.getAllInherited());
      case 'globals': return a.getAllGlobals() === global;
      default: return shown(a[op](name));
    }
  });
}
const cases = JSON.parse(require('fs').readFileSync(0, 'utf-8'));
process.stdout.write(JSON.stringify(cases.map((ops) => [run(mathjax.Attributes, ops), run(Flat, ops)])));
"""

NAMES = ["mathcolor", "dir", "displaystyle", "scriptlevel", "mathvariant", "fence", "lspace", "href", "class",
         "toString", "constructor"]
r"""(Not `__proto__`: reading it walks MathJax's chain to a different object than ours. No MathML
attribute has that name: MathJax's TeX input makes none, and \data{} names start with data-.)"""
VALUES = st.one_of(st.sampled_from(["INHERIT", "red", "", "rtl"]), st.integers(-2, 3), st.booleans())
GETTERS = ["get", "getExplicit", "getInherited", "getDefault", "isSet", "hasDefault", "getExplicitNames",
           "getInheritedNames", "getDefaultNames", "getGlobalNames", "getList", "deleteOwn", "readOwn", "assign",
           "inDefaults", "ownDefault", "readDefault", "inheritedKeys", "globals"]
OPS = st.one_of(st.tuples(st.sampled_from(["set", "setList", "setInherited"]), st.sampled_from(NAMES), VALUES),
                st.tuples(st.sampled_from(GETTERS), st.sampled_from(NAMES), st.none()))


def run_both(cases: list[list[tuple]]) -> list:
    script = RUNNER % {"flat": json.dumps(str(FLAT_ATTRIBUTES)),
                       "original": json.dumps(str(MATHJAX_NODE_DIR / "js" / "core" / "MmlTree" / "Attributes.js"))}
    done = subprocess.run([find_node(), "-e", script], input=json.dumps(cases), capture_output=True, text=True,
                          timeout=60, check=True)
    return json.loads(done.stdout)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(OPS, min_size=1, max_size=40), min_size=1, max_size=20))
def test_every_method_answers_as_mathjax_own_class(cases):
    for (mathjax, flat), ops in zip(run_both(cases), cases, strict=True):
        assert flat == mathjax, ops


def test_the_sequences_reach_every_kind_of_answer():
    """The comparison above sees inheritance at work: a value set as inherited, one from the defaults,
    one from the globals through INHERIT, and undefined (a test of the runner, not of the class)."""
    ops = [("set", "dir", "INHERIT"), ("get", "dir", None), ("setInherited", "mathvariant", "bold"),
           ("get", "mathvariant", None), ("get", "fence", None), ("getExplicit", "fence", None),
           ("get", "mathcolor", None), ("get", "href", None), ("isSet", "mathvariant", None)]
    [(mathjax, flat)] = run_both([ops])
    assert mathjax == flat == [None, "ltr", None, "bold", False, "<undefined>", "black", "<undefined>", True]


def worker_ready(*build: str) -> dict:
    settings_ = json.dumps({"macros": {}, "fontURL": "/f", "exFactor": 0.5, "extensions": requirable(),
                            "formulaMs": 5000, "pageMs": 30000})
    done = subprocess.run([find_node(), str(WORKER), str(MATHJAX_DIR), settings_, *build], input="",
                          capture_output=True, text=True, timeout=60)
    return json.loads(done.stdout.splitlines()[0])


def test_the_worker_runs_the_es2020_build_with_its_own_attributes_and_assistive_mathml_and_es5_with_mathjax_own():
    assert worker_ready(str(MATHJAX_NODE_DIR)) == {"ready": True, "attributes": "flat", "assistive": "direct"}
    assert worker_ready() == {"ready": True, "attributes": "mathjax", "assistive": "parsed"}
