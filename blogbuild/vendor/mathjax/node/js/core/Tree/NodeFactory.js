"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AbstractNodeFactory = void 0;
const Factory_js_1 = require("./Factory.js");
class AbstractNodeFactory extends Factory_js_1.AbstractFactory {
    create(kind, properties = {}, children = []) {
        return this.node[kind](properties, children);
    }
}
exports.AbstractNodeFactory = AbstractNodeFactory;
