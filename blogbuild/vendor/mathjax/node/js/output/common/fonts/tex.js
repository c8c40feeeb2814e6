"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CommonTeXFontMixin = void 0;
function CommonTeXFontMixin(Base) {
    var _a;
    return _a = class extends Base {
            getDelimiterData(n) {
                return this.getChar('-smallop', n) || this.getChar('-size4', n);
            }
        },
        _a.NAME = 'TeX',
        _a.defaultVariants = [
            ...Base.defaultVariants,
            ['-smallop', 'normal'],
            ['-largeop', 'normal'],
            ['-size3', 'normal'],
            ['-size4', 'normal'],
            ['-tex-calligraphic', 'italic'],
            ['-tex-bold-calligraphic', 'bold-italic'],
            ['-tex-oldstyle', 'normal'],
            ['-tex-bold-oldstyle', 'bold'],
            ['-tex-mathit', 'italic'],
            ['-tex-variant', 'normal']
        ],
        _a.defaultCssFonts = {
            ...Base.defaultCssFonts,
            '-smallop': ['serif', false, false],
            '-largeop': ['serif', false, false],
            '-size3': ['serif', false, false],
            '-size4': ['serif', false, false],
            '-tex-calligraphic': ['cursive', true, false],
            '-tex-bold-calligraphic': ['cursive', true, true],
            '-tex-oldstyle': ['serif', false, false],
            '-tex-bold-oldstyle': ['serif', false, true],
            '-tex-mathit': ['serif', true, false]
        },
        _a.defaultSizeVariants = ['normal', '-smallop', '-largeop', '-size3', '-size4', '-tex-variant'],
        _a.defaultStretchVariants = ['-size4'],
        _a;
}
exports.CommonTeXFontMixin = CommonTeXFontMixin;
