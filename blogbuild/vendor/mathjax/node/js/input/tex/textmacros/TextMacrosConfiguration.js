"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.TextMacrosConfiguration = exports.TextBaseConfiguration = void 0;
const Configuration_js_1 = require("../Configuration.js");
const ParseOptions_js_1 = __importDefault(require("../ParseOptions.js"));
const Tags_js_1 = require("../Tags.js");
const BaseItems_js_1 = require("../base/BaseItems.js");
const TextParser_js_1 = require("./TextParser.js");
const TextMacrosMethods_js_1 = require("./TextMacrosMethods.js");
require("./TextMacrosMappings.js");
exports.TextBaseConfiguration = Configuration_js_1.Configuration.create('text-base', {
    parser: 'text',
    handler: {
        character: ['command', 'text-special'],
        macro: ['text-macros']
    },
    fallback: {
        character: (parser, c) => {
            parser.text += c;
        },
        macro: (parser, name) => {
            const texParser = parser.texParser;
            const macro = texParser.lookup('macro', name);
            if (macro && macro._func !== TextMacrosMethods_js_1.TextMacrosMethods.Macro) {
                parser.Error('MathMacro', '%1 is only supported in math mode', '\\' + name);
            }
            texParser.parse('macro', [parser, name]);
        }
    },
    items: {
        [BaseItems_js_1.StartItem.prototype.kind]: BaseItems_js_1.StartItem,
        [BaseItems_js_1.StopItem.prototype.kind]: BaseItems_js_1.StopItem,
        [BaseItems_js_1.MmlItem.prototype.kind]: BaseItems_js_1.MmlItem,
        [BaseItems_js_1.StyleItem.prototype.kind]: BaseItems_js_1.StyleItem
    }
});
function internalMath(parser, text, level, mathvariant) {
    const config = parser.configuration.packageData.get('textmacros');
    if (!(parser instanceof TextParser_js_1.TextParser)) {
        config.texParser = parser;
    }
    return [(new TextParser_js_1.TextParser(text, mathvariant ? { mathvariant } : {}, config.parseOptions, level)).mml()];
}
exports.TextMacrosConfiguration = Configuration_js_1.Configuration.create('textmacros', {
    config(_config, jax) {
        const textConf = new Configuration_js_1.ParserConfiguration(jax.parseOptions.options.textmacros.packages, ['tex', 'text']);
        textConf.init();
        const parseOptions = new ParseOptions_js_1.default(textConf, []);
        parseOptions.options = jax.parseOptions.options;
        textConf.config(jax);
        Tags_js_1.TagsFactory.addTags(textConf.tags);
        parseOptions.tags = Tags_js_1.TagsFactory.getDefault();
        parseOptions.tags.configuration = parseOptions;
        parseOptions.packageData = jax.parseOptions.packageData;
        parseOptions.packageData.set('textmacros', { parseOptions, jax, texParser: null });
        parseOptions.options.internalMath = internalMath;
    },
    preprocessors: [(data) => {
            const config = data.data.packageData.get('textmacros');
            config.parseOptions.nodeFactory.setMmlFactory(config.jax.mmlFactory);
        }],
    options: {
        textmacros: {
            packages: ['text-base']
        }
    }
});
