"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../js/components/global.js");
const version_js_1 = require("../../../../js/components/version.js");
const module1 = require("../../../../js/adaptors/HTMLAdaptor.js");
const module2 = require("../../../../js/adaptors/browserAdaptor.js");
const module3 = require("../../../../js/components/global.js");
const module4 = require("../../../../js/core/DOMAdaptor.js");
const module5 = require("../../../../js/core/FindMath.js");
const module6 = require("../../../../js/core/Handler.js");
const module7 = require("../../../../js/core/HandlerList.js");
const module8 = require("../../../../js/core/InputJax.js");
const module9 = require("../../../../js/core/MathDocument.js");
const module10 = require("../../../../js/core/MathItem.js");
const module11 = require("../../../../js/core/MathList.js");
const module12 = require("../../../../js/core/MmlTree/Attributes.js");
const module13 = require("../../../../js/core/MmlTree/MML.js");
const module14 = require("../../../../js/core/MmlTree/MathMLVisitor.js");
const module15 = require("../../../../js/core/MmlTree/MmlFactory.js");
const module16 = require("../../../../js/core/MmlTree/MmlNode.js");
const module17 = require("../../../../js/core/MmlTree/MmlNodes/TeXAtom.js");
const module18 = require("../../../../js/core/MmlTree/MmlNodes/maction.js");
const module19 = require("../../../../js/core/MmlTree/MmlNodes/maligngroup.js");
const module20 = require("../../../../js/core/MmlTree/MmlNodes/malignmark.js");
const module21 = require("../../../../js/core/MmlTree/MmlNodes/math.js");
const module22 = require("../../../../js/core/MmlTree/MmlNodes/mathchoice.js");
const module23 = require("../../../../js/core/MmlTree/MmlNodes/menclose.js");
const module24 = require("../../../../js/core/MmlTree/MmlNodes/merror.js");
const module25 = require("../../../../js/core/MmlTree/MmlNodes/mfenced.js");
const module26 = require("../../../../js/core/MmlTree/MmlNodes/mfrac.js");
const module27 = require("../../../../js/core/MmlTree/MmlNodes/mglyph.js");
const module28 = require("../../../../js/core/MmlTree/MmlNodes/mi.js");
const module29 = require("../../../../js/core/MmlTree/MmlNodes/mmultiscripts.js");
const module30 = require("../../../../js/core/MmlTree/MmlNodes/mn.js");
const module31 = require("../../../../js/core/MmlTree/MmlNodes/mo.js");
const module32 = require("../../../../js/core/MmlTree/MmlNodes/mpadded.js");
const module33 = require("../../../../js/core/MmlTree/MmlNodes/mphantom.js");
const module34 = require("../../../../js/core/MmlTree/MmlNodes/mroot.js");
const module35 = require("../../../../js/core/MmlTree/MmlNodes/mrow.js");
const module36 = require("../../../../js/core/MmlTree/MmlNodes/ms.js");
const module37 = require("../../../../js/core/MmlTree/MmlNodes/mspace.js");
const module38 = require("../../../../js/core/MmlTree/MmlNodes/msqrt.js");
const module39 = require("../../../../js/core/MmlTree/MmlNodes/mstyle.js");
const module40 = require("../../../../js/core/MmlTree/MmlNodes/msubsup.js");
const module41 = require("../../../../js/core/MmlTree/MmlNodes/mtable.js");
const module42 = require("../../../../js/core/MmlTree/MmlNodes/mtd.js");
const module43 = require("../../../../js/core/MmlTree/MmlNodes/mtext.js");
const module44 = require("../../../../js/core/MmlTree/MmlNodes/mtr.js");
const module45 = require("../../../../js/core/MmlTree/MmlNodes/munderover.js");
const module46 = require("../../../../js/core/MmlTree/MmlNodes/semantics.js");
const module47 = require("../../../../js/core/MmlTree/MmlVisitor.js");
const module48 = require("../../../../js/core/MmlTree/OperatorDictionary.js");
const module49 = require("../../../../js/core/MmlTree/SerializedMmlVisitor.js");
const module50 = require("../../../../js/core/OutputJax.js");
const module51 = require("../../../../js/core/Tree/Factory.js");
const module52 = require("../../../../js/core/Tree/Node.js");
const module53 = require("../../../../js/core/Tree/NodeFactory.js");
const module54 = require("../../../../js/core/Tree/Visitor.js");
const module55 = require("../../../../js/core/Tree/Wrapper.js");
const module56 = require("../../../../js/core/Tree/WrapperFactory.js");
const module57 = require("../../../../js/handlers/html.js");
const module58 = require("../../../../js/handlers/html/HTMLDocument.js");
const module59 = require("../../../../js/handlers/html/HTMLDomStrings.js");
const module60 = require("../../../../js/handlers/html/HTMLHandler.js");
const module61 = require("../../../../js/handlers/html/HTMLMathItem.js");
const module62 = require("../../../../js/handlers/html/HTMLMathList.js");
const module63 = require("../../../../js/mathjax.js");
const module64 = require("../../../../js/util/AsyncLoad.js");
const module65 = require("../../../../js/util/BBox.js");
const module66 = require("../../../../js/util/BitField.js");
const module67 = require("../../../../js/util/Entities.js");
const module68 = require("../../../../js/util/FunctionList.js");
const module69 = require("../../../../js/util/LinkedList.js");
const module70 = require("../../../../js/util/Options.js");
const module71 = require("../../../../js/util/PrioritizedList.js");
const module72 = require("../../../../js/util/Retries.js");
const module73 = require("../../../../js/util/StyleList.js");
const module74 = require("../../../../js/util/Styles.js");
const module75 = require("../../../../js/util/lengths.js");
const module76 = require("../../../../js/util/numeric.js");
const module77 = require("../../../../js/util/string.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('core', version_js_1.VERSION, 'core');
}
(0, global_js_1.combineWithMathJax)({ _: {
        adaptors: {
            HTMLAdaptor: module1,
            browserAdaptor: module2
        },
        components: {
            global: module3
        },
        core: {
            DOMAdaptor: module4,
            FindMath: module5,
            Handler: module6,
            HandlerList: module7,
            InputJax: module8,
            MathDocument: module9,
            MathItem: module10,
            MathList: module11,
            MmlTree: {
                Attributes: module12,
                MML: module13,
                MathMLVisitor: module14,
                MmlFactory: module15,
                MmlNode: module16,
                MmlNodes: {
                    TeXAtom: module17,
                    maction: module18,
                    maligngroup: module19,
                    malignmark: module20,
                    math: module21,
                    mathchoice: module22,
                    menclose: module23,
                    merror: module24,
                    mfenced: module25,
                    mfrac: module26,
                    mglyph: module27,
                    mi: module28,
                    mmultiscripts: module29,
                    mn: module30,
                    mo: module31,
                    mpadded: module32,
                    mphantom: module33,
                    mroot: module34,
                    mrow: module35,
                    ms: module36,
                    mspace: module37,
                    msqrt: module38,
                    mstyle: module39,
                    msubsup: module40,
                    mtable: module41,
                    mtd: module42,
                    mtext: module43,
                    mtr: module44,
                    munderover: module45,
                    semantics: module46
                },
                MmlVisitor: module47,
                OperatorDictionary: module48,
                SerializedMmlVisitor: module49
            },
            OutputJax: module50,
            Tree: {
                Factory: module51,
                Node: module52,
                NodeFactory: module53,
                Visitor: module54,
                Wrapper: module55,
                WrapperFactory: module56
            }
        },
        handlers: {
            html_ts: module57,
            html: {
                HTMLDocument: module58,
                HTMLDomStrings: module59,
                HTMLHandler: module60,
                HTMLMathItem: module61,
                HTMLMathList: module62
            }
        },
        mathjax: module63,
        util: {
            AsyncLoad: module64,
            BBox: module65,
            BitField: module66,
            Entities: module67,
            FunctionList: module68,
            LinkedList: module69,
            Options: module70,
            PrioritizedList: module71,
            Retries: module72,
            StyleList: module73,
            Styles: module74,
            lengths: module75,
            numeric: module76,
            string: module77
        }
    } });
