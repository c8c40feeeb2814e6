"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../../../../js/components/global.js");
const version_js_1 = require("../../../../../../../js/components/version.js");
const module1 = require("../../../../../../../js/input/tex/ams/AmsConfiguration.js");
const module2 = require("../../../../../../../js/input/tex/ams/AmsItems.js");
const module3 = require("../../../../../../../js/input/tex/ams/AmsMethods.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('[tex]/ams', version_js_1.VERSION, 'tex-extension');
}
(0, global_js_1.combineWithMathJax)({ _: {
        input: {
            tex: {
                ams: {
                    AmsConfiguration: module1,
                    AmsItems: module2,
                    AmsMethods: module3
                }
            }
        }
    } });
