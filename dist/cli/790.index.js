export const id = 790;
export const ids = [790,992];
export const modules = {

/***/ 3790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkManifestWithYaml: () => (/* binding */ checkManifestWithYaml)
/* harmony export */ });
/* unused harmony export lintText */
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _manifest_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6035);
/* harmony import */ var _rules_linear_pattern_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5992);



/**
 * `checkManifest`'s full path, by `yaml` and zod (with parseManifest's own fast path first): parse,
 * schema and semantic errors, then the rules on every item that parsed, plus waivers that name no rule.
 */
function checkManifestWithYaml(text, file, catalog, parse = _manifest_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .N) {
    const result = parse(text, file, catalog);
    const diagnostics = (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .lintParsed */ .zr)(result.diagnostics, result.parsed ?? result.partial, text, file, catalog);
    return { ...(result.parsed ? { parsed: result.parsed } : {}), diagnostics };
}
/** Everything `lint` reports for one manifest, in file order (synchronous; tests and the agreement checks). */
function lintText(text, file, catalog, parse = parseManifest) {
    return checkManifestWithYaml(text, file, catalog, parse).diagnostics;
}


/***/ }),

/***/ 5992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2856);
/* harmony import */ var _team_pattern_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3145);


// Imported for its effect by every entry that lints a manifest (see team-pattern.ts for why it is separate).
(0,_team_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .installPatternEngine */ .W)((source) => re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.compile(source));


/***/ })

};
