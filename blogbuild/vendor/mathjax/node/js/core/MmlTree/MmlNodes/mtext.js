"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MmlMtext = void 0;
const MmlNode_js_1 = require("../MmlNode.js");
class MmlMtext extends MmlNode_js_1.AbstractMmlTokenNode {
    constructor() {
        super(...arguments);
        this.texclass = MmlNode_js_1.TEXCLASS.ORD;
    }
    get kind() {
        return 'mtext';
    }
    get isSpacelike() {
        return true;
    }
}
exports.MmlMtext = MmlMtext;
MmlMtext.defaults = {
    ...MmlNode_js_1.AbstractMmlTokenNode.defaults
};
