"use strict";
exports.id = 462;
exports.ids = [462];
exports.modules = {

/***/ 462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oidcCredentials: () => (/* binding */ oidcCredentials)
/* harmony export */ });
/* harmony import */ var _util_workflow_expression_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7498);

/** OIDC credentials: a GitHub ID token for the machine identity, or why the job cannot get one. */
async function oidcCredentials(read, runtime) {
    const identityId = read('identity-id');
    if (!identityId) {
        return {
            problem: `input \`identity-id\` is required with \`method: oidc\`: set it to the id of the machine identity that has OIDC auth configured, e.g. \`identity-id: ${(0,_util_workflow_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .expr */ .u)('vars.INFISICAL_IDENTITY_ID')}\``,
        };
    }
    // The runner sets these only when the job may mint ID tokens; without them getIDToken fails obscurely.
    if (!runtime.env.ACTIONS_ID_TOKEN_REQUEST_URL || !runtime.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        return {
            problem: '`method: oidc` needs a GitHub OIDC token, but this job may not request one: add `permissions: id-token: write` to the job (with `contents: read`, and `pull-requests: write` for the comment)',
        };
    }
    const audience = read('oidc-audience');
    let jwt;
    try {
        jwt = await runtime.getIDToken(audience);
    }
    catch (error) {
        return {
            problem: `could not get a GitHub OIDC token${audience ? ` for audience '${audience}'` : ''}: ${firstLine(error)}`,
        };
    }
    runtime.register(jwt);
    return { ok: { method: 'oidc', identityId, jwt } };
}
function firstLine(error) {
    const text = error instanceof Error ? error.message : String(error);
    // @actions/core wraps the token service's reply in a multi-line message; its first useful line suffices.
    return (text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' ')
        .slice(0, 300) || 'unknown error');
}


/***/ })

};
;