"use strict";
exports.id = 290;
exports.ids = [290];
exports.modules = {

/***/ 9290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   manifestSchema: () => (/* binding */ manifestSchema)
/* harmony export */ });
/* unused harmony exports ValueSourceSchema, SecretValueSchema, SecretSchema, RulesSchema, DuplicateSchema, ShareSchema, manifestSchemas */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5156);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1033);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6205);



/**
 * secrets.yaml v1. Objects are strict so that a typo ("enviroments") is an error with a position, not a
 * silently ignored field. Absent optional fields mean "not managed": apply leaves them as they are remotely.
 */
const folderPath = zod__WEBPACK_IMPORTED_MODULE_1__.string().regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .FOLDER_PATH */ .v7, {
    message: "path must start with '/', use only letters, digits, '-' and '_' per folder, and not end with '/'",
});
const environmentName = zod__WEBPACK_IMPORTED_MODULE_1__.string().min(1);
const ValueSourceSchema = zod__WEBPACK_IMPORTED_MODULE_1__.union([
    // An empty env or file value counts as missing (GitHub gives "" for a secret the job cannot see);
    // allowEmpty: true says an empty value is meant.
    zod__WEBPACK_IMPORTED_MODULE_1__.strictObject({
        env: zod__WEBPACK_IMPORTED_MODULE_1__.string().regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV_VAR */ .Wf, { message: 'env must name an environment variable' }),
        allowEmpty: zod__WEBPACK_IMPORTED_MODULE_1__.boolean().optional(),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__.strictObject({ literal: zod__WEBPACK_IMPORTED_MODULE_1__.string() }),
    zod__WEBPACK_IMPORTED_MODULE_1__.strictObject({ file: zod__WEBPACK_IMPORTED_MODULE_1__.string().min(1), allowEmpty: zod__WEBPACK_IMPORTED_MODULE_1__.boolean().optional() }),
    zod__WEBPACK_IMPORTED_MODULE_1__.strictObject({
        generate: zod__WEBPACK_IMPORTED_MODULE_1__.strictObject({
            length: zod__WEBPACK_IMPORTED_MODULE_1__.int().min(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATE_LENGTH */ .hn.min).max(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATE_LENGTH */ .hn.max).default(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATE_LENGTH */ .hn.default),
            charset: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATE_CHARSETS */ .gG).default('alphanumeric'),
        }),
    }),
], {
    error: 'a value source is one of { env: NAME }, { literal: TEXT }, { file: PATH } or { generate: {...} } (env and file also take allowEmpty: true)',
});
/** Either one source for every environment, or a map environment -> source. */
const SecretValueSchema = zod__WEBPACK_IMPORTED_MODULE_1__.union([ValueSourceSchema, zod__WEBPACK_IMPORTED_MODULE_1__.record(environmentName, ValueSourceSchema)], {
    error: 'value is a source ({ env: NAME }, { literal: TEXT }, { file: PATH }, { generate: {...} }; env and file also take allowEmpty: true) or a map of environment -> source',
});
const SecretSchema = zod__WEBPACK_IMPORTED_MODULE_1__.strictObject({
    key: zod__WEBPACK_IMPORTED_MODULE_1__.string().min(1),
    path: folderPath.default('/'),
    comment: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    tags: zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.string().regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_SLUG */ .XU, {
        message: 'tag slugs are lower-case words joined by - or _',
    }))
        .optional(),
    metadata: zod__WEBPACK_IMPORTED_MODULE_1__.record(zod__WEBPACK_IMPORTED_MODULE_1__.string().min(1).max(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .METADATA_KEY_MAX */ .TZ), zod__WEBPACK_IMPORTED_MODULE_1__.string().max(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .METADATA_VALUE_MAX */ .rc)).optional(),
    environments: zod__WEBPACK_IMPORTED_MODULE_1__.array(environmentName).min(1).optional(),
    value: SecretValueSchema.optional(),
});
const RulesSchema = zod__WEBPACK_IMPORTED_MODULE_1__.strictObject({
    key: zod__WEBPACK_IMPORTED_MODULE_1__.strictObject({ pattern: zod__WEBPACK_IMPORTED_MODULE_1__.string().min(1).optional(), maxLength: zod__WEBPACK_IMPORTED_MODULE_1__.int().min(1).optional() })
        .optional(),
    prefixes: zod__WEBPACK_IMPORTED_MODULE_1__.record(folderPath, zod__WEBPACK_IMPORTED_MODULE_1__.string().min(1)).optional(),
    off: zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.string().min(1)).optional(),
});
const location = zod__WEBPACK_IMPORTED_MODULE_1__.strictObject({ environment: environmentName, path: folderPath.default('/') });
const DuplicateSchema = zod__WEBPACK_IMPORTED_MODULE_1__.strictObject({
    from: location,
    to: location,
    keys: zod__WEBPACK_IMPORTED_MODULE_1__.union([zod__WEBPACK_IMPORTED_MODULE_1__.literal('*'), zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.string().min(1)).min(1)]),
    overwrite: zod__WEBPACK_IMPORTED_MODULE_1__.boolean().default(false),
    copy: zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__["enum"](_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .DUPLICATE_ATTRIBUTES */ .Wl))
        .min(1)
        .default([..._vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .DUPLICATE_ATTRIBUTES */ .Wl]),
});
const ShareSchema = zod__WEBPACK_IMPORTED_MODULE_1__.strictObject({
    name: zod__WEBPACK_IMPORTED_MODULE_1__.string().min(1).max(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARE_NAME_MAX */ .P4),
    secret: zod__WEBPACK_IMPORTED_MODULE_1__.strictObject({
        key: zod__WEBPACK_IMPORTED_MODULE_1__.string().min(1),
        environment: environmentName,
        path: folderPath.default('/'),
    }),
    expiresIn: zod__WEBPACK_IMPORTED_MODULE_1__.string()
        .regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION */ .ft, { message: "expiresIn is a number and a unit: '30m', '24h', '7d', '1w'" })
        .default(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARE_DEFAULTS */ .hD.expiresIn),
    maxViews: zod__WEBPACK_IMPORTED_MODULE_1__.int().min(1).default(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARE_DEFAULTS */ .hD.maxViews),
    access: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARE_ACCESS */ .dT).default(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARE_DEFAULTS */ .hD.access),
    password: zod__WEBPACK_IMPORTED_MODULE_1__.strictObject({ env: zod__WEBPACK_IMPORTED_MODULE_1__.string().min(1) }).optional(),
});
const manifestShape = {
    version: zod__WEBPACK_IMPORTED_MODULE_1__.literal(1, { error: 'version must be 1' }),
    // Each provider's own block (its folder's manifest.ts); manifestSchema puts the union here.
    provider: zod__WEBPACK_IMPORTED_MODULE_1__.custom(),
    // Required for providers with environments and refused for the others; semantics.ts says which,
    // with a position. [] means "not given".
    environments: zod__WEBPACK_IMPORTED_MODULE_1__.array(environmentName)
        .min(1)
        .optional()
        .transform((v) => v ?? []),
    rules: RulesSchema.optional(),
    secrets: zod__WEBPACK_IMPORTED_MODULE_1__.array(SecretSchema).default([]),
    duplicates: zod__WEBPACK_IMPORTED_MODULE_1__.array(DuplicateSchema).default([]),
    shares: zod__WEBPACK_IMPORTED_MODULE_1__.array(ShareSchema).default([]),
    prune: zod__WEBPACK_IMPORTED_MODULE_1__.boolean().default(false),
};
const ManifestShape = zod__WEBPACK_IMPORTED_MODULE_1__.strictObject(manifestShape);
const built = new WeakMap();
/** secrets.yaml v1 for the providers of `catalog`, built once per catalog. */
function manifestSchemas(catalog) {
    const known = built.get(catalog);
    if (known)
        return known;
    const blocks = catalog.providers.map((p) => p.manifest.schema(zod__WEBPACK_IMPORTED_MODULE_2__));
    const provider = zod__WEBPACK_IMPORTED_MODULE_1__.discriminatedUnion('type', blocks, {
        error: `provider.type must be one of: ${catalog.providers.map((p) => p.type).join(', ')}`,
    });
    // The block takes the place of the placeholder, so the manifest's fields keep their order.
    const manifest = zod__WEBPACK_IMPORTED_MODULE_1__.strictObject({ ...manifestShape, provider });
    const schemas = { provider, manifest };
    built.set(catalog, schemas);
    return schemas;
}
/** The manifest's zod schema for the providers of `catalog`. */
const manifestSchema = (catalog) => manifestSchemas(catalog).manifest;


/***/ })

};
;