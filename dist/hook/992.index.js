"use strict";
exports.id = 992;
exports.ids = [992];
exports.modules = {

/***/ 5992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2856);
/* harmony import */ var _team_pattern_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3145);


// Imported for its effect by every entry that lints a manifest (see team-pattern.ts for why it is separate).
(0,_team_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .installPatternEngine */ .W)((source) => re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.compile(source));


/***/ })

};
;