export const id = 418;
export const ids = [418];
export const modules = {

/***/ 4418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lintText: () => (/* binding */ lintText)
});

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/manifest/schema.ts
var schema = __webpack_require__(9290);
// EXTERNAL MODULE: ./src/core/manifest/semantics.ts + 2 modules
var semantics = __webpack_require__(7953);
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

;// CONCATENATED MODULE: ./src/core/manifest/parse.ts




/** Manifests are small; anything past this is a mistake or an attack, rejected before parsing. */
const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;
/** Bounds alias expansion (a "billion laughs" document) long before memory is at risk. */
const MAX_ALIAS_COUNT = 100;
function parseManifest(text, file) {
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
    if (Buffer.byteLength(text) > MAX_MANIFEST_BYTES) {
        const source = createSourceMap('', undefined, lineCounter);
        const message = `manifest is larger than ${MAX_MANIFEST_BYTES / 1024 / 1024} MiB`;
        return {
            diagnostics: [error(1, 1, 'manifest-too-large', message, 'split it or remove generated content')],
            source,
        };
    }
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
    const source = createSourceMap(text, doc, lineCounter);
    const syntax = doc.errors.map((e) => {
        const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
        return error(pos.line, pos.col, 'yaml-syntax', firstLine(e.message), 'fix the YAML syntax at this position');
    });
    syntax.push(...duplicateKeys(doc, source, file));
    if (syntax.length > 0)
        return { diagnostics: syntax, source };
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
    const result = schema/* ManifestSchema */.pL.safeParse(data);
    if (!result.success) {
        return {
            diagnostics: result.error.issues.flatMap((i) => issueToDiagnostics(i, data, source, file)),
            source,
        };
    }
    const parsed = { file, manifest: result.data, source };
    return { parsed, diagnostics: (0,semantics/* checkSemantics */.w9)(parsed), source };
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

// EXTERNAL MODULE: ./src/core/rules/index.ts + 2 modules
var rules = __webpack_require__(164);
// EXTERNAL MODULE: ./src/core/rules/waivers.ts
var waivers = __webpack_require__(8742);
;// CONCATENATED MODULE: ./src/core/lint.ts




/**
 * Everything `lint` reports for one manifest, in file order: parse, schema and semantic errors, then
 * (when the manifest parsed) the naming and plaintext-secret rules, plus waivers that name no rule.
 * Offline and pure: the CLI, the action's annotations and the pre-commit hook all call this.
 */
function lintText(text, file) {
    const result = parseManifest(text, file);
    const out = [...result.diagnostics];
    if (result.parsed)
        out.push(...(0,rules/* lintManifest */.XR)(result.parsed));
    out.push(...(0,waivers/* checkWaiverIds */.DI)(text, file, rules/* MANIFEST_IDS */.nt));
    return (0,diagnostics/* sortDiagnostics */.Ds)(out);
}


/***/ })

};
