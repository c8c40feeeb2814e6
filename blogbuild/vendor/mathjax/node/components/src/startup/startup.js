"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("./init.js");
const loader_js_1 = require("../../../js/components/loader.js");
loader_js_1.Loader.preLoad('loader');
loader_js_1.Loader.load(...loader_js_1.CONFIG.load)
    .then(() => loader_js_1.CONFIG.ready())
    .catch(error => loader_js_1.CONFIG.failed(error));
