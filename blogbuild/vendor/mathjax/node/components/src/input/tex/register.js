"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerTeX = void 0;
const Options_js_1 = require("../../../../js/util/Options.js");
function registerTeX(packageList = [], tex = true) {
    if (MathJax.startup) {
        if (tex) {
            MathJax.startup.registerConstructor('tex', MathJax._.input.tex_ts.TeX);
            MathJax.startup.useInput('tex');
        }
        if (!MathJax.config.tex) {
            MathJax.config.tex = {};
        }
        let packages = MathJax.config.tex.packages;
        MathJax.config.tex.packages = packageList;
        if (packages) {
            (0, Options_js_1.insert)(MathJax.config.tex, { packages });
        }
    }
}
exports.registerTeX = registerTeX;
