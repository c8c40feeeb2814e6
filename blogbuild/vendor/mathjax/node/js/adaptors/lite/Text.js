"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LiteComment = exports.LiteText = void 0;
class LiteText {
    get kind() {
        return '#text';
    }
    constructor(text = '') {
        this.value = text;
    }
}
exports.LiteText = LiteText;
class LiteComment extends LiteText {
    get kind() {
        return '#comment';
    }
}
exports.LiteComment = LiteComment;
