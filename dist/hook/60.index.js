export const id = 60;
export const ids = [60];
export const modules = {

/***/ 7953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w9: () => (/* binding */ checkSemantics)
});

// UNUSED EXPORTS: isSingleSource, sourcesOf

;// CONCATENATED MODULE: ./src/providers/capabilities.ts
/**
 * What each provider can do, as data. Pure (no HTTP client) so the manifest checks, the planner and the
 * docs table can read it without loading a provider. A provider may narrow its own copy at run time
 * (the 2024 Infisical server has no metadata), never widen it.
 */
const PROVIDER_CAPABILITIES = {
    infisical: {
        batchCreate: true,
        batchUpdate: true,
        maxBatchSize: 100,
        perEnvironmentValues: true,
        readableValues: true,
        folders: true,
        tags: true,
        metadata: true,
        comments: true,
        nativeDuplicate: true,
        shares: true,
        pagination: false,
        projectLevelSecrets: false,
    },
    // shared/api/enkryptify-primeintellect.md §A.9: batch create across environments, one PUT per secret,
    // no folders/tags/metadata, share creation contract unknown.
    enkryptify: {
        batchCreate: true,
        batchUpdate: false,
        maxBatchSize: 100,
        perEnvironmentValues: true,
        readableValues: true,
        folders: false,
        tags: false,
        metadata: false,
        comments: true,
        nativeDuplicate: false,
        shares: false,
        pagination: false,
        projectLevelSecrets: true,
    },
    // §B.7: one request per write, values never returned, no environments, paginated list.
    'prime-intellect': {
        batchCreate: false,
        batchUpdate: false,
        maxBatchSize: 1,
        perEnvironmentValues: false,
        readableValues: false,
        folders: false,
        tags: false,
        metadata: false,
        comments: true,
        nativeDuplicate: false,
        shares: false,
        pagination: true,
        projectLevelSecrets: false,
    },
};
/** How each provider is named to people. */
const PROVIDER_NAMES = {
    infisical: 'Infisical',
    enkryptify: 'Enkryptify',
    'prime-intellect': 'Prime Intellect',
};
/**
 * The environment label for providers without environments (Prime Intellect). Parenthesised so it can
 * never be mistaken for, or collide with, a real environment name.
 */
const NO_ENVIRONMENT = '(global)';

// EXTERNAL MODULE: ./src/core/manifest/vocabulary.ts
var vocabulary = __webpack_require__(6205);
;// CONCATENATED MODULE: ./src/core/manifest/provider-checks.ts


/**
 * The environments this manifest manages. Providers without environments get one label that stands for
 * "the provider's single scope", so the planner keeps its (environment, path, key) model unchanged.
 */
function manifestEnvironments(manifest) {
    return hasEnvironments(manifest) ? manifest.environments : [NO_ENVIRONMENT];
}
function hasEnvironments(manifest) {
    return PROVIDER_CAPABILITIES[manifest.provider.type].perEnvironmentValues;
}
/**
 * What the manifest asks for that its provider cannot hold, read from the provider's capabilities:
 * environments, folders, tags, metadata. Rule ids name the provider (`enkryptify-no-tags`) so a reader
 * sees at once that the finding is about this provider, not about the manifest in general.
 */
function checkProviderShape(manifest) {
    const type = manifest.provider.type;
    const caps = PROVIDER_CAPABILITIES[type];
    const name = PROVIDER_NAMES[type];
    const out = [];
    const unsupported = (path, feature, message, hint) => out.push({ path, ruleId: `${type}-no-${feature}`, message, hint });
    if (caps.perEnvironmentValues && manifest.environments.length === 0) {
        out.push({
            path: ['provider', 'type'],
            ruleId: 'environments-required',
            message: `${name} needs \`environments\`: the environments this manifest manages`,
            hint: 'add `environments: [dev, prod]` at the top level',
        });
    }
    if (!caps.perEnvironmentValues) {
        const hint = `remove it: ${name} secrets are global to the person or the team`;
        if (manifest.environments.length > 0)
            unsupported(['environments'], 'environments', `${name} has no environments`, hint);
        manifest.secrets.forEach((secret, i) => {
            if (secret.environments)
                unsupported(['secrets', i, 'environments'], 'environments', `${name} has no environments`, hint);
            if (secret.value && isPerEnvironmentMap(secret.value))
                unsupported(['secrets', i, 'value'], 'environments', `${name} has no environments, so a value cannot be given per environment`, 'give one source: `value: { env: NAME }`');
        });
        manifest.duplicates.forEach((_, i) => {
            unsupported(['duplicates', i], 'environments', `${name} has no environments or folders to duplicate between`, 'remove the duplicate');
        });
    }
    manifest.secrets.forEach((secret, i) => {
        if (!caps.folders && secret.path !== '/')
            unsupported(['secrets', i, 'path'], 'folders', `${name} has no folders; ${secret.key} would be stored at the top level`, "remove `path` (or use '/'); a key prefix can group secrets instead");
        if (!caps.tags && secret.tags !== undefined)
            unsupported(['secrets', i, 'tags'], 'tags', `${name} has no tags`, 'remove `tags` from this secret');
        if (!caps.metadata && secret.metadata !== undefined)
            unsupported(['secrets', i, 'metadata'], 'metadata', `${name} has no secret metadata`, 'remove `metadata`; `comment` is stored');
    });
    return out;
}
function isPerEnvironmentMap(value) {
    const keys = Object.keys(value);
    return !(keys.length === 1 && vocabulary/* VALUE_SOURCE_KINDS */.eB.includes(keys[0]));
}

;// CONCATENATED MODULE: ./src/core/manifest/semantics.ts


/** Checks that need the whole manifest: references between blocks, uniqueness, safe file sources. */
function checkSemantics({ file, manifest, source }) {
    const out = [];
    const report = (path, ruleId, message, hint) => out.push({ file, ...source.locate(path), ruleId, severity: 'error', message, hint });
    const environments = manifestEnvironments(manifest);
    const declared = new Set(environments);
    const knownEnv = (env, path) => {
        if (!declared.has(env)) {
            report(path, 'unknown-environment', `environment '${env}' is not in environments`, `add '${env}' to environments or fix the name`);
        }
    };
    const provider = manifest.provider;
    for (const f of checkProviderShape(manifest))
        report(f.path, f.ruleId, f.message, f.hint);
    if (provider.type === 'infisical' && !provider.projectId && !provider.projectSlug) {
        report(['provider'], 'provider-project', 'provider needs projectId or projectSlug', 'add `projectId:` (the project id from the Infisical project settings)');
    }
    manifest.environments.forEach((env, i) => {
        if (manifest.environments.indexOf(env) !== i) {
            report(['environments', i], 'duplicate-environment', `environment '${env}' is listed twice`, 'remove the second entry');
        }
    });
    const byPathAndKey = new Map();
    manifest.secrets.forEach((secret, i) => {
        const envs = secret.environments ?? environments;
        secret.environments?.forEach((env, j) => {
            knownEnv(env, ['secrets', i, 'environments', j]);
        });
        const single = secret.value !== undefined && isSingleSource(secret.value);
        // Providers without environments get their own finding for a per-environment map.
        if (secret.value && !single && hasEnvironments(manifest)) {
            const map = secret.value;
            for (const env of Object.keys(map)) {
                if (!envs.includes(env)) {
                    report(['secrets', i, 'value', env], 'unknown-environment', `value given for '${env}', which this secret is not in`, `add '${env}' to the secret's environments or remove this source`);
                }
            }
            for (const env of envs) {
                if (!(env in map)) {
                    report(['secrets', i, 'value'], 'value-missing-environment', `no value source for environment '${env}' of ${secret.key}`, `add \`${env}: { env: ... }\` or restrict the secret's environments`);
                }
            }
        }
        if (secret.value && !(single && !('file' in secret.value))) {
            for (const { path, file } of filesOutsideRepository(secret.value, envs)) {
                report(['secrets', i, 'value', ...path], 'file-outside-repository', `file source '${file}' leaves the repository`, 'use a relative path inside the repository, without ..');
            }
        }
        // One finding per entry, naming every environment it clashes in (not one line per environment).
        // Declarations are grouped by path and key, so the usual key (declared once) costs one lookup.
        let inPath = byPathAndKey.get(secret.path);
        if (inPath === undefined) {
            inPath = new Map();
            byPathAndKey.set(secret.path, inPath);
        }
        const earlier = inPath.get(secret.key);
        if (earlier === undefined) {
            inPath.set(secret.key, [{ index: i, envs }]);
            return;
        }
        const clashes = [];
        let first;
        for (const env of envs) {
            const before = earlier.find((d) => d.envs.includes(env));
            if (before) {
                clashes.push(env);
                first ??= before.index;
            }
        }
        earlier.push({ index: i, envs });
        if (clashes.length > 0) {
            report(['secrets', i, 'key'], 'duplicate-key', `${secret.key} is declared twice for ${clashes.join(', ')}:${secret.path} (first in secrets[${first}])`, 'merge the two entries or give them different environments or paths');
        }
    });
    manifest.duplicates.forEach((dup, i) => {
        knownEnv(dup.from.environment, ['duplicates', i, 'from', 'environment']);
        knownEnv(dup.to.environment, ['duplicates', i, 'to', 'environment']);
        if (dup.from.environment === dup.to.environment && dup.from.path === dup.to.path) {
            report(['duplicates', i, 'to'], 'duplicate-same-location', 'a duplicate needs a different destination than its source', 'change to.environment or to.path');
        }
    });
    const shareNames = new Set();
    manifest.shares.forEach((share, i) => {
        knownEnv(share.secret.environment, ['shares', i, 'secret', 'environment']);
        if (shareNames.has(share.name))
            report(['shares', i, 'name'], 'duplicate-share-name', `share name '${share.name}' is used twice`, 'give each share a unique name');
        shareNames.add(share.name);
        const minutes = durationMinutes(share.expiresIn);
        if (minutes < 5 || minutes > 30 * 24 * 60) {
            report(['shares', i, 'expiresIn'], 'share-expiry-range', `expiresIn '${share.expiresIn}' is outside 5m..30d`, 'choose a duration from 5m to 30d, e.g. 24h');
        }
        if (share.access === 'anyone' && !share.password) {
            report(['shares', i, 'access'], 'share-anyone-needs-password', "access 'anyone' without a password makes the link a bearer credential", 'add `password: { env: NAME }` or use access: organization');
        }
    });
    return out;
}
function isSingleSource(value) {
    const keys = Object.keys(value);
    return keys.length === 1 && vocabulary/* VALUE_SOURCE_KINDS */.eB.includes(keys[0]);
}
/** The value source that applies to each environment of a secret. */
function sourcesOf(value, environments) {
    if (!value)
        return [];
    if (isSingleSource(value))
        return environments.map((env) => [env, value]);
    const map = value;
    return environments.filter((env) => env in map).map((env) => [env, map[env]]);
}
/** File sources that leave the repository, each file once per secret, in environment order. */
function filesOutsideRepository(value, environments) {
    if (isSingleSource(value)) {
        const file = value.file;
        return typeof file === 'string' && environments.length > 0 && !isInsideRepository(file)
            ? [{ path: ['file'], file }]
            : [];
    }
    const out = [];
    const checked = new Set();
    for (const env of environments) {
        const file = value[env]?.file;
        if (typeof file !== 'string' || checked.has(file) || !(env in value))
            continue;
        checked.add(file);
        if (!isInsideRepository(file))
            out.push({ path: [env, 'file'], file });
    }
    return out;
}
function isInsideRepository(path) {
    if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\'))
        return false;
    return !path.split(/[\\/]/).includes('..');
}
const MINUTES = { m: 1, h: 60, d: 24 * 60, w: 7 * 24 * 60 };
/** The schema already checked the form `<number><m|h|d|w>`. */
function durationMinutes(text) {
    return Number(text.slice(0, -1)) * MINUTES[text.at(-1)];
}


/***/ }),

/***/ 6205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ DEFAULT_URLS),
/* harmony export */   P4: () => (/* binding */ SHARE_NAME_MAX),
/* harmony export */   TZ: () => (/* binding */ METADATA_KEY_MAX),
/* harmony export */   W7: () => (/* binding */ HTTP_PROTOCOL),
/* harmony export */   Wf: () => (/* binding */ ENV_VAR),
/* harmony export */   Wl: () => (/* binding */ DUPLICATE_ATTRIBUTES),
/* harmony export */   XU: () => (/* binding */ TAG_SLUG),
/* harmony export */   dT: () => (/* binding */ SHARE_ACCESS),
/* harmony export */   eB: () => (/* binding */ VALUE_SOURCE_KINDS),
/* harmony export */   ft: () => (/* binding */ DURATION),
/* harmony export */   gG: () => (/* binding */ GENERATE_CHARSETS),
/* harmony export */   hD: () => (/* binding */ SHARE_DEFAULTS),
/* harmony export */   hn: () => (/* binding */ GENERATE_LENGTH),
/* harmony export */   rc: () => (/* binding */ METADATA_VALUE_MAX),
/* harmony export */   tW: () => (/* binding */ PI_UPDATE_VALUES),
/* harmony export */   uF: () => (/* binding */ ENKRYPTIFY_WORKSPACE),
/* harmony export */   v7: () => (/* binding */ FOLDER_PATH)
/* harmony export */ });
/**
 * The manifest's words, patterns, limits and defaults, without zod: the zod schema (schema.ts) is built
 * from them, and so is the hook's zod-free fast check (src/hook/fast-schema.ts), so the two cannot drift
 * apart on a limit. Modules that only need a constant import it from here and stay free of zod.
 */
const FOLDER_PATH = /^\/([A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*)?$/;
const ENV_VAR = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TAG_SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const ENKRYPTIFY_WORKSPACE = /^[a-z0-9-]{2,48}$/;
const DURATION = /^\d+(m|h|d|w)$/;
const HTTP_PROTOCOL = /^https?$/;
const VALUE_SOURCE_KINDS = ['env', 'literal', 'file', 'generate'];
const GENERATE_CHARSETS = ['alphanumeric', 'hex', 'base64url', 'ascii-printable'];
const GENERATE_LENGTH = { min: 16, max: 4096, default: 32 };
const DUPLICATE_ATTRIBUTES = ['value', 'comment', 'tags', 'metadata'];
const PI_UPDATE_VALUES = ['never', 'always'];
const SHARE_ACCESS = ['organization', 'anyone'];
const METADATA_KEY_MAX = 255;
const METADATA_VALUE_MAX = 1020;
const SHARE_NAME_MAX = 50;
const DEFAULT_URLS = {
    infisical: 'https://app.infisical.com',
    enkryptify: 'https://api.enkryptify.com',
    'prime-intellect': 'https://api.primeintellect.ai',
};
const SHARE_DEFAULTS = { expiresIn: '24h', maxViews: 1, access: 'organization' };


/***/ }),

/***/ 164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nt: () => (/* binding */ MANIFEST_IDS),
  XR: () => (/* binding */ lintManifest)
});

// UNUSED EXPORTS: MANIFEST_RULES, RULES, howToSwitchOff

// EXTERNAL MODULE: ./src/core/rules/dotenv.ts
var dotenv = __webpack_require__(6145);
// EXTERNAL MODULE: ./src/core/rules/literal-secret.ts
var literal_secret = __webpack_require__(3169);
// EXTERNAL MODULE: ./src/core/rules/meta.ts
var meta = __webpack_require__(8782);
// EXTERNAL MODULE: ./src/core/rules/portable.ts
var portable = __webpack_require__(3196);
// EXTERNAL MODULE: ./src/core/rules/key-names.ts
var key_names = __webpack_require__(7941);
// EXTERNAL MODULE: ./src/core/rules/literals.ts
var literals = __webpack_require__(5559);
;// CONCATENATED MODULE: ./src/core/rules/providers.ts


const providerRule = (spec) => ({
    severity: 'error',
    defaultOn: true,
    switchable: 'off-and-waiver',
    targets: ['manifest'],
    ...spec,
});
const eachKey = (ctx, problem) => {
    const out = [];
    ctx.manifest.secrets.forEach((secret, i) => {
        const found = problem(secret.key);
        if (found)
            out.push({ path: ['secrets', i, 'key'], ...found });
    });
    return out;
};
const commentLength = (id, provider, name, field, max) => providerRule({
    id,
    provider,
    description: `A comment is at most ${max} characters (${name}'s \`${field}\`).`,
    why: `${name} rejects a longer \`${field}\`, so apply would fail on that secret.`,
    check: ({ manifest }) => manifest.secrets.flatMap((secret, i) => secret.comment !== undefined && secret.comment.length > max
        ? [
            {
                path: ['secrets', i, 'comment'],
                message: `comment of ${(0,key_names/* showKey */.Nh)(secret.key)} is ${secret.comment.length} characters; ${name} allows ${max}`,
                hint: 'shorten it',
            },
        ]
        : []),
});
const infisicalKeyChars = providerRule({
    id: 'infisical-key-chars',
    provider: 'infisical',
    description: 'An Infisical key has no `:` or `/` and no leading or trailing spaces.',
    why: 'Infisical rejects `:` and `/` in secret names and trims spaces, so the stored key would differ from the manifest.',
    check: (ctx) => eachKey(ctx, (key) => {
        const bad = /[:/]/.exec(key);
        if (bad)
            return {
                message: `key ${(0,key_names/* showKey */.Nh)(key)} contains '${bad[0]}', which Infisical rejects`,
                hint: "use '_' instead",
            };
        if (key !== key.trim())
            return {
                message: `key ${(0,key_names/* showKey */.Nh)(key)} has leading or trailing spaces, which Infisical trims`,
                hint: 'remove the spaces',
            };
        return undefined;
    }),
});
const ENKRYPTIFY_KEY = /^[A-Za-z0-9_-]+$/;
const enkryptifyKeyFormat = providerRule({
    id: 'enkryptify-key-format',
    provider: 'enkryptify',
    description: 'An Enkryptify key is 2–48 characters of `A-Z a-z 0-9 _ -`.',
    why: 'Enkryptify rejects any other name when the secret is created.',
    check: (ctx) => eachKey(ctx, (key) => {
        const hint = 'Enkryptify keys are 2–48 characters of A-Z a-z 0-9 _ -';
        if (key.length < 2 || key.length > 48)
            return { message: `key ${(0,key_names/* showKey */.Nh)(key)} is ${key.length} characters long`, hint };
        if (!ENKRYPTIFY_KEY.test(key))
            return {
                message: `key ${(0,key_names/* showKey */.Nh)(key)} contains ${(0,key_names/* describeChar */.Ip)(/[^A-Za-z0-9_-]/.exec(key)[0])}`,
                hint,
            };
        return undefined;
    }),
});
const enkryptifyCommentLength = commentLength('enkryptify-comment-length', 'enkryptify', 'Enkryptify', 'note', 255);
const ENKRYPTIFY_MAX_VALUE = 65_536;
const enkryptifyValueLength = providerRule({
    id: 'enkryptify-value-length',
    provider: 'enkryptify',
    description: `A literal value is at most ${ENKRYPTIFY_MAX_VALUE} characters.`,
    why: 'Enkryptify rejects longer values.',
    check: ({ manifest }) => (0,literals/* literalValues */.MS)(manifest)
        .filter((l) => l.value.length > ENKRYPTIFY_MAX_VALUE)
        .map((l) => ({
        path: l.path,
        message: `literal value of ${(0,key_names/* showKey */.Nh)(l.key)} is longer than ${ENKRYPTIFY_MAX_VALUE} characters`,
        hint: 'use a file source or shorten it',
    })),
});
const PRIME_KEY = /^[A-Z][A-Z0-9_]*$/;
const primeIntellectKeyFormat = providerRule({
    id: 'prime-intellect-key-format',
    provider: 'prime-intellect',
    description: 'A Prime Intellect key matches `^[A-Z][A-Z0-9_]*$` and is at most 255 characters.',
    why: 'Prime Intellect rejects lower case, hyphens, a leading digit or `_`, and longer names.',
    check: (ctx) => eachKey(ctx, (key) => {
        const hint = 'Prime Intellect keys start with A-Z, then A-Z 0-9 _ (at most 255)';
        if (key.length > 255)
            return { message: `key ${(0,key_names/* showKey */.Nh)(key)} is ${key.length} characters long`, hint };
        if (!PRIME_KEY.test(key))
            return { message: `key ${(0,key_names/* showKey */.Nh)(key)} does not match ^[A-Z][A-Z0-9_]*$`, hint };
        return undefined;
    }),
});
const primeIntellectCommentLength = commentLength('prime-intellect-comment-length', 'prime-intellect', 'Prime Intellect', 'description', 500);
const primeIntellectValueLength = providerRule({
    id: 'prime-intellect-value-length',
    provider: 'prime-intellect',
    description: 'A literal value is not empty.',
    why: 'Prime Intellect requires at least one character.',
    check: ({ manifest }) => (0,literals/* literalValues */.MS)(manifest)
        .filter((l) => l.value.length === 0)
        .map((l) => ({
        path: l.path,
        message: `literal value of ${(0,key_names/* showKey */.Nh)(l.key)} is empty, which Prime Intellect rejects`,
        hint: 'give a value or remove the value source',
    })),
});
const PROVIDER_RULES = [
    infisicalKeyChars,
    enkryptifyKeyFormat,
    enkryptifyCommentLength,
    enkryptifyValueLength,
    primeIntellectKeyFormat,
    primeIntellectCommentLength,
    primeIntellectValueLength,
];

;// CONCATENATED MODULE: ./src/core/rules/team.ts

/** The team's own conventions from the manifest's `rules:` block; each is on only when configured. */
const teamRule = (spec) => ({
    severity: 'error',
    switchable: 'off-and-waiver',
    targets: ['manifest'],
    ...spec,
});
const keyPattern = teamRule({
    id: 'key-pattern',
    description: 'A key matches `rules.key.pattern` (a JavaScript regular expression; anchor it with `^…$`).',
    why: "Enforces the team's naming convention in review instead of after the fact.",
    defaultOn: 'rules.key.pattern',
    check({ manifest }) {
        const source = manifest.rules?.key?.pattern;
        if (source === undefined)
            return [];
        let pattern;
        try {
            pattern = new RegExp(source);
        }
        catch (e) {
            const reason = e instanceof Error ? e.message.split('\n')[0] : 'invalid';
            return [
                {
                    path: ['rules', 'key', 'pattern'],
                    message: `rules.key.pattern is not a valid regular expression: ${reason}`,
                    hint: 'fix the expression',
                },
            ];
        }
        const out = [];
        manifest.secrets.forEach((secret, i) => {
            if (!pattern.test(secret.key)) {
                out.push({
                    path: ['secrets', i, 'key'],
                    message: `key ${(0,key_names/* showKey */.Nh)(secret.key)} does not match rules.key.pattern ${source}`,
                    hint: 'rename it to match the pattern',
                });
            }
        });
        return out;
    },
});
const keyMaxLength = teamRule({
    id: 'key-max-length',
    description: 'A key is at most `rules.key.maxLength` characters.',
    why: 'Some destinations cap name length; a team limit keeps keys within the strictest one.',
    defaultOn: 'rules.key.maxLength',
    check({ manifest }) {
        const max = manifest.rules?.key?.maxLength;
        if (max === undefined)
            return [];
        return manifest.secrets.flatMap((secret, i) => secret.key.length > max
            ? [
                {
                    path: ['secrets', i, 'key'],
                    message: `key ${(0,key_names/* showKey */.Nh)(secret.key)} is ${secret.key.length} characters; rules.key.maxLength is ${max}`,
                    hint: 'shorten it',
                },
            ]
            : []);
    },
});
const pathPrefix = teamRule({
    id: 'path-prefix',
    description: 'A key in a path listed in `rules.prefixes` (or a folder below it) starts with that prefix; the longest listed path wins.',
    why: 'Keeps the owning service visible in the name once secrets are flattened into one environment.',
    defaultOn: 'rules.prefixes',
    check({ manifest }) {
        const prefixes = Object.entries(manifest.rules?.prefixes ?? {}).sort(([a], [b]) => b.length - a.length);
        if (prefixes.length === 0)
            return [];
        const out = [];
        manifest.secrets.forEach((secret, i) => {
            const match = prefixes.find(([path]) => isWithin(secret.path, path));
            if (match && !secret.key.startsWith(match[1])) {
                out.push({
                    path: ['secrets', i, 'key'],
                    message: `key ${(0,key_names/* showKey */.Nh)(secret.key)} in ${secret.path} does not start with ${(0,key_names/* showKey */.Nh)(match[1])} (rules.prefixes ${match[0]})`,
                    hint: `rename it to ${(0,key_names/* showKey */.Nh)(match[1] + secret.key)}`,
                });
            }
        });
        return out;
    },
});
function isWithin(path, folder) {
    return folder === '/' || path === folder || path.startsWith(`${folder}/`);
}
const TEAM_RULES = [keyPattern, keyMaxLength, pathPrefix];

// EXTERNAL MODULE: ./src/core/rules/waivers.ts
var waivers = __webpack_require__(8742);
;// CONCATENATED MODULE: ./src/core/rules/index.ts







/** The rules run on a parsed manifest, in the order they are documented. */
const MANIFEST_RULES = [
    ...portable/* PORTABLE_RULES */.Gt,
    literal_secret/* literalLooksSecret */.YH,
    ...TEAM_RULES,
    ...PROVIDER_RULES,
    ...meta/* META_RULES */.q,
];
/** Every rule, for the docs table and for `rules.off` / waiver validation. */
const RULES = [...MANIFEST_RULES, ...dotenv/* DOTENV_ONLY_RULES */.eP];
const MANIFEST_IDS = new Map(MANIFEST_RULES.map((r) => [r.id, r]));
/** How a rule is switched off, in words, for the docs table. */
function howToSwitchOff(rule) {
    const waiver = `\`# secrets-manifest: allow ${rule.id}\``;
    if (rule.switchable === 'never')
        return 'cannot be switched off: fix the configuration it reports';
    if (rule.switchable === 'waiver-only')
        return `per line only: ${waiver}`;
    if (!rule.targets.includes('manifest'))
        return `\`args: [--off=${rule.id}]\` in the hook config, or ${waiver}`;
    const whole = typeof rule.defaultOn === 'string' ? `remove \`${rule.defaultOn}\`` : `\`rules.off: [${rule.id}]\``;
    return `${whole}, or ${waiver} on the line`;
}
/**
 * Runs every rule that applies to the manifest's provider and is not switched off, in one pass, and
 * positions each finding at the YAML node it names. Waived findings are dropped here, so every front end
 * (CLI, action, hook) honours waivers the same way.
 */
function lintManifest(parsed) {
    const { file, manifest, source } = parsed;
    const off = new Set(manifest.rules?.off ?? []);
    const ctx = { manifest, known: MANIFEST_IDS };
    const out = [];
    for (const rule of MANIFEST_RULES) {
        if (rule.provider !== undefined && rule.provider !== manifest.provider.type)
            continue;
        if (rule.switchable === 'off-and-waiver' && off.has(rule.id))
            continue;
        for (const finding of rule.check(ctx)) {
            const { line, column } = source.locate(finding.path);
            if (rule.switchable !== 'never' && (0,waivers/* isWaived */.$y)(rule.id, line, source.lineText))
                continue;
            out.push({
                file,
                line,
                column,
                ruleId: rule.id,
                severity: rule.severity,
                message: finding.message,
                ...(finding.hint ? { hint: finding.hint } : {}),
            });
        }
    }
    return out;
}


/***/ })

};
