"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AbstractWrapper = void 0;
class AbstractWrapper {
    get kind() {
        return this.node.kind;
    }
    constructor(factory, node) {
        this.factory = factory;
        this.node = node;
    }
    wrap(node) {
        return this.factory.wrap(node);
    }
}
exports.AbstractWrapper = AbstractWrapper;
