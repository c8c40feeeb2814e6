"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("./lib/tex-base.js");
const register_js_1 = require("../tex/register.js");
(0, register_js_1.registerTeX)(['base']);
