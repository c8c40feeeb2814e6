"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHTMLmn = void 0;
const Wrapper_js_1 = require("../Wrapper.js");
const mn_js_1 = require("../../common/Wrappers/mn.js");
const mn_js_2 = require("../../../core/MmlTree/MmlNodes/mn.js");
class CHTMLmn extends (0, mn_js_1.CommonMnMixin)(Wrapper_js_1.CHTMLWrapper) {
}
exports.CHTMLmn = CHTMLmn;
CHTMLmn.kind = mn_js_2.MmlMn.prototype.kind;
