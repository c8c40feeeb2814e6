"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MmlFactory = void 0;
const NodeFactory_js_1 = require("../Tree/NodeFactory.js");
const MML_js_1 = require("./MML.js");
class MmlFactory extends NodeFactory_js_1.AbstractNodeFactory {
    get MML() {
        return this.node;
    }
}
exports.MmlFactory = MmlFactory;
MmlFactory.defaultNodes = MML_js_1.MML;
