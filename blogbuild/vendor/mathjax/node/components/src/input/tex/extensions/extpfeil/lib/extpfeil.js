"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../../../../js/components/global.js");
const version_js_1 = require("../../../../../../../js/components/version.js");
const module1 = require("../../../../../../../js/input/tex/extpfeil/ExtpfeilConfiguration.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('[tex]/extpfeil', version_js_1.VERSION, 'tex-extension');
}
(0, global_js_1.combineWithMathJax)({ _: {
        input: {
            tex: {
                extpfeil: {
                    ExtpfeilConfiguration: module1
                }
            }
        }
    } });
