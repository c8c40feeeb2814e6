"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("./lib/tex.js");
const register_js_1 = require("./register.js");
const loader_js_1 = require("../../../../js/components/loader.js");
loader_js_1.Loader.preLoad('input/tex-base', '[tex]/ams', '[tex]/newcommand', '[tex]/noundefined', '[tex]/require', '[tex]/autoload', '[tex]/configmacros');
(0, register_js_1.registerTeX)([
    'base',
    'ams',
    'newcommand',
    'noundefined',
    'require',
    'autoload',
    'configmacros'
]);
