"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../../js/components/global.js");
const version_js_1 = require("../../../../../js/components/version.js");
const module1 = require("../../../../../js/output/chtml.js");
const module2 = require("../../../../../js/output/chtml/FontData.js");
const module3 = require("../../../../../js/output/chtml/Notation.js");
const module4 = require("../../../../../js/output/chtml/Usage.js");
const module5 = require("../../../../../js/output/chtml/Wrapper.js");
const module6 = require("../../../../../js/output/chtml/WrapperFactory.js");
const module7 = require("../../../../../js/output/chtml/Wrappers.js");
const module8 = require("../../../../../js/output/chtml/Wrappers/TeXAtom.js");
const module9 = require("../../../../../js/output/chtml/Wrappers/TextNode.js");
const module10 = require("../../../../../js/output/chtml/Wrappers/maction.js");
const module11 = require("../../../../../js/output/chtml/Wrappers/math.js");
const module12 = require("../../../../../js/output/chtml/Wrappers/menclose.js");
const module13 = require("../../../../../js/output/chtml/Wrappers/mfenced.js");
const module14 = require("../../../../../js/output/chtml/Wrappers/mfrac.js");
const module15 = require("../../../../../js/output/chtml/Wrappers/mglyph.js");
const module16 = require("../../../../../js/output/chtml/Wrappers/mi.js");
const module17 = require("../../../../../js/output/chtml/Wrappers/mmultiscripts.js");
const module18 = require("../../../../../js/output/chtml/Wrappers/mn.js");
const module19 = require("../../../../../js/output/chtml/Wrappers/mo.js");
const module20 = require("../../../../../js/output/chtml/Wrappers/mpadded.js");
const module21 = require("../../../../../js/output/chtml/Wrappers/mroot.js");
const module22 = require("../../../../../js/output/chtml/Wrappers/mrow.js");
const module23 = require("../../../../../js/output/chtml/Wrappers/ms.js");
const module24 = require("../../../../../js/output/chtml/Wrappers/mspace.js");
const module25 = require("../../../../../js/output/chtml/Wrappers/msqrt.js");
const module26 = require("../../../../../js/output/chtml/Wrappers/msubsup.js");
const module27 = require("../../../../../js/output/chtml/Wrappers/mtable.js");
const module28 = require("../../../../../js/output/chtml/Wrappers/mtd.js");
const module29 = require("../../../../../js/output/chtml/Wrappers/mtext.js");
const module30 = require("../../../../../js/output/chtml/Wrappers/mtr.js");
const module31 = require("../../../../../js/output/chtml/Wrappers/munderover.js");
const module32 = require("../../../../../js/output/chtml/Wrappers/scriptbase.js");
const module33 = require("../../../../../js/output/chtml/Wrappers/semantics.js");
const module34 = require("../../../../../js/output/common/FontData.js");
const module35 = require("../../../../../js/output/common/Notation.js");
const module36 = require("../../../../../js/output/common/OutputJax.js");
const module37 = require("../../../../../js/output/common/Wrapper.js");
const module38 = require("../../../../../js/output/common/WrapperFactory.js");
const module39 = require("../../../../../js/output/common/Wrappers/TeXAtom.js");
const module40 = require("../../../../../js/output/common/Wrappers/TextNode.js");
const module41 = require("../../../../../js/output/common/Wrappers/maction.js");
const module42 = require("../../../../../js/output/common/Wrappers/math.js");
const module43 = require("../../../../../js/output/common/Wrappers/menclose.js");
const module44 = require("../../../../../js/output/common/Wrappers/mfenced.js");
const module45 = require("../../../../../js/output/common/Wrappers/mfrac.js");
const module46 = require("../../../../../js/output/common/Wrappers/mglyph.js");
const module47 = require("../../../../../js/output/common/Wrappers/mi.js");
const module48 = require("../../../../../js/output/common/Wrappers/mmultiscripts.js");
const module49 = require("../../../../../js/output/common/Wrappers/mn.js");
const module50 = require("../../../../../js/output/common/Wrappers/mo.js");
const module51 = require("../../../../../js/output/common/Wrappers/mpadded.js");
const module52 = require("../../../../../js/output/common/Wrappers/mroot.js");
const module53 = require("../../../../../js/output/common/Wrappers/mrow.js");
const module54 = require("../../../../../js/output/common/Wrappers/ms.js");
const module55 = require("../../../../../js/output/common/Wrappers/mspace.js");
const module56 = require("../../../../../js/output/common/Wrappers/msqrt.js");
const module57 = require("../../../../../js/output/common/Wrappers/msubsup.js");
const module58 = require("../../../../../js/output/common/Wrappers/mtable.js");
const module59 = require("../../../../../js/output/common/Wrappers/mtd.js");
const module60 = require("../../../../../js/output/common/Wrappers/mtext.js");
const module61 = require("../../../../../js/output/common/Wrappers/mtr.js");
const module62 = require("../../../../../js/output/common/Wrappers/munderover.js");
const module63 = require("../../../../../js/output/common/Wrappers/scriptbase.js");
const module64 = require("../../../../../js/output/common/Wrappers/semantics.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('output/chtml', version_js_1.VERSION, 'output');
}
(0, global_js_1.combineWithMathJax)({ _: {
        output: {
            chtml_ts: module1,
            chtml: {
                FontData: module2,
                Notation: module3,
                Usage: module4,
                Wrapper: module5,
                WrapperFactory: module6,
                Wrappers_ts: module7,
                Wrappers: {
                    TeXAtom: module8,
                    TextNode: module9,
                    maction: module10,
                    math: module11,
                    menclose: module12,
                    mfenced: module13,
                    mfrac: module14,
                    mglyph: module15,
                    mi: module16,
                    mmultiscripts: module17,
                    mn: module18,
                    mo: module19,
                    mpadded: module20,
                    mroot: module21,
                    mrow: module22,
                    ms: module23,
                    mspace: module24,
                    msqrt: module25,
                    msubsup: module26,
                    mtable: module27,
                    mtd: module28,
                    mtext: module29,
                    mtr: module30,
                    munderover: module31,
                    scriptbase: module32,
                    semantics: module33
                }
            },
            common: {
                FontData: module34,
                Notation: module35,
                OutputJax: module36,
                Wrapper: module37,
                WrapperFactory: module38,
                Wrappers: {
                    TeXAtom: module39,
                    TextNode: module40,
                    maction: module41,
                    math: module42,
                    menclose: module43,
                    mfenced: module44,
                    mfrac: module45,
                    mglyph: module46,
                    mi: module47,
                    mmultiscripts: module48,
                    mn: module49,
                    mo: module50,
                    mpadded: module51,
                    mroot: module52,
                    mrow: module53,
                    ms: module54,
                    mspace: module55,
                    msqrt: module56,
                    msubsup: module57,
                    mtable: module58,
                    mtd: module59,
                    mtext: module60,
                    mtr: module61,
                    munderover: module62,
                    scriptbase: module63,
                    semantics: module64
                }
            }
        }
    } });
