"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("./lib/startup.js");
const global_js_1 = require("../../../js/components/global.js");
const dependencies_js_1 = require("../dependencies.js");
(0, global_js_1.combineDefaults)(MathJax.config.loader, 'dependencies', dependencies_js_1.dependencies);
(0, global_js_1.combineDefaults)(MathJax.config.loader, 'paths', dependencies_js_1.paths);
(0, global_js_1.combineDefaults)(MathJax.config.loader, 'provides', dependencies_js_1.provides);
(0, global_js_1.combineDefaults)(MathJax.config.loader, 'source', dependencies_js_1.compatibility);
