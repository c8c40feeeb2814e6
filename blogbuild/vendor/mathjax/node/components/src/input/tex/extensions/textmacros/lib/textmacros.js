"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../../../../js/components/global.js");
const version_js_1 = require("../../../../../../../js/components/version.js");
const module1 = require("../../../../../../../js/input/tex/textmacros/TextMacrosConfiguration.js");
const module2 = require("../../../../../../../js/input/tex/textmacros/TextMacrosMethods.js");
const module3 = require("../../../../../../../js/input/tex/textmacros/TextParser.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('[tex]/textmacros', version_js_1.VERSION, 'tex-extension');
}
(0, global_js_1.combineWithMathJax)({ _: {
        input: {
            tex: {
                textmacros: {
                    TextMacrosConfiguration: module1,
                    TextMacrosMethods: module2,
                    TextParser: module3
                }
            }
        }
    } });
