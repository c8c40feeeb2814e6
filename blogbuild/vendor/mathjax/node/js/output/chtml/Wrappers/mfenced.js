"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHTMLmfenced = void 0;
const Wrapper_js_1 = require("../Wrapper.js");
const mfenced_js_1 = require("../../common/Wrappers/mfenced.js");
const mfenced_js_2 = require("../../../core/MmlTree/MmlNodes/mfenced.js");
class CHTMLmfenced extends (0, mfenced_js_1.CommonMfencedMixin)(Wrapper_js_1.CHTMLWrapper) {
    toCHTML(parent) {
        const chtml = this.standardCHTMLnode(parent);
        this.mrow.toCHTML(chtml);
    }
}
exports.CHTMLmfenced = CHTMLmfenced;
CHTMLmfenced.kind = mfenced_js_2.MmlMfenced.prototype.kind;
