"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.doubleStruck = void 0;
exports.doubleStruck = {};
