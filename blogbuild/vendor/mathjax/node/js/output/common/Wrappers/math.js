"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CommonMathMixin = void 0;
function CommonMathMixin(Base) {
    return class extends Base {
        getWrapWidth(_i) {
            return (this.parent ? this.getBBox().w : this.metrics.containerWidth / this.jax.pxPerEm);
        }
    };
}
exports.CommonMathMixin = CommonMathMixin;
