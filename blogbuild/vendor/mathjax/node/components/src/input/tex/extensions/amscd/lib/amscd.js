"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../../../../js/components/global.js");
const version_js_1 = require("../../../../../../../js/components/version.js");
const module1 = require("../../../../../../../js/input/tex/amscd/AmsCdConfiguration.js");
const module2 = require("../../../../../../../js/input/tex/amscd/AmsCdMethods.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('[tex]/amscd', version_js_1.VERSION, 'tex-extension');
}
(0, global_js_1.combineWithMathJax)({ _: {
        input: {
            tex: {
                amscd: {
                    AmsCdConfiguration: module1,
                    AmsCdMethods: module2
                }
            }
        }
    } });
