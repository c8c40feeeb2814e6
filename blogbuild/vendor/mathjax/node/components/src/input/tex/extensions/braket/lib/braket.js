"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../../../../js/components/global.js");
const version_js_1 = require("../../../../../../../js/components/version.js");
const module1 = require("../../../../../../../js/input/tex/braket/BraketConfiguration.js");
const module2 = require("../../../../../../../js/input/tex/braket/BraketItems.js");
const module3 = require("../../../../../../../js/input/tex/braket/BraketMethods.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('[tex]/braket', version_js_1.VERSION, 'tex-extension');
}
(0, global_js_1.combineWithMathJax)({ _: {
        input: {
            tex: {
                braket: {
                    BraketConfiguration: module1,
                    BraketItems: module2,
                    BraketMethods: module3
                }
            }
        }
    } });
