// MathJax's MathML attributes without a prototype chain per node: the same values, about a quarter
// less of the build-time worker's time.
//
// MathJax 3.2's core/MmlTree/Attributes makes three objects for every MathML node, each the
// prototype of the next (attributes -> inherited -> defaults -> the math element's globals), and
// reads an attribute through that chain. In V8 an object that becomes a prototype gets a map of
// its own, so every node's objects have different maps: every lookup, on every node, is a
// dictionary lookup that no inline cache can hold. On two real math blogs' 6,251 and 3,150 distinct
// formulas the worker spent 17 % of its time in Attributes.js, and took 24-28 % less CPU with this
// class in its place, writing the same bytes (bench/worker_replay.py; BENCHMARKS.md, session 15).
//
// FlatAttributes keeps `defaults` chained to the globals (code reads `name in defaults` through it)
// and makes `inherited` and `attributes` plain objects whose lookups it does itself, in the order
// the chain did. Every method gives what MathJax's gives (tests/render/test_mathjax_attributes.py
// runs both on random operations); MathJax's own code only ever reads own keys of the objects
// getAllAttributes() and getAllInherited() return (Object.keys, Object.assign, delete).
// typeset_worker.js installs it over the ES2020 build only: the es5/ bundles stay MathJax's own,
// the reference the worker's output is compared with (tests/render/test_mathjax_node_build.py).
'use strict';

const own = Object.prototype.hasOwnProperty;

function flatAttributes(INHERIT) {
  return class FlatAttributes {
    constructor(defaults, global) {
      this.global = global;
      this.defaults = Object.create(global);
      this.inherited = {};
      this.attributes = {};
      Object.assign(this.defaults, defaults);
    }

    set(name, value) {
      this.attributes[name] = value;
    }

    setList(list) {
      Object.assign(this.attributes, list);
    }

    get(name) {
      let value = own.call(this.attributes, name) ? this.attributes[name] : this.getInherited(name);
      if (value === INHERIT) value = this.global[name];
      return value;
    }

    getExplicit(name) {
      return own.call(this.attributes, name) ? this.attributes[name] : undefined;
    }

    getList(...names) {
      const values = {};
      for (const name of names) values[name] = this.get(name);
      return values;
    }

    setInherited(name, value) {
      this.inherited[name] = value;
    }

    getInherited(name) {
      return own.call(this.inherited, name) ? this.inherited[name] : this.defaults[name];
    }

    getDefault(name) {
      return this.defaults[name];
    }

    isSet(name) {
      return own.call(this.attributes, name) || own.call(this.inherited, name);
    }

    hasDefault(name) {
      return name in this.defaults;
    }

    getExplicitNames() {
      return Object.keys(this.attributes);
    }

    getInheritedNames() {
      return Object.keys(this.inherited);
    }

    getDefaultNames() {
      return Object.keys(this.defaults);
    }

    getGlobalNames() {
      return Object.keys(this.global);
    }

    getAllAttributes() {
      return this.attributes;
    }

    getAllInherited() {
      return this.inherited;
    }

    getAllDefaults() {
      return this.defaults;
    }

    getAllGlobals() {
      return this.global;
    }
  };
}

// Put FlatAttributes in the place of MathJax's class (MathJax._.core.MmlTree.Attributes, the module
// every MathML node's constructor reads `Attributes` from), before the first node is made.
function install(MathJax) {
  const module = MathJax._.core.MmlTree.Attributes;
  module.Attributes = flatAttributes(module.INHERIT);
  return module.Attributes;
}

module.exports = {flatAttributes, install};
