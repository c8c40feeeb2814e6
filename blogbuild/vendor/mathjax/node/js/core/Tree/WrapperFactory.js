"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AbstractWrapperFactory = void 0;
const Factory_js_1 = require("./Factory.js");
class AbstractWrapperFactory extends Factory_js_1.AbstractFactory {
    wrap(node, ...args) {
        return this.create(node.kind, node, ...args);
    }
}
exports.AbstractWrapperFactory = AbstractWrapperFactory;
