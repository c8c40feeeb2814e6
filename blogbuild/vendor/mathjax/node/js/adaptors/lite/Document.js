"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LiteDocument = void 0;
const Element_js_1 = require("./Element.js");
class LiteDocument {
    get kind() {
        return '#document';
    }
    constructor() {
        this.root = new Element_js_1.LiteElement('html', {}, [
            this.head = new Element_js_1.LiteElement('head'),
            this.body = new Element_js_1.LiteElement('body')
        ]);
        this.type = '';
    }
}
exports.LiteDocument = LiteDocument;
