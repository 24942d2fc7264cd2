"use strict";
exports.id = 180;
exports.ids = [180];
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
const schemas = () => Promise.all(/* import() */[__webpack_require__.e(156), __webpack_require__.e(350)]).then(__webpack_require__.bind(__webpack_require__, 2350));
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