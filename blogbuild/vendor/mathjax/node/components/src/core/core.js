"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("./lib/core.js");
const HTMLHandler_js_1 = require("../../../js/handlers/html/HTMLHandler.js");
const browserAdaptor_js_1 = require("../../../js/adaptors/browserAdaptor.js");
if (MathJax.startup) {
    MathJax.startup.registerConstructor('HTMLHandler', HTMLHandler_js_1.HTMLHandler);
    MathJax.startup.registerConstructor('browserAdaptor', browserAdaptor_js_1.browserAdaptor);
    MathJax.startup.useHandler('HTMLHandler');
    MathJax.startup.useAdaptor('browserAdaptor');
}
if (MathJax.loader) {
    MathJax._.mathjax.mathjax.asyncLoad = (name => MathJax.loader.load(name));
}
