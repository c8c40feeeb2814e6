"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../../../../js/components/global.js");
const version_js_1 = require("../../../../../../../js/components/version.js");
const module1 = require("../../../../../../../js/input/tex/physics/PhysicsConfiguration.js");
const module2 = require("../../../../../../../js/input/tex/physics/PhysicsItems.js");
const module3 = require("../../../../../../../js/input/tex/physics/PhysicsMethods.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('[tex]/physics', version_js_1.VERSION, 'tex-extension');
}
(0, global_js_1.combineWithMathJax)({ _: {
        input: {
            tex: {
                physics: {
                    PhysicsConfiguration: module1,
                    PhysicsItems: module2,
                    PhysicsMethods: module3
                }
            }
        }
    } });
