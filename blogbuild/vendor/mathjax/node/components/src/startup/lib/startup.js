"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../js/components/global.js");
const version_js_1 = require("../../../../js/components/version.js");
const module1 = require("../../../../js/components/loader.js");
const module2 = require("../../../../js/components/package.js");
const module3 = require("../../../../js/components/startup.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('startup', version_js_1.VERSION, 'startup');
}
(0, global_js_1.combineWithMathJax)({ _: {
        components: {
            loader: module1,
            package: module2,
            startup: module3
        }
    } });
