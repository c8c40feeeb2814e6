"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../../js/components/global.js");
const version_js_1 = require("../../../../../js/components/version.js");
const module1 = require("../../../../../js/ui/safe/SafeHandler.js");
const module2 = require("../../../../../js/ui/safe/SafeMethods.js");
const module3 = require("../../../../../js/ui/safe/safe.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('ui/safe', version_js_1.VERSION, 'ui');
}
(0, global_js_1.combineWithMathJax)({ _: {
        ui: {
            safe: {
                SafeHandler: module1,
                SafeMethods: module2,
                safe: module3
            }
        }
    } });
