"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MmlMpadded = void 0;
const MmlNode_js_1 = require("../MmlNode.js");
class MmlMpadded extends MmlNode_js_1.AbstractMmlLayoutNode {
    get kind() {
        return 'mpadded';
    }
}
exports.MmlMpadded = MmlMpadded;
MmlMpadded.defaults = {
    ...MmlNode_js_1.AbstractMmlLayoutNode.defaults,
    width: '',
    height: '',
    depth: '',
    lspace: 0,
    voffset: 0
};
