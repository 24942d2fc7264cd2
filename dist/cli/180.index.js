export const id = 180;
export const ids = [180];
export const modules = {

/***/ 9180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  InfisicalProvider: () => (/* binding */ InfisicalProvider)
});

// EXTERNAL MODULE: ./src/core/seam/types.ts
var types = __webpack_require__(7059);
// EXTERNAL MODULE: ./src/http/client.ts + 3 modules
var client = __webpack_require__(4997);
// EXTERNAL MODULE: ./src/util/pool.ts
var pool = __webpack_require__(704);
// EXTERNAL MODULE: ./src/providers/infisical/capabilities.ts
var capabilities = __webpack_require__(5141);
// EXTERNAL MODULE: ./src/providers/reply.ts
var reply = __webpack_require__(1218);
;// CONCATENATED MODULE: ./src/providers/infisical/wire-guards.ts
/** What z.object accepts. */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v) => typeof v === 'string';
/** A `.nullish()` field (or `z.unknown().optional()`): absent stays absent, null and valid values are kept. */
function optional(out, input, key, check) {
    if (!(key in input))
        return true;
    const v = input[key];
    if (v === undefined || v === null || check(v)) {
        out[key] = v;
        return true;
    }
    return false;
}
/** A nullish field whose value is built anew (a nested object or list); `build` answers undefined to reject. */
function optionalBuilt(out, input, key, build) {
    if (!(key in input))
        return true;
    const v = input[key];
    if (v === undefined || v === null) {
        out[key] = v;
        return true;
    }
    const built = build(v);
    if (built === undefined)
        return false;
    out[key] = built;
    return true;
}
/** z.array(item): a new list of the items as built, or undefined when one is rejected. */
function list(v, item) {
    if (!Array.isArray(v))
        return undefined;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const built = item(v[i]);
        if (built === undefined)
            return undefined;
        out[i] = built;
    }
    return out;
}
/** z.record(z.string(), z.unknown()): own keys but `__proto__`, which zod never copies. */
function record(v) {
    if (!isObject(v))
        return undefined;
    const out = {};
    for (const key of Object.keys(v))
        if (key !== '__proto__')
            out[key] = v[key];
    return out;
}
const slugOnly = (v) => (isObject(v) && isString(v.slug) ? { slug: v.slug } : undefined);
function metadataEntry(v) {
    if (!isObject(v) || !isString(v.key))
        return undefined;
    const out = { key: v.key };
    return optional(out, v, 'value', isString) ? out : undefined;
}
/** A field of `.nullish()` strings that is neither absent, null nor a string (for JSON, absent is undefined). */
const notNullishString = (v) => v !== undefined && v !== null && typeof v !== 'string';
// Written out field by field rather than with `optional`: it runs once per listed secret.
function wireSecret(v) {
    if (!isObject(v))
        return undefined;
    const { id, _id, type, secretKey, secretValue, secretComment, secretValueHidden, secretPath } = v;
    if (typeof secretKey !== 'string' ||
        notNullishString(id) ||
        notNullishString(_id) ||
        notNullishString(type) ||
        notNullishString(secretValue) ||
        notNullishString(secretComment) ||
        notNullishString(secretPath) ||
        (secretValueHidden !== undefined && secretValueHidden !== null && typeof secretValueHidden !== 'boolean'))
        return undefined;
    const out = {};
    if (id !== undefined)
        out.id = id;
    if (_id !== undefined)
        out._id = _id;
    if (type !== undefined)
        out.type = type;
    out.secretKey = secretKey;
    if (secretValue !== undefined)
        out.secretValue = secretValue;
    if (secretComment !== undefined)
        out.secretComment = secretComment;
    if (secretValueHidden !== undefined)
        out.secretValueHidden = secretValueHidden;
    if (secretPath !== undefined)
        out.secretPath = secretPath;
    const { tags, secretMetadata, metadata } = v;
    const builtTags = nullishBuilt(tags, slugList);
    const builtMetadataList = nullishBuilt(secretMetadata, metadataList);
    const builtMetadata = nullishBuilt(metadata, record);
    if (builtTags === REJECTED || builtMetadataList === REJECTED || builtMetadata === REJECTED)
        return undefined;
    if (tags !== undefined)
        out.tags = builtTags;
    if (secretMetadata !== undefined)
        out.secretMetadata = builtMetadataList;
    if (metadata !== undefined)
        out.metadata = builtMetadata;
    return out;
}
const REJECTED = Symbol('rejected');
/** A nullish field's value: itself when absent or null, else as `build` makes it, or REJECTED. */
function nullishBuilt(v, build) {
    return v === undefined || v === null ? v : (build(v) ?? REJECTED);
}
const slugList = (v) => list(v, slugOnly);
const metadataList = (v) => list(v, metadataEntry);
function secretList(json) {
    if (!isObject(json))
        return undefined;
    const secrets = list(json.secrets, wireSecret);
    return secrets && { secrets };
}
function login(json) {
    return isObject(json) && isString(json.accessToken)
        ? { accessToken: json.accessToken }
        : undefined;
}
function project(json) {
    if (!isObject(json) || !isString(json.id))
        return undefined;
    const out = { id: json.id };
    if (!optional(out, json, 'name', isString))
        return undefined;
    const environments = list(json.environments, slugOnly);
    if (!environments)
        return undefined;
    out.environments = environments;
    return out;
}
/** `{project}`, `{workspace}` or bare, as ProjectReply in wire.ts. */
function wrappedProject(field, json) {
    if (!isObject(json))
        return undefined;
    const inner = project(json[field]);
    return inner && { [field]: inner };
}
const tag = (v) => isObject(v) && isString(v.id) && isString(v.slug)
    ? { id: v.id, slug: v.slug }
    : undefined;
function tagList(field, json) {
    if (!isObject(json))
        return undefined;
    const tags = list(json[field], tag);
    return tags && { [field]: tags };
}
function approvalOf(v) {
    if (!isObject(v))
        return undefined;
    const out = {};
    return optional(out, v, 'id', isString) ? out : undefined;
}
function batch(json) {
    if (!isObject(json))
        return undefined;
    const out = {};
    return optionalBuilt(out, json, 'approval', approvalOf) ? out : undefined;
}
function createdShare(json) {
    return isObject(json) && isString(json.sharedSecretLink)
        ? { sharedSecretLink: json.sharedSecretLink }
        : undefined;
}
const any = () => true;
function listedShare(v) {
    if (!isObject(v) || !isString(v.id))
        return undefined;
    const out = { id: v.id };
    if (!optional(out, v, 'name', isString) || !isString(v.expiresAt))
        return undefined;
    out.expiresAt = v.expiresAt;
    for (const key of ['createdAt', 'accessType', 'expiresAfterViews'])
        optional(out, v, key, any);
    return out;
}
function shareList(json) {
    if (!isObject(json))
        return undefined;
    const secrets = list(json.secrets, listedShare);
    return secrets && { secrets };
}
function duplicateResult(v) {
    if (!isObject(v))
        return undefined;
    const out = {};
    return optional(out, v, 'sourceSecretId', isString) && optionalBuilt(out, v, 'approval', approvalOf)
        ? out
        : undefined;
}
function duplicate(json) {
    if (!isObject(json))
        return undefined;
    const results = list(json.results, duplicateResult);
    return results && { results };
}
/** ErrorReply: any object; its `message` and `error` as they are. */
function errorReply(json) {
    if (!isObject(json))
        return undefined;
    const out = {};
    optional(out, json, 'message', any);
    optional(out, json, 'error', any);
    return out;
}
/** ValidationIssue: the path of one 422 issue. */
function validationIssue(json) {
    if (!isObject(json))
        return undefined;
    const path = list(json.path, (p) => typeof p === 'string' || (typeof p === 'number' && Number.isFinite(p)) ? p : undefined);
    return path && { path };
}

;// CONCATENATED MODULE: ./src/providers/infisical/errors.ts


/**
 * An error reply as a ProviderError that is safe to print: the status, the server's own short message
 * (never the whole body) and, where we know one, what to do about it.
 */
function replyError(operation, res) {
    const message = serverMessage(res.json);
    return (0,reply/* failedRequest */.R6)(operation, res.status, message, hintFor(res.status, message));
}
/** The server's `message`; for a 422 validation failure, the paths of its issues (they echo no input). */
function serverMessage(json) {
    const message = errorReply(json)?.message;
    if (typeof message === 'string')
        return (0,reply/* clipMessage */.Io)(message);
    if (Array.isArray(message)) {
        const paths = message.flatMap((i) => {
            const path = validationIssue(i)?.path;
            return path?.length ? [path.join('.')] : [];
        });
        return `request rejected by validation${paths.length ? ` at ${[...new Set(paths)].slice(0, 5).join(', ')}` : ''}`;
    }
    return '';
}
function isRouteNotFound(res) {
    return res.status === 404 && /^Route \S+ not found/.test(serverMessage(res.json));
}
/** A batch refused for its size: the body limit (413) or a server cap on items ("too many"). */
function refusedForSize(res) {
    if (res.status === 413)
        return true;
    return res.status === 400 && /too (many|large|long)|maximum|at most|exceed/i.test(serverMessage(res.json));
}
function isTokenError(res) {
    return res.status === 401 || (res.status === 403 && errorReply(res.json)?.error === 'TokenError');
}
function hintFor(status, message) {
    if (status === 401 && /invalid credentials/i.test(message))
        return 'check the client id and client secret of the machine identity';
    if (status === 401 && /locked/i.test(message))
        return 'too many failed logins locked the identity; wait a few minutes and check the credentials';
    if (/^Access denied: OIDC/i.test(message))
        return undefined;
    if (status === 403 && /not allowed/i.test(message))
        return 'give the machine identity a project role that allows this';
    if (status === 403)
        return 'the identity may not be a member of this project, or its token is invalid';
    if (status === 429)
        return 'rate limited; try again later or lower the request rate';
    return undefined;
}

;// CONCATENATED MODULE: ./src/providers/infisical/replies.ts


/*
 * Each reply Infisical sends, read: checked by its zod-free guard (wire-guards.ts) and, only when the
 * guard rejects it, by its zod schema (wire.ts, loaded then), whose error names the route and the issue.
 */
const schemas = () => __webpack_require__.e(/* import() */ 350).then(__webpack_require__.bind(__webpack_require__, 2350));
function read(check, pick, json, route, operation) {
    // `pick` names the schema that `check` mirrors; wire-guards.test.ts holds the two to the same output.
    return (0,reply/* checkReply */.xk)(check, () => schemas().then(pick), json, route, operation);
}
const readLogin = (json, route, operation) => read(login, (w) => w.LoginReply, json, route, operation);
const readSecretList = (json, route, operation) => read(secretList, (w) => w.SecretListReply, json, route, operation);
const readBatch = (json, route, operation) => read(batch, (w) => w.BatchReply, json, route, operation);
const readCreatedShare = (json, route, operation) => read(createdShare, (w) => w.CreatedShareReply, json, route, operation);
const readShareList = (json, route, operation) => read(shareList, (w) => w.ShareListReply, json, route, operation);
const readDuplicate = (json, route, operation) => read(duplicate, (w) => w.DuplicateReply, json, route, operation);
/** The project read: wrapped in `{project}` (modern) or `{workspace}` (2024) when read by id, bare by slug. */
async function readProject(json, wrapper, route, operation) {
    if (!wrapper)
        return read(project, (w) => w.ProjectReply.bare, json, route, operation);
    const reply = await read((j) => wrappedProject(wrapper, j), (w) => w.ProjectReply[wrapper], json, route, operation);
    return reply[wrapper];
}
/** The project's tags, under `tags` (modern) or `workspaceTags` (2024). */
async function readTags(json, field, route, operation) {
    const reply = await read((j) => tagList(field, j), (w) => w.TagListReply[field], json, route, operation);
    return reply[field];
}
function toRemoteSecret(s, scope) {
    const metadata = {};
    if (s.secretMetadata)
        for (const m of s.secretMetadata)
            metadata[m.key] = m.value ?? '';
    else if (s.metadata)
        for (const [key, value] of Object.entries(s.metadata))
            metadata[key] = String(value ?? '');
    return {
        id: String(s.id ?? s._id ?? ''),
        environment: scope.environment,
        path: s.secretPath ?? scope.path,
        key: s.secretKey,
        value: s.secretValueHidden ? undefined : (s.secretValue ?? ''),
        comment: s.secretComment ?? '',
        tags: (s.tags ?? []).map((t) => t.slug).sort(),
        metadata,
    };
}

;// CONCATENATED MODULE: ./src/providers/infisical/duplicate.ts



/** `POST /api/v4/secrets/duplicate`: every attribute flag is sent, since each defaults to false. */
async function duplicateSecrets(send, projectId, req) {
    const operation = `duplicate ${req.sourceIds.length} secret(s) ${req.from.environment}:${req.from.path} → ${req.to.environment}:${req.to.path}`;
    const body = {
        projectId,
        sourceEnvironment: req.from.environment,
        sourceSecretPath: req.from.path,
        destinationEnvironment: req.to.environment,
        destinationSecretPath: req.to.path,
        secretIds: req.sourceIds,
        shouldOverwrite: req.overwrite,
        attributesToCopy: {
            value: req.copy.includes('value'),
            comment: req.copy.includes('comment'),
            tags: req.copy.includes('tags'),
            metadata: req.copy.includes('metadata'),
        },
    };
    const res = await send({
        method: 'POST',
        path: '/api/v4/secrets/duplicate',
        body,
        operation,
        idempotent: false,
    });
    if (isRouteNotFound(res))
        throw new types/* UnsupportedOperation */.D9(`${operation}: the server has no duplicate route`, 404);
    if (res.status !== 200)
        throw replyError(operation, res);
    const { results } = await readDuplicate(res.json, 'POST /api/v4/secrets/duplicate', operation);
    const byId = new Map(results.map((r) => [r.sourceSecretId, r]));
    // Approval replies may not carry the source id; fall back to the position in the request.
    return req.sourceIds.map((id, i) => {
        const r = byId.get(id) ?? results[i];
        return r?.approval
            ? { status: 'pending-approval', approvalId: String(r.approval.id ?? '') }
            : { status: 'applied' };
    });
}

;// CONCATENATED MODULE: ./src/providers/infisical/list-plan.ts
/**
 * One read per environment: a single managed folder is listed alone; several are listed with one
 * recursive read of the deepest folder that holds them all, so an environment costs one request and
 * nothing above the managed folders is pulled.
 */
function planListReads(scopes) {
    const byEnvironment = new Map();
    scopes.forEach((s, i) => {
        const list = byEnvironment.get(s.environment) ?? [];
        list.push(i);
        byEnvironment.set(s.environment, list);
    });
    return [...byEnvironment].map(([environment, indexes]) => {
        const paths = [...new Set(indexes.map((i) => scopes[i].path))];
        const root = paths.length === 1 ? paths[0] : commonFolder(paths);
        return { environment, root, recursive: paths.length > 1, scopes: indexes };
    });
}
/** The deepest folder that is `path` or holds it. */
function isWithin(path, folder) {
    return folder === '/' || path === folder || path.startsWith(`${folder}/`);
}
function commonFolder(paths) {
    const split = paths.map((p) => p.split('/').filter(Boolean));
    const common = [];
    for (let i = 0; split.every((s) => i < s.length && s[i] === split[0][i]); i++)
        common.push(split[0][i]);
    return `/${common.join('/')}`;
}

;// CONCATENATED MODULE: ./src/providers/infisical/normalize.ts
/**
 * Infisical trims values on write but keeps exactly one trailing newline when the input ended with one
 * ("  x  " is stored as "x", "x\n\n" as "x\n"). Comparing against that form keeps a re-plan clean.
 */
function normalizeInfisicalValue(value) {
    const trimmed = value.trim();
    return value.endsWith('\n') ? `${trimmed}\n` : trimmed;
}

;// CONCATENATED MODULE: ./src/providers/infisical/routes.ts
const ROUTES = {
    modern: {
        project: ({ id, slug }) => (id ? `/api/v1/projects/${enc(id)}` : `/api/v1/projects/slug/${enc(slug)}`),
        projectWrapper: (byId) => (byId ? 'project' : undefined),
        tags: (id) => `/api/v1/projects/${enc(id)}/tags`,
        tagsField: 'tags',
        secrets: '/api/v4/secrets',
        batch: '/api/v4/secrets/batch',
        folders: '/api/v2/folders',
        projectField: 'projectId',
    },
    legacy: {
        project: ({ id, slug }) => (id ? `/api/v1/workspace/${enc(id)}` : `/api/v2/workspace/${enc(slug)}`),
        projectWrapper: (byId) => (byId ? 'workspace' : undefined),
        tags: (id) => `/api/v1/workspace/${enc(id)}/tags`,
        tagsField: 'workspaceTags',
        secrets: '/api/v3/secrets/raw',
        batch: '/api/v3/secrets/batch/raw',
        folders: '/api/v1/folders',
        projectField: 'workspaceId',
    },
};
const enc = encodeURIComponent;

;// CONCATENATED MODULE: ./src/providers/infisical/session.ts



/**
 * Holds the access token. Logs in lazily, once; on a token rejection mid-run it logs in again at most
 * once, because repeated failed universal-auth logins lock the identity for minutes.
 */
class InfisicalSession {
    http;
    credentials;
    register;
    token;
    relogins = 0;
    constructor(http, credentials, register) {
        this.http = http;
        this.credentials = credentials;
        this.register = register;
        if (credentials.method === 'token')
            this.setToken(credentials.token);
    }
    async send(req) {
        if (!this.token)
            await this.login();
        const res = await this.http.send(this.authorize(req));
        if (!isTokenError(res) || !this.canRelogin())
            return res;
        this.relogins++;
        await this.login();
        return this.http.send(this.authorize(req));
    }
    authorize(req) {
        return { ...req, headers: { ...req.headers, authorization: `Bearer ${this.token}` } };
    }
    canRelogin() {
        return this.credentials.method !== 'token' && this.relogins < 1;
    }
    async login() {
        const c = this.credentials;
        if (c.method === 'token')
            throw new types/* ProviderError */.mZ('the Infisical token was rejected (expired or invalid); issue a new one');
        const req = c.method === 'universal'
            ? {
                method: 'POST',
                path: '/api/v1/auth/universal-auth/login',
                body: { clientId: c.clientId, clientSecret: c.clientSecret },
                operation: 'universal-auth login',
                idempotent: false,
            }
            : {
                method: 'POST',
                path: '/api/v1/auth/oidc-auth/login',
                body: { identityId: c.identityId, jwt: c.jwt },
                operation: 'OIDC login',
                idempotent: false,
            };
        const res = await this.http.send(req);
        if (res.status !== 200) {
            const error = replyError(req.operation, res);
            throw c.method === 'oidc'
                ? new types/* ProviderError */.mZ(`${error.message}${oidcHint(error.message)}`, res.status)
                : error;
        }
        this.setToken((await readLogin(res.json, `POST ${req.path}`, req.operation)).accessToken);
    }
    setToken(token) {
        this.register(token);
        this.token = token;
    }
}
function oidcHint(message) {
    if (/audience not allowed/i.test(message))
        return "; set oidc-audience to one of the identity's bound audiences";
    if (/subject not allowed/i.test(message))
        return "; the workflow's subject (repo:OWNER/REPO:ref:…) does not match the identity's bound subject";
    if (/claim not allowed/i.test(message))
        return '; a bound claim (repository, ref, environment…) does not match this workflow';
    if (/not found/i.test(message))
        return '; configure OIDC auth on the machine identity, or check identity-id';
    return '';
}

;// CONCATENATED MODULE: ./src/providers/infisical/shares.ts



/** The share route moved over time; newest first, each tried on a route-level 404. */
const SHARE_ROUTES = ['/api/v1/shared-secrets', '/api/v1/secret-sharing', '/api/v1/secret-sharing/shared'];
const IDENTITY_CANNOT_SHARE = 'this Infisical version lets only users, not machine identities, create share links; upgrade the server or create the link by hand';
/** Remembers which share route the server has, so a run probes at most once. */
class InfisicalShares {
    send;
    route;
    constructor(send) {
        this.send = send;
    }
    async list() {
        const out = [];
        // The server caps offset at 100 and limit at 100: at most 200 shares are visible.
        for (let offset = 0; offset <= 100; offset += 100) {
            const res = await this.call((path) => ({
                method: 'GET',
                path,
                query: { offset: String(offset), limit: '100' },
                operation: 'list share links',
                idempotent: true,
            }));
            if (res.status === 403 && this.route !== SHARE_ROUTES[0])
                throw new types/* UnsupportedOperation */.D9(IDENTITY_CANNOT_SHARE, 403);
            if (res.status !== 200)
                throw replyError('list share links', res);
            const page = (await readShareList(res.json, `GET ${this.route}`, 'list share links')).secrets;
            for (const s of page)
                if (s.name)
                    out.push(liveShare(s, s.name));
            if (page.length < 100)
                break;
        }
        return out;
    }
    async create(req) {
        const body = {
            name: req.name,
            secretValue: req.value,
            expiresIn: req.expiresIn,
            maxViews: req.maxViews,
            accessType: req.access,
            ...(req.password ? { password: req.password } : {}),
        };
        const operation = `create share link '${req.name}'`;
        const res = await this.call((path) => ({ method: 'POST', path, body, operation, idempotent: false }));
        if (res.status === 403 && this.route !== SHARE_ROUTES[0]) {
            throw new types/* ProviderError */.mZ(`${operation} failed: this Infisical version lets only users, not machine identities, create share links; upgrade the server or create the link by hand`, 403);
        }
        if (res.status !== 200)
            throw replyError(operation, res);
        const reply = await readCreatedShare(res.json, `POST ${this.route}`, operation);
        return { url: reply.sharedSecretLink };
    }
    async call(build) {
        const candidates = this.route ? [this.route] : SHARE_ROUTES;
        let last;
        for (const path of candidates) {
            last = await this.send(build(path));
            if (!isRouteNotFound(last)) {
                this.route = path;
                return last;
            }
        }
        throw new types/* ProviderError */.mZ('this Infisical server has no share-link routes', last?.status);
    }
}
/** Only fields of the expected type are kept: a reply is not trusted to be well formed. */
function liveShare(s, name) {
    const views = s.expiresAfterViews;
    return {
        id: s.id,
        name,
        expiresAt: s.expiresAt,
        ...(typeof s.createdAt === 'string' ? { createdAt: s.createdAt } : {}),
        ...(s.accessType === 'organization' || s.accessType === 'anyone' ? { access: s.accessType } : {}),
        ...(views === null || typeof views === 'number' ? { viewsLeft: views } : {}),
    };
}

;// CONCATENATED MODULE: ./src/providers/infisical/provider.ts












const CAPABILITIES = capabilities/* INFISICAL_CAPABILITIES */.c;
class InfisicalProvider {
    options;
    type = 'infisical';
    capabilities = { ...CAPABILITIES };
    http;
    session;
    shares;
    flavour = 'modern';
    project;
    constructor(options) {
        this.options = options;
        this.http = new client/* HttpClient */.Q({
            baseUrl: options.siteUrl,
            allowInsecureHttp: options.allowInsecureHttp,
            requestDeadlineMs: options.requestDeadlineMs,
            onRequest: options.onRequest,
            onWait: options.onWait,
            retry: options.retryBaseDelayMs === undefined ? undefined : { baseDelayMs: options.retryBaseDelayMs },
        });
        this.session = new InfisicalSession(this.http, options.credentials, options.registerSecret);
        this.shares = new InfisicalShares((r) => this.session.send(r));
    }
    get serverFlavour() {
        return this.flavour;
    }
    async connect(opts = {}) {
        const { projectId: id, projectSlug: slug } = this.options;
        let res = await this.get(ROUTES.modern.project({ id, slug }), {}, 'read project');
        if (isRouteNotFound(res)) {
            this.flavour = 'legacy';
            // The 2024 server drops fields it does not know, so metadata would be silently lost there.
            this.capabilities = { ...CAPABILITIES, metadata: false, nativeDuplicate: false };
            res = await this.get(ROUTES.legacy.project({ id, slug }), {}, 'read project');
        }
        if (res.status !== 200)
            throw replyError(`read project ${id ?? slug}`, res);
        const routes = ROUTES[this.flavour];
        const wrapper = routes.projectWrapper(Boolean(id));
        const operation = `read project ${id ?? slug}`;
        const raw = await readProject(res.json, wrapper, `GET ${routes.project({ id, slug })}`, operation);
        const tags = new Map();
        if (opts.tags) {
            const tagsPath = routes.tags(raw.id);
            const t = await this.get(tagsPath, {}, 'read project tags');
            if (t.status !== 200)
                throw replyError('read project tags', t);
            for (const tag of await readTags(t.json, routes.tagsField, `GET ${tagsPath}`, 'read project tags'))
                tags.set(tag.slug, tag.id);
        }
        const environments = raw.environments.map((e) => e.slug);
        this.project = { id: raw.id, name: raw.name ?? raw.id, environments, tags };
        return this.project;
    }
    normalizeValue(value) {
        return normalizeInfisicalValue(value);
    }
    list(scope) {
        return this.read(scope.environment, scope.path, false).then((r) => this.listing(scope, r, scope.path));
    }
    /** One request per environment (see list-plan.ts); each scope gets the secrets of its own folder. */
    async listScopes(scopes) {
        const out = new Array(scopes.length);
        await (0,pool/* runPool */.k)(planListReads(scopes), 4, async (read) => {
            const reply = await this.read(read.environment, read.root, read.recursive);
            for (const i of read.scopes)
                out[i] = this.listing(scopes[i], reply, read.root);
        });
        return out;
    }
    /** One request for a folder and everything below it; each secret carries its own folder. */
    async listTree(scope) {
        return (await this.read(scope.environment, scope.path, true)) ?? [];
    }
    /** The secrets of one folder (or of everything under it), or undefined when it does not exist. */
    async read(environment, path, recursive) {
        const routes = ROUTES[this.flavour];
        const query = {
            [routes.projectField]: this.projectId,
            environment,
            secretPath: path,
            recursive: String(recursive),
            include_imports: 'false',
            expandSecretReferences: 'false',
            viewSecretValue: 'true',
        };
        const operation = `list ${environment}:${path}`;
        const res = await this.get(routes.secrets, query, operation);
        if (res.status === 404 && !isRouteNotFound(res))
            return undefined;
        if (res.status !== 200)
            throw replyError(operation, res);
        const { secrets } = await readSecretList(res.json, `GET ${routes.secrets}`, operation);
        const scope = { environment, path };
        return secrets.filter((s) => s.type !== 'personal').map((s) => toRemoteSecret(s, scope));
    }
    listing(scope, read, root) {
        if (!read)
            return { scope, exists: false, secrets: [] };
        const secrets = read.filter((s) => s.path === scope.path);
        // A folder is known to exist when it was the folder read on a modern server, or when something lies
        // in it or under it. The 2024 server answers 200-empty for a missing folder, and a recursive read
        // does not show empty folders; creating such a folder again is harmless (the server says it exists).
        const exists = scope.path === '/' ||
            (this.flavour === 'modern' && scope.path === root) ||
            read.some((s) => isWithin(s.path, scope.path));
        return { scope, exists, secrets };
    }
    async ensureFolder(scope) {
        const segments = scope.path.split('/').filter(Boolean);
        if (segments.length === 0)
            return;
        // Both server generations create the missing parents of `path`, so a nested folder is one request.
        const body = {
            [ROUTES[this.flavour].projectField]: this.projectId,
            environment: scope.environment,
            name: segments.at(-1),
            path: `/${segments.slice(0, -1).join('/')}`,
        };
        const op = `create folder ${scope.environment}:${scope.path}`;
        const res = await this.write({
            method: 'POST',
            path: ROUTES[this.flavour].folders,
            body,
            operation: op,
            idempotent: true,
        });
        const exists = res.status === 400 && /already exists/i.test(serverMessage(res.json));
        if (res.status !== 200 && !exists)
            throw replyError(op, res);
    }
    async create(scope, secrets) {
        const items = secrets.map((s) => ({
            secretKey: s.key,
            secretValue: s.value ?? '',
            ...(s.comment !== undefined ? { secretComment: s.comment } : {}),
            ...this.tagsAndMetadata(s),
        }));
        return this.batch('POST', scope, { secrets: items }, `create ${secrets.length} secret(s) in ${scope.environment}:${scope.path}`);
    }
    async update(scope, secrets) {
        // A 2024 server needs a value on every update: for a change that leaves the value alone, the value
        // is read again just before writing, so one that changed since the plan is not put back.
        const current = this.flavour === 'legacy' && secrets.some((s) => s.value === undefined)
            ? new Map((await this.list(scope)).secrets.map((s) => [s.key, s.value]))
            : undefined;
        const items = secrets.map((s) => {
            const value = s.value ?? current?.get(s.key);
            if (this.flavour === 'legacy' && value === undefined) {
                throw new types/* ProviderError */.mZ(`update ${s.key} in ${scope.environment}:${scope.path}: this Infisical version needs the current value on every update, and it is not readable (or the secret is gone)`);
            }
            return {
                secretKey: s.key,
                ...(value !== undefined ? { secretValue: value } : {}),
                ...(s.comment !== undefined ? { secretComment: s.comment } : {}),
                ...this.tagsAndMetadata(s),
            };
        });
        const mode = this.flavour === 'modern' ? { mode: 'failOnNotFound' } : {};
        return this.batch('PATCH', scope, { ...mode, secrets: items }, `update ${secrets.length} secret(s) in ${scope.environment}:${scope.path}`);
    }
    async delete(scope, keys) {
        const items = keys.map((key) => ({ secretKey: key, type: 'shared' }));
        return this.batch('DELETE', scope, { secrets: items }, `delete ${keys.length} secret(s) in ${scope.environment}:${scope.path}`);
    }
    duplicate(request) {
        return duplicateSecrets((r) => this.write(r), this.projectId, request);
    }
    listShares() {
        return this.shares.list();
    }
    async createShare(request) {
        const link = await this.shares.create(request);
        this.options.registerSecret(link.url);
        return link;
    }
    /** The server builds every link as `<site URL>/shared/secret/<id>`; the id is the link's secret part. */
    shareLink(share) {
        const url = `${this.options.siteUrl.replace(/\/+$/, '')}/shared/secret/${share.id}`;
        this.options.registerSecret(share.id);
        this.options.registerSecret(url);
        return url;
    }
    close() {
        return this.http.close();
    }
    tagsAndMetadata(s) {
        const out = {};
        if (s.tags !== undefined) {
            out.tagIds = s.tags.map((slug) => {
                const id = this.project?.tags.get(slug);
                if (!id)
                    throw new types/* ProviderError */.mZ(`tag '${slug}' does not exist in the project; create it in Infisical first`);
                return id;
            });
        }
        if (s.metadata !== undefined && this.capabilities.metadata) {
            out.secretMetadata = Object.entries(s.metadata).map(([key, value]) => ({ key, value }));
        }
        return out;
    }
    async batch(method, scope, extra, operation) {
        const routes = ROUTES[this.flavour];
        const body = {
            [routes.projectField]: this.projectId,
            environment: scope.environment,
            secretPath: scope.path,
            ...extra,
        };
        const res = await this.write({ method, path: routes.batch, body, operation, idempotent: false });
        if (refusedForSize(res))
            throw new types/* BatchTooLarge */.y3(replyError(operation, res).message, res.status);
        if (res.status !== 200)
            throw replyError(operation, res);
        const { approval } = await readBatch(res.json, `${method} ${routes.batch}`, operation);
        if (approval)
            return { status: 'pending-approval', approvalId: String(approval.id ?? '') };
        return { status: 'applied' };
    }
    get projectId() {
        if (!this.project)
            throw new types/* ProviderError */.mZ('internal: connect() must run before other calls');
        return this.project.id;
    }
    get(path, query, operation) {
        return this.session.send({ method: 'GET', path, query, operation, idempotent: true });
    }
    write(req) {
        return this.session.send(req);
    }
}


/***/ })

};
