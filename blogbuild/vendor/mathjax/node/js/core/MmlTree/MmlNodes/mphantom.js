"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MmlMphantom = void 0;
const MmlNode_js_1 = require("../MmlNode.js");
class MmlMphantom extends MmlNode_js_1.AbstractMmlLayoutNode {
    constructor() {
        super(...arguments);
        this.texclass = MmlNode_js_1.TEXCLASS.ORD;
    }
    get kind() {
        return 'mphantom';
    }
}
exports.MmlMphantom = MmlMphantom;
MmlMphantom.defaults = {
    ...MmlNode_js_1.AbstractMmlLayoutNode.defaults
};
