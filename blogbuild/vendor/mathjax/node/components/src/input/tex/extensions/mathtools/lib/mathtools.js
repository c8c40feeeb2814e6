"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../../../../js/components/global.js");
const version_js_1 = require("../../../../../../../js/components/version.js");
const module1 = require("../../../../../../../js/input/tex/mathtools/MathtoolsConfiguration.js");
const module2 = require("../../../../../../../js/input/tex/mathtools/MathtoolsItems.js");
const module3 = require("../../../../../../../js/input/tex/mathtools/MathtoolsMethods.js");
const module4 = require("../../../../../../../js/input/tex/mathtools/MathtoolsTags.js");
const module5 = require("../../../../../../../js/input/tex/mathtools/MathtoolsUtil.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('[tex]/mathtools', version_js_1.VERSION, 'tex-extension');
}
(0, global_js_1.combineWithMathJax)({ _: {
        input: {
            tex: {
                mathtools: {
                    MathtoolsConfiguration: module1,
                    MathtoolsItems: module2,
                    MathtoolsMethods: module3,
                    MathtoolsTags: module4,
                    MathtoolsUtil: module5
                }
            }
        }
    } });
