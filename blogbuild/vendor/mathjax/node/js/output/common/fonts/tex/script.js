"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.script = void 0;
exports.script = {};
