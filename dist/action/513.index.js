"use strict";
exports.id = 513;
exports.ids = [513];
exports.modules = {

/***/ 7513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oidcCredentials: () => (/* binding */ oidcCredentials)
/* harmony export */ });
/* harmony import */ var _app_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2722);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1729);


/** Infisical OIDC credentials: a GitHub ID token for the identity, or why the job cannot get one. */
async function oidcCredentials(inputs, deps) {
    if (!inputs.identityId) {
        return {
            problem: `input \`identity-id\` is required with \`method: oidc\`: set it to the id of the machine identity that has OIDC auth configured, e.g. \`identity-id: ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .expr */ .uP)('vars.INFISICAL_IDENTITY_ID')}\``,
        };
    }
    // The runner sets these only when the job may mint ID tokens; without them getIDToken fails obscurely.
    if (!deps.env.ACTIONS_ID_TOKEN_REQUEST_URL || !deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        return {
            problem: '`method: oidc` needs a GitHub OIDC token, but this job may not request one: add `permissions: id-token: write` to the job (with `contents: read`, and `pull-requests: write` for the comment)',
        };
    }
    let jwt;
    try {
        jwt = await deps.getIDToken(inputs.oidcAudience);
    }
    catch (error) {
        throw new _app_types_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`could not get a GitHub OIDC token${inputs.oidcAudience ? ` for audience '${inputs.oidcAudience}'` : ''}: ${firstLine(error)}`);
    }
    deps.register(jwt);
    return { ok: { method: 'oidc', identityId: inputs.identityId, jwt } };
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