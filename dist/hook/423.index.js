export const id = 423;
export const ids = [423];
export const modules = {

/***/ 2423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lintFast: () => (/* binding */ lintFast)
});

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/manifest/semantics.ts + 2 modules
var semantics = __webpack_require__(7953);
// EXTERNAL MODULE: ./src/core/rules/index.ts + 2 modules
var rules = __webpack_require__(164);
// EXTERNAL MODULE: ./src/core/rules/waivers.ts
var waivers = __webpack_require__(8742);
// EXTERNAL MODULE: ./src/core/manifest/vocabulary.ts
var vocabulary = __webpack_require__(6205);
;// CONCATENATED MODULE: ./src/hook/fast-schema.ts

/**
 * `ManifestSchema.safeParse(value).data` for manifests that pass the schema, without loading zod (most of
 * the hook's start-up time). It builds the same object zod would, defaults and key order included, or
 * returns undefined: for every invalid manifest and for anything it is not sure about (URLs beyond the
 * plain `scheme://host[:port][/path]`), and the caller asks zod, which also words the errors. A property
 * test compares the two on generated manifests (test/hook/fast-schema.test.ts).
 */
function fastValidate(value) {
    try {
        return manifest(value);
    }
    catch (e) {
        if (e instanceof NotSure)
            return undefined;
        throw e;
    }
}
class NotSure extends Error {
}
const notSure = () => {
    throw new NotSure();
};
const check = (ok) => {
    if (!ok)
        notSure();
};
const SLOT = Symbol('absent');
function object(value) {
    check(typeof value === 'object' && value !== null && !Array.isArray(value));
    return value;
}
/** A strict object: an object whose keys are all in `allowed`. */
function strict(value, allowed) {
    const from = object(value);
    for (const key in from)
        check(allowed.includes(key));
    return from;
}
/** Copies `from[key]` through `parse` into `to` when present, else the default when one is given. */
function field(to, from, key, parse, fallback = SLOT) {
    if (Object.hasOwn(from, key))
        to[key] = parse(from[key]);
    else if (fallback !== SLOT)
        to[key] = fallback;
}
function string(value, min = 0, max = Number.POSITIVE_INFINITY) {
    check(typeof value === 'string' && value.length >= min && value.length <= max);
    return value;
}
const matching = (pattern) => (value) => {
    check(pattern.test(string(value)));
    return value;
};
const nonEmpty = (value) => string(value, 1);
const folderPath = matching(vocabulary/* FOLDER_PATH */.v7);
function fast_schema_int(value, min, max = Number.MAX_SAFE_INTEGER) {
    check(Number.isSafeInteger(value) && value >= min && value <= max);
    return value;
}
const oneOf = (words) => (value) => {
    check(words.includes(value));
    return value;
};
function array(value, item, min = 0) {
    check(Array.isArray(value) && value.length >= min);
    return value.map(item);
}
function record(value, key, item) {
    const from = object(value);
    const out = {};
    for (const k in from) {
        key(k);
        out[k] = item(from[k]);
    }
    return out;
}
/** `scheme://host[:port][/path]` only: zod trims, strips and parses anything else its own way. */
const PLAIN_URL = /^https?:\/\/[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?(?:\/[A-Za-z0-9._~%/-]*)?$/;
function url(value) {
    check(PLAIN_URL.test(string(value)));
    try {
        // URL.canParse would do, but arrived in Node 18.17 and the hook runs on any Node 18.
        new URL(value);
    }
    catch {
        notSure();
    }
    return value;
}
function manifest(value) {
    const from = strict(value, [
        'version',
        'provider',
        'environments',
        'rules',
        'secrets',
        'duplicates',
        'shares',
        'prune',
    ]);
    check(from.version === 1);
    const out = { version: 1 };
    field(out, from, 'provider', provider);
    check('provider' in out);
    out.environments = Object.hasOwn(from, 'environments') ? array(from.environments, nonEmpty, 1) : [];
    field(out, from, 'rules', fast_schema_rules);
    field(out, from, 'secrets', (v) => array(v, secret), []);
    field(out, from, 'duplicates', (v) => array(v, duplicate), []);
    field(out, from, 'shares', (v) => array(v, share), []);
    field(out, from, 'prune', fast_schema_boolean, false);
    return out;
}
function fast_schema_boolean(value) {
    check(typeof value === 'boolean');
    return value;
}
function provider(value) {
    const type = value?.type;
    const out = { type };
    if (type === 'infisical') {
        const from = strict(value, ['type', 'siteUrl', 'projectId', 'projectSlug']);
        field(out, from, 'siteUrl', url, vocabulary/* DEFAULT_URLS */.B2.infisical);
        field(out, from, 'projectId', nonEmpty);
        field(out, from, 'projectSlug', nonEmpty);
    }
    else if (type === 'enkryptify') {
        const from = strict(value, ['type', 'apiUrl', 'workspace', 'project']);
        field(out, from, 'apiUrl', url, vocabulary/* DEFAULT_URLS */.B2.enkryptify);
        field(out, from, 'workspace', matching(vocabulary/* ENKRYPTIFY_WORKSPACE */.uF));
        field(out, from, 'project', nonEmpty);
        check('workspace' in out && 'project' in out);
    }
    else if (type === 'prime-intellect') {
        const from = strict(value, ['type', 'apiUrl', 'teamId', 'updateValues']);
        field(out, from, 'apiUrl', url, vocabulary/* DEFAULT_URLS */.B2['prime-intellect']);
        field(out, from, 'teamId', nonEmpty);
        field(out, from, 'updateValues', oneOf(vocabulary/* PI_UPDATE_VALUES */.tW), 'never');
    }
    else
        notSure();
    return out;
}
function fast_schema_rules(value) {
    const from = strict(value, ['key', 'prefixes', 'off']);
    const out = {};
    field(out, from, 'key', (v) => {
        const key = strict(v, ['pattern', 'maxLength']);
        const o = {};
        field(o, key, 'pattern', nonEmpty);
        field(o, key, 'maxLength', (n) => fast_schema_int(n, 1));
        return o;
    });
    field(out, from, 'prefixes', (v) => record(v, folderPath, nonEmpty));
    field(out, from, 'off', (v) => array(v, nonEmpty));
    return out;
}
function secret(value) {
    const from = strict(value, ['key', 'path', 'comment', 'tags', 'metadata', 'environments', 'value']);
    const out = {};
    field(out, from, 'key', nonEmpty);
    check('key' in out);
    field(out, from, 'path', folderPath, '/');
    field(out, from, 'comment', string);
    field(out, from, 'tags', (v) => array(v, matching(vocabulary/* TAG_SLUG */.XU)));
    field(out, from, 'metadata', (v) => record(v, (k) => string(k, 1, vocabulary/* METADATA_KEY_MAX */.TZ), (s) => string(s, 0, vocabulary/* METADATA_VALUE_MAX */.rc)));
    field(out, from, 'environments', (v) => array(v, nonEmpty, 1));
    field(out, from, 'value', secretValue);
    return out;
}
/** One source, or (when it is not one) a map environment -> source, in zod's union order. */
function secretValue(value) {
    const single = source(value, false);
    return single ?? record(value, nonEmpty, (v) => source(v, true));
}
function source(value, required) {
    const keys = typeof value === 'object' && value !== null ? Object.keys(value) : [];
    const [kind] = keys;
    const from = value;
    if (keys.length !== 1 || (typeof from[kind] === 'object') !== (kind === 'generate')) {
        check(!required);
        return undefined;
    }
    if (kind === 'env')
        return { env: matching(vocabulary/* ENV_VAR */.Wf)(from.env) };
    if (kind === 'literal')
        return { literal: string(from.literal) };
    if (kind === 'file')
        return { file: nonEmpty(from.file) };
    if (kind === 'generate') {
        const g = strict(from.generate, ['length', 'charset']);
        const out = {};
        field(out, g, 'length', (n) => fast_schema_int(n, vocabulary/* GENERATE_LENGTH */.hn.min, vocabulary/* GENERATE_LENGTH */.hn.max), vocabulary/* GENERATE_LENGTH */.hn.default);
        field(out, g, 'charset', oneOf(vocabulary/* GENERATE_CHARSETS */.gG), 'alphanumeric');
        return { generate: out };
    }
    return notSure();
}
function fast_schema_location(value) {
    const from = strict(value, ['environment', 'path']);
    const out = {};
    field(out, from, 'environment', nonEmpty);
    check('environment' in out);
    field(out, from, 'path', folderPath, '/');
    return out;
}
function duplicate(value) {
    const from = strict(value, ['from', 'to', 'keys', 'overwrite', 'copy']);
    check(Object.hasOwn(from, 'from') && Object.hasOwn(from, 'to') && Object.hasOwn(from, 'keys'));
    return {
        from: fast_schema_location(from.from),
        to: fast_schema_location(from.to),
        keys: from.keys === '*' ? '*' : array(from.keys, nonEmpty, 1),
        overwrite: Object.hasOwn(from, 'overwrite') ? fast_schema_boolean(from.overwrite) : false,
        copy: Object.hasOwn(from, 'copy')
            ? array(from.copy, oneOf(vocabulary/* DUPLICATE_ATTRIBUTES */.Wl), 1)
            : [...vocabulary/* DUPLICATE_ATTRIBUTES */.Wl],
    };
}
function share(value) {
    const from = strict(value, ['name', 'secret', 'expiresIn', 'maxViews', 'access', 'password']);
    const out = {};
    field(out, from, 'name', (v) => string(v, 1, vocabulary/* SHARE_NAME_MAX */.P4));
    field(out, from, 'secret', (v) => {
        const s = strict(v, ['key', 'environment', 'path']);
        const o = {};
        field(o, s, 'key', nonEmpty);
        field(o, s, 'environment', nonEmpty);
        check('key' in o && 'environment' in o);
        field(o, s, 'path', folderPath, '/');
        return o;
    });
    check('name' in out && 'secret' in out);
    field(out, from, 'expiresIn', matching(vocabulary/* DURATION */.ft), vocabulary/* SHARE_DEFAULTS */.hD.expiresIn);
    field(out, from, 'maxViews', (n) => fast_schema_int(n, 1), vocabulary/* SHARE_DEFAULTS */.hD.maxViews);
    field(out, from, 'access', oneOf(vocabulary/* SHARE_ACCESS */.dT), vocabulary/* SHARE_DEFAULTS */.hD.access);
    field(out, from, 'password', (v) => ({ env: nonEmpty(strict(v, ['env']).env) }));
    return out;
}

;// CONCATENATED MODULE: ./src/hook/fast-yaml-positions.ts
/** Thrown when the document leaves the subset the fast reader handles. */
class Bail extends Error {
}
const bail = () => {
    throw new Bail();
};
/** The SourceMap contract of createSourceMap, over the positions recorded while reading. */
function sourceMap(root, lines) {
    const START = { line: 1, column: 1 };
    const at = (n) => (n ? { line: n.line, column: n.column } : START);
    const walk = (path) => {
        let node = root;
        let key;
        for (const segment of path) {
            if (node.kind === 'map') {
                const entry = node.entries.get(String(segment));
                if (!entry)
                    return { parent: node };
                key = entry;
                node = entry.value;
            }
            else if (node.kind === 'seq' && typeof segment === 'number') {
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
        return { value: node, key };
    };
    let starts;
    return {
        locate: (path) => {
            const found = walk(path);
            return at(found.value ?? found.parent);
        },
        locateKey: (path) => {
            const found = walk(path);
            return at(found.key ?? found.value ?? found.parent);
        },
        offsetPosition: (offset) => {
            if (offset === undefined)
                return START;
            if (!starts) {
                starts = [0];
                for (const text of lines)
                    starts.push(starts.at(-1) + text.length + 1);
            }
            let line = lines.length - 1;
            while (line > 0 && starts[line] > offset)
                line--;
            return { line: line + 1, column: offset - starts[line] + 1 };
        },
        lineText: (line) => lines[line - 1] ?? '',
    };
}

;// CONCATENATED MODULE: ./src/hook/fast-yaml.ts

const SKIP = /^\s*(#|$)/;
const INDICATOR = /[-?:,[\]{}#&*!|>'"%@`]/;
const [SPACE, HASH, COLON_CODE] = [32, 35, 58];
const FLOW_END = new Set([...',]}'].map((c) => c.charCodeAt(0)));
const FLOW_CHARS = new Set([...',[]{}'].map((c) => c.charCodeAt(0)));
function parseYamlSubset(text) {
    // Tabs, CRs and exotic spaces change what counts as indentation or whitespace: full parser.
    if (/[\t\r\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\uFEFF]/.test(text))
        return undefined;
    const lines = text.split('\n');
    try {
        const reader = new Reader(lines);
        const first = reader.nextContent(0);
        if (first < 0)
            return undefined;
        const root = reader.block(first, indentOf(lines[first]));
        if (reader.nextContent(reader.line) >= 0)
            bail();
        return { value: root.value, source: sourceMap(root.pos, lines) };
    }
    catch (e) {
        if (e instanceof Bail)
            return undefined;
        throw e;
    }
}
/** Spaces from `from` on (indentation is spaces only: tabs were ruled out above). */
function spaces(text, from = 0) {
    let i = from;
    while (text.charCodeAt(i) === 32)
        i++;
    return i - from;
}
const indentOf = (line) => spaces(line);
/** First `: ` or `:` at the end of the line at or after `from`, or -1. */
const COLON = /:(?: |$)/g;
function colonFrom(text, from) {
    COLON.lastIndex = from;
    return COLON.exec(text)?.index ?? -1;
}
/** A plain scalar cannot start with an indicator, except `-?:` followed by a non-space ("safe"). */
function indicatorStart(text, at) {
    if (!INDICATOR.test(text[at] ?? ''))
        return false;
    const next = text[at + 1];
    return !('-?:'.includes(text[at]) && next !== undefined && !/[\s,[\]{}]/.test(next));
}
class Reader {
    lines;
    line = 0;
    constructor(lines) {
        this.lines = lines;
    }
    /** Index of the next line with content at or after `from`, or -1. */
    nextContent(from) {
        for (let i = from; i < this.lines.length; i++) {
            const text = this.lines[i];
            if (SKIP.test(text))
                continue;
            if (/^(---|\.\.\.)(\s|$)|^%/.test(text))
                bail();
            return i;
        }
        return -1;
    }
    /** The block node (map or sequence) whose first line is `at`, indented by `indent`. */
    block(at, indent) {
        const text = this.lines[at];
        if (text.startsWith('- ', indent))
            return this.seq(at, indent);
        // "-" alone (an item on the following lines) is left to the full parser.
        if (text[indent] === '-' && /^-\s*$/.test(text.slice(indent)))
            bail();
        return this.map(at, indent);
    }
    seq(at, indent) {
        const value = [];
        const pos = { kind: 'seq', line: at + 1, column: indent + 1, items: [] };
        let i = at;
        while (i >= 0 && indentOf(this.lines[i]) === indent && this.lines[i].startsWith('- ', indent)) {
            const text = this.lines[i];
            const start = indent + 2 + spaces(text, indent + 2);
            if (start >= text.length || text[start] === '#')
                bail();
            if (isKeyAt(text, start)) {
                const item = this.map(i, start);
                value.push(item.value);
                pos.items.push(item.pos);
            }
            else {
                const item = inline(text, start, i);
                this.line = i + 1;
                value.push(item.value);
                pos.items.push(item.pos);
            }
            i = this.nextContent(this.line);
            if (i >= 0 && indentOf(this.lines[i]) > indent)
                bail();
        }
        this.line = i < 0 ? this.lines.length : i;
        return { value, pos };
    }
    map(at, indent) {
        const value = {};
        const pos = { kind: 'map', line: at + 1, column: indent + 1, entries: new Map() };
        let i = at;
        // The first entry of a sequence item map ("- key: v") starts mid-line; the rest start at `indent`.
        while (i >= 0 && (i === at || indentOf(this.lines[i]) === indent)) {
            const text = this.lines[i];
            if (text.startsWith('- ', indent))
                bail();
            const { key, end } = readKey(text, indent);
            if (key in value || key === '__proto__')
                bail();
            const after = end + 1 + spaces(text, end + 1);
            let entry;
            if (after >= text.length || text[after] === '#') {
                if (after < text.length && text[after - 1] !== ' ')
                    bail();
                const next = this.nextContent(i + 1);
                if (next < 0)
                    bail();
                const nextIndent = indentOf(this.lines[next]);
                const seqHere = nextIndent === indent && this.lines[next].startsWith('- ', indent);
                if (nextIndent <= indent && !seqHere)
                    bail();
                entry = this.block(next, nextIndent);
            }
            else {
                entry = inline(text, after, i);
                this.line = i + 1;
            }
            value[key] = entry.value;
            pos.entries.set(key, { line: i + 1, column: indent + 1, value: entry.pos });
            i = this.nextContent(this.line);
            if (i >= 0 && indentOf(this.lines[i]) > indent)
                bail();
        }
        this.line = i < 0 ? this.lines.length : i;
        return { value, pos };
    }
}
/** Does a mapping key (`key:` followed by a space or the end of the line) start at `at`? */
function isKeyAt(text, at) {
    const c = text[at];
    if (c === '"' || c === "'") {
        const close = text.indexOf(c, at + 1);
        return close > 0 && /^\s*:(\s|$)/.test(text.slice(close + 1));
    }
    if (c === '[' || c === '{')
        return false;
    const colon = colonFrom(text, at);
    return colon > at && !text.slice(at, colon).includes(' #');
}
function readKey(text, at) {
    const c = text[at];
    if (c === '"' || c === "'") {
        const { value, end } = quoted(text, at);
        if (end - at > 1024)
            bail();
        const colon = end + spaces(text, end);
        if (text[colon] !== ':' || (colon + 1 < text.length && text[colon + 1] !== ' '))
            bail();
        return { key: value, end: colon };
    }
    if (indicatorStart(text, at))
        bail();
    const colon = colonFrom(text, at);
    if (colon < at)
        bail();
    const raw = text.slice(at, colon).trimEnd();
    // yaml rejects implicit keys over 1024 characters; that error is the full parser's to report.
    if (raw.length > 1024 || raw.includes(' #') || typeof plain(raw) !== 'string')
        bail();
    return { key: raw, end: colon };
}
/** A one-line value: quoted, flow collection or plain scalar, followed only by a comment. */
function inline(text, at, line) {
    const cursor = { at };
    const result = flowValue(text, cursor, line, false);
    const rest = text.slice(cursor.at);
    if (!/^\s*$/.test(rest) && !/^\s+#/.test(rest))
        bail();
    return result;
}
function flowValue(text, cursor, line, inFlow) {
    const at = cursor.at;
    const c = text[at];
    if (c === '"' || c === "'") {
        const { value, end } = quoted(text, at);
        cursor.at = end;
        return { value, pos: { kind: 'scalar', line: line + 1, column: at + 1 } };
    }
    if (c === '[') {
        const value = [];
        const node = { kind: 'seq', line: line + 1, column: at + 1, items: [] };
        cursor.at = skipSpaces(text, at + 1);
        while (text[cursor.at] !== ']') {
            const item = flowValue(text, cursor, line, true);
            value.push(item.value);
            node.items.push(item.pos);
            cursor.at = separator(text, cursor.at, ']');
        }
        cursor.at++;
        return { value, pos: node };
    }
    if (c === '{') {
        const value = {};
        const node = { kind: 'map', line: line + 1, column: at + 1, entries: new Map() };
        cursor.at = skipSpaces(text, at + 1);
        while (text[cursor.at] !== '}') {
            const keyAt = cursor.at;
            const key = flowValue(text, cursor, line, true);
            if (typeof key.value !== 'string' ||
                key.value in value ||
                key.value === '__proto__' ||
                cursor.at - keyAt > 1024)
                bail();
            if (text[cursor.at] !== ':' || text[cursor.at + 1] !== ' ')
                bail();
            cursor.at = skipSpaces(text, cursor.at + 1);
            const item = flowValue(text, cursor, line, true);
            value[key.value] = item.value;
            node.entries.set(key.value, { line: line + 1, column: keyAt + 1, value: item.pos });
            cursor.at = separator(text, cursor.at, '}');
        }
        cursor.at++;
        return { value, pos: node };
    }
    if (c === undefined || indicatorStart(text, at))
        bail();
    // Plain scalar: up to a comment (or, in a flow collection, a separator); `: ` inside is an error in YAML.
    let end = at;
    for (; end < text.length; end++) {
        const ch = text.charCodeAt(end);
        const next = text.charCodeAt(end + 1); // NaN past the end
        if (ch === SPACE && next === HASH)
            break;
        if (ch === COLON_CODE && (Number.isNaN(next) || next === SPACE || (inFlow && FLOW_END.has(next)))) {
            if (inFlow)
                break;
            bail();
        }
        if (inFlow && FLOW_CHARS.has(ch))
            break;
    }
    const raw = text.slice(at, end).trimEnd();
    cursor.at = at + raw.length;
    return { value: plain(raw), pos: { kind: 'scalar', line: line + 1, column: at + 1 } };
}
function quoted(text, at) {
    const q = text[at];
    let value = '';
    for (let i = at + 1; i < text.length; i++) {
        const ch = text[i];
        if (q === '"' && ch === '\\')
            bail();
        if (ch === q) {
            if (q === "'" && text[i + 1] === "'") {
                value += "'";
                i++;
                continue;
            }
            return { value, end: i + 1 };
        }
        value += ch;
    }
    return bail();
}
function skipSpaces(text, at) {
    while (text[at] === ' ')
        at++;
    return at;
}
/** After a flow item: `, next` or the closing bracket (a trailing comma or a missing one: full parser). */
function separator(text, at, close) {
    at = skipSpaces(text, at);
    if (text[at] === close)
        return at;
    if (text[at] !== ',')
        bail();
    at = skipSpaces(text, at + 1);
    if (text[at] === close || at >= text.length)
        bail();
    return at;
}
/** YAML 1.2 core schema resolution of a plain scalar (the `yaml` default); nulls and NaN/Inf bail. */
function plain(raw) {
    // Only these first characters can start a null, bool, int or float; anything else is a string.
    if (!/^[-+.0-9~tTfFnN]|^$/.test(raw))
        return raw;
    if (/^(?:~|[Nn]ull|NULL)?$/.test(raw) || /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(raw))
        bail();
    if (/^(?:[Tt]rue|TRUE)$/.test(raw))
        return true;
    if (/^(?:[Ff]alse|FALSE)$/.test(raw))
        return false;
    if (/^0o[0-7]+$/.test(raw))
        return Number.parseInt(raw.slice(2), 8);
    if (/^[-+]?[0-9]+$/.test(raw))
        return Number.parseInt(raw, 10);
    if (/^0x[0-9a-fA-F]+$/.test(raw))
        return Number.parseInt(raw.slice(2), 16);
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(raw))
        return Number.parseFloat(raw);
    if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(raw))
        return Number.parseFloat(raw);
    return raw;
}

;// CONCATENATED MODULE: ./src/hook/fast-lint.ts






/**
 * parseManifest refuses files over 5 MiB; below this many characters (3 UTF-8 bytes each at most) that
 * limit cannot apply, so the fast path never has to repeat it.
 */
const MAX_FAST_CHARS = 1_700_000;
/**
 * `lintText` for the common case, without loading the `yaml` library: a manifest in plain YAML that
 * passes the schema. Zod is loaded only when the zod-free check is not sure. Returns undefined for
 * anything else (unusual YAML, any parse or schema error), and the caller runs `lintText`, which reports
 * those with their positions. A test checks that both give the same findings wherever this one answers.
 */
async function lintFast(text, file) {
    if (text.length > MAX_FAST_CHARS)
        return undefined;
    const doc = parseYamlSubset(text);
    if (!doc)
        return undefined;
    const manifest = fastValidate(doc.value) ?? (await validateWithZod(doc.value));
    if (!manifest)
        return undefined;
    const parsed = { file, manifest, source: doc.source };
    return (0,diagnostics/* sortDiagnostics */.Ds)([
        ...(0,semantics/* checkSemantics */.w9)(parsed),
        ...(0,rules/* lintManifest */.XR)(parsed),
        ...(0,waivers/* checkWaiverIds */.DI)(text, file, rules/* MANIFEST_IDS */.nt),
    ]);
}
async function validateWithZod(value) {
    const { ManifestSchema } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(290)]).then(__webpack_require__.bind(__webpack_require__, 9290));
    const result = ManifestSchema.safeParse(value);
    return result.success ? result.data : undefined;
}


/***/ })

};
