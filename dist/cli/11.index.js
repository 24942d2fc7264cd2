export const id = 11;
export const ids = [11];
export const modules = {

/***/ 11:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PrimeIntellectProvider: () => (/* binding */ PrimeIntellectProvider)
});

// UNUSED EXPORTS: PAGE_SIZE

// EXTERNAL MODULE: ./src/core/seam/capabilities.ts
var capabilities = __webpack_require__(8214);
// EXTERNAL MODULE: ./src/core/seam/types.ts
var types = __webpack_require__(7059);
// EXTERNAL MODULE: ./src/http/client.ts + 3 modules
var client = __webpack_require__(4997);
// EXTERNAL MODULE: ./src/providers/prime-intellect/capabilities.ts
var prime_intellect_capabilities = __webpack_require__(6129);
// EXTERNAL MODULE: ./src/providers/reply.ts
var reply = __webpack_require__(1218);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js
var schemas = __webpack_require__(5156);
;// CONCATENATED MODULE: ./src/providers/prime-intellect/wire.ts


/** `GET /api/v1/secrets/`: a `data` list of secrets with an id and a name; other fields read leniently. */
const PageReply = schemas.object({
    data: schemas.array(schemas.object({
        id: schemas.string(),
        name: schemas.string(),
        description: schemas.unknown().optional(),
        isFile: schemas.unknown().optional(),
        teamId: schemas.unknown().optional(),
    })),
    total_count: schemas.unknown().optional(),
    totalCount: schemas.unknown().optional(),
});
function parsePage(json, route, operation) {
    const body = (0,reply/* parseReply */.UV)(PageReply, json, route, operation);
    const secrets = body.data.map((s) => ({
        id: s.id,
        name: s.name,
        description: typeof s.description === 'string' ? s.description : null,
        isFile: s.isFile === true,
        ...('teamId' in s ? { teamId: typeof s.teamId === 'string' ? s.teamId : null } : {}),
    }));
    const total = [body.total_count, body.totalCount].find((t) => typeof t === 'number');
    return { secrets, total };
}
/** An error reply; which fields it has depends on the route (see errors.ts), so each is read leniently. */
const ErrorReply = schemas.object({
    errors: schemas.unknown().optional(),
    detail: schemas.unknown().optional(),
    message: schemas.unknown().optional(),
});
/** One item of the documented 422 `errors` list. */
const ParamError = schemas.object({ param: schemas.unknown().optional(), details: schemas.unknown().optional() });
/** One item of FastAPI's `detail` list; its `input` (possibly the value) is never read. */
const FastApiIssue = schemas.object({ loc: schemas.unknown().optional(), msg: schemas.unknown().optional() });

;// CONCATENATED MODULE: ./src/providers/prime-intellect/errors.ts


/**
 * Prime Intellect documents `{errors: [{param, details}]}` for 422, while its CLI parses FastAPI's
 * `{detail: [{loc, msg}]}` or `{detail: "text"}`; both are read. FastAPI items also carry the rejected
 * `input`, which can be the value, so only `loc` and `msg` are ever used.
 */
function replyError(operation, res) {
    return (0,reply/* failedRequest */.R6)(operation, res.status, serverMessage(res.json), hintFor(res.status));
}
/** The server's short message: the documented errors, FastAPI's detail, or a plain message. */
function serverMessage(json) {
    const body = ErrorReply.safeParse(json).data;
    if (Array.isArray(body?.errors)) {
        const parts = body.errors.map((e) => {
            const item = ParamError.safeParse(e).data;
            return [item?.param, item?.details].filter((p) => typeof p === 'string').join(': ');
        });
        return (0,reply/* clipMessage */.Io)(parts.filter(Boolean).slice(0, 5).join('; '));
    }
    if (Array.isArray(body?.detail)) {
        const parts = body.detail.map((d) => {
            const item = FastApiIssue.safeParse(d).data;
            const loc = Array.isArray(item?.loc) ? item.loc.filter((l) => l !== 'body').join('.') : '';
            return [loc, typeof item?.msg === 'string' ? item.msg : ''].filter(Boolean).join(': ');
        });
        return (0,reply/* clipMessage */.Io)(parts.filter(Boolean).slice(0, 5).join('; '));
    }
    if (typeof body?.detail === 'string')
        return (0,reply/* clipMessage */.Io)(body.detail);
    if (typeof body?.message === 'string')
        return (0,reply/* clipMessage */.Io)(body.message);
    return '';
}
function hintFor(status) {
    switch (status) {
        case 401:
            return 'check PRIME_API_KEY: it is mistyped, revoked, or lacks the secrets permission';
        case 402:
            return 'Prime Intellect asks for payment: check the billing of the account or team';
        case 403:
            return 'the key has no access to this team (check provider.teamId or PRIME_TEAM_ID)';
        case 404:
            return 'the secret or team does not exist, or the key cannot see it; run plan again';
        case 429:
            return 'rate limited; try again later';
        default:
            return status >= 500 ? 'Prime Intellect had a server error; try again later' : undefined;
    }
}

;// CONCATENATED MODULE: ./src/providers/prime-intellect/provider.ts






const SECRETS = '/api/v1/secrets/';
const PAGE_SIZE = 100;
const NAME = /^[A-Z][A-Z0-9_]*$/;
const MAX_DESCRIPTION = 500;
const MAX_PAGES = 1000;
/**
 * Prime Intellect global secrets: no environments or folders, one request per write, and values
 * are write-only, so the planner never sees one (`readableValues: false`). The single scope is
 * `NO_ENVIRONMENT` at `/`; `teamId` goes in the body on create and in the query everywhere else.
 */
class PrimeIntellectProvider {
    options;
    type = 'prime-intellect';
    capabilities = { ...prime_intellect_capabilities/* PRIME_INTELLECT_CAPABILITIES */.K };
    http;
    listing;
    /** Set by every write: the next `list` reads the server again (apply re-lists to settle failures). */
    stale = false;
    constructor(options) {
        this.options = options;
        options.registerSecret(options.apiKey);
        this.http = new client/* HttpClient */.Q({
            baseUrl: options.apiUrl,
            allowInsecureHttp: options.allowInsecureHttp,
            requestDeadlineMs: options.requestDeadlineMs,
            onRequest: options.onRequest,
            onWait: options.onWait,
            retry: options.retryBaseDelayMs === undefined ? undefined : { baseDelayMs: options.retryBaseDelayMs },
        });
    }
    /** Nothing to read up front: there is no project, and the first list checks the key. */
    async connect() {
        const team = this.options.teamId;
        return {
            id: team ?? 'personal',
            name: team ? `team ${team}` : 'personal secrets',
            environments: [capabilities/* NO_ENVIRONMENT */.q],
            tags: new Map(),
        };
    }
    normalizeValue(value) {
        return value;
    }
    async list(scope) {
        this.assertScope(scope);
        if (this.stale)
            this.listing = undefined;
        this.stale = false;
        this.listing ??= this.fetchAll();
        const secrets = (await this.listing).map((s) => ({
            id: s.id,
            environment: capabilities/* NO_ENVIRONMENT */.q,
            path: '/',
            key: s.name,
            value: undefined,
            comment: s.description ?? '',
            tags: [],
            metadata: {},
        }));
        return { scope, exists: true, secrets };
    }
    async ensureFolder(scope) {
        this.assertScope(scope);
    }
    async create(scope, secrets) {
        this.assertScope(scope);
        for (const s of secrets) {
            const operation = `create ${s.key}`;
            check(s, operation);
            if (s.value === undefined || s.value.length === 0)
                throw new types/* ProviderError */.mZ(`${operation}: Prime Intellect needs a value of at least one character`);
            const body = {
                name: s.key,
                value: s.value,
                ...(s.comment !== undefined ? { description: s.comment } : {}),
                ...(this.options.teamId ? { teamId: this.options.teamId } : {}),
            };
            this.stale = true;
            const res = await this.send({ method: 'POST', path: SECRETS, body, operation, idempotent: false });
            if (res.status !== 200 && res.status !== 201)
                throw replyError(operation, res);
        }
        return { status: 'applied' };
    }
    async update(scope, secrets) {
        this.assertScope(scope);
        for (const s of secrets) {
            const operation = `update ${s.key}`;
            check(s, operation);
            if (s.value === '')
                throw new types/* ProviderError */.mZ(`${operation}: Prime Intellect rejects an empty value`);
            const body = {
                ...(s.value !== undefined ? { value: s.value } : {}),
                ...(s.comment !== undefined ? { description: s.comment } : {}),
            };
            if (Object.keys(body).length === 0)
                continue;
            const path = `${SECRETS}${encodeURIComponent(await this.idOf(s.key, operation))}`;
            this.stale = true;
            const res = await this.send({
                method: 'PATCH',
                path,
                query: this.team(),
                body,
                operation,
                idempotent: true,
            });
            if (res.status !== 200)
                throw replyError(operation, res);
        }
        return { status: 'applied' };
    }
    async delete(scope, keys) {
        this.assertScope(scope);
        for (const key of keys) {
            const operation = `delete ${key}`;
            const path = `${SECRETS}${encodeURIComponent(await this.idOf(key, operation))}`;
            this.stale = true;
            const res = await this.send({ method: 'DELETE', path, query: this.team(), operation, idempotent: true });
            // 204 with no body is success too (the official CLI accepts it); 404 after a retry means
            // the first attempt deleted it.
            if (res.status !== 200 && res.status !== 204 && res.status !== 404)
                throw replyError(operation, res);
        }
        return { status: 'applied' };
    }
    close() {
        return this.http.close();
    }
    /** offset/limit pages until the total is reached or a page comes back short or empty. */
    async fetchAll() {
        const all = [];
        for (let offset = 0, pages = 0;; pages++) {
            // A server that keeps answering full pages would otherwise be read forever.
            if (pages >= MAX_PAGES)
                throw new types/* ProviderError */.mZ(`list secrets failed: more than ${MAX_PAGES} pages`);
            const operation = `list secrets (offset ${offset})`;
            const query = { ...this.team(), offset: String(offset), limit: String(PAGE_SIZE) };
            const res = await this.send({ method: 'GET', path: SECRETS, query, operation, idempotent: true });
            if (res.status !== 200)
                throw replyError(operation, res);
            const page = parsePage(res.json, `GET ${SECRETS}`, operation);
            all.push(...page.secrets);
            offset += page.secrets.length;
            if (page.secrets.length < PAGE_SIZE || (page.total !== undefined && all.length >= page.total))
                break;
        }
        // A personal listing must not pick up team secrets, nor a team listing another team's.
        const team = this.options.teamId ?? null;
        return all.filter((s) => s.teamId === undefined || (s.teamId ?? null) === team);
    }
    async idOf(key, operation) {
        this.listing ??= this.fetchAll();
        const found = (await this.listing).find((s) => s.name === key);
        if (!found)
            throw new types/* ProviderError */.mZ(`${operation}: ${key} no longer exists in Prime Intellect; run plan again`);
        return found.id;
    }
    team() {
        return this.options.teamId ? { teamId: this.options.teamId } : {};
    }
    assertScope(scope) {
        if (scope.environment !== capabilities/* NO_ENVIRONMENT */.q || scope.path !== '/')
            throw new types/* ProviderError */.mZ(`Prime Intellect has no environments or folders (asked for ${scope.environment}:${scope.path})`);
    }
    send(req) {
        return this.http.send({
            ...req,
            headers: { ...req.headers, authorization: `Bearer ${this.options.apiKey}` },
        });
    }
}
/** Limits Prime Intellect enforces on names and descriptions, checked before sending so the reason is clear. */
function check(s, operation) {
    if (!NAME.test(s.key) || s.key.length > 255)
        throw new types/* ProviderError */.mZ(`${operation}: Prime Intellect names match ^[A-Z][A-Z0-9_]*$ (at most 255)`);
    if (s.comment !== undefined && s.comment.length > MAX_DESCRIPTION)
        throw new types/* ProviderError */.mZ(`${operation}: the comment is longer than ${MAX_DESCRIPTION} characters`);
}


/***/ })

};
