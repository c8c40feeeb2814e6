"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CommonWrapperFactory = void 0;
const WrapperFactory_js_1 = require("../../core/Tree/WrapperFactory.js");
class CommonWrapperFactory extends WrapperFactory_js_1.AbstractWrapperFactory {
    constructor() {
        super(...arguments);
        this.jax = null;
    }
    get Wrappers() {
        return this.node;
    }
}
exports.CommonWrapperFactory = CommonWrapperFactory;
CommonWrapperFactory.defaultNodes = {};
