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
const module20 = require("../../../../../js/input/tex/ams/AmsConfiguration.js");
const module21 = require("../../../../../js/input/tex/ams/AmsItems.js");
const module22 = require("../../../../../js/input/tex/ams/AmsMethods.js");
const module23 = require("../../../../../js/input/tex/autoload/AutoloadConfiguration.js");
const module24 = require("../../../../../js/input/tex/base/BaseConfiguration.js");
const module25 = require("../../../../../js/input/tex/base/BaseItems.js");
const module26 = require("../../../../../js/input/tex/base/BaseMethods.js");
const module27 = require("../../../../../js/input/tex/configmacros/ConfigMacrosConfiguration.js");
const module28 = require("../../../../../js/input/tex/newcommand/NewcommandConfiguration.js");
const module29 = require("../../../../../js/input/tex/newcommand/NewcommandItems.js");
const module30 = require("../../../../../js/input/tex/newcommand/NewcommandMethods.js");
const module31 = require("../../../../../js/input/tex/newcommand/NewcommandUtil.js");
const module32 = require("../../../../../js/input/tex/noundefined/NoUndefinedConfiguration.js");
const module33 = require("../../../../../js/input/tex/require/RequireConfiguration.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('input/tex', version_js_1.VERSION, 'input');
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
                ams: {
                    AmsConfiguration: module20,
                    AmsItems: module21,
                    AmsMethods: module22
                },
                autoload: {
                    AutoloadConfiguration: module23
                },
                base: {
                    BaseConfiguration: module24,
                    BaseItems: module25,
                    BaseMethods: module26
                },
                configmacros: {
                    ConfigMacrosConfiguration: module27
                },
                newcommand: {
                    NewcommandConfiguration: module28,
                    NewcommandItems: module29,
                    NewcommandMethods: module30,
                    NewcommandUtil: module31
                },
                noundefined: {
                    NoUndefinedConfiguration: module32
                },
                require: {
                    RequireConfiguration: module33
                }
            }
        }
    } });
