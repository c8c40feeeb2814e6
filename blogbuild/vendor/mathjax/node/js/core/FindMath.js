"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AbstractFindMath = void 0;
const Options_js_1 = require("../util/Options.js");
class AbstractFindMath {
    constructor(options) {
        let CLASS = this.constructor;
        this.options = (0, Options_js_1.userOptions)((0, Options_js_1.defaultOptions)({}, CLASS.OPTIONS), options);
    }
}
exports.AbstractFindMath = AbstractFindMath;
AbstractFindMath.OPTIONS = {};
