"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../../../../js/components/global.js");
const version_js_1 = require("../../../../../../../js/components/version.js");
const module1 = require("../../../../../../../js/output/chtml/fonts/tex.js");
const module2 = require("../../../../../../../js/output/chtml/fonts/tex/bold-italic.js");
const module3 = require("../../../../../../../js/output/chtml/fonts/tex/bold.js");
const module4 = require("../../../../../../../js/output/chtml/fonts/tex/fraktur-bold.js");
const module5 = require("../../../../../../../js/output/chtml/fonts/tex/fraktur.js");
const module6 = require("../../../../../../../js/output/chtml/fonts/tex/italic.js");
const module7 = require("../../../../../../../js/output/chtml/fonts/tex/largeop.js");
const module8 = require("../../../../../../../js/output/chtml/fonts/tex/monospace.js");
const module9 = require("../../../../../../../js/output/chtml/fonts/tex/normal.js");
const module10 = require("../../../../../../../js/output/chtml/fonts/tex/sans-serif-bold-italic.js");
const module11 = require("../../../../../../../js/output/chtml/fonts/tex/sans-serif-bold.js");
const module12 = require("../../../../../../../js/output/chtml/fonts/tex/sans-serif-italic.js");
const module13 = require("../../../../../../../js/output/chtml/fonts/tex/sans-serif.js");
const module14 = require("../../../../../../../js/output/chtml/fonts/tex/smallop.js");
const module15 = require("../../../../../../../js/output/chtml/fonts/tex/tex-calligraphic-bold.js");
const module16 = require("../../../../../../../js/output/chtml/fonts/tex/tex-size3.js");
const module17 = require("../../../../../../../js/output/chtml/fonts/tex/tex-size4.js");
const module18 = require("../../../../../../../js/output/chtml/fonts/tex/tex-variant.js");
const module19 = require("../../../../../../../js/output/common/fonts/tex/bold-italic.js");
const module20 = require("../../../../../../../js/output/common/fonts/tex/bold.js");
const module21 = require("../../../../../../../js/output/common/fonts/tex/delimiters.js");
const module22 = require("../../../../../../../js/output/common/fonts/tex/double-struck.js");
const module23 = require("../../../../../../../js/output/common/fonts/tex/fraktur-bold.js");
const module24 = require("../../../../../../../js/output/common/fonts/tex/fraktur.js");
const module25 = require("../../../../../../../js/output/common/fonts/tex/italic.js");
const module26 = require("../../../../../../../js/output/common/fonts/tex/largeop.js");
const module27 = require("../../../../../../../js/output/common/fonts/tex/monospace.js");
const module28 = require("../../../../../../../js/output/common/fonts/tex/normal.js");
const module29 = require("../../../../../../../js/output/common/fonts/tex/sans-serif-bold-italic.js");
const module30 = require("../../../../../../../js/output/common/fonts/tex/sans-serif-bold.js");
const module31 = require("../../../../../../../js/output/common/fonts/tex/sans-serif-italic.js");
const module32 = require("../../../../../../../js/output/common/fonts/tex/sans-serif.js");
const module33 = require("../../../../../../../js/output/common/fonts/tex/script-bold.js");
const module34 = require("../../../../../../../js/output/common/fonts/tex/script.js");
const module35 = require("../../../../../../../js/output/common/fonts/tex/smallop.js");
const module36 = require("../../../../../../../js/output/common/fonts/tex/tex-calligraphic-bold.js");
const module37 = require("../../../../../../../js/output/common/fonts/tex/tex-calligraphic.js");
const module38 = require("../../../../../../../js/output/common/fonts/tex/tex-mathit.js");
const module39 = require("../../../../../../../js/output/common/fonts/tex/tex-oldstyle-bold.js");
const module40 = require("../../../../../../../js/output/common/fonts/tex/tex-oldstyle.js");
const module41 = require("../../../../../../../js/output/common/fonts/tex/tex-size3.js");
const module42 = require("../../../../../../../js/output/common/fonts/tex/tex-size4.js");
const module43 = require("../../../../../../../js/output/common/fonts/tex/tex-variant.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('output/chtml/fonts/tex', version_js_1.VERSION, 'chtml-font');
}
(0, global_js_1.combineWithMathJax)({ _: {
        output: {
            chtml: {
                fonts: {
                    tex_ts: module1,
                    tex: {
                        "bold-italic": module2,
                        bold: module3,
                        "fraktur-bold": module4,
                        fraktur: module5,
                        italic: module6,
                        largeop: module7,
                        monospace: module8,
                        normal: module9,
                        "sans-serif-bold-italic": module10,
                        "sans-serif-bold": module11,
                        "sans-serif-italic": module12,
                        "sans-serif": module13,
                        smallop: module14,
                        "tex-calligraphic-bold": module15,
                        "tex-size3": module16,
                        "tex-size4": module17,
                        "tex-variant": module18
                    }
                }
            },
            common: {
                fonts: {
                    tex: {
                        "bold-italic": module19,
                        bold: module20,
                        delimiters: module21,
                        "double-struck": module22,
                        "fraktur-bold": module23,
                        fraktur: module24,
                        italic: module25,
                        largeop: module26,
                        monospace: module27,
                        normal: module28,
                        "sans-serif-bold-italic": module29,
                        "sans-serif-bold": module30,
                        "sans-serif-italic": module31,
                        "sans-serif": module32,
                        "script-bold": module33,
                        script: module34,
                        smallop: module35,
                        "tex-calligraphic-bold": module36,
                        "tex-calligraphic": module37,
                        "tex-mathit": module38,
                        "tex-oldstyle-bold": module39,
                        "tex-oldstyle": module40,
                        "tex-size3": module41,
                        "tex-size4": module42,
                        "tex-variant": module43
                    }
                }
            }
        }
    } });
