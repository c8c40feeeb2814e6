"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const global_js_1 = require("../../../../../js/components/global.js");
const version_js_1 = require("../../../../../js/components/version.js");
const module1 = require("../../../../../js/adaptors/liteAdaptor.js");
const module2 = require("../../../../../js/adaptors/lite/Document.js");
const module3 = require("../../../../../js/adaptors/lite/Element.js");
const module4 = require("../../../../../js/adaptors/lite/List.js");
const module5 = require("../../../../../js/adaptors/lite/Parser.js");
const module6 = require("../../../../../js/adaptors/lite/Text.js");
const module7 = require("../../../../../js/adaptors/lite/Window.js");
if (MathJax.loader) {
    MathJax.loader.checkVersion('adaptors/liteDOM', version_js_1.VERSION, 'adaptors');
}
(0, global_js_1.combineWithMathJax)({ _: {
        adaptors: {
            liteAdaptor: module1,
            lite: {
                Document: module2,
                Element: module3,
                List: module4,
                Parser: module5,
                Text: module6,
                Window: module7
            }
        }
    } });
