"use strict";
exports.id = 457;
exports.ids = [457];
exports.modules = {

/***/ 1457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkOffline: () => (/* binding */ checkOffline)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8129);
/* harmony import */ var _app_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2722);
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9351);
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7135);
/* harmony import */ var _core_manifest_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6205);
/* harmony import */ var _providers_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3156);
/* harmony import */ var _values_read_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1895);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8770);








/**
 * The checks that need no server, for runs that cannot log in (a fork PR has neither secrets nor an ID
 * token). Findings are annotated here, the only place they are reported on this path.
 */
async function checkOffline(manifest, redact) {
    const read = (0,_values_read_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readRepositoryFile */ .tz)(manifest, _core_manifest_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_MANIFEST_BYTES */ .ZJ);
    if ('problem' in read)
        throw new _app_types_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot read the manifest ${manifest}: it ${read.problem} (set input \`manifest\` to its path in the repository)`);
    const { diagnostics } = await (0,_core_check_js__WEBPACK_IMPORTED_MODULE_2__/* .checkManifest */ .K7)(read.text, manifest, _providers_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .PROVIDER_CATALOG */ .WQ);
    (0,_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .annotate */ .f)(diagnostics, redact);
    if ((0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_7__/* .hasErrors */ .Cs)(diagnostics)) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(redact(`${manifest} has ${diagnostics.filter((d) => d.severity === 'error').length} error(s), shown as annotations on the file.`));
        return false;
    }
    return true;
}


/***/ })

};
;