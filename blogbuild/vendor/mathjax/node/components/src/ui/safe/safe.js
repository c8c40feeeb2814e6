"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("./lib/safe.js");
const SafeHandler_js_1 = require("../../../../js/ui/safe/SafeHandler.js");
if (MathJax.startup && typeof window !== 'undefined') {
    MathJax.startup.extendHandler(handler => (0, SafeHandler_js_1.SafeHandler)(handler));
}
