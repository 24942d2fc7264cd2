"use strict";
exports.id = 304;
exports.ids = [304];
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

/***/ 3304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EnkryptifyProvider: () => (/* binding */ EnkryptifyProvider)
});

// EXTERNAL MODULE: ./src/core/seam/types.ts
var types = __webpack_require__(7059);
// EXTERNAL MODULE: ./src/http/client.ts + 3 modules
var client = __webpack_require__(4997);
// EXTERNAL MODULE: ./src/util/pool.ts
var pool = __webpack_require__(704);
// EXTERNAL MODULE: ./src/providers/enkryptify/capabilities.ts
var capabilities = __webpack_require__(3238);
// EXTERNAL MODULE: ./src/providers/reply.ts
var reply = __webpack_require__(1218);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js
var schemas = __webpack_require__(5156);
;// CONCATENATED MODULE: ./src/providers/enkryptify/wire.ts


/**
 * `GET …/secret`: a bare array (a paginated envelope must fail loudly). `values` and the fields written
 * back are read leniently: a value of another type is a string, an entry without an environment is
 * skipped, an unknown type is left out.
 */
const SecretListReply = schemas.array(schemas.object({
    id: schemas.string(),
    name: schemas.string(),
    note: schemas.string().nullish(),
    type: schemas.unknown().optional(),
    dataType: schemas.unknown().optional(),
    values: schemas.unknown().optional(),
}));
/** `GET …/environment`: a bare array; entries without an id and a name are skipped. */
const EnvironmentListReply = schemas.array(schemas.unknown());
/** The token exchange: a JWT, or anything else (then the API token is used as it is). */
const ExchangeReply = schemas.object({ accessToken: schemas.string().min(1) });
function parseSecretList(json, route, operation) {
    return (0,reply/* parseReply */.UV)(SecretListReply, json, route, operation).map((s) => ({
        id: s.id,
        name: s.name,
        ...(s.note !== undefined ? { note: s.note } : {}),
        ...(s.type === 'runtime' || s.type === 'build' ? { type: s.type } : {}),
        ...(s.dataType === 'text' || s.dataType === 'json' ? { dataType: s.dataType } : {}),
        values: valuesOf(s.values),
    }));
}
const ValueEntry = schemas.object({
    environmentId: schemas.string(),
    value: schemas.unknown().optional(),
    isPersonal: schemas.unknown().optional(),
});
const EnvironmentEntry = schemas.object({ id: schemas.string(), name: schemas.string() });
function valuesOf(raw) {
    const out = [];
    for (const v of Array.isArray(raw) ? raw : []) {
        const entry = ValueEntry.safeParse(v);
        if (!entry.success)
            continue;
        const { environmentId, value, isPersonal } = entry.data;
        out.push({
            environmentId,
            value: String(value ?? ''),
            ...(isPersonal !== undefined ? { isPersonal: Boolean(isPersonal) } : {}),
        });
    }
    return out;
}
function parseEnvironmentList(json, route, operation) {
    return (0,reply/* parseReply */.UV)(EnvironmentListReply, json, route, operation).flatMap((e) => {
        const entry = EnvironmentEntry.safeParse(e);
        return entry.success ? [{ id: entry.data.id, name: entry.data.name }] : [];
    });
}
/**
 * The secrets that hold a shared value in one environment. Personal values (a user's own override)
 * are not the project's configuration, so they are never compared with the manifest.
 */
function secretsIn(all, environment, environmentId) {
    const out = [];
    for (const s of all) {
        const shared = s.values.find((v) => v.environmentId === environmentId && !v.isPersonal);
        if (!shared)
            continue;
        out.push({
            id: s.id,
            environment,
            path: '/',
            key: s.name,
            value: shared.value,
            comment: s.note ?? '',
            tags: [],
            metadata: {},
        });
    }
    return out;
}
/** An error reply: `{ message }`. */
const ErrorReply = schemas.object({ message: schemas.unknown().optional() });

;// CONCATENATED MODULE: ./src/providers/enkryptify/errors.ts


/**
 * Enkryptify answers every error as `{ message }`. The message is for people; we branch on the status,
 * keep the server's first line (never the body) and add what to do about it.
 */
function replyError(operation, res, context = {}) {
    return (0,reply/* failedRequest */.R6)(operation, res.status, serverMessage(res.json), hintFor(res.status, context.tokenHint ?? ''));
}
/** The server's `message`, clipped to its first line. */
function serverMessage(json) {
    const message = ErrorReply.safeParse(json).data?.message;
    return typeof message === 'string' ? (0,reply/* clipMessage */.Io)(message) : '';
}
function hintFor(status, tokenHint) {
    switch (status) {
        case 401:
            return `check ENKRYPTIFY_TOKEN: it is mistyped, expired or revoked${tokenHint}`;
        case 403:
            return 'the token needs read-write permission on this project and each environment written';
        case 404:
            return 'check provider.workspace and provider.project (slugs); the token may have no access to them';
        case 409:
            return 'a secret with this key already exists; run plan again';
        case 429:
            return 'rate limited (200 requests a minute per IP); try again later';
        default:
            return status >= 500 ? 'Enkryptify had a server error; try again later' : undefined;
    }
}

;// CONCATENATED MODULE: ./src/providers/enkryptify/masking.ts
/**
 * One list returns every environment's values, plus the caller's personal ones, and every value received is
 * masked. Values of environments the plan lists are masked by the run, which spares declared
 * non-secret literals such as `info`; this masks the rest: personal values at once, and the values of
 * environments never listed before anything of the run can be printed.
 */
class ValueMasker {
    register;
    listed = new Set();
    pending = [];
    constructor(register) {
        this.register = register;
    }
    received(secrets) {
        for (const s of secrets)
            for (const v of s.values)
                if (v.isPersonal)
                    this.register(v.value);
        this.pending.push(secrets);
    }
    listedEnvironment(environmentId) {
        this.listed.add(environmentId);
    }
    /** Called before the first write and on close, when the listed environments are known. */
    maskUnlisted() {
        for (const secrets of this.pending.splice(0))
            for (const s of secrets)
                for (const v of s.values)
                    if (!this.listed.has(v.environmentId))
                        this.register(v.value);
    }
}

;// CONCATENATED MODULE: ./src/providers/enkryptify/routes.ts
const enc = encodeURIComponent;
const projectPath = ({ workspace, project }) => `/v1/workspace/${enc(workspace)}/project/${enc(project)}`;
const ENKRYPTIFY_ROUTES = {
    exchange: '/v1/auth/exchange',
    environments: (p) => `${projectPath(p)}/environment`,
    secrets: (p) => `${projectPath(p)}/secret`,
    secret: (p, id) => `${projectPath(p)}/secret/${enc(id)}`,
};

;// CONCATENATED MODULE: ./src/providers/enkryptify/session.ts



/**
 * Holds the bearer. The `ek_live_` token is exchanged once per run for a 15-minute JWT, and used as it
 * is when the exchange fails, as the official SDK does: Enkryptify's docs disagree on whether direct use
 * is allowed, so either works. A JWT rejected mid-run (it expired) is exchanged again, once.
 */
class EnkryptifySession {
    http;
    token;
    register;
    bearer;
    usingJwt = false;
    reexchanged = false;
    constructor(http, token, register) {
        this.http = http;
        this.token = token;
        this.register = register;
        register(token);
    }
    /** How the token was used, for tests and diagnostics: never the token itself. */
    get mode() {
        return this.bearer === undefined ? 'none' : this.usingJwt ? 'jwt' : 'raw';
    }
    /** Appended to 401 hints: the usual mistake is pasting something that is not an API token. */
    get tokenHint() {
        return this.token.startsWith('ek_live_') ? '' : '; API tokens start with ek_live_';
    }
    async send(req) {
        if (this.bearer === undefined)
            await this.exchange();
        const res = await this.http.send(this.authorize(req));
        if (res.status !== 401 || !this.usingJwt || this.reexchanged)
            return res;
        this.reexchanged = true;
        await this.exchange();
        return this.http.send(this.authorize(req));
    }
    authorize(req) {
        return { ...req, headers: { ...req.headers, authorization: `Bearer ${this.bearer}` } };
    }
    async exchange() {
        let jwt;
        try {
            const res = await this.http.send({
                method: 'POST',
                path: ENKRYPTIFY_ROUTES.exchange,
                headers: { authorization: `Bearer ${this.token}` },
                operation: 'Enkryptify token exchange',
                idempotent: true,
            });
            const reply = ExchangeReply.safeParse(res.json);
            if (res.status >= 200 && res.status < 300 && reply.success)
                jwt = reply.data.accessToken;
        }
        catch (error) {
            // A network failure here will fail the next request too, with the clearer operation name.
            if (!(error instanceof types/* ProviderError */.mZ))
                throw error;
        }
        if (typeof jwt === 'string' && jwt.length > 0) {
            this.register(jwt);
            this.bearer = jwt;
            this.usingJwt = true;
        }
        else {
            this.bearer = this.token;
            this.usingJwt = false;
        }
    }
}

;// CONCATENATED MODULE: ./src/providers/enkryptify/settle.ts

/** A failure that says nothing about what the server kept: a 5xx, or a connection lost after sending. */
function outcomeUnknown(error) {
    return error instanceof types/* ProviderError */.mZ && (error.outcomeUnknown || (error.status ?? 0) >= 500);
}
/**
 * Whether the server already holds what a change asked for, read from a listing taken after the
 * failure: then the change counts as applied, and nothing is sent twice.
 */
function isHeld(change, snapshot, environmentIds) {
    const envId = environmentIds.get(change.scope.environment);
    const remote = snapshot.find((s) => s.name === change.secret.key);
    const shared = remote?.values.find((v) => v.environmentId === envId && !v.isPersonal);
    if (change.action === 'delete')
        return shared === undefined;
    if (!remote || !shared)
        return false;
    if (change.secret.value !== undefined && shared.value !== change.secret.value)
        return false;
    return change.secret.comment === undefined || (remote.note ?? '') === change.secret.comment;
}

;// CONCATENATED MODULE: ./src/providers/enkryptify/write-plan.ts
const KEY = /^[A-Za-z0-9_-]{2,48}$/;
const MAX_VALUE = 65_536;
const MAX_NOTE = 255;
/**
 * Turns the plan's per-environment changes into the fewest Enkryptify requests:
 * new keys go into one POST per set of environments that share a value (chunked), every existing key
 * gets exactly one PUT whose `values[]` is rebuilt from `snapshot` (so other environments, and the
 * caller's personal values, are kept), and a key left with no value at all is deleted. Pure.
 */
function planWrites(changes, snapshot, environmentIds, maxBatch) {
    const plan = { creates: [], followUps: [], writes: [], failed: [] };
    const byKey = new Map();
    changes.forEach((c, i) => {
        const problem = invalid(c, environmentIds);
        if (problem)
            plan.failed.push({ change: i, reason: problem });
        else
            byKey.set(c.secret.key, [...(byKey.get(c.secret.key) ?? []), i]);
    });
    const existing = new Map(snapshot.map((s) => [s.name, s]));
    const createGroups = new Map();
    for (const [key, indexes] of byKey) {
        const remote = existing.get(key);
        const note = indexes.map((i) => changes[i].secret.comment).find((c) => c !== undefined);
        if (remote) {
            plan.writes.push(rewrite(remote, indexes, changes, environmentIds, note));
            continue;
        }
        const creates = indexes.filter((i) => changes[i].action === 'create');
        for (const i of indexes.filter((i) => changes[i].action !== 'create'))
            plan.failed.push({ change: i, reason: `${key} no longer exists in Enkryptify; run plan again` });
        if (creates.length === 0)
            continue;
        // Environments grouped by value; the biggest group is created in the POST, the rest PUT after it.
        const byValue = new Map();
        for (const i of creates) {
            const value = changes[i].secret.value;
            byValue.set(value, [...(byValue.get(value) ?? []), i]);
        }
        const groups = [...byValue.entries()].sort((a, b) => b[1].length - a[1].length);
        const [value, first] = groups[0];
        const envs = first.map((i) => environmentIds.get(changes[i].scope.environment)).sort();
        const id = envs.join(',');
        const request = createGroups.get(id) ?? { environments: envs, secrets: [], changes: [] };
        createGroups.set(id, request);
        request.secrets.push({
            key,
            value,
            ...(note !== undefined ? { note } : {}),
            type: 'runtime',
            dataType: 'text',
        });
        request.changes.push(...first);
        if (groups.length > 1) {
            const rest = groups.slice(1).flatMap(([, is]) => is);
            const values = new Map(rest.map((i) => [environmentIds.get(changes[i].scope.environment), changes[i].secret.value]));
            plan.followUps.push({ key, values, ...(note !== undefined ? { note } : {}), changes: rest });
        }
    }
    for (const request of createGroups.values()) {
        for (let i = 0; i < request.secrets.length; i += maxBatch) {
            const secrets = request.secrets.slice(i, i + maxBatch);
            const keys = new Set(secrets.map((s) => s.key));
            plan.creates.push({
                environments: request.environments,
                secrets,
                changes: request.changes.filter((c) => keys.has(changes[c].secret.key)),
            });
        }
    }
    return plan;
}
/** The PUT (or DELETE) for a key that exists: the snapshot's values with this run's changes applied. */
function rewrite(remote, indexes, changes, environmentIds, note) {
    let values = remote.values.map((v) => ({ ...v }));
    for (const i of indexes) {
        const { action, scope, secret } = changes[i];
        const envId = environmentIds.get(scope.environment);
        const shared = values.findIndex((v) => v.environmentId === envId && !v.isPersonal);
        if (action === 'delete')
            values = values.filter((_, n) => n !== shared);
        else if (secret.value !== undefined) {
            const value = { environmentId: envId, value: secret.value, isPersonal: false };
            if (shared >= 0)
                values[shared] = value;
            else
                values.push(value);
        }
    }
    if (values.length === 0)
        return { id: remote.id, key: remote.name, changes: indexes };
    const keptNote = note ?? remote.note ?? undefined;
    return {
        id: remote.id,
        key: remote.name,
        changes: indexes,
        body: {
            name: remote.name,
            ...(keptNote !== undefined && keptNote !== null ? { note: keptNote } : {}),
            type: remote.type ?? 'runtime',
            dataType: remote.dataType ?? 'text',
            values,
        },
    };
}
/** Limits Enkryptify enforces on its secrets (key, value and note), checked before sending so one bad value fails only its item. */
function invalid(c, environmentIds) {
    const { key, value, comment } = c.secret;
    if (!environmentIds.has(c.scope.environment))
        return `environment '${c.scope.environment}' does not exist in the Enkryptify project`;
    if (c.scope.path !== '/')
        return `Enkryptify has no folders (path ${c.scope.path})`;
    if (!KEY.test(key))
        return `key ${key} is not 2–48 characters of A-Z a-z 0-9 _ -, which Enkryptify requires`;
    if (value !== undefined && value.length > MAX_VALUE)
        return `the value of ${key} is longer than ${MAX_VALUE} characters, which Enkryptify rejects`;
    if (comment !== undefined && comment.length > MAX_NOTE)
        return `the comment of ${key} is longer than ${MAX_NOTE} characters (Enkryptify's note limit)`;
    if (c.action === 'create' && value === undefined)
        return `internal: no value to create ${key} with`;
    return undefined;
}
/** The PUT that adds a new key's other values, built from the listing taken after the POST. */
function followUpWrite(f, after) {
    const remote = after.find((s) => s.name === f.key);
    if (!remote)
        return undefined;
    const values = remote.values.filter((v) => v.isPersonal || !f.values.has(v.environmentId));
    for (const [environmentId, value] of f.values)
        values.push({ environmentId, value, isPersonal: false });
    const note = f.note ?? remote.note ?? undefined;
    return {
        id: remote.id,
        key: remote.name,
        changes: f.changes,
        body: {
            name: remote.name,
            ...(note != null ? { note } : {}),
            type: remote.type ?? 'runtime',
            dataType: remote.dataType ?? 'text',
            values,
        },
    };
}

;// CONCATENATED MODULE: ./src/providers/enkryptify/provider.ts











/**
 * Enkryptify: a secret is one project-level record with a value per environment. The plan's
 * environments are names, resolved to ids once; all secrets come from ONE list per run, and writes
 * go through `writeProject` so environments that share a value are created in one request.
 */
class EnkryptifyProvider {
    options;
    type = 'enkryptify';
    capabilities = { ...capabilities/* ENKRYPTIFY_CAPABILITIES */.n };
    http;
    session;
    environmentIds = new Map();
    listing;
    masker;
    constructor(options) {
        this.options = options;
        this.http = new client/* HttpClient */.Q({
            baseUrl: options.apiUrl,
            allowInsecureHttp: options.allowInsecureHttp,
            requestDeadlineMs: options.requestDeadlineMs,
            onRequest: options.onRequest,
            onWait: options.onWait,
            retry: options.retryBaseDelayMs === undefined ? undefined : { baseDelayMs: options.retryBaseDelayMs },
        });
        this.session = new EnkryptifySession(this.http, options.token, options.registerSecret);
        this.masker = new ValueMasker(options.registerSecret);
    }
    /** 'jwt' after a successful exchange, 'raw' after the fallback. */
    get tokenMode() {
        return this.session.mode;
    }
    async connect() {
        const { workspace, project } = this.options;
        const operation = `read environments of ${workspace}/${project}`;
        const path = ENKRYPTIFY_ROUTES.environments(this.options);
        const res = await this.send({ method: 'GET', path, operation, idempotent: true });
        if (res.status !== 200)
            throw replyError(operation, res, { tokenHint: this.session.tokenHint });
        const environments = parseEnvironmentList(res.json, `GET ${path}`, operation);
        this.environmentIds = new Map(environments.map((e) => [e.name, e.id]));
        return {
            id: `${workspace}/${project}`,
            name: `${workspace}/${project}`,
            environments: environments.map((e) => e.name),
            tags: new Map(),
        };
    }
    normalizeValue(value) {
        return value;
    }
    /** Served from one list of the whole project, fetched on the first call of the run. */
    async list(scope) {
        const id = this.environmentIds.get(scope.environment);
        if (!id)
            throw new types/* ProviderError */.mZ(`environment '${scope.environment}' does not exist in the Enkryptify project`);
        if (scope.path !== '/')
            return { scope, exists: false, secrets: [] };
        this.masker.listedEnvironment(id);
        this.listing ??= this.fetchSecrets();
        return { scope, exists: true, secrets: secretsIn(await this.listing, scope.environment, id) };
    }
    async ensureFolder(scope) {
        if (scope.path !== '/')
            throw new types/* ProviderError */.mZ(`Enkryptify has no folders (path ${scope.path})`);
    }
    create(scope, secrets) {
        return this.writeScope('create', scope, secrets);
    }
    update(scope, secrets) {
        return this.writeScope('update', scope, secrets);
    }
    delete(scope, keys) {
        return this.writeScope('delete', scope, keys.map((key) => ({ key })));
    }
    /**
     * Creates need only the run's listing (a key that exists in another environment becomes a PUT);
     * updates and deletes re-list first, so `values[]` is rebuilt from what the server holds now.
     */
    async writeProject(changes) {
        const results = changes.map(() => ({ status: 'failed', reason: 'not attempted' }));
        const unknown = new Set();
        const fail = (indexes, reason, error) => {
            for (const i of indexes)
                results[i] = { status: 'failed', reason };
            if (outcomeUnknown(error))
                for (const i of indexes)
                    unknown.add(i);
        };
        const done = (indexes) => {
            for (const i of indexes)
                results[i] = { status: 'applied' };
        };
        this.masker.maskUnlisted();
        try {
            this.listing ??= this.fetchSecrets();
            const known = new Set((await this.listing).map((s) => s.name));
            const fresh = changes.some((c) => c.action !== 'create' || known.has(c.secret.key));
            const snapshot = fresh ? await this.relist() : await this.listing;
            const plan = planWrites(changes, snapshot, this.environmentIds, this.capabilities.maxBatchSize);
            for (const f of plan.failed)
                fail([f.change], f.reason);
            const failedKeys = new Set();
            for (const request of plan.creates) {
                await this.post(request).then(() => done(request.changes), (error) => {
                    fail(request.changes, reasonOf(error), error);
                    for (const s of request.secrets)
                        failedKeys.add(s.key);
                });
            }
            const writes = [...plan.writes];
            if (plan.followUps.length > 0) {
                // Create answers carry no ids: the new records are found by listing again.
                const after = await this.relist();
                for (const f of plan.followUps) {
                    const write = failedKeys.has(f.key) ? undefined : followUpWrite(f, after);
                    if (write)
                        writes.push(write);
                    else
                        fail(f.changes, `${f.key} could not be created, so its other values were not written`);
                }
            }
            await (0,pool/* runPool */.k)(writes, this.options.concurrency ?? 4, async (w) => {
                await this.rewrite(w).then(() => done(w.changes), (error) => fail(w.changes, reasonOf(error), error));
            });
            if (unknown.size > 0)
                await this.settle(changes, results, unknown);
        }
        catch (error) {
            fail(results.flatMap((r, i) => (r.status === 'failed' && r.reason === 'not attempted' ? [i] : [])), reasonOf(error));
        }
        finally {
            this.listing = undefined;
        }
        return results;
    }
    close() {
        this.masker.maskUnlisted();
        return this.http.close();
    }
    async writeScope(action, scope, secrets) {
        const results = await this.writeProject(secrets.map((secret) => ({ action, scope, secret })));
        const failed = results.find((r) => r.status === 'failed');
        if (failed?.status === 'failed')
            throw new types/* ProviderError */.mZ(failed.reason);
        return { status: 'applied' };
    }
    /** Re-reads the project after writes whose outcome is unknown; what the server holds counts as applied. */
    async settle(changes, results, unknown) {
        const after = await this.relist().catch(() => undefined);
        if (!after)
            return;
        for (const i of unknown)
            if (isHeld(changes[i], after, this.environmentIds))
                results[i] = { status: 'applied' };
    }
    relist() {
        this.listing = this.fetchSecrets();
        return this.listing;
    }
    async fetchSecrets() {
        const operation = `list secrets of ${this.options.workspace}/${this.options.project}`;
        const path = ENKRYPTIFY_ROUTES.secrets(this.options);
        const res = await this.send({ method: 'GET', path, operation, idempotent: true });
        if (res.status !== 200)
            throw replyError(operation, res, { tokenHint: this.session.tokenHint });
        const secrets = parseSecretList(res.json, `GET ${path}`, operation);
        this.masker.received(secrets);
        return secrets;
    }
    async post(request) {
        const operation = `create ${request.secrets.length} secret(s) in ${request.environments.length} environment(s)`;
        const res = await this.send({
            method: 'POST',
            path: ENKRYPTIFY_ROUTES.secrets(this.options),
            body: { environments: request.environments, secrets: request.secrets },
            operation,
            idempotent: false,
        });
        if (res.status < 200 || res.status >= 300)
            throw replyError(operation, res, { tokenHint: this.session.tokenHint });
    }
    async rewrite(w) {
        const operation = `${w.body ? 'update' : 'delete'} ${w.key}`;
        const res = await this.send({
            method: w.body ? 'PUT' : 'DELETE',
            path: ENKRYPTIFY_ROUTES.secret(this.options, w.id),
            ...(w.body ? { body: w.body } : {}),
            operation,
            // A full-replace PUT and a DELETE can be sent twice safely; a second DELETE finds nothing (404).
            idempotent: true,
        });
        if (!w.body && res.status === 404)
            return;
        if (res.status < 200 || res.status >= 300)
            throw replyError(operation, res, { tokenHint: this.session.tokenHint });
    }
    send(req) {
        return this.session.send(req);
    }
}
function reasonOf(error) {
    return error instanceof types/* ProviderError */.mZ ? error.message : 'unexpected error (please report it)';
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