"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHTMLmtext = void 0;
const Wrapper_js_1 = require("../Wrapper.js");
const mtext_js_1 = require("../../common/Wrappers/mtext.js");
const mtext_js_2 = require("../../../core/MmlTree/MmlNodes/mtext.js");
class CHTMLmtext extends (0, mtext_js_1.CommonMtextMixin)(Wrapper_js_1.CHTMLWrapper) {
}
exports.CHTMLmtext = CHTMLmtext;
CHTMLmtext.kind = mtext_js_2.MmlMtext.prototype.kind;
