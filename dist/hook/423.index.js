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
    // A key present with the value undefined (never so in parsed YAML) is where zod and `!== undefined` differ.
    for (const key in from)
        check(allowed.includes(key) && from[key] !== undefined);
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
const SECRET_FIELDS = ['key', 'path', 'comment', 'tags', 'metadata', 'environments', 'value'];
const tagSlug = matching(vocabulary/* TAG_SLUG */.XU);
const envVar = matching(vocabulary/* ENV_VAR */.Wf);
const metadataKey = (k) => string(k, 1, vocabulary/* METADATA_KEY_MAX */.TZ);
const metadataValue = (v) => string(v, 0, vocabulary/* METADATA_VALUE_MAX */.rc);
/** Secrets are most of a large manifest, so this one is written out field by field, without closures. */
function secret(value) {
    const from = strict(value, SECRET_FIELDS);
    const out = { key: nonEmpty(from.key), path: from.path === undefined ? '/' : folderPath(from.path) };
    if (from.comment !== undefined)
        out.comment = string(from.comment);
    if (from.tags !== undefined)
        out.tags = array(from.tags, tagSlug);
    if (from.metadata !== undefined)
        out.metadata = record(from.metadata, metadataKey, metadataValue);
    if (from.environments !== undefined)
        out.environments = array(from.environments, nonEmpty, 1);
    if (from.value !== undefined)
        out.value = secretValue(from.value);
    return out;
}
/** One source, or (when it is not one) a map environment -> source, in zod's union order. */
function secretValue(value) {
    return source(value, false) ?? record(value, nonEmpty, requiredSource);
}
const requiredSource = (value) => source(value, true);
function source(value, required) {
    let kind;
    let count = 0;
    if (typeof value === 'object' && value !== null) {
        for (const key in value) {
            kind = key;
            if (++count > 1)
                break;
        }
    }
    const from = value;
    if (count !== 1 || (typeof from[kind] === 'object') !== (kind === 'generate')) {
        check(!required);
        return undefined;
    }
    if (kind === 'env')
        return { env: envVar(from.env) };
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
/**
 * The SourceMap contract of createSourceMap, over positions read only when first asked for: a manifest
 * without findings never needs one, and recording them costs as much as reading the values.
 */
function sourceMap(readPositions, lines) {
    let root;
    const START = { line: 1, column: 1 };
    const at = (n) => (n ? { line: n.line, column: n.column } : START);
    const walk = (path) => {
        root ??= readPositions();
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

const EXOTIC_WHITESPACE = /[\t\r\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\uFEFF]/;
const [SPACE, HASH, COLON, DASH, DOT, PERCENT] = [32, 35, 58, 45, 46, 37];
const [SQUOTE, DQUOTE] = [39, 34];
const [COMMA, OPEN_SEQ, CLOSE_SEQ, OPEN_MAP, CLOSE_MAP] = [44, 91, 93, 123, 125];
/** Characters that cannot start a plain scalar (YAML indicators), by char code. */
const INDICATOR = charTable('-?:,[]{}#&*!|>\'"%@`');
/** First characters of a plain scalar that might resolve to something other than a string. */
const MAYBE_NOT_STRING = charTable('-+.0123456789~tTfFnN');
function charTable(chars) {
    const table = new Uint8Array(128);
    for (const c of chars)
        table[c.charCodeAt(0)] = 1;
    return table;
}
function parseYamlSubset(text) {
    // Tabs, CRs and exotic spaces change what counts as indentation or whitespace: full parser.
    if (EXOTIC_WHITESPACE.test(text))
        return undefined;
    const lines = text.split('\n');
    const read = readDocument(lines, false);
    if (!read)
        return undefined;
    const readPositions = () => {
        const again = readDocument(lines, true);
        if (!again?.pos)
            throw new Error('fast YAML reader: the second reading differs from the first');
        return again.pos;
    };
    return { value: read.value, source: sourceMap(readPositions, lines) };
}
/** Values only, or values and positions (`track`): the same reading either way. */
function readDocument(lines, track) {
    try {
        const reader = new Reader(lines, track);
        const first = reader.nextContent(0);
        if (first < 0)
            return undefined;
        const value = reader.block(first, spaces(lines[first], 0));
        if (reader.nextContent(reader.line) >= 0)
            bail();
        return { value, pos: reader.pos };
    }
    catch (e) {
        if (e instanceof Bail)
            return undefined;
        throw e;
    }
}
/** Spaces from `from` on (indentation is spaces only: tabs were ruled out above). */
function spaces(text, from) {
    let i = from;
    while (text.charCodeAt(i) === SPACE)
        i++;
    return i - from;
}
const dashSpaceAt = (text, at) => text.charCodeAt(at) === DASH && text.charCodeAt(at + 1) === SPACE;
/** First `: ` or `:` at the end of the line at or after `from`, or -1. */
function colonFrom(text, from) {
    for (let i = text.indexOf(':', from); i >= 0; i = text.indexOf(':', i + 1)) {
        const next = text.charCodeAt(i + 1);
        if (next === SPACE || Number.isNaN(next))
            return i;
    }
    return -1;
}
/**
 * The longest plain scalar from `lastIndex`: it stops before ` #`, before `:` followed by a space or the
 * end, and in a flow collection before `,[]{}` and a `:` followed by `,]}`. Regular expressions run as
 * native code from the start, where a loop over characters would run in the interpreter at first.
 */
const BLOCK_PLAIN = /(?:[^ :]| (?!#)|:(?! |$))*/y;
const FLOW_PLAIN = /(?:[^ :,[\]{}]| (?!#)|:(?![ ,\]}]|$))*/y;
function plainEnd(text, at, inFlow) {
    const pattern = inFlow ? FLOW_PLAIN : BLOCK_PLAIN;
    pattern.lastIndex = at;
    pattern.test(text);
    return pattern.lastIndex;
}
/** A plain scalar cannot start with an indicator, except `-?:` followed by a non-space ("safe"). */
function indicatorStart(text, at) {
    const c = text.charCodeAt(at);
    if (!(c < 128 && INDICATOR[c]))
        return false;
    if (c !== DASH && c !== 63 && c !== COLON)
        return true;
    const next = text.charCodeAt(at + 1);
    return Number.isNaN(next) || next === SPACE || next === COMMA || isBracket(next);
}
const isBracket = (c) => c === OPEN_SEQ || c === CLOSE_SEQ || c === OPEN_MAP || c === CLOSE_MAP;
/**
 * Reads block collections line by line and one-line values character by character. Each method returns
 * the value it read; when tracking, it leaves that node's position in `pos` for the caller to file.
 */
class Reader {
    lines;
    track;
    /** The line after the node read last. */
    line = 0;
    /** Within a one-line value: the next character to read. */
    at = 0;
    pos;
    /** The indentation of the line `nextContent` found last. */
    indent = 0;
    /** The text of the quoted scalar read last. */
    quotedText = '';
    /** The block mapping key read last. */
    keyText = '';
    constructor(lines, track) {
        this.lines = lines;
        this.track = track;
    }
    /** Index of the next line with content at or after `from`, or -1. */
    nextContent(from) {
        const lines = this.lines;
        for (let i = from; i < lines.length; i++) {
            const text = lines[i];
            const start = spaces(text, 0);
            if (start === text.length || text.charCodeAt(start) === HASH)
                continue;
            // Document markers (---, ...) and directives (%) are the full parser's.
            const c = text.charCodeAt(0);
            if (c === PERCENT)
                bail();
            if ((c === DASH || c === DOT) && /^(---|\.\.\.)( |$)/.test(text))
                bail();
            this.indent = start;
            return i;
        }
        return -1;
    }
    /** The block node (map or sequence) whose first line is `at`, indented by `indent`. */
    block(at, indent) {
        const text = this.lines[at];
        if (dashSpaceAt(text, indent))
            return this.seq(at, indent);
        // "-" alone (an item on the following lines) is left to the full parser.
        if (text.charCodeAt(indent) === DASH && spaces(text, indent + 1) === text.length - indent - 1)
            bail();
        return this.map(at, indent);
    }
    seq(at, indent) {
        const lines = this.lines;
        const value = [];
        const pos = this.track
            ? { kind: 'seq', line: at + 1, column: indent + 1, items: [] }
            : undefined;
        let i = at;
        let lineIndent = indent;
        while (i >= 0 && lineIndent === indent && dashSpaceAt(lines[i], indent)) {
            const text = lines[i];
            const start = indent + 2 + spaces(text, indent + 2);
            if (start >= text.length || text.charCodeAt(start) === HASH)
                bail();
            if (isKeyAt(text, start)) {
                value.push(this.map(i, start));
            }
            else {
                value.push(this.inline(text, start, i));
                this.line = i + 1;
            }
            if (pos)
                pos.items.push(this.pos);
            i = this.nextContent(this.line);
            lineIndent = this.indent;
            if (i >= 0 && lineIndent > indent)
                bail();
        }
        this.line = i < 0 ? lines.length : i;
        this.pos = pos;
        return value;
    }
    map(at, indent) {
        const lines = this.lines;
        const value = {};
        const pos = this.track
            ? { kind: 'map', line: at + 1, column: indent + 1, entries: new Map() }
            : undefined;
        let i = at;
        let lineIndent = indent;
        // The first entry of a sequence item map ("- key: v") starts mid-line; the rest start at `indent`.
        while (i >= 0 && (i === at || lineIndent === indent)) {
            const text = lines[i];
            if (dashSpaceAt(text, indent))
                bail();
            const colon = this.readKey(text, indent);
            const key = this.keyText;
            if (key in value || key === '__proto__')
                bail();
            const after = colon + 1 + spaces(text, colon + 1);
            if (after >= text.length || text.charCodeAt(after) === HASH) {
                if (after < text.length && text.charCodeAt(after - 1) !== SPACE)
                    bail();
                const next = this.nextContent(i + 1);
                if (next < 0)
                    bail();
                const nextIndent = this.indent;
                const seqHere = nextIndent === indent && dashSpaceAt(lines[next], indent);
                if (nextIndent <= indent && !seqHere)
                    bail();
                value[key] = this.block(next, nextIndent);
            }
            else {
                value[key] = this.inline(text, after, i);
                this.line = i + 1;
            }
            if (pos)
                pos.entries.set(key, { line: i + 1, column: indent + 1, value: this.pos });
            i = this.nextContent(this.line);
            lineIndent = this.indent;
            if (i >= 0 && lineIndent > indent)
                bail();
        }
        this.line = i < 0 ? lines.length : i;
        this.pos = pos;
        return value;
    }
    /** Reads the key starting at `at` into `keyText` and returns the index of its colon. */
    readKey(text, at) {
        const c = text.charCodeAt(at);
        if (c === DQUOTE || c === SQUOTE) {
            const end = this.quoted(text, at);
            if (end - at > 1024)
                bail();
            const colon = end + spaces(text, end);
            if (text.charCodeAt(colon) !== COLON ||
                (colon + 1 < text.length && text.charCodeAt(colon + 1) !== SPACE))
                bail();
            this.keyText = this.quotedText;
            return colon;
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
        this.keyText = raw;
        return colon;
    }
    /** A one-line value: quoted, flow collection or plain scalar, followed only by a comment. */
    inline(text, at, line) {
        this.at = at;
        const value = this.flowValue(text, line, false);
        const end = this.at;
        const rest = end + spaces(text, end);
        if (rest < text.length && !(rest > end && text.charCodeAt(rest) === HASH))
            bail();
        return value;
    }
    flowValue(text, line, inFlow) {
        const at = this.at;
        const c = text.charCodeAt(at);
        if (c === DQUOTE || c === SQUOTE) {
            this.at = this.quoted(text, at);
            if (this.track)
                this.pos = { kind: 'scalar', line: line + 1, column: at + 1 };
            return this.quotedText;
        }
        if (c === OPEN_SEQ)
            return this.flowSeq(text, line, at);
        if (c === OPEN_MAP)
            return this.flowMap(text, line, at);
        if (at >= text.length || indicatorStart(text, at))
            bail();
        // Plain scalar: up to a comment (or, in a flow collection, a separator); `: ` inside is an error in YAML.
        let end = plainEnd(text, at, inFlow);
        if (!inFlow && text.charCodeAt(end) === COLON)
            bail();
        while (end > at && text.charCodeAt(end - 1) === SPACE)
            end--;
        this.at = end;
        if (this.track)
            this.pos = { kind: 'scalar', line: line + 1, column: at + 1 };
        return plain(text.slice(at, end));
    }
    flowSeq(text, line, at) {
        const value = [];
        const node = this.track
            ? { kind: 'seq', line: line + 1, column: at + 1, items: [] }
            : undefined;
        this.at = at + 1 + spaces(text, at + 1);
        while (text.charCodeAt(this.at) !== CLOSE_SEQ) {
            value.push(this.flowValue(text, line, true));
            if (node)
                node.items.push(this.pos);
            this.at = separator(text, this.at, CLOSE_SEQ);
        }
        this.at++;
        this.pos = node;
        return value;
    }
    flowMap(text, line, at) {
        const value = {};
        const node = this.track
            ? { kind: 'map', line: line + 1, column: at + 1, entries: new Map() }
            : undefined;
        this.at = at + 1 + spaces(text, at + 1);
        while (text.charCodeAt(this.at) !== CLOSE_MAP) {
            const keyAt = this.at;
            const key = this.flowValue(text, line, true);
            if (typeof key !== 'string' || key in value || key === '__proto__' || this.at - keyAt > 1024)
                bail();
            if (text.charCodeAt(this.at) !== COLON || text.charCodeAt(this.at + 1) !== SPACE)
                bail();
            this.at = this.at + 1 + spaces(text, this.at + 1);
            value[key] = this.flowValue(text, line, true);
            if (node)
                node.entries.set(key, { line: line + 1, column: keyAt + 1, value: this.pos });
            this.at = separator(text, this.at, CLOSE_MAP);
        }
        this.at++;
        this.pos = node;
        return value;
    }
    /** A quoted scalar starting at `at`: its text goes to `quotedText`; returns the index after it. */
    quoted(text, at) {
        if (text.charCodeAt(at) === DQUOTE) {
            const close = text.indexOf('"', at + 1);
            if (close < 0)
                bail();
            // Escapes are the full parser's.
            const backslash = text.indexOf('\\', at + 1);
            if (backslash >= 0 && backslash < close)
                bail();
            this.quotedText = text.slice(at + 1, close);
            return close + 1;
        }
        let value = '';
        for (let from = at + 1;;) {
            const close = text.indexOf("'", from);
            if (close < 0)
                bail();
            value += text.slice(from, close);
            if (text.charCodeAt(close + 1) !== SQUOTE) {
                this.quotedText = value;
                return close + 1;
            }
            value += "'";
            from = close + 2;
        }
    }
}
/** Does a mapping key (`key:` followed by a space or the end of the line) start at `at`? */
function isKeyAt(text, at) {
    const c = text.charCodeAt(at);
    if (c === DQUOTE || c === SQUOTE) {
        const close = text.indexOf(text[at], at + 1);
        if (close <= 0)
            return false;
        const colon = close + 1 + spaces(text, close + 1);
        return (text.charCodeAt(colon) === COLON && (colon + 1 === text.length || text.charCodeAt(colon + 1) === SPACE));
    }
    if (c === OPEN_SEQ || c === OPEN_MAP)
        return false;
    const colon = colonFrom(text, at);
    if (colon <= at)
        return false;
    const comment = text.indexOf(' #', at);
    return comment < 0 || comment + 2 > colon;
}
/** After a flow item: `, next` or the closing bracket (a trailing comma or a missing one: full parser). */
function separator(text, at, close) {
    at += spaces(text, at);
    if (text.charCodeAt(at) === close)
        return at;
    if (text.charCodeAt(at) !== COMMA)
        bail();
    at += 1 + spaces(text, at + 1);
    if (text.charCodeAt(at) === close || at >= text.length)
        bail();
    return at;
}
/** YAML 1.2 core schema resolution of a plain scalar (the `yaml` default); nulls and NaN/Inf bail. */
function plain(raw) {
    // Only these first characters can start a null, bool, int or float; anything else is a string.
    const first = raw.charCodeAt(0);
    if (raw.length > 0 && !(first < 128 && MAYBE_NOT_STRING[first]))
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
