"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("./lib/all-packages.js");
const AllPackages_js_1 = require("../../../../../../js/input/tex/AllPackages.js");
require("../../../../../../js/input/tex/autoload/AutoloadConfiguration.js");
require("../../../../../../js/input/tex/require/RequireConfiguration.js");
const register_js_1 = require("../../register.js");
if (MathJax.loader) {
    MathJax.loader.preLoad('[tex]/autoload', '[tex]/require');
}
(0, register_js_1.registerTeX)(['require', ...AllPackages_js_1.AllPackages], false);
