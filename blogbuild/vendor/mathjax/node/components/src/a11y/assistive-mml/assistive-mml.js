"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("./lib/assistive-mml.js");
const assistive_mml_js_1 = require("../../../../js/a11y/assistive-mml.js");
if (MathJax.startup) {
    MathJax.startup.extendHandler(handler => (0, assistive_mml_js_1.AssistiveMmlHandler)(handler));
}
