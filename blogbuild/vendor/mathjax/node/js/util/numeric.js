"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.max = exports.sum = void 0;
function sum(A) {
    return A.reduce((a, b) => a + b, 0);
}
exports.sum = sum;
function max(A) {
    return A.reduce((a, b) => Math.max(a, b), 0);
}
exports.max = max;
