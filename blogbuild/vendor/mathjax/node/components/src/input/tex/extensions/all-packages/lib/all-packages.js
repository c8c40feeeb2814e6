"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../../../../js/components/global.js");
const version_js_1 = require("../../../../../../../js/components/version.js");
const module1 = require("../../../../../../../js/input/tex/AllPackages.js");
const module2 = require("../../../../../../../js/input/tex/autoload/AutoloadConfiguration.js");
const module3 = require("../../../../../../../js/input/tex/require/RequireConfiguration.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('[tex]/all-packages', version_js_1.VERSION, 'tex-extension');
}
(0, global_js_1.combineWithMathJax)({ _: {
        input: {
            tex: {
                AllPackages: module1,
                autoload: {
                    AutoloadConfiguration: module2
                },
                require: {
                    RequireConfiguration: module3
                }
            }
        }
    } });
