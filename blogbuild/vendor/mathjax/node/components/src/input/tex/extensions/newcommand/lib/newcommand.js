"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../../../../js/components/global.js");
const version_js_1 = require("../../../../../../../js/components/version.js");
const module1 = require("../../../../../../../js/input/tex/newcommand/NewcommandConfiguration.js");
const module2 = require("../../../../../../../js/input/tex/newcommand/NewcommandItems.js");
const module3 = require("../../../../../../../js/input/tex/newcommand/NewcommandMethods.js");
const module4 = require("../../../../../../../js/input/tex/newcommand/NewcommandUtil.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('[tex]/newcommand', version_js_1.VERSION, 'tex-extension');
}
(0, global_js_1.combineWithMathJax)({ _: {
        input: {
            tex: {
                newcommand: {
                    NewcommandConfiguration: module1,
                    NewcommandItems: module2,
                    NewcommandMethods: module3,
                    NewcommandUtil: module4
                }
            }
        }
    } });
