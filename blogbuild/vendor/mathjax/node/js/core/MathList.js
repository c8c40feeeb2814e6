"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AbstractMathList = void 0;
const LinkedList_js_1 = require("../util/LinkedList.js");
class AbstractMathList extends LinkedList_js_1.LinkedList {
    isBefore(a, b) {
        return (a.start.i < b.start.i || (a.start.i === b.start.i && a.start.n < b.start.n));
    }
}
exports.AbstractMathList = AbstractMathList;
