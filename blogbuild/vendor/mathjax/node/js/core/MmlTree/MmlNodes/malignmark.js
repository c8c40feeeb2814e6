"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MmlMalignmark = void 0;
const MmlNode_js_1 = require("../MmlNode.js");
class MmlMalignmark extends MmlNode_js_1.AbstractMmlNode {
    get kind() {
        return 'malignmark';
    }
    get arity() {
        return 0;
    }
    get isSpacelike() {
        return true;
    }
}
exports.MmlMalignmark = MmlMalignmark;
MmlMalignmark.defaults = {
    ...MmlNode_js_1.AbstractMmlNode.defaults,
    edge: 'left'
};
