"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MmlMn = void 0;
const MmlNode_js_1 = require("../MmlNode.js");
class MmlMn extends MmlNode_js_1.AbstractMmlTokenNode {
    constructor() {
        super(...arguments);
        this.texclass = MmlNode_js_1.TEXCLASS.ORD;
    }
    get kind() {
        return 'mn';
    }
}
exports.MmlMn = MmlMn;
MmlMn.defaults = {
    ...MmlNode_js_1.AbstractMmlTokenNode.defaults
};
