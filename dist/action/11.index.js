"use strict";
exports.id = 11;
exports.ids = [11];
exports.modules = {

/***/ 4997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ HttpClient)
});

// UNUSED EXPORTS: DEFAULT_REQUEST_DEADLINE_MS

// EXTERNAL MODULE: ./src/core/seam/types.ts
var types = __webpack_require__(7059);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/http/loopback.ts

const LOOPBACK = new external_node_net_.BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');
/**
 * Whether a URL's host is this machine: `localhost`, 127.0.0.0/8, `::1`, or an IPv4-mapped IPv6 form of
 * 127.0.0.0/8 (BlockList checks those against the IPv4 subnet). Decided on the address the WHATWG parser
 * produced (`127.1` is already `127.0.0.1` there), so a public name such as `127.0.0.1.example.com` is
 * never mistaken for one.
 */
function isLoopbackHost(url) {
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (host === 'localhost')
        return true;
    if ((0,external_node_net_.isIPv4)(host))
        return LOOPBACK.check(host, 'ipv4');
    if ((0,external_node_net_.isIPv6)(host))
        return LOOPBACK.check(host, 'ipv6');
    return false;
}

;// CONCATENATED MODULE: ./src/http/retry.ts
const DEFAULT_RETRY = { attempts: 4, baseDelayMs: 250, maxDelayMs: 30_000 };
/**
 * Exponential backoff with full jitter, but never sooner than the server asked: `Retry-After` (seconds)
 * or a 429 message's "Please try again in N seconds" (a server that says so in text rather than a header).
 */
function retryDelayMs(policy, attempt, response, random = Math.random) {
    const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)) * random();
    const asked = response ? serverRetryAfterMs(response) : undefined;
    return Math.min(policy.maxDelayMs * 4, Math.max(backoff, asked ?? 0));
}
function serverRetryAfterMs(response) {
    const header = response.headers['retry-after'];
    const value = Array.isArray(header) ? header[0] : header;
    if (value && /^\d+$/.test(value.trim()))
        return Number(value) * 1000;
    const message = response.json?.message;
    const match = typeof message === 'string' ? /try again in (\d+) seconds?/i.exec(message) : null;
    return match ? Number(match[1]) * 1000 : undefined;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

// EXTERNAL MODULE: ./.cache/build/undici/lib/api/api-request.js
var api_request = __webpack_require__(3368);
var api_request_default = /*#__PURE__*/__webpack_require__.n(api_request);
// EXTERNAL MODULE: ./.cache/build/undici/lib/core/errors.js
var errors = __webpack_require__(9132);
var errors_default = /*#__PURE__*/__webpack_require__.n(errors);
// EXTERNAL MODULE: ./.cache/build/undici/lib/dispatcher/agent.js
var agent = __webpack_require__(8688);
var agent_default = /*#__PURE__*/__webpack_require__.n(agent);
;// CONCATENATED MODULE: ./src/http/undici-parts.ts
// The two pieces of undici the client uses, taken from undici's own files rather than its index: the
// index also builds fetch, WebSocket, the cache, cookies, mocks and a dozen dispatchers, which a run
// never uses and which cost about a third of the action's start. undici declares no `exports` map, so
// these paths are public files of the package; src/http/undici-files.d.ts gives them undici's types.
// The bundles keep one undici: @actions/http-client (OIDC) and Octokit import its index, which
// requires these same files.





;// CONCATENATED MODULE: ./src/http/client.ts




const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** Per-chunk timeouts alone let a server that trickles a byte at a time hold a job for hours. */
const DEFAULT_REQUEST_DEADLINE_MS = 120_000;
/** Raised when a reply is not complete at the deadline; a server that trickles once trickles again. */
class DeadlineError extends Error {
}
/**
 * A small JSON client over undici: timeouts on connect, headers and body; bounded response size;
 * retries with jittered backoff for 429, 5xx and network errors that cannot have reached the server;
 * no redirects, so credentials are never sent to another host.
 */
class HttpClient {
    options;
    agent;
    base;
    retry;
    maxBytes;
    deadlineMs;
    constructor(options) {
        this.options = options;
        this.base = parseBaseUrl(options.baseUrl);
        assertTransportAllowed(this.base, options.allowInsecureHttp ?? false);
        this.retry = { ...DEFAULT_RETRY, ...options.retry };
        this.maxBytes = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
        this.deadlineMs = options.requestDeadlineMs ?? DEFAULT_REQUEST_DEADLINE_MS;
        this.agent = new (agent_default())({
            connectTimeout: 10_000,
            headersTimeout: 30_000,
            bodyTimeout: 60_000,
            connections: 8,
        });
    }
    async send(req) {
        for (let attempt = 1;; attempt++) {
            let response;
            try {
                response = await this.once(req);
            }
            catch (error) {
                const sent = !isBeforeSendError(error);
                const retriable = (req.idempotent || !sent) && !(error instanceof DeadlineError);
                if (retriable && attempt < this.retry.attempts) {
                    await this.wait(retryDelayMs(this.retry, attempt), `${req.operation}: ${networkReason(error, this.base)}`);
                    continue;
                }
                const reason = networkReason(error, this.base);
                throw new types/* ProviderError */.mZ(`${req.operation} failed: ${reason}`, undefined, sent && !req.idempotent, true);
            }
            const retriable = response.status === 429 || response.status === 503 || (req.idempotent && response.status >= 500);
            if (retriable && attempt < this.retry.attempts) {
                const delay = retryDelayMs(this.retry, attempt, response);
                await this.wait(delay, response.status === 429
                    ? 'rate limited by the server'
                    : `${req.operation}: the server answered ${response.status}`, response.status === 429);
                continue;
            }
            return response;
        }
    }
    /**
     * Sleeps before a retry. A rate limit is always announced; a backoff only when it is long enough to
     * look like a hang (a quarter-second jitter would only be noise).
     */
    async wait(ms, reason, always = false) {
        if (this.options.onWait && (always || ms >= 1000))
            this.options.onWait(`${reason}, waiting ${Math.max(1, Math.round(ms / 1000))} s`);
        await sleep(ms);
    }
    async once(req) {
        const deadline = AbortSignal.timeout(this.deadlineMs);
        try {
            return await this.attempt(req, deadline);
        }
        catch (error) {
            if (!deadline.aborted)
                throw error;
            throw new DeadlineError(`no complete reply from ${this.base.host} within ${this.deadlineMs / 1000} s (the deadline for one request; SECRETS_MANIFEST_REQUEST_DEADLINE_SECONDS sets it)`);
        }
    }
    async attempt(req, signal) {
        const url = new URL(req.path, this.base);
        for (const [k, v] of Object.entries(req.query ?? {}))
            if (v !== undefined)
                url.searchParams.set(k, v);
        const headers = { accept: 'application/json', ...req.headers };
        let body;
        if (req.form) {
            body = new URLSearchParams(req.form).toString();
            headers['content-type'] = 'application/x-www-form-urlencoded';
        }
        else if (req.body !== undefined) {
            body = JSON.stringify(req.body);
            headers['content-type'] = 'application/json';
        }
        this.options.onRequest?.(req.method, url.pathname);
        // undici's request never follows redirects without the redirect interceptor, which we do not install.
        const res = await api_request_default().call(this.agent, {
            origin: url.origin,
            path: `${url.pathname}${url.search}`,
            method: req.method,
            headers,
            body,
            signal,
        });
        const chunks = [];
        let size = 0;
        for await (const chunk of res.body) {
            size += chunk.length;
            if (size > this.maxBytes) {
                res.body.destroy();
                throw new types/* ProviderError */.mZ(`${req.operation} failed: the server's reply is larger than ${this.maxBytes} bytes`, res.statusCode);
            }
            chunks.push(chunk);
        }
        const text = Buffer.concat(chunks).toString('utf8');
        let json;
        if (text.length > 0) {
            try {
                json = JSON.parse(text);
            }
            catch {
                json = undefined;
            }
        }
        return { status: res.statusCode, headers: res.headers, json };
    }
    close() {
        return this.agent.close();
    }
}
function parseBaseUrl(text) {
    try {
        return new URL(text);
    }
    catch {
        throw new types/* ProviderError */.mZ(`'${text}' is not a URL: write it with its scheme, e.g. https://${text}`);
    }
}
function assertTransportAllowed(url, allowInsecure) {
    if (url.protocol === 'https:')
        return;
    if (url.protocol !== 'http:')
        throw new types/* ProviderError */.mZ(`unsupported URL scheme '${url.protocol}' in ${url.origin}`);
    if (!isLoopbackHost(url) && !allowInsecure) {
        throw new types/* ProviderError */.mZ(`refusing to send credentials over plain http to ${url.host}; use https, or set SECRETS_MANIFEST_ALLOW_HTTP=1 for a trusted network`);
    }
}
/** Errors raised before a byte of the request could reach the server: retrying cannot apply it twice. */
function isBeforeSendError(error) {
    const code = error?.code;
    return (error instanceof (errors_default()).ConnectTimeoutError ||
        code === 'ECONNREFUSED' ||
        code === 'ENOTFOUND' ||
        code === 'EAI_AGAIN' ||
        code === 'UND_ERR_CONNECT_TIMEOUT');
}
function networkReason(error, base) {
    if (error instanceof types/* ProviderError */.mZ || error instanceof DeadlineError)
        return error.message;
    const code = error?.code;
    if (code === 'ECONNREFUSED')
        return `connection refused by ${base.host} (is the server URL right and the server up?)`;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return `host not found: ${base.hostname} (check the site URL)`;
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT')
        return 'the server did not answer in time';
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
        return 'the connection was closed before the server answered';
    }
    return code ? `network error ${code}` : 'network error';
}


/***/ }),

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


/***/ }),

/***/ 1218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Io: () => (/* binding */ clipMessage),
/* harmony export */   R6: () => (/* binding */ failedRequest),
/* harmony export */   UV: () => (/* binding */ parseReply),
/* harmony export */   xk: () => (/* binding */ checkReply)
/* harmony export */ });
/* harmony import */ var _core_seam_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7059);

/**
 * A server's reply checked against the shape its API documents (the schemas in each provider's
 * wire.ts), so a malformed reply is a clear error naming the route rather than a crash further on.
 * The message gives the issue's kind and place, never the reply's content.
 */
function parseReply(schema, json, route, operation) {
    const result = schema.safeParse(json);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new _core_seam_types_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ(`${operation} failed: the reply of ${route} is not in the documented form (${issue?.code ?? 'invalid'}${where})`);
}
/**
 * parseReply with a zod-free guard in front: the guard answers for a reply in the documented form, and
 * only a reply it rejects loads the schema (a dynamic import, so zod stays off the happy path), which
 * then gives the same error as parseReply. The guard must accept what the schema accepts and return
 * the same value; where they would differ, the schema decides.
 */
async function checkReply(guard, schema, json, route, operation) {
    const fast = guard(json);
    return fast !== undefined ? fast : parseReply(await schema(), json, route, operation);
}
/**
 * The one form of a failed request, for every provider: `<operation> failed: HTTP <status>`, the
 * server's own short message, and what to do about it when the provider knows. Carries the status, so
 * callers can tell a refusal from an outage.
 */
function failedRequest(operation, status, message, hint) {
    return new _core_seam_types_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ(`${operation} failed: HTTP ${status}${message ? ` ${message}` : ''}${hint ? ` (${hint})` : ''}`, status);
}
/** A server's message as it is printed: its first line, at most 300 characters, never the whole body. */
function clipMessage(text) {
    const line = text.split('\n')[0].trim();
    return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}


/***/ })

};
;