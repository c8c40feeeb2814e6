"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../../js/components/global.js");
const version_js_1 = require("../../../../../js/components/version.js");
const module1 = require("../../../../../js/input/tex.js");
const module2 = require("../../../../../js/input/tex/Configuration.js");
const module3 = require("../../../../../js/input/tex/FilterUtil.js");
const module4 = require("../../../../../js/input/tex/FindTeX.js");
const module5 = require("../../../../../js/input/tex/MapHandler.js");
const module6 = require("../../../../../js/input/tex/NodeFactory.js");
const module7 = require("../../../../../js/input/tex/NodeUtil.js");
const module8 = require("../../../../../js/input/tex/ParseMethods.js");
const module9 = require("../../../../../js/input/tex/ParseOptions.js");
const module10 = require("../../../../../js/input/tex/ParseUtil.js");
const module11 = require("../../../../../js/input/tex/Stack.js");
const module12 = require("../../../../../js/input/tex/StackItem.js");
const module13 = require("../../../../../js/input/tex/StackItemFactory.js");
const module14 = require("../../../../../js/input/tex/Symbol.js");
const module15 = require("../../../../../js/input/tex/SymbolMap.js");
const module16 = require("../../../../../js/input/tex/Tags.js");
const module17 = require("../../../../../js/input/tex/TexConstants.js");
const module18 = require("../../../../../js/input/tex/TexError.js");
const module19 = require("../../../../../js/input/tex/TexParser.js");
const module20 = require("../../../../../js/input/tex/base/BaseConfiguration.js");
const module21 = require("../../../../../js/input/tex/base/BaseItems.js");
const module22 = require("../../../../../js/input/tex/base/BaseMethods.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('input/tex-base', version_js_1.VERSION, 'input');
}
(0, global_js_1.combineWithMathJax)({ _: {
        input: {
            tex_ts: module1,
            tex: {
                Configuration: module2,
                FilterUtil: module3,
                FindTeX: module4,
                MapHandler: module5,
                NodeFactory: module6,
                NodeUtil: module7,
                ParseMethods: module8,
                ParseOptions: module9,
                ParseUtil: module10,
                Stack: module11,
                StackItem: module12,
                StackItemFactory: module13,
                Symbol: module14,
                SymbolMap: module15,
                Tags: module16,
                TexConstants: module17,
                TexError: module18,
                TexParser: module19,
                base: {
                    BaseConfiguration: module20,
                    BaseItems: module21,
                    BaseMethods: module22
                }
            }
        }
    } });
