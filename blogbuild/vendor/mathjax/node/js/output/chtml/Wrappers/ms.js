"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHTMLms = void 0;
const Wrapper_js_1 = require("../Wrapper.js");
const ms_js_1 = require("../../common/Wrappers/ms.js");
const ms_js_2 = require("../../../core/MmlTree/MmlNodes/ms.js");
class CHTMLms extends (0, ms_js_1.CommonMsMixin)(Wrapper_js_1.CHTMLWrapper) {
}
exports.CHTMLms = CHTMLms;
CHTMLms.kind = ms_js_2.MmlMs.prototype.kind;
