"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../../../../js/components/global.js");
const version_js_1 = require("../../../../../../../js/components/version.js");
const module1 = require("../../../../../../../js/input/tex/boldsymbol/BoldsymbolConfiguration.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('[tex]/boldsymbol', version_js_1.VERSION, 'tex-extension');
}
(0, global_js_1.combineWithMathJax)({ _: {
        input: {
            tex: {
                boldsymbol: {
                    BoldsymbolConfiguration: module1
                }
            }
        }
    } });
