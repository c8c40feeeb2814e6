"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PhysicsConfiguration = void 0;
const Configuration_js_1 = require("../Configuration.js");
const PhysicsItems_js_1 = require("./PhysicsItems.js");
require("./PhysicsMappings.js");
exports.PhysicsConfiguration = Configuration_js_1.Configuration.create('physics', {
    handler: {
        macro: [
            'Physics-automatic-bracing-macros',
            'Physics-vector-macros',
            'Physics-vector-mo',
            'Physics-vector-mi',
            'Physics-derivative-macros',
            'Physics-expressions-macros',
            'Physics-quick-quad-macros',
            'Physics-bra-ket-macros',
            'Physics-matrix-macros'
        ],
        character: ['Physics-characters'],
        environment: ['Physics-aux-envs']
    },
    items: {
        [PhysicsItems_js_1.AutoOpen.prototype.kind]: PhysicsItems_js_1.AutoOpen
    },
    options: {
        physics: {
            italicdiff: false,
            arrowdel: false
        }
    }
});
