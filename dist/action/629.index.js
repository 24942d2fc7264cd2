export const id = 629;
export const ids = [629,992];
export const modules = {

/***/ 9629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkOffline: () => (/* binding */ checkOffline)
});

// EXTERNAL MODULE: ./.cache/build/actions-core/lib/core.js + 7 modules
var core = __webpack_require__(8129);
// EXTERNAL MODULE: ./src/app/types.ts
var types = __webpack_require__(2722);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var core_diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/manifest/parse.ts + 23 modules
var manifest_parse = __webpack_require__(2358);
// EXTERNAL MODULE: ./src/core/rules/index.ts + 7 modules
var rules = __webpack_require__(5563);
// EXTERNAL MODULE: ./src/core/rules/linear-pattern-engine.ts
var linear_pattern_engine = __webpack_require__(5992);
// EXTERNAL MODULE: ./src/core/rules/waivers.ts + 1 modules
var waivers = __webpack_require__(2461);
;// CONCATENATED MODULE: ./src/core/lint.ts





/**
 * Everything `lint` reports for one manifest, in file order: parse, schema and semantic errors, then
 * (on every item that parsed) the naming and plaintext-secret rules, plus waivers that name no rule.
 * Offline and pure: the CLI, the action's annotations and the pre-commit hook all call this.
 */
function lintText(text, file, parse = manifest_parse/* parseManifest */.N) {
    const result = parse(text, file);
    const out = [...result.diagnostics];
    const checked = result.parsed ?? result.partial;
    if (checked)
        out.push(...(0,rules/* lintManifest */.XR)(checked));
    out.push(...(0,waivers/* checkWaiverIds */.DI)(text, file, rules/* MANIFEST_IDS */.nt));
    return (0,core_diagnostics/* sortDiagnostics */.Ds)(out);
}

// EXTERNAL MODULE: ./src/core/manifest/vocabulary.ts
var vocabulary = __webpack_require__(6205);
// EXTERNAL MODULE: ./src/values/read-file.ts
var read_file = __webpack_require__(1895);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
;// CONCATENATED MODULE: ./src/action/offline.ts







/**
 * The checks that need no server, for runs that cannot log in (a fork PR has neither secrets nor an ID
 * token). Findings are annotated here, the only place they are reported on this path.
 */
function checkOffline(manifest, redact) {
    const read = (0,read_file/* readRepositoryFile */.tz)(manifest, vocabulary/* MAX_MANIFEST_BYTES */.ZJ);
    if ('problem' in read)
        throw new types/* UserError */.y(`cannot read the manifest ${manifest}: it ${read.problem} (set input \`manifest\` to its path in the repository)`);
    const diagnostics = lintText(read.text, manifest);
    (0,summary/* annotate */.f)(diagnostics, redact);
    if ((0,core_diagnostics/* hasErrors */.Cs)(diagnostics)) {
        core/* setFailed */.C1(redact(`${manifest} has ${diagnostics.filter((d) => d.severity === 'error').length} error(s), shown as annotations on the file.`));
        return false;
    }
    return true;
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
