"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHTMLmi = void 0;
const Wrapper_js_1 = require("../Wrapper.js");
const mi_js_1 = require("../../common/Wrappers/mi.js");
const mi_js_2 = require("../../../core/MmlTree/MmlNodes/mi.js");
class CHTMLmi extends (0, mi_js_1.CommonMiMixin)(Wrapper_js_1.CHTMLWrapper) {
}
exports.CHTMLmi = CHTMLmi;
CHTMLmi.kind = mi_js_2.MmlMi.prototype.kind;
