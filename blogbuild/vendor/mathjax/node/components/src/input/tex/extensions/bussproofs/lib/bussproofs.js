"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../../../../js/components/global.js");
const version_js_1 = require("../../../../../../../js/components/version.js");
const module1 = require("../../../../../../../js/input/tex/bussproofs/BussproofsConfiguration.js");
const module2 = require("../../../../../../../js/input/tex/bussproofs/BussproofsItems.js");
const module3 = require("../../../../../../../js/input/tex/bussproofs/BussproofsMethods.js");
const module4 = require("../../../../../../../js/input/tex/bussproofs/BussproofsUtil.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('[tex]/bussproofs', version_js_1.VERSION, 'tex-extension');
}
(0, global_js_1.combineWithMathJax)({ _: {
        input: {
            tex: {
                bussproofs: {
                    BussproofsConfiguration: module1,
                    BussproofsItems: module2,
                    BussproofsMethods: module3,
                    BussproofsUtil: module4
                }
            }
        }
    } });
