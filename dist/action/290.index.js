"use strict";
exports.id = 290;
exports.ids = [290];
exports.modules = {

/***/ 9290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ManifestSchema: () => (/* binding */ ManifestSchema)
/* harmony export */ });
/* unused harmony exports ValueSourceSchema, SecretValueSchema, SecretSchema, InfisicalProviderSchema, EnkryptifyProviderSchema, PrimeIntellectProviderSchema, ProviderSchema, RulesSchema, DuplicateSchema, ShareSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6205);



/**
 * secrets.yaml v1. Objects are strict so that a typo ("enviroments") is an error with a position, not a
 * silently ignored field. Absent optional fields mean "not managed": apply leaves them as they are remotely.
 */
const folderPath = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .FOLDER_PATH */ .v7, {
    message: "path must start with '/', use only letters, digits, '-' and '_' per folder, and not end with '/'",
});
const environmentName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1);
const ValueSourceSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    // An empty env or file value counts as missing (GitHub gives "" for a secret the job cannot see);
    // allowEmpty: true says an empty value is meant.
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        env: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV_VAR */ .Wf, { message: 'env must name an environment variable' }),
        allowEmpty: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ literal: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), allowEmpty: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional() }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        generate: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            length: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATE_LENGTH */ .hn.min).max(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATE_LENGTH */ .hn.max).default(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATE_LENGTH */ .hn.default),
            charset: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATE_CHARSETS */ .gG).default('alphanumeric'),
        }),
    }),
], {
    error: 'a value source is one of { env: NAME }, { literal: TEXT }, { file: PATH } or { generate: {...} } (env and file also take allowEmpty: true)',
});
/** Either one source for every environment, or a map environment -> source. */
const SecretValueSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([ValueSourceSchema, zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(environmentName, ValueSourceSchema)], {
    error: 'value is a source ({ env: NAME }, { literal: TEXT }, { file: PATH }, { generate: {...} }; env and file also take allowEmpty: true) or a map of environment -> source',
});
const SecretSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    path: folderPath.default('/'),
    comment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    tags: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_SLUG */ .XU, {
        message: 'tag slugs are lower-case words joined by - or _',
    }))
        .optional(),
    metadata: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .METADATA_KEY_MAX */ .TZ), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .METADATA_VALUE_MAX */ .rc)).optional(),
    environments: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(environmentName).min(1).optional(),
    value: SecretValueSchema.optional(),
});
const InfisicalProviderSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('infisical'),
    siteUrl: zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5({ protocol: _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .HTTP_PROTOCOL */ .W7 }).default(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_URLS */ .B2.infisical),
    projectId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    projectSlug: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
});
const EnkryptifyProviderSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('enkryptify'),
    apiUrl: zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5({ protocol: _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .HTTP_PROTOCOL */ .W7 }).default(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_URLS */ .B2.enkryptify),
    workspace: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .ENKRYPTIFY_WORKSPACE */ .uF, { message: 'workspace is the workspace slug (a-z, 0-9, -)' }),
    project: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1, { message: 'project is the project slug' }),
});
const PrimeIntellectProviderSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('prime-intellect'),
    apiUrl: zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5({ protocol: _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .HTTP_PROTOCOL */ .W7 }).default(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_URLS */ .B2['prime-intellect']),
    teamId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    /** Values are never returned: `always` writes every value on every apply, `never` only creates. */
    updateValues: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .PI_UPDATE_VALUES */ .tW).default('never'),
});
const ProviderSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('type', [InfisicalProviderSchema, EnkryptifyProviderSchema, PrimeIntellectProviderSchema], { error: 'provider.type must be one of: infisical, enkryptify, prime-intellect' });
const RulesSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    key: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ pattern: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(), maxLength: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1).optional() })
        .optional(),
    prefixes: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(folderPath, zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).optional(),
    off: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).optional(),
});
const location = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ environment: environmentName, path: folderPath.default('/') });
const DuplicateSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    from: location,
    to: location,
    keys: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('*'), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1)]),
    overwrite: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false),
    copy: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .DUPLICATE_ATTRIBUTES */ .Wl))
        .min(1)
        .default([..._vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .DUPLICATE_ATTRIBUTES */ .Wl]),
});
const ShareSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARE_NAME_MAX */ .P4),
    secret: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        environment: environmentName,
        path: folderPath.default('/'),
    }),
    expiresIn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION */ .ft, { message: "expiresIn is a number and a unit: '30m', '24h', '7d', '1w'" })
        .default(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARE_DEFAULTS */ .hD.expiresIn),
    maxViews: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1).default(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARE_DEFAULTS */ .hD.maxViews),
    access: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARE_ACCESS */ .dT).default(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARE_DEFAULTS */ .hD.access),
    password: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ env: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1) }).optional(),
});
const ManifestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1, { error: 'version must be 1' }),
    provider: ProviderSchema,
    // Required for providers with environments and refused for the others; semantics.ts says which,
    // with a position. [] means "not given".
    environments: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(environmentName)
        .min(1)
        .optional()
        .transform((v) => v ?? []),
    rules: RulesSchema.optional(),
    secrets: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(SecretSchema).default([]),
    duplicates: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(DuplicateSchema).default([]),
    shares: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ShareSchema).default([]),
    prune: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false),
});


/***/ })

};
;