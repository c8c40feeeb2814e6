"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fraktur = void 0;
const FontData_js_1 = require("../../FontData.js");
const fraktur_js_1 = require("../../../common/fonts/tex/fraktur.js");
exports.fraktur = (0, FontData_js_1.AddCSS)(fraktur_js_1.fraktur, {
    0x2044: { c: '/' },
});
