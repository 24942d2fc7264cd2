"use strict";
exports.id = 418;
exports.ids = [418,992,290];
exports.modules = {

/***/ 4418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkManifestWithYaml: () => (/* binding */ checkManifestWithYaml)
});

// UNUSED EXPORTS: lintText

// EXTERNAL MODULE: ./src/core/check.ts
var check = __webpack_require__(9351);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/manifest/fast-schema.ts
var fast_schema = __webpack_require__(6283);
// EXTERNAL MODULE: ./src/core/manifest/fast-yaml.ts + 1 modules
var fast_yaml = __webpack_require__(6289);
// EXTERNAL MODULE: ./src/core/manifest/schema.ts
var schema = __webpack_require__(9290);
// EXTERNAL MODULE: ./src/core/manifest/semantics.ts + 3 modules
var semantics = __webpack_require__(1160);
;// CONCATENATED MODULE: ./src/core/manifest/source-map.ts

const START = { line: 1, column: 1 };
function createSourceMap(text, doc, lineCounter) {
    const lines = text.split(/\r?\n/);
    const at = (offset) => {
        if (offset === undefined)
            return START;
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const walk = (path) => {
        let node = doc?.contents;
        let key;
        for (const segment of path) {
            if (!node)
                return {};
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(segment));
                if (!pair)
                    return { parent: node };
                key = pair.key;
                node = pair.value;
                if (!node)
                    return { key, parent: key };
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
                const item = node.items[segment];
                if (!item)
                    return { parent: node };
                key = item;
                node = item;
            }
            else {
                return { parent: node };
            }
        }
        return { value: node ?? undefined, key };
    };
    return {
        locate(path) {
            const found = walk(path);
            return at((found.value ?? found.parent)?.range?.[0]);
        },
        locateKey(path) {
            const found = walk(path);
            return at((found.key ?? found.value ?? found.parent)?.range?.[0]);
        },
        offsetPosition: at,
        lineText(line) {
            return lines[line - 1] ?? '';
        },
    };
}
/**
 * A source map for a copy of the manifest whose lists lost some items: `kept[list][i]` is the original
 * index of item `i`, so findings on the copy point at the item's own line.
 */
function remapItems(source, kept) {
    const original = (path) => {
        const [list, index, ...rest] = path;
        const indexes = typeof list === 'string' ? kept[list] : undefined;
        if (!indexes || typeof index !== 'number')
            return [...path];
        return [list, indexes[index] ?? index, ...rest];
    };
    return {
        ...source,
        locate: (path) => source.locate(original(path)),
        locateKey: (path) => source.locateKey(original(path)),
    };
}

// EXTERNAL MODULE: ./src/core/manifest/vocabulary.ts
var vocabulary = __webpack_require__(6205);
;// CONCATENATED MODULE: ./src/core/manifest/parse.ts








/** Bounds alias expansion (a "billion laughs" document) long before memory is at risk. */
const MAX_ALIAS_COUNT = 100;
/**
 * Reads and checks a manifest: the fast path for plain YAML that passes the schema (the hook's reader
 * and zod-free check, several times quicker on large manifests), else `yaml` and zod, which also word
 * every error with its position. Both give the same result; tests compare them.
 */
function parse_parseManifest(text, file, catalog) {
    const plain = parsePlainManifest(text, file, catalog);
    if (plain)
        return { parsed: plain, diagnostics: (0,semantics/* checkSemantics */.w9)(plain, catalog), source: plain.source };
    return parseManifestWithYaml(text, file, catalog);
}
function parsePlainManifest(text, file, catalog) {
    // Past MAX_FAST_CHARS the size limit may apply; within it, a large manifest keeps the fast path (no
    // cliff where `yaml` and zod take over a file that is merely big).
    if (text.length > fast_yaml/* MAX_FAST_CHARS */.O && Buffer.byteLength(text) > vocabulary/* MAX_MANIFEST_BYTES */.ZJ)
        return undefined;
    const doc = (0,fast_yaml/* parseYamlSubset */.T)(text);
    const manifest = doc && (0,fast_schema/* fastValidate */.jV)(doc.value, catalog);
    return doc && manifest ? { file, manifest, source: doc.source } : undefined;
}
/** `parseManifest` by `yaml` and zod alone, whatever the manifest. */
function parseManifestWithYaml(text, file, catalog) {
    const lineCounter = new dist/* LineCounter */.HN();
    const error = (line, column, ruleId, message, hint) => ({
        file,
        line,
        column,
        ruleId,
        severity: 'error',
        message,
        ...(hint ? { hint } : {}),
    });
    if (Buffer.byteLength(text) > vocabulary/* MAX_MANIFEST_BYTES */.ZJ) {
        const source = createSourceMap('', undefined, lineCounter);
        const message = `manifest is larger than ${vocabulary/* MAX_MANIFEST_BYTES */.ZJ / 1024 / 1024} MiB`;
        return {
            diagnostics: [error(1, 1, 'manifest-too-large', message, 'split it or remove generated content')],
            source,
        };
    }
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
    const source = createSourceMap(text, doc, lineCounter);
    // `linePos` is only filled in with prettyErrors, so the position comes from the error's offset.
    const syntax = doc.errors.map((e) => {
        const { line, column } = source.offsetPosition(e.pos[0]);
        return error(line, column, 'yaml-syntax', firstLine(e.message), 'fix the YAML syntax at this position');
    });
    const repeated = duplicateKeys(doc, source, file);
    if (syntax.length > 0)
        return { diagnostics: [...syntax, ...repeated], source };
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        const message = e instanceof Error ? firstLine(e.message) : 'the document cannot be read';
        return {
            diagnostics: [error(1, 1, 'yaml-syntax', message, 'remove excessive aliases (&anchor / *alias)')],
            source,
        };
    }
    if (data === null || data === undefined) {
        return {
            diagnostics: [error(1, 1, 'manifest-schema', 'the manifest is empty', 'start with `version: 1`')],
            source,
        };
    }
    const result = (0,schema.manifestSchema)(catalog).safeParse(data);
    if (!result.success) {
        const schema = result.error.issues.flatMap((i) => issueToDiagnostics(i, data, source, file));
        const partial = validItems(data, result.error.issues, file, source, catalog);
        return {
            ...(partial ? { partial } : {}),
            diagnostics: (0,diagnostics/* sortDiagnostics */.Ds)([
                ...repeated,
                ...schema,
                ...(partial ? (0,semantics/* checkSemantics */.w9)(partial, catalog) : []),
            ]),
            source,
        };
    }
    const parsed = { file, manifest: result.data, source };
    return { parsed, diagnostics: [...repeated, ...(0,semantics/* checkSemantics */.w9)(parsed, catalog)], source };
}
function issueToDiagnostics(issue, data, source, file) {
    const where = issue.path.length ? issue.path.join('.') : 'manifest';
    if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => {
            const pos = source.locateKey([...issue.path, key]);
            return {
                file,
                ...pos,
                ruleId: 'manifest-schema',
                severity: 'error',
                message: `unknown field '${key}' in ${where}`,
                hint: 'check the spelling; `secrets-manifest schema` prints every field',
            };
        });
    }
    const pos = source.locate(issue.path);
    const absent = valueAt(data, issue.path) === undefined;
    return [
        {
            file,
            ...pos,
            ruleId: 'manifest-schema',
            severity: 'error',
            message: absent ? `${where} is required` : `${where}: ${issue.message}`,
            hint: absent ? `add \`${String(issue.path.at(-1))}:\`` : 'see the manifest reference in the README',
        },
    ];
}
function firstLine(message) {
    return message.split('\n')[0].trim();
}
function valueAt(data, path) {
    let node = data;
    for (const segment of path) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[segment];
    }
    return node;
}
/** yaml reports a repeated key at the map; we point at the repeated key itself. */
function duplicateKeys(doc, source, file) {
    const out = [];
    (0,dist/* visit */.YR)(doc, {
        Map(_, map) {
            const seen = new Set();
            for (const pair of map.items) {
                if (!(0,dist/* isScalar */.jn)(pair.key))
                    continue;
                const key = String(pair.key.value);
                if (seen.has(key)) {
                    const { line, column } = source.offsetPosition(pair.key.range?.[0]);
                    out.push({
                        file,
                        line,
                        column,
                        ruleId: 'yaml-syntax',
                        severity: 'error',
                        message: `key '${key}' appears twice in the same mapping`,
                        hint: 'remove or rename one of them',
                    });
                }
                seen.add(key);
            }
        },
    });
    return out;
}
const ITEM_LISTS = ['secrets', 'duplicates', 'shares'];
/**
 * The manifest without the list items the schema rejected, when everything else passes: the semantic
 * and naming checks then run on every item that did parse, at its own line.
 */
function validItems(data, issues, file, source, catalog) {
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return undefined;
    const bad = new Map(ITEM_LISTS.map((list) => [list, new Set()]));
    for (const issue of issues) {
        const [list, index] = issue.path;
        const set = typeof list === 'string' ? bad.get(list) : undefined;
        if (!set || typeof index !== 'number')
            return undefined;
        set.add(index);
    }
    const kept = {};
    const rest = { ...data };
    for (const list of ITEM_LISTS) {
        const items = rest[list];
        if (!Array.isArray(items))
            continue;
        kept[list] = items.map((_, i) => i).filter((i) => !bad.get(list).has(i));
        rest[list] = kept[list].map((i) => items[i]);
    }
    const result = (0,schema.manifestSchema)(catalog).safeParse(rest);
    return result.success ? { file, manifest: result.data, source: remapItems(source, kept) } : undefined;
}

// EXTERNAL MODULE: ./src/core/rules/linear-pattern-engine.ts
var linear_pattern_engine = __webpack_require__(5992);
;// CONCATENATED MODULE: ./src/core/lint.ts



/**
 * `checkManifest`'s full path, by `yaml` and zod (with parseManifest's own fast path first): parse,
 * schema and semantic errors, then the rules on every item that parsed, plus waivers that name no rule.
 */
function checkManifestWithYaml(text, file, catalog, parse = parse_parseManifest) {
    const result = parse(text, file, catalog);
    const diagnostics = (0,check/* lintParsed */.zr)(result.diagnostics, result.parsed ?? result.partial, text, file, catalog);
    return { ...(result.parsed ? { parsed: result.parsed } : {}), diagnostics };
}
/** Everything `lint` reports for one manifest, in file order (synchronous; tests and the agreement checks). */
function lintText(text, file, catalog, parse = parseManifest) {
    return checkManifestWithYaml(text, file, catalog, parse).diagnostics;
}


/***/ }),

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
;