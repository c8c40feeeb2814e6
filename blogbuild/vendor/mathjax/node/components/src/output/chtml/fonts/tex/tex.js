"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("./lib/tex.js");
const global_js_1 = require("../../../../../../js/components/global.js");
const package_js_1 = require("../../../../../../js/components/package.js");
const Options_js_1 = require("../../../../../../js/util/Options.js");
const tex_js_1 = require("../../../../../../js/output/chtml/fonts/tex.js");
if (MathJax.startup) {
    (0, global_js_1.combineDefaults)(MathJax.config, 'chtml', {
        fontURL: package_js_1.Package.resolvePath('output/chtml/fonts/woff-v2', false)
    });
    const options = (0, Options_js_1.selectOptionsFromKeys)(MathJax.config.chtml || {}, tex_js_1.TeXFont.OPTIONS);
    (0, global_js_1.combineDefaults)(MathJax.config, 'chtml', { font: new tex_js_1.TeXFont(options) });
}
