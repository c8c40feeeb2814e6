"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MmlMtable = void 0;
const MmlNode_js_1 = require("../MmlNode.js");
const string_js_1 = require("../../../util/string.js");
class MmlMtable extends MmlNode_js_1.AbstractMmlNode {
    constructor() {
        super(...arguments);
        this.properties = {
            useHeight: true
        };
        this.texclass = MmlNode_js_1.TEXCLASS.ORD;
    }
    get kind() {
        return 'mtable';
    }
    get linebreakContainer() {
        return true;
    }
    setInheritedAttributes(attributes, display, level, prime) {
        for (const name of MmlNode_js_1.indentAttributes) {
            if (attributes[name]) {
                this.attributes.setInherited(name, attributes[name][1]);
            }
            if (this.attributes.getExplicit(name) !== undefined) {
                delete (this.attributes.getAllAttributes())[name];
            }
        }
        super.setInheritedAttributes(attributes, display, level, prime);
    }
    setChildInheritedAttributes(attributes, display, level, _prime) {
        for (const child of this.childNodes) {
            if (!child.isKind('mtr')) {
                this.replaceChild(this.factory.create('mtr'), child)
                    .appendChild(child);
            }
        }
        level = this.getProperty('scriptlevel') || level;
        display = !!(this.attributes.getExplicit('displaystyle') || this.attributes.getDefault('displaystyle'));
        attributes = this.addInheritedAttributes(attributes, {
            columnalign: this.attributes.get('columnalign'),
            rowalign: 'center'
        });
        const cramped = this.attributes.getExplicit('data-cramped');
        const ralign = (0, string_js_1.split)(this.attributes.get('rowalign'));
        for (const child of this.childNodes) {
            attributes.rowalign[1] = ralign.shift() || attributes.rowalign[1];
            child.setInheritedAttributes(attributes, display, level, !!cramped);
        }
    }
    verifyChildren(options) {
        let mtr = null;
        const factory = this.factory;
        for (let i = 0; i < this.childNodes.length; i++) {
            const child = this.childNodes[i];
            if (child.isKind('mtr')) {
                mtr = null;
            }
            else {
                const isMtd = child.isKind('mtd');
                if (mtr) {
                    this.removeChild(child);
                    i--;
                }
                else {
                    mtr = this.replaceChild(factory.create('mtr'), child);
                }
                mtr.appendChild(isMtd ? child : factory.create('mtd', {}, [child]));
                if (!options['fixMtables']) {
                    child.parent.removeChild(child);
                    child.parent = this;
                    isMtd && mtr.appendChild(factory.create('mtd'));
                    const merror = child.mError('Children of ' + this.kind + ' must be mtr or mlabeledtr', options, isMtd);
                    mtr.childNodes[mtr.childNodes.length - 1].appendChild(merror);
                }
            }
        }
        super.verifyChildren(options);
    }
    setTeXclass(prev) {
        this.getPrevClass(prev);
        for (const child of this.childNodes) {
            child.setTeXclass(null);
        }
        return this;
    }
}
exports.MmlMtable = MmlMtable;
MmlMtable.defaults = {
    ...MmlNode_js_1.AbstractMmlNode.defaults,
    align: 'axis',
    rowalign: 'baseline',
    columnalign: 'center',
    groupalign: '{left}',
    alignmentscope: true,
    columnwidth: 'auto',
    width: 'auto',
    rowspacing: '1ex',
    columnspacing: '.8em',
    rowlines: 'none',
    columnlines: 'none',
    frame: 'none',
    framespacing: '0.4em 0.5ex',
    equalrows: false,
    equalcolumns: false,
    displaystyle: false,
    side: 'right',
    minlabelspacing: '0.8em'
};
