"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CommonMiMixin = void 0;
function CommonMiMixin(Base) {
    return class extends Base {
        computeBBox(bbox, _recompute = false) {
            super.computeBBox(bbox);
            this.copySkewIC(bbox);
        }
    };
}
exports.CommonMiMixin = CommonMiMixin;
