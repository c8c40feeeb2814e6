"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MmlMs = void 0;
const MmlNode_js_1 = require("../MmlNode.js");
class MmlMs extends MmlNode_js_1.AbstractMmlTokenNode {
    constructor() {
        super(...arguments);
        this.texclass = MmlNode_js_1.TEXCLASS.ORD;
    }
    get kind() {
        return 'ms';
    }
}
exports.MmlMs = MmlMs;
MmlMs.defaults = {
    ...MmlNode_js_1.AbstractMmlTokenNode.defaults,
    lquote: '"',
    rquote: '"'
};
