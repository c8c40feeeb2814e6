"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHTMLWrapperFactory = void 0;
const WrapperFactory_js_1 = require("../common/WrapperFactory.js");
const Wrappers_js_1 = require("./Wrappers.js");
class CHTMLWrapperFactory extends WrapperFactory_js_1.CommonWrapperFactory {
}
exports.CHTMLWrapperFactory = CHTMLWrapperFactory;
CHTMLWrapperFactory.defaultNodes = Wrappers_js_1.CHTMLWrappers;
