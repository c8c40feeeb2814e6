"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../../js/components/global.js");
const version_js_1 = require("../../../../../js/components/version.js");
const module1 = require("../../../../../js/a11y/assistive-mml.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('a11y/assistive-mml', version_js_1.VERSION, 'a11y');
}
(0, global_js_1.combineWithMathJax)({ _: {
        a11y: {
            "assistive-mml": module1
        }
    } });
