"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../../../../js/components/global.js");
const version_js_1 = require("../../../../../../../js/components/version.js");
const module1 = require("../../../../../../../js/input/tex/color/ColorConfiguration.js");
const module2 = require("../../../../../../../js/input/tex/color/ColorConstants.js");
const module3 = require("../../../../../../../js/input/tex/color/ColorMethods.js");
const module4 = require("../../../../../../../js/input/tex/color/ColorUtil.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('[tex]/color', version_js_1.VERSION, 'tex-extension');
}
(0, global_js_1.combineWithMathJax)({ _: {
        input: {
            tex: {
                color: {
                    ColorConfiguration: module1,
                    ColorConstants: module2,
                    ColorMethods: module3,
                    ColorUtil: module4
                }
            }
        }
    } });
