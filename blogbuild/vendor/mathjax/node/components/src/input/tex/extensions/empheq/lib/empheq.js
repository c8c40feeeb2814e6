"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../../../../js/components/global.js");
const version_js_1 = require("../../../../../../../js/components/version.js");
const module1 = require("../../../../../../../js/input/tex/empheq/EmpheqConfiguration.js");
const module2 = require("../../../../../../../js/input/tex/empheq/EmpheqUtil.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('[tex]/empheq', version_js_1.VERSION, 'tex-extension');
}
(0, global_js_1.combineWithMathJax)({ _: {
        input: {
            tex: {
                empheq: {
                    EmpheqConfiguration: module1,
                    EmpheqUtil: module2
                }
            }
        }
    } });
