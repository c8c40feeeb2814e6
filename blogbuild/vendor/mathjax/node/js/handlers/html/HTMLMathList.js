"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HTMLMathList = void 0;
const MathList_js_1 = require("../../core/MathList.js");
class HTMLMathList extends MathList_js_1.AbstractMathList {
}
exports.HTMLMathList = HTMLMathList;
