"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("./lib/chtml.js");
const global_js_1 = require("../../../../js/components/global.js");
const chtml_js_1 = require("../../../../js/output/chtml.js");
if (MathJax.loader) {
    (0, global_js_1.combineDefaults)(MathJax.config.loader, 'output/chtml', {
        checkReady() {
            return MathJax.loader.load("output/chtml/fonts/tex");
        }
    });
}
if (MathJax.startup) {
    MathJax.startup.registerConstructor('chtml', chtml_js_1.CHTML);
    MathJax.startup.useOutput('chtml');
}
