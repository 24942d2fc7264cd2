export const id = 493;
export const ids = [493];
export const modules = {

/***/ 6493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSandbox: () => (/* binding */ runSandbox)
});

// EXTERNAL MODULE: ./src/app/types.ts
var types = __webpack_require__(2722);
;// CONCATENATED MODULE: ./src/sandbox/demo.ts
/** The project that examples/secrets.yaml manages, with some history so the first plan is interesting. */
const DEMO = {
    projectId: '6f1d0c9e-2b4a-4c1e-9a51-3f7e2d8c1b00',
    projectSlug: 'demo',
    clientId: 'sandbox-client-id',
    clientSecret: 'sandbox-client-secret',
    environments: ['dev', 'staging', 'prod'],
};
function seedDemo(server) {
    const { identityId } = server.state.addIdentity({
        clientId: DEMO.clientId,
        clientSecret: DEMO.clientSecret,
        name: 'sandbox',
    });
    server.state.addProject({
        id: DEMO.projectId,
        slug: DEMO.projectSlug,
        name: 'Demo',
        environments: DEMO.environments.map((slug) => ({ slug })),
        tags: [{ slug: 'database' }],
        members: [identityId],
    });
    server.state.addSecret(DEMO.projectId, 'dev', '/', { key: 'LOG_LEVEL', value: 'debug' });
    server.state.addSecret(DEMO.projectId, 'dev', '/', { key: 'LEGACY_FLAG', value: 'on' });
    server.state.addSecret(DEMO.projectId, 'prod', '/', {
        key: 'STRIPE_KEY',
        value: 'sandbox-stripe-key-value',
    });
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/sandbox/infisical/faults.ts
/**
 * Scripted failures for client tests. `reset-before` drops the connection without touching state,
 * `reset-after` commits the request and then drops the connection (the client cannot know it succeeded),
 * `truncate-after` commits and sends the headers and half the body before dropping the connection,
 * `status` answers that status with the real error body (429 with `retry-after`, default 1 s), and
 * `intercept` runs `before` (another client's write landing first, say) and then handles the request,
 * and `malformed` handles the request and answers its status with `body` instead of the real reply.
 */
class FaultInjector {
    active = [];
    add(spec) {
        this.active.push({ ...spec, remaining: spec.times ?? 1, toSkip: spec.skip ?? 0 });
    }
    clear() {
        this.active.length = 0;
    }
    /** Faults still waiting to fire. */
    pending() {
        return this.active.reduce((n, f) => n + f.remaining, 0);
    }
    /** Consumes and returns the first fault matching this request, if any. */
    take(method, path) {
        const index = this.active.findIndex((f) => (f.method === undefined || f.method.toUpperCase() === method) &&
            (typeof f.path === 'string' ? f.path === path : f.path.test(path)));
        if (index < 0)
            return undefined;
        const fault = this.active[index];
        if (fault.toSkip > 0) {
            fault.toSkip--;
            return undefined;
        }
        fault.remaining--;
        if (fault.remaining <= 0)
            this.active.splice(index, 1);
        return { kind: fault.kind, spec: fault };
    }
}

;// CONCATENATED MODULE: ./src/sandbox/common/http.ts



const BODY_LIMIT = 1024 * 1024;
/**
 * The plumbing the Enkryptify and Prime Intellect stand-ins share: listen on loopback, read a JSON body
 * (or report why it is not one), log, add latency, fire scripted faults, send JSON.
 */
async function serveJson(options) {
    const requests = [];
    const faults = new FaultInjector();
    async function handle(req, res) {
        const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
        const entry = {
            method: (req.method ?? 'GET').toUpperCase(),
            path: url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') || '/' : url.pathname,
            query: Object.fromEntries(url.searchParams),
            headers: req.headers,
            body: undefined,
            status: 0,
            authorized: false,
            at: options.now(),
        };
        requests.push(entry);
        const { body, error } = await readJson(req);
        entry.body = body;
        if (options.latencyMs)
            await (0,promises_.setTimeout)(options.latencyMs);
        const fault = faults.take(entry.method, entry.path);
        if (fault)
            entry.fault = fault.kind;
        if (fault?.kind === 'reset-before')
            return void req.socket.destroy();
        if (fault?.spec.kind === 'intercept')
            fault.spec.before();
        const reply = fault?.spec.kind === 'status'
            ? options.faultReply(fault.spec.status, fault.spec.message, fault.spec.retryAfterSeconds)
            : await options.handle(entry, req, error);
        entry.status = reply.status;
        if (fault?.kind === 'reset-after')
            return void req.socket.destroy();
        send(res, reply, fault?.kind === 'truncate-after');
    }
    const server = (0,external_node_http_.createServer)((req, res) => {
        handle(req, res).catch(() => {
            if (res.headersSent)
                res.destroy();
            else
                send(res, { status: 500, body: { message: 'Internal Server Error' } });
        });
    });
    const url = await listen(server, options.host ?? '127.0.0.1', options.port ?? 0);
    let closing;
    return {
        url,
        requests,
        faults,
        close: () => (closing ??= new Promise((resolve, reject) => {
            server.close((err) => (err ? reject(err) : resolve()));
            server.closeAllConnections();
        })),
    };
}
async function readJson(req) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size <= BODY_LIMIT)
            chunks.push(chunk);
    }
    if (size > BODY_LIMIT)
        return { body: undefined, error: 'Request body is too large' };
    const text = Buffer.concat(chunks).toString('utf8');
    const json = (req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json');
    // Fastify's answer to `content-type: application/json` with no body (why clients drop the header on DELETE).
    if (json && text.length === 0)
        return { body: undefined, error: "Body cannot be empty when content-type is set to 'application/json'" };
    if (text.length === 0)
        return { body: undefined };
    try {
        return { body: JSON.parse(text) };
    }
    catch {
        return { body: undefined, error: 'Body is not valid JSON' };
    }
}
/** `truncated`: the headers promise the whole body, half of it arrives and the connection drops. */
function send(res, reply, truncated = false) {
    const text = Buffer.from(reply.body === undefined ? '' : JSON.stringify(reply.body));
    const headers = { ...reply.headers, 'content-length': String(text.length) };
    if (text.length)
        headers['content-type'] = 'application/json; charset=utf-8';
    res.writeHead(reply.status, headers);
    if (truncated)
        res.write(text.subarray(0, Math.floor(text.length / 2)), () => res.socket?.destroy());
    else
        res.end(text);
}
function listen(server, host, port) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            server.off('error', reject);
            const { port: bound } = server.address();
            resolve(`http://${host.includes(':') ? `[${host}]` : host}:${bound}`);
        });
    });
}
/** Matches `/a/:b/c` patterns; the pathname is already free of a trailing slash. */
function matchPath(pattern, path) {
    const want = pattern.split('/').filter(Boolean);
    const got = path.split('/').filter(Boolean);
    if (want.length !== got.length)
        return undefined;
    const params = {};
    for (let i = 0; i < want.length; i++) {
        if (want[i].startsWith(':'))
            params[want[i].slice(1)] = decodeURIComponent(got[i]);
        else if (want[i] !== got[i])
            return undefined;
    }
    return params;
}
/** Per-key fixed 60-second windows; a limit of 0 is off. */
class MinuteWindows {
    now;
    windows = new Map();
    constructor(now) {
        this.now = now;
    }
    hit(key, limit) {
        const now = this.now();
        let w = this.windows.get(key);
        if (!w || now - w.startedAt >= 60_000) {
            w = { startedAt: now, count: 0 };
            this.windows.set(key, w);
        }
        w.count++;
        const resetSeconds = Math.max(1, Math.ceil((w.startedAt + 60_000 - now) / 1000));
        return { remaining: Math.max(0, limit - w.count), resetSeconds, over: limit > 0 && w.count > limit };
    }
}
function bearerOf(req) {
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer (.+)$/i.exec(header) : null;
    return match?.[1];
}

;// CONCATENATED MODULE: ./src/sandbox/common/ip.ts
/** The client IP rate limits key on; tests send x-forwarded-for to act as several runners. */
function clientIpOf(req) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    return first || req.socket.remoteAddress || 'unknown';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js
var schemas = __webpack_require__(5156);
;// CONCATENATED MODULE: ./src/sandbox/enkryptify/schemas.ts

// The create route's request constraints and messages as the API states them.
const uuid = schemas.string()
    .regex(/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/, { message: 'Invalid uuid' });
const key = schemas.string()
    .min(2, { message: 'String must contain at least 2 character(s)' })
    .max(48, { message: 'String must contain at most 48 character(s)' })
    .regex(/^[A-Za-z0-9_-]+$/, { message: 'Invalid' });
const value = schemas.string().max(65_536, { message: 'String must contain at most 65536 character(s)' });
const type = schemas["enum"](['runtime', 'build']);
const dataType = schemas["enum"](['text', 'json']);
const CreateSecretBody = schemas.object({
    environments: schemas.array(uuid).min(1),
    secrets: schemas.array(schemas.object({
        key,
        value,
        note: schemas.string().max(255, { message: 'String must contain at most 255 character(s)' }).optional(),
        type,
        dataType,
    }))
        .min(1),
});
// The PUT body as the official CLI sends it; `note` is accepted, which is unconfirmed upstream.
const UpdateSecretBody = schemas.object({
    name: key,
    note: schemas.string().max(255).optional(),
    type,
    dataType,
    values: schemas.array(schemas.object({ environmentId: uuid, value, isPersonal: schemas.boolean().default(false) })),
});
/** Fastify-style `{message}` text for the first problem: where it is, never the rejected input. */
function validationMessage(error) {
    const issue = error.issues[0];
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
}

;// CONCATENATED MODULE: ./src/sandbox/enkryptify/routes.ts



const message = (status, text, headers) => ({
    status,
    body: { message: text },
    ...(headers ? { headers } : {}),
});
const PROJECT = '/v1/workspace/:ws/project/:prj';
/** The Enkryptify routes secrets-manifest uses (token exchange, environments, secrets), answering `{message}` on every error. */
function route(ctx, entry, req, bodyError) {
    const { method, path } = entry;
    const bearer = bearerOf(req);
    if (method === 'POST' && path === '/v1/auth/exchange') {
        if (!ctx.exchange)
            return message(404, `Route POST:${path} not found`);
        const token = bearer ? ctx.state.rawToken(bearer) : undefined;
        if (!token || !bearer)
            return message(401, 'Invalid or expired token');
        const limited = ctx.exchangeLimited(bearer);
        if (limited.over)
            return message(429, 'Rate limit exceeded', { 'retry-after': String(limited.resetSeconds) });
        entry.authorized = true;
        return {
            status: 200,
            body: { accessToken: ctx.state.issueJwt(bearer), expiresIn: 900, tokenType: 'Bearer' },
        };
    }
    const token = bearer ? ctx.state.resolve(bearer, ctx.directTokens) : undefined;
    if (!token)
        return message(401, 'Invalid or expired token');
    entry.authorized = true;
    if (bodyError)
        return message(400, bodyError);
    if (method === 'GET' && path === '/v1/workspace')
        return {
            status: 200,
            body: [{ id: `ws-${token.workspace}`, name: token.workspace, slug: token.workspace }],
        };
    let p = matchPath('/v1/workspace/:ws/project', path);
    if (method === 'GET' && p) {
        if (p.ws !== token.workspace)
            return message(404, 'Workspace not found');
        const projects = ctx.state.projectsIn(p.ws).map((x) => ({ id: x.id, name: x.slug, slug: x.slug }));
        return { status: 200, body: [{ id: 'team-1', name: 'Default', projects }] };
    }
    p = matchPath(`${PROJECT}/:rest`, path) ?? matchPath(`${PROJECT}/secret/:id`, path);
    if (!p)
        return message(404, `Route ${method}:${path} not found`);
    const project = p.ws === token.workspace ? ctx.state.project(p.ws, p.prj) : undefined;
    if (!project)
        return message(404, 'Project not found');
    const write = method !== 'GET';
    if (write && token.permission !== 'read-write')
        return message(403, 'Insufficient permissions');
    const envIds = new Set(project.environments.map((e) => e.id));
    const at = new Date(ctx.now()).toISOString();
    if (p.rest === 'environment' && method === 'GET')
        return { status: 200, body: project.environments };
    if (p.rest === 'secret' && method === 'GET') {
        // Shared values plus the caller's own personal values, never another user's.
        const visible = project.secrets.map((s) => ({
            ...s,
            values: s.values
                .filter((v) => !v.isPersonal || v.userId === token.userId)
                .map(({ environmentId, value, isPersonal }) => ({ environmentId, value, isPersonal })),
        }));
        return { status: 200, body: visible };
    }
    if (p.rest === 'secret' && method === 'POST') {
        const parsed = CreateSecretBody.safeParse(entry.body);
        if (!parsed.success)
            return message(400, validationMessage(parsed.error));
        const { environments, secrets } = parsed.data;
        if (environments.some((e) => !envIds.has(e)))
            return message(404, 'Environment not found');
        const names = secrets.map((s) => s.key);
        if (new Set(names).size !== names.length)
            return message(400, 'secrets: duplicate key in request');
        if (names.some((n) => project.secrets.some((s) => s.name === n)))
            return message(409, 'Secret already exists');
        for (const s of secrets) {
            project.secrets.push({
                id: (0,external_node_crypto_.randomUUID)(),
                name: s.key,
                note: s.note ?? '',
                type: s.type,
                dataType: s.dataType,
                values: environments.map((environmentId) => ({ environmentId, value: s.value, isPersonal: false })),
                createdAt: at,
                updatedAt: at,
            });
        }
        return { status: ctx.createStatus, body: { success: true } };
    }
    const index = project.secrets.findIndex((s) => s.id === p.id);
    if (p.id && method === 'PUT') {
        if (index < 0)
            return message(404, 'Secret not found');
        const parsed = UpdateSecretBody.safeParse(entry.body);
        if (!parsed.success)
            return message(400, validationMessage(parsed.error));
        const body = parsed.data;
        if (body.values.some((v) => !envIds.has(v.environmentId)))
            return message(404, 'Environment not found');
        if (project.secrets.some((s, i) => i !== index && s.name === body.name))
            return message(409, 'Secret already exists');
        const old = project.secrets[index];
        // Replace-all: what the body leaves out is gone, except other users' personal values it cannot see.
        const others = old.values.filter((v) => v.isPersonal && v.userId !== token.userId);
        const values = body.values.map((v) => ({ ...v, ...(v.isPersonal ? { userId: token.userId } : {}) }));
        const next = {
            ...old,
            name: body.name,
            note: body.note ?? old.note,
            type: body.type,
            dataType: body.dataType,
            values: [...values, ...others],
            updatedAt: at,
        };
        project.secrets[index] = next;
        return { status: 200, body: { success: true } };
    }
    if (p.id && method === 'DELETE') {
        if (index < 0)
            return message(404, 'Secret not found');
        project.secrets.splice(index, 1);
        return { status: 200, body: { success: true } };
    }
    return message(404, `Route ${method}:${path} not found`);
}

;// CONCATENATED MODULE: ./src/sandbox/enkryptify/state.ts

/** In-memory Enkryptify: workspaces by slug, projects with environments, secrets with values per environment. */
class EnkryptifyState {
    now;
    projects = new Map();
    tokens = new Map();
    jwts = new Map();
    constructor(now) {
        this.now = now;
    }
    addToken(input) {
        this.tokens.set(input.token, {
            permission: 'read-write',
            userId: `user-${this.tokens.size + 1}`,
            ...input,
        });
    }
    /** Creates a project with its environments and returns environment name -> id. */
    addProject(input) {
        const environments = input.environments.map((name) => ({ id: (0,external_node_crypto_.randomUUID)(), name }));
        this.projects.set(state_key(input.workspace, input.project), {
            workspace: input.workspace,
            slug: input.project,
            id: (0,external_node_crypto_.randomUUID)(),
            environments,
            secrets: [],
        });
        return new Map(environments.map((e) => [e.name, e.id]));
    }
    addSecret(workspace, project, input) {
        const p = this.mustProject(workspace, project);
        const envId = (name) => {
            const env = p.environments.find((e) => e.name === name);
            if (!env)
                throw new Error(`no environment ${name}`);
            return env.id;
        };
        const at = new Date(this.now()).toISOString();
        const secret = {
            id: (0,external_node_crypto_.randomUUID)(),
            name: input.key,
            note: input.note ?? '',
            type: input.type ?? 'runtime',
            dataType: input.dataType ?? 'text',
            values: [
                ...Object.entries(input.values).map(([env, value]) => ({
                    environmentId: envId(env),
                    value,
                    isPersonal: false,
                })),
                ...Object.entries(input.personal ?? {}).map(([env, value]) => ({
                    environmentId: envId(env),
                    value,
                    isPersonal: true,
                    userId: input.personalUserId ?? 'user-1',
                })),
            ],
            createdAt: at,
            updatedAt: at,
        };
        p.secrets.push(secret);
        return secret;
    }
    project(workspace, project) {
        return this.projects.get(state_key(workspace, project));
    }
    projectsIn(workspace) {
        return [...this.projects.values()].filter((p) => p.workspace === workspace);
    }
    /** Shared value of a secret per environment name, for assertions. */
    valuesOf(workspace, project, name) {
        const p = this.mustProject(workspace, project);
        const s = p.secrets.find((x) => x.name === name);
        if (!s)
            return undefined;
        const out = {};
        for (const v of s.values.filter((x) => !x.isPersonal))
            out[p.environments.find((e) => e.id === v.environmentId)?.name ?? v.environmentId] = v.value;
        return out;
    }
    secrets(workspace, project) {
        return this.mustProject(workspace, project).secrets;
    }
    issueJwt(token) {
        const jwt = `eyJ.sandbox.${(0,external_node_crypto_.randomUUID)()}`;
        this.jwts.set(jwt, { token, expiresAt: this.now() + 900_000 });
        return jwt;
    }
    /** Makes every issued JWT expired, as after 15 minutes. */
    expireJwts() {
        for (const j of this.jwts.values())
            j.expiresAt = 0;
    }
    /** The token behind a bearer: a raw token (when allowed) or an unexpired JWT. */
    resolve(bearer, allowDirect) {
        const jwt = this.jwts.get(bearer);
        if (jwt)
            return jwt.expiresAt > this.now() ? this.tokens.get(jwt.token) : undefined;
        return allowDirect ? this.tokens.get(bearer) : undefined;
    }
    rawToken(bearer) {
        return this.tokens.get(bearer);
    }
    mustProject(workspace, project) {
        const p = this.project(workspace, project);
        if (!p)
            throw new Error(`no project ${workspace}/${project}`);
        return p;
    }
}
function state_key(workspace, project) {
    return `${workspace}/${project}`;
}

;// CONCATENATED MODULE: ./src/sandbox/enkryptify/server.ts




/**
 * A stateful, in-memory stand-in for the Enkryptify API on loopback: token exchange, environments,
 * secrets with a value per environment, the seed's create schema, `{message}` errors and the
 * 200-a-minute limit with `RateLimit-*` headers.
 */
async function startEnkryptifyServer(options = {}) {
    const now = options.now ?? Date.now;
    const state = new EnkryptifyState(now);
    const windows = new MinuteWindows(now);
    const limit = options.requestsPerMinute ?? 200;
    const exchangeLimit = options.exchangesPerMinute ?? 10;
    const ctx = {
        state,
        exchange: options.exchange ?? true,
        directTokens: options.directTokens ?? true,
        createStatus: options.createStatus ?? 200,
        now,
        exchangeLimited: (token) => windows.hit(`exchange:${token}`, exchangeLimit),
    };
    const handle = await serveJson({
        host: options.host,
        port: options.port,
        latencyMs: options.latencyMs,
        now,
        faultReply: (status, message, retryAfter) => ({
            status,
            body: { message: message ?? (status === 429 ? 'Rate limit exceeded' : 'Internal Server Error') },
            headers: status === 429 ? { 'retry-after': String(retryAfter ?? 1) } : undefined,
        }),
        handle: (entry, req, bodyError) => {
            if (!entry.path.startsWith('/v1/'))
                return route(ctx, entry, req, bodyError);
            const hit = windows.hit(`ip:${clientIpOf(req)}`, limit);
            const headers = limit > 0
                ? {
                    'ratelimit-limit': String(limit),
                    'ratelimit-remaining': String(hit.remaining),
                    'ratelimit-reset': String(hit.resetSeconds),
                }
                : {};
            if (hit.over)
                return {
                    status: 429,
                    body: { message: 'Rate limit exceeded' },
                    headers: { ...headers, 'retry-after': String(hit.resetSeconds) },
                };
            const reply = route(ctx, entry, req, bodyError);
            return { ...reply, headers: { ...headers, ...reply.headers } };
        },
    });
    return { ...handle, state };
}

;// CONCATENATED MODULE: ./src/sandbox/enkryptify/index.ts



;// CONCATENATED MODULE: ./src/sandbox/prime-intellect/schemas.ts

// The API's SecretCreateRequest and SecretUpdateRequest, with pydantic's messages.
const schemas_name = schemas.string()
    .min(1, { message: 'String should have at least 1 character' })
    .max(255, { message: 'String should have at most 255 characters' })
    .regex(/^[A-Z][A-Z0-9_]*$/, { message: "String should match pattern '^[A-Z][A-Z0-9_]*$'" });
const description = schemas.string().max(500, { message: 'String should have at most 500 characters' }).nullable();
const schemas_value = schemas.string().min(1, { message: 'String should have at least 1 character' });
const CreateBody = schemas.object({
    name: schemas_name,
    description: description.optional(),
    value: schemas_value,
    teamId: schemas.string().nullable().optional(),
    isFile: schemas.boolean().default(false),
});
const UpdateBody = schemas.object({
    name: schemas_name.nullable().optional(),
    value: schemas_value.nullable().optional(),
    description: description.optional(),
});
function fieldErrors(error) {
    return error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message }));
}

;// CONCATENATED MODULE: ./src/sandbox/prime-intellect/state.ts

/** In-memory Prime Intellect global secrets: personal (per user) or team, values write-only. */
class PrimeState {
    now;
    secrets = [];
    keys = new Map();
    constructor(now) {
        this.now = now;
    }
    addKey(input) {
        this.keys.set(input.apiKey, { userId: `user-${this.keys.size + 1}`, teams: [], ...input });
    }
    key(apiKey) {
        return this.keys.get(apiKey);
    }
    /** Seeds a secret owned by `userId` (personal) or by `teamId`. */
    addSecret(input) {
        const at = new Date(this.now()).toISOString();
        const secret = {
            id: `sec_${(0,external_node_crypto_.randomUUID)().replace(/-/g, '').slice(0, 20)}`,
            name: input.name,
            value: input.value,
            description: input.description ?? null,
            isFile: false,
            userId: input.teamId ? null : (input.userId ?? 'user-1'),
            teamId: input.teamId ?? null,
            createdAt: at,
            updatedAt: at,
        };
        this.secrets.push(secret);
        return secret;
    }
    /** The secrets of one scope: a team's, or a user's personal ones. */
    scope(userId, teamId) {
        return this.secrets.filter((s) => teamId ? s.teamId === teamId : s.teamId === null && s.userId === userId);
    }
    /** For assertions: the stored value of a name in a scope. */
    valueOf(name, teamId) {
        return this.secrets.find((s) => s.name === name && s.teamId === (teamId ?? null))?.value;
    }
    touch(secret) {
        secret.updatedAt = new Date(this.now()).toISOString();
    }
}
/** `SecretResponse`: everything but the value, which the API never returns. */
function toResponse(s) {
    const { value: _value, ...rest } = s;
    return rest;
}

;// CONCATENATED MODULE: ./src/sandbox/prime-intellect/routes.ts



const detail = (status, text) => ({ status, body: { detail: text } });
/** 422 in the documented shape, or FastAPI's, which echoes the rejected `input` (clients must not). */
function invalid(ctx, errors, body) {
    if (ctx.options.errorStyle === 'errors')
        return { status: 422, body: { errors: errors.map((e) => ({ param: e.field, details: e.message })) } };
    return {
        status: 422,
        body: {
            detail: errors.map((e) => ({
                loc: ['body', ...e.field.split('.')],
                msg: e.message,
                type: 'value_error',
                input: body?.[e.field.split('.')[0]],
            })),
        },
    };
}
/** The secrets routes of the Prime Intellect API, plus whoami and teams. */
function routes_route(ctx, entry, req, bodyError) {
    const { method, path, query } = entry;
    const bearer = bearerOf(req);
    const key = bearer ? ctx.state.key(bearer) : undefined;
    if (!key)
        return detail(401, 'Authorization failed');
    entry.authorized = true;
    if (bodyError)
        return invalid(ctx, [{ field: 'body', message: bodyError }], undefined);
    if (method === 'GET' && path === '/api/v1/user/whoami')
        return {
            status: 200,
            body: {
                data: {
                    id: key.userId,
                    email: `${key.userId}@example.test`,
                    name: key.userId,
                    slug: key.userId,
                    scope: { secrets: { read: true, write: true } },
                },
            },
        };
    if (method === 'GET' && path === '/api/v1/user/teams') {
        const data = key.teams.map((teamId) => ({
            teamId,
            name: teamId,
            slug: teamId,
            role: 'ADMIN',
            createdAt: new Date(0).toISOString(),
        }));
        return { status: 200, body: { total_count: data.length, offset: 0, limit: 100, data } };
    }
    const teamId = method === 'POST' ? (entry.body?.teamId ?? undefined) : query.teamId;
    if (teamId && !key.teams.includes(teamId))
        return detail(403, 'Not a member of this team');
    const scope = ctx.state.scope(key.userId, teamId);
    if (path === '/api/v1/secrets' && method === 'GET') {
        const offset = Number(query.offset ?? 0);
        const limit = Number(query.limit ?? 100);
        if (!Number.isInteger(offset) || offset < 0)
            return invalid(ctx, [{ field: 'offset', message: 'Input should be greater than or equal to 0' }], query);
        if (!Number.isInteger(limit) || limit < 1 || limit > ctx.options.maxLimit)
            return invalid(ctx, [{ field: 'limit', message: `Input should be less than or equal to ${ctx.options.maxLimit}` }], query);
        const data = scope.slice(offset, offset + limit).map(toResponse);
        const total = ctx.options.totalField === 'none' ? {} : { [ctx.options.totalField]: scope.length };
        return { status: 200, body: { ...total, offset, limit, data, status: 'success' } };
    }
    if (path === '/api/v1/secrets' && method === 'POST') {
        const parsed = CreateBody.safeParse(entry.body);
        if (!parsed.success)
            return invalid(ctx, fieldErrors(parsed.error), entry.body);
        if (scope.some((s) => s.name === parsed.data.name))
            return detail(ctx.options.duplicateStatus, `Secret with name ${parsed.data.name} already exists`);
        const created = ctx.state.addSecret({
            name: parsed.data.name,
            value: parsed.data.value,
            ...(parsed.data.description != null ? { description: parsed.data.description } : {}),
            ...(teamId ? { teamId } : { userId: key.userId }),
        });
        return { status: 200, body: { data: toResponse(created), status: 'success' } };
    }
    const p = matchPath('/api/v1/secrets/:id', path);
    const secret = p ? scope.find((s) => s.id === p.id) : undefined;
    if (p && !secret)
        return detail(404, 'Secret not found');
    if (secret && method === 'GET')
        return { status: 200, body: { data: toResponse(secret), status: 'success' } };
    if (secret && method === 'PATCH') {
        const parsed = UpdateBody.safeParse(entry.body);
        if (!parsed.success)
            return invalid(ctx, fieldErrors(parsed.error), entry.body);
        const { name, value, description } = parsed.data;
        if (name && scope.some((s) => s !== secret && s.name === name))
            return detail(ctx.options.duplicateStatus, `Secret with name ${name} already exists`);
        if (name)
            secret.name = name;
        if (value)
            secret.value = value;
        if (description !== undefined && description !== null)
            secret.description = description || null;
        ctx.state.touch(secret);
        return { status: 200, body: { data: toResponse(secret), status: 'success' } };
    }
    if (secret && method === 'DELETE') {
        ctx.state.secrets.splice(ctx.state.secrets.indexOf(secret), 1);
        return ctx.options.deleteStatus === 204 ? { status: 204 } : { status: 200, body: {} };
    }
    return detail(404, 'Not Found');
}

;// CONCATENATED MODULE: ./src/sandbox/prime-intellect/server.ts



/**
 * A stateful, in-memory stand-in for Prime Intellect's secrets API on loopback: offset/limit pages
 * with `total_count`, `{data, status}` envelopes, the seed's create schema, both 422 shapes, and
 * values that are stored but never returned.
 */
async function startPrimeIntellectServer(options = {}) {
    const now = options.now ?? Date.now;
    const state = new PrimeState(now);
    const windows = new MinuteWindows(now);
    const perMinute = options.requestsPerMinute ?? 0;
    const ctx = {
        state,
        now,
        options: {
            errorStyle: options.errorStyle ?? 'errors',
            totalField: options.totalField ?? 'total_count',
            maxLimit: options.maxLimit ?? 100,
            deleteStatus: options.deleteStatus ?? 200,
            duplicateStatus: options.duplicateStatus ?? 409,
            requestsPerMinute: perMinute,
        },
    };
    const handle = await serveJson({
        host: options.host,
        port: options.port,
        latencyMs: options.latencyMs,
        now,
        faultReply: (status, message, retryAfter) => ({
            status,
            body: { detail: message ?? (status === 429 ? 'Too Many Requests' : 'Internal Server Error') },
            headers: status === 429 ? { 'retry-after': String(retryAfter ?? 1) } : undefined,
        }),
        handle: (entry, req, bodyError) => {
            const hit = windows.hit(`key:${bearerOf(req) ?? ''}`, perMinute);
            if (hit.over)
                return {
                    status: 429,
                    body: { detail: 'Too Many Requests' },
                    headers: { 'retry-after': String(hit.resetSeconds) },
                };
            return routes_route(ctx, entry, req, bodyError);
        },
    });
    return { ...handle, state };
}

;// CONCATENATED MODULE: ./src/sandbox/prime-intellect/index.ts



;// CONCATENATED MODULE: ./src/sandbox/demo-providers.ts


/** Throwaway credentials of the local servers, printed on purpose so a newcomer can connect. */
const DEMO_ENKRYPTIFY = {
    token: 'ek_live_sandbox-token',
    workspace: 'acme',
    project: 'web-app',
    environments: ['development', 'staging', 'production'],
};
const DEMO_PRIME = { apiKey: 'pit_sandbox-key', teamId: 'team-sandbox' };
/** Starts the Enkryptify or Prime Intellect stand-in with a small demo state; `lines` say how to connect. */
async function startDemoServer(provider, port) {
    if (provider === 'enkryptify') {
        const server = await startEnkryptifyServer({ port });
        const d = DEMO_ENKRYPTIFY;
        server.state.addToken({ token: d.token, workspace: d.workspace });
        server.state.addProject({ workspace: d.workspace, project: d.project, environments: [...d.environments] });
        server.state.addSecret(d.workspace, d.project, { key: 'LOG_LEVEL', values: { development: 'debug' } });
        return {
            url: server.url,
            close: server.close,
            lines: [
                `Enkryptify sandbox listening on ${server.url}`,
                `workspace ${d.workspace}, project ${d.project}, environments ${d.environments.join(', ')}`,
                'Connect with:',
                `export ENKRYPTIFY_API_URL=${server.url}`,
                `export ENKRYPTIFY_TOKEN=${d.token}`,
            ],
        };
    }
    const server = await startPrimeIntellectServer({ port });
    server.state.addKey({ apiKey: DEMO_PRIME.apiKey, userId: 'sandbox-user', teams: [DEMO_PRIME.teamId] });
    server.state.addSecret({ name: 'LEGACY_TOKEN', value: 'sandbox-legacy', userId: 'sandbox-user' });
    return {
        url: server.url,
        close: server.close,
        lines: [
            `Prime Intellect sandbox listening on ${server.url} (team ${DEMO_PRIME.teamId} available)`,
            'Connect with:',
            `export PRIME_API_BASE_URL=${server.url}`,
            `export PRIME_API_KEY=${DEMO_PRIME.apiKey}`,
        ],
    };
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/errors.ts

/** An error that maps onto one of the real Infisical error bodies. */
class ApiError extends Error {
    statusCode;
    detail;
    errorName;
    details;
    headers;
    constructor(statusCode, detail, errorName, details, headers) {
        super(typeof detail === 'string' ? detail : errorName);
        this.statusCode = statusCode;
        this.detail = detail;
        this.errorName = errorName;
        this.details = details;
        this.headers = headers;
    }
}
const badRequest = (message, name = 'BadRequest') => new ApiError(400, message, name);
const unauthorized = (message, name = 'UnauthorizedError') => new ApiError(401, message, name);
const forbidden = (message = 'You are not allowed to access this resource', name = 'ForbiddenError') => new ApiError(403, message, name);
const notFound = (message, name = 'NotFound') => new ApiError(404, message, name);
const internalError = () => new ApiError(500, 'Something went wrong', 'InternalServerError');
/** CASL ForbiddenError as the real handler renders it. */
const permissionDenied = (action, subject) => new ApiError(403, `You are not allowed to ${action} on ${subject}`, 'PermissionDenied', []);
const tokenError = (message) => new ApiError(403, message, 'TokenError');
/** The October-2024 server answered schema failures with 401 instead of 422. */
const validationFailure = (issues, legacy) => new ApiError(legacy ? 401 : 422, issues, 'ValidationFailure');
const rateLimited = (seconds, limit) => new ApiError(429, `Rate limit exceeded. Please try again in ${seconds} seconds`, 'RateLimitExceeded', undefined, {
    'retry-after': String(seconds),
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(seconds),
});
const defaultNames = {
    400: 'BadRequest',
    401: 'UnauthorizedError',
    403: 'PermissionDenied',
    404: 'NotFound',
    410: 'Gone',
    413: 'PayloadTooLarge',
    422: 'ValidationFailure',
    429: 'RateLimitExceeded',
    500: 'InternalServerError',
    502: 'BadGateway',
    503: 'ServiceUnavailable',
    504: 'GatewayTimeoutError',
};
const defaultMessages = {
    400: 'The request is invalid',
    401: 'You are not allowed to access this resource',
    403: 'You are not allowed to access this resource',
    404: 'The requested entity is not found',
    500: 'Something went wrong',
    503: 'The server is starting up, please try again shortly',
    504: 'Timeout error',
};
/** An error for an arbitrary status, used by fault injection. */
function errorForStatus(status, message, retryAfterSeconds = 1) {
    if (status === 429)
        return rateLimited(retryAfterSeconds, 0);
    const text = message ?? defaultMessages[status] ?? 'Something went wrong';
    return new ApiError(status, text, defaultNames[status] ?? 'Error');
}
const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Fastify request ids as Infisical configures them: `req-` + 14 alphanumerics. */
function newReqId() {
    let id = 'req-';
    for (let i = 0; i < 14; i++)
        id += alnum[(0,external_node_crypto_.randomInt)(alnum.length)];
    return id;
}
function errorBody(err, legacy) {
    // During startup the real server answers 503 outside the standard error shape.
    if (err.statusCode === 503)
        return { status: 'unavailable', message: err.detail };
    const body = legacy ? {} : { reqId: newReqId() };
    body.statusCode = err.statusCode;
    body.message = err.detail;
    body.error = err.errorName;
    if (err.details !== undefined)
        body.details = err.details;
    return body;
}
/** Fastify's own 404 for an unknown route: never has a reqId. */
function routeNotFoundBody(method, rawUrl) {
    return { message: `Route ${method}:${rawUrl} not found`, error: 'Not Found', statusCode: 404 };
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/zod-issues.ts
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (typeof value === 'number' && Number.isNaN(value))
        return 'nan';
    return typeof value;
}
function sizeMessage(origin, bound, small, inclusive) {
    if (origin === 'string')
        return `String must contain ${small ? 'at least' : 'at most'} ${bound} character(s)`;
    if (origin === 'array')
        return `Array must contain ${small ? 'at least' : 'at most'} ${bound} element(s)`;
    const cmp = small
        ? inclusive
            ? 'greater than or equal to'
            : 'greater than'
        : inclusive
            ? 'less than or equal to'
            : 'less than';
    return `Number must be ${cmp} ${bound}`;
}
function path(issue) {
    return issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
}
function toLegacyIssues(issues) {
    return issues.map((issue) => {
        const base = { path: path(issue) };
        switch (issue.code) {
            case 'invalid_type': {
                const received = typeName(issue.input);
                const message = received === 'undefined' ? 'Required' : `Expected ${issue.expected}, received ${received}`;
                return { code: 'invalid_type', expected: issue.expected, received, ...base, message };
            }
            case 'unrecognized_keys':
                return {
                    code: 'unrecognized_keys',
                    keys: issue.keys,
                    ...base,
                    message: `Unrecognized key(s) in object: ${issue.keys.map((k) => `'${k}'`).join(', ')}`,
                };
            case 'too_small':
            case 'too_big': {
                const small = issue.code === 'too_small';
                const bound = small ? issue.minimum : issue.maximum;
                const inclusive = issue.inclusive ?? true;
                const type = issue.origin === 'string' || issue.origin === 'array' ? issue.origin : 'number';
                return {
                    code: issue.code,
                    [small ? 'minimum' : 'maximum']: typeof bound === 'bigint' ? Number(bound) : bound,
                    type,
                    inclusive,
                    exact: false,
                    ...base,
                    message: sizeMessage(issue.origin, bound, small, inclusive),
                };
            }
            case 'invalid_value': {
                const options = issue.values.map((v) => `'${String(v)}'`).join(' | ');
                const received = typeof issue.input === 'string' ? `'${issue.input}'` : typeName(issue.input);
                return {
                    code: 'invalid_enum_value',
                    options: issue.values,
                    ...base,
                    message: `Invalid enum value. Expected ${options}, received ${received}`,
                };
            }
            case 'invalid_format':
                return {
                    code: 'invalid_string',
                    validation: issue.format,
                    ...base,
                    message: `Invalid ${issue.format}`,
                };
            default:
                return { code: issue.code, ...base, message: issue.message };
        }
    });
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/access.ts


/**
 * Bearer-token check as inject-identity + verifyAuth do it: the server takes the header after its first
 * 7 characters, so the `Bearer ` prefix is mandatory.
 */
function authenticate(ctx, required) {
    const header = ctx.headers.authorization;
    if (!header) {
        if (required)
            throw unauthorized('Token missing');
        return undefined;
    }
    const resolved = ctx.state.resolveToken(header.slice(7));
    if (!resolved)
        throw tokenError(ctx.legacy ? 'invalid token' : 'Your token has expired. Please re-authenticate.');
    if (resolved.expired)
        throw tokenError(ctx.legacy ? 'jwt expired' : 'Your token has expired. Please re-authenticate.');
    return resolved.identity;
}
function identityOf(ctx) {
    if (!ctx.identity)
        throw unauthorized('Token missing');
    return ctx.identity;
}
/** Validates like the route's zod schema: 422 with a zod-issue array (legacy: 401). */
function parse(ctx, schema, input) {
    const result = schema.safeParse(input, { reportInput: true });
    if (!result.success)
        throw validationFailure(toLegacyIssues(result.error.issues), ctx.legacy);
    return result.data;
}
function projectById(ctx, id) {
    const project = ctx.state.project(id);
    if (!project)
        throw notFound(`Project with ID '${id}' not found`);
    return project;
}
function projectBySlug(ctx, slug) {
    const project = ctx.state.projectBySlug(slug);
    if (!project)
        throw notFound(`Project with slug '${slug}' not found`);
    return project;
}
/** Project the caller may use: it must be a member (403 otherwise, as the real permission service answers). */
function memberProject(ctx, project) {
    const identity = identityOf(ctx);
    if (!project.members.has(identity.id)) {
        throw forbidden(`Identity with ID '${identity.id}' is not a member of project with ID '${project.id}'`);
    }
    return project;
}
/** Viewers may read; every write answers the CASL message, e.g. "You are not allowed to create on secrets". */
function requirePermission(ctx, action, subject) {
    if (identityOf(ctx).role === 'viewer')
        throw permissionDenied(action, subject);
}
function findEnvironment(project, slug) {
    return project.environments.find((e) => e.slug === slug);
}
function requireEnvironment(project, slug) {
    const env = findEnvironment(project, slug);
    if (!env)
        throw notFound(`Environment with slug '${slug}' in project with ID '${project.id}' not found`);
    return env;
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/http-io.ts


/** Fastify's default bodyLimit, which Infisical does not override. */
const http_io_BODY_LIMIT = 1024 * 1024;
/** Reads the whole body but keeps at most BODY_LIMIT bytes, so an oversized upload can still get its 413. */
async function readBody(req) {
    const chunks = [];
    let size = 0;
    let tooLarge = false;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > http_io_BODY_LIMIT)
            tooLarge = true;
        else
            chunks.push(chunk);
    }
    return { raw: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), tooLarge };
}
/** JSON and form bodies (@fastify/formbody is registered); parse failures surface after auth, as in Fastify. */
function parseBody(method, raw, contentType, legacy) {
    if (method === 'GET' || method === 'HEAD')
        return { ok: true, value: undefined };
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    const text = raw.toString('utf8');
    const fail = (message) => ({
        ok: false,
        error: legacy ? internalError() : badRequest(message),
    });
    if (type === 'application/json') {
        if (text.length === 0)
            return fail("Body cannot be empty when content-type is set to 'application/json'");
        try {
            return { ok: true, value: JSON.parse(text) };
        }
        catch {
            return fail("Body is not valid JSON but content-type is set to 'application/json'");
        }
    }
    if (type === 'application/x-www-form-urlencoded') {
        return { ok: true, value: Object.fromEntries(new URLSearchParams(text)) };
    }
    if (text.length === 0)
        return { ok: true, value: undefined };
    return {
        ok: false,
        error: new ApiError(415, `Unsupported Media Type: ${type || 'undefined'}`, 'UnsupportedMediaType'),
    };
}
/** @fastify/etag is global on the real server: GET answers carry an ETag and honour If-None-Match. */
function sendJson(req, res, status, body, headers = {}) {
    const text = body === undefined ? '' : JSON.stringify(body);
    const out = { ...headers };
    if (text)
        out['content-type'] = 'application/json; charset=utf-8';
    if (req.method === 'GET' && status === 200) {
        const etag = `"${(0,external_node_crypto_.createHash)('sha1').update(text).digest('base64url')}"`;
        out.etag = etag;
        if (req.headers['if-none-match'] === etag) {
            res.writeHead(304, { etag }).end();
            return 304;
        }
    }
    out['content-length'] = String(Buffer.byteLength(text));
    res.writeHead(status, out).end(text);
    return status;
}
function clientIp(req) {
    // Infisical reads the real client IP from proxy headers; tests use this to act as several runners.
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    return first || req.socket.remoteAddress || 'unknown';
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/rate-limit.ts
/**
 * Per-client-IP fixed windows of 60 s, like @fastify/rate-limit as Infisical Cloud configures it.
 * A limit of 0 turns a bucket off; only share creation is on by default (cloud's fixed 5/min).
 */
class RateLimiter {
    now;
    limits;
    windows = new Map();
    constructor(now, options = {}) {
        this.now = now;
        this.limits = {
            read: options.readPerMinute ?? 0,
            write: options.writePerMinute ?? 0,
            secrets: options.secretsPerMinute ?? 0,
            shareCreation: options.shareCreationsPerMinute ?? 5,
        };
    }
    /** Counts one request; returns the seconds to wait when it is over the limit. */
    hit(bucket, ip) {
        const limit = this.limits[bucket];
        if (limit <= 0)
            return undefined;
        const key = `${bucket}:${ip}`;
        const now = this.now();
        let window = this.windows.get(key);
        if (!window || now - window.startedAt >= 60_000) {
            window = { startedAt: now, count: 0 };
            this.windows.set(key, window);
        }
        window.count++;
        if (window.count <= limit)
            return undefined;
        return { limit, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + 60_000 - now) / 1000)) };
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(9567);
;// CONCATENATED MODULE: ./src/sandbox/infisical/text.ts
/** Small string rules the real server applies to paths, values and patterns. */
/** `secretPath` after the server's trim + removeTrailingSlash + prefixWithSlash; empty segments collapse. */
function normalizePath(path) {
    const segments = path.trim().split('/').filter(Boolean);
    return `/${segments.join('/')}`;
}
function pathSegments(path) {
    return normalizePath(path).split('/').filter(Boolean);
}
function joinPath(parent, name) {
    return normalizePath(`${parent}/${name}`);
}
/** Values are trimmed, but a value that ended with a newline keeps exactly one. */
function trimSecretValue(value) {
    return value.at(-1) === '\n' ? `${value.trim()}\n` : value.trim();
}
const FOLDER_NAME = /^[a-zA-Z0-9-_]+$/;
/**
 * picomatch-style glob as Infisical uses for OIDC bindings and approval-policy paths: `*` and `?` stay inside
 * one `/`-separated segment, `**` crosses segments.
 */
function globMatch(value, pattern) {
    if (value === pattern)
        return true;
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            re += '.*';
            i++;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`).test(value);
}
const units = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000,
    y: 31_557_600_000,
};
const unitAliases = [
    [/^(milliseconds?|msecs?|ms)$/, 'ms'],
    [/^(seconds?|secs?|s)$/, 's'],
    [/^(minutes?|mins?|m)$/, 'm'],
    [/^(hours?|hrs?|h)$/, 'h'],
    [/^(days?|d)$/, 'd'],
    [/^(weeks?|w)$/, 'w'],
    [/^(years?|yrs?|y)$/, 'y'],
];
/** The `ms` package's string parser ('5m', '1h', '7d', '1w', '2 days'); undefined when unparseable. */
function parseDuration(input) {
    const match = /^(-?(?:\d+)?\.?\d+) *([a-z]+)?$/i.exec(input.trim());
    if (!match || input.length > 100)
        return undefined;
    const n = Number.parseFloat(match[1]);
    const unitText = (match[2] ?? 'ms').toLowerCase();
    const unit = unitAliases.find(([re]) => re.test(unitText))?.[1];
    return unit ? n * units[unit] : undefined;
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/request-schemas.ts


/**
 * Request schemas mirroring the OpenAPI seeds. Modern bodies are strict (`additionalProperties: false`);
 * the October-2024 server silently dropped unknown keys, so legacy schemas strip them and leave out the
 * fields that server did not know (`mode`, per-item `secretPath`, `secretMetadata`, `viewSecretValue`).
 * Query strings are never strict: Fastify's querystring schemas strip extras on every version.
 */
const boolString = schemas["enum"](['true', 'false']).transform((v) => v === 'true');
/** Folder listing is looser than secrets listing: it also takes 1/0. */
const boolLoose = schemas["enum"](['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const secretPath = schemas.string().trim().default('/').transform(normalizePath);
const itemSecretPath = schemas.string().trim().transform(normalizePath).optional();
const secretValue = schemas.string().transform(trimSecretValue);
const DAY = 86_400_000;
function withoutKeys(keys) {
    return (v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).filter(([k]) => !keys.includes(k)))
        : v;
}
function buildSchemas(legacy) {
    const obj = (legacy ? schemas.object : schemas.strictObject);
    /** Keys the October-2024 server did not know: dropped before validation there, as its strip mode did. */
    const newer = (schema, keys) => legacy ? schemas.preprocess(withoutKeys(keys), schema) : schema;
    const secretKey = legacy
        ? schemas.string().trim().min(1)
        : schemas.string()
            .trim()
            .min(1)
            .refine((k) => !k.includes(':') && !k.includes('/'), 'Secret name cannot contain colon or forward slash.');
    const secretMetadata = schemas.array(obj({
        key: schemas.string().trim().min(1).max(255),
        value: schemas.string().trim().max(1020).default(''),
        isEncrypted: schemas.boolean().default(false),
    }));
    const v4Project = { projectId: schemas.string().trim() };
    const v3Project = { workspaceId: schemas.string().trim().optional(), projectSlug: schemas.string().trim().optional() };
    const createItem = newer(obj({
        secretKey,
        secretValue,
        secretComment: schemas.string().trim().default(''),
        skipMultilineEncoding: schemas.boolean().nullable().optional(),
        metadata: schemas.record(schemas.string(), schemas.string()).optional(),
        tagIds: schemas.array(schemas.string()).optional(),
        secretMetadata: secretMetadata.optional(),
    }), ['secretMetadata']);
    const updateFields = {
        secretKey,
        secretValue: legacy ? secretValue : secretValue.optional(),
        secretComment: schemas.string().trim().optional(),
        skipMultilineEncoding: schemas.boolean().nullable().optional(),
        newSecretName: secretKey.optional(),
        tagIds: schemas.array(schemas.string()).optional(),
        secretReminderNote: schemas.string().max(1024).nullable().optional(),
        secretReminderRepeatDays: schemas.number().nullable().optional(),
        secretMetadata: secretMetadata.optional(),
    };
    const mode = { mode: schemas["enum"](['failOnNotFound', 'upsert', 'ignore']).default('failOnNotFound') };
    const common = { environment: schemas.string().trim(), secretPath };
    const deleteItems = schemas.array(obj({ secretKey: schemas.string().trim(), type: schemas["enum"](['shared', 'personal']).default('shared') }))
        .min(1);
    const listQuery = {
        environment: schemas.string().trim().optional(),
        secretPath,
        expandSecretReferences: boolString.optional(),
        recursive: boolString.optional(),
        include_imports: boolString.optional(),
        tagSlugs: schemas.string().optional(),
        viewSecretValue: boolString.optional(),
        metadataFilter: schemas.string().optional(),
    };
    const listOnly = ['viewSecretValue', 'metadataFilter'];
    const folderName = schemas.string()
        .trim()
        .refine((n) => FOLDER_NAME.test(n), 'Invalid folder name. Only alphanumeric characters, dashes, and underscores are allowed.');
    const folderBody = {
        environment: schemas.string().trim(),
        name: folderName,
        path: secretPath,
        description: schemas.string().nullable().optional(),
    };
    return {
        uaLogin: obj({
            clientId: schemas.string().trim(),
            clientSecret: schemas.string().trim(),
            subOrganizationName: schemas.string().optional(),
        }),
        renew: obj({ accessToken: schemas.string().trim() }),
        oidcLogin: obj({
            identityId: schemas.string().trim(),
            jwt: schemas.string().trim(),
            subOrganizationName: schemas.string().optional(),
        }),
        listV4: schemas.object({ projectId: schemas.string().trim().optional(), ...listQuery }),
        listV3: newer(schemas.object({
            workspaceId: schemas.string().trim().optional(),
            workspaceSlug: schemas.string().trim().optional(),
            ...listQuery,
        }), listOnly),
        createV4: obj({ ...v4Project, ...common, secrets: schemas.array(createItem).min(1) }),
        createV3: obj({ ...v3Project, ...common, secrets: schemas.array(createItem).min(1) }),
        // POST /api/v3/secrets/raw/:secretName, the single create the official SDK calls; the key is in the path.
        createOneV3: obj({
            ...v3Project,
            ...common,
            secretValue,
            secretComment: schemas.string().trim().default(''),
            secretReminderNote: schemas.string().max(1024).nullable().optional(),
            secretReminderRepeatDays: schemas.number().nullable().optional(),
            skipMultilineEncoding: schemas.boolean().nullable().optional(),
            tagIds: schemas.array(schemas.string()).optional(),
            type: schemas["enum"](['shared', 'personal']).default('shared'),
        }),
        updateV4: obj({
            ...v4Project,
            ...common,
            ...mode,
            // No default per item: an item without secretPath uses the request's (a zod default would force '/').
            secrets: schemas.array(obj({ ...updateFields, secretPath: itemSecretPath })).min(1),
        }),
        updateV3: newer(obj({
            ...v3Project,
            ...common,
            ...mode,
            secrets: schemas.array(newer(obj(updateFields), ['secretMetadata'])).min(1),
        }), ['mode']),
        // Single-secret PATCH and DELETE of /api/v3/secrets/raw/:secretName (the official SDK's update and
        // delete); the key is in the path. The SDK also sends `metadata`, which the server accepts.
        updateOneV3: obj({
            ...v3Project,
            ...common,
            ...updateFields,
            secretKey: schemas.undefined().optional(),
            type: schemas["enum"](['shared', 'personal']).default('shared'),
            metadata: schemas.record(schemas.string(), schemas.string()).optional(),
        }),
        deleteOneV3: obj({ ...v3Project, ...common, type: schemas["enum"](['shared', 'personal']).default('shared') }),
        deleteV4: obj({ ...v4Project, ...common, secrets: deleteItems }),
        deleteV3: obj({ ...v3Project, ...common, secrets: deleteItems }),
        duplicate: obj({
            projectId: schemas.string().trim(),
            sourceEnvironment: schemas.string().trim(),
            sourceSecretPath: secretPath,
            destinationEnvironment: schemas.string().trim(),
            destinationSecretPath: secretPath,
            secretIds: schemas.array(schemas.guid()).min(1).max(50),
            shouldOverwrite: schemas.boolean().default(false),
            attributesToCopy: obj({
                value: schemas.boolean().optional(),
                comment: schemas.boolean().optional(),
                tags: schemas.boolean().optional(),
                metadata: schemas.boolean().optional(),
                skipMultilineEncoding: schemas.boolean().optional(),
            }).optional(),
        }),
        folderCreateV2: obj({ projectId: schemas.string().trim(), ...folderBody }),
        folderCreateV1: obj({ workspaceId: schemas.string().trim(), ...folderBody }),
        folderListV2: schemas.object({
            projectId: schemas.string().trim(),
            environment: schemas.string().trim(),
            // No default in the real schema: a missing path is a validation failure.
            path: schemas.string().trim().transform(normalizePath),
            recursive: boolLoose.optional(),
        }),
        folderListV1: schemas.object({
            workspaceId: schemas.string().trim(),
            environment: schemas.string().trim(),
            path: secretPath,
            directory: schemas.string().optional(),
        }),
        shareCreate: shareCreateSchema(obj),
        shareList: schemas.object({
            offset: coerce.number().min(0).max(100).default(0),
            limit: coerce.number().min(1).max(100).default(25),
        }),
        shareAccess: obj({ password: schemas.string().optional() }),
    };
}
function shareCreateSchema(obj) {
    return obj({
        name: schemas.string().max(50).optional(),
        password: schemas.string().optional(),
        secretValue: schemas.string().max(10_000),
        expiresIn: schemas.string().default('30d'),
        maxViews: schemas.number().min(1).optional(),
        accessType: schemas["enum"](['anyone', 'organization']).default('organization'),
        authorizedEmails: schemas.array(schemas.email())
            .max(100)
            .optional()
            .transform((v) => (v ? [...new Set(v)] : undefined)),
        allowExternalEmails: schemas.boolean().optional(),
    }).superRefine((data, ctx) => {
        // Same checks and messages as the real router's superRefine.
        const duration = parseDuration(data.expiresIn);
        const issue = (message, path) => ctx.addIssue({ code: 'custom', message, path: [path] });
        if (duration === undefined)
            issue('Invalid duration format', 'expiresIn');
        else if (duration > 30 * DAY)
            issue('Expiration time cannot exceed 30 days', 'expiresIn');
        else if (duration < 5 * 60_000)
            issue('Expiration time cannot be less than 5 minutes', 'expiresIn');
        if (data.allowExternalEmails && !data.authorizedEmails?.length) {
            issue('Emails are required when allowing external emails', 'authorizedEmails');
        }
        if (data.allowExternalEmails && data.accessType === 'organization') {
            issue('Cannot allow external emails when access is restricted to organization members', 'allowExternalEmails');
        }
    });
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/auth-routes.ts



const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const LOCKOUT = { threshold: 3, counterResetMs: 30_000, durationMs: 300_000 };
function tokenReply(ctx, identity) {
    return {
        body: {
            accessToken: ctx.state.issueToken(identity.id),
            expiresIn: identity.accessTokenTTL,
            accessTokenMaxTTL: identity.accessTokenTTL,
            tokenType: 'Bearer',
        },
    };
}
/** Lockout bookkeeping of the universal-auth service; the failure window restarts with every failure. */
function recordFailure(identity, now) {
    const lock = identity.lockout;
    if (now >= lock.windowEndsAt)
        lock.failures = 0;
    lock.failures++;
    lock.windowEndsAt = now + LOCKOUT.counterResetMs;
    if (lock.failures >= LOCKOUT.threshold) {
        lock.lockedUntil = now + LOCKOUT.durationMs;
        lock.failures = 0;
    }
}
function universalAuthLogin(ctx) {
    const body = parse(ctx, ctx.schemas.uaLogin, ctx.body);
    const identity = ctx.state.identityByClientId(body.clientId);
    if (!identity) {
        if (ctx.legacy)
            throw notFound('No identity with specified client ID was found');
        throw unauthorized('Invalid credentials');
    }
    const now = ctx.state.now();
    // Lockout arrived in 2025; the October-2024 server only ever says "Invalid credentials".
    if (!ctx.legacy && identity.lockout.lockedUntil > now) {
        throw unauthorized('This identity auth method is temporarily locked, please try again later');
    }
    if (identity.clientSecret === undefined || identity.clientSecret !== body.clientSecret) {
        if (!ctx.legacy)
            recordFailure(identity, now);
        throw unauthorized('Invalid credentials');
    }
    identity.lockout.failures = 0;
    return tokenReply(ctx, identity);
}
function decodeJwt(jwt) {
    const parts = jwt.split('.');
    try {
        if (parts.length !== 3)
            throw new Error('parts');
        const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        if (typeof payload !== 'object' || payload === null)
            throw new Error('payload');
        return payload;
    }
    catch {
        throw unauthorized('Access denied: jwt malformed');
    }
}
function claimAt(payload, dotted) {
    return dotted
        .split('.')
        .reduce((v, k) => (v && typeof v === 'object' ? v[k] : undefined), payload);
}
const matchesAny = (value, patterns) => typeof value === 'string' && patterns.some((p) => globMatch(value, p));
/**
 * OIDC login as the real service checks it, except that signatures are not verified: the sandbox accepts an
 * unsigned token so CI tests can forge GitHub's ID token.
 */
function oidcLogin(ctx) {
    const body = parse(ctx, ctx.schemas.oidcLogin, ctx.body);
    const identity = ctx.state.identity(body.identityId);
    const binding = identity?.oidc;
    if (!identity || !binding)
        throw notFound('OIDC auth method not found for identity, did you configure OIDC auth?');
    const payload = decodeJwt(body.jwt);
    const issuer = binding.boundIssuer ?? GITHUB_ISSUER;
    if (payload.iss !== issuer)
        throw unauthorized(`Access denied: jwt issuer invalid. expected: ${issuer}`);
    if (typeof payload.exp === 'number' && payload.exp * 1000 <= ctx.state.now())
        throw unauthorized('Access denied: jwt expired');
    if (binding.boundSubject && !matchesAny(payload.sub, [binding.boundSubject])) {
        throw forbidden('Access denied: OIDC subject not allowed.');
    }
    if (binding.boundAudiences) {
        const allowed = binding.boundAudiences.split(', ');
        const auds = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
        if (!auds.some((aud) => matchesAny(aud, allowed)))
            throw unauthorized('Access denied: OIDC audience not allowed.');
    }
    for (const [claim, patterns] of Object.entries(binding.boundClaims ?? {})) {
        const value = claimAt(payload, claim);
        if (value === undefined)
            throw unauthorized(`Access denied: token has no ${claim} field`);
        if (!matchesAny(value, patterns.split(', ')))
            throw unauthorized('Access denied: OIDC claim not allowed.');
    }
    return tokenReply(ctx, identity);
}
/** Renews a token still within its lifetime: a fresh token for the same identity, same reply as login. */
function renewToken(ctx) {
    const body = parse(ctx, ctx.schemas.renew, ctx.body);
    const resolved = ctx.state.resolveToken(body.accessToken);
    if (!resolved)
        throw unauthorized('Invalid token');
    if (resolved.expired)
        throw unauthorized('Access token has expired');
    return tokenReply(ctx, resolved.identity);
}
function authRoutes() {
    return [
        {
            method: 'POST',
            path: '/api/v1/auth/token/renew',
            bucket: 'write',
            auth: 'none',
            handler: renewToken,
        },
        {
            method: 'POST',
            path: '/api/v1/auth/universal-auth/login',
            bucket: 'write',
            auth: 'none',
            handler: universalAuthLogin,
        },
        {
            method: 'POST',
            path: '/api/v1/auth/oidc-auth/login',
            bucket: 'write',
            auth: 'none',
            handler: oidcLogin,
        },
    ];
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/secret-ops.ts


function requireFolder(ctx, project, environment, path, name) {
    if (!findEnvironment(project, environment)) {
        throw notFound(`Environment with slug '${environment}' in project with ID '${project.id}' not found`, name);
    }
    const folder = ctx.state.folderAt(project.id, environment, path);
    if (!folder)
        throw notFound(`Folder with path '${path}' in environment with slug '${environment}' not found`, name);
    return folder;
}
function checkTags(project, tagIds) {
    for (const id of tagIds ?? []) {
        if (!project.tags.some((t) => t.id === id))
            throw notFound('Tag not found');
    }
}
function planCreate(ctx, project, env, path, items) {
    const folder = requireFolder(ctx, project, env, path, 'CreateManySecret');
    const conflicts = items.filter((i) => ctx.state.secretByKey(folder.id, i.secretKey)).map((i) => i.secretKey);
    if (conflicts.length) {
        throw badRequest(ctx.legacy
            ? `Secret already exist: ${conflicts.join(',')}`
            : `Secret already exists: '${conflicts[0]}' in path '${path}' of environment '${env}'`);
    }
    for (const item of items)
        checkTags(project, item.tagIds);
    return {
        touched: [{ folder, path }],
        keys: items.map((i) => i.secretKey),
        commit: () => items.map((i) => ctx.state.putSecret(ctx.state.newSecret(folder, createFields(i)))),
    };
}
function createFields(i) {
    return {
        key: i.secretKey,
        value: i.secretValue,
        comment: i.secretComment,
        skipMultilineEncoding: i.skipMultilineEncoding ?? false,
        tagIds: [...(i.tagIds ?? [])],
        secretMetadata: (i.secretMetadata ?? []).map((m) => ({ ...m })),
        metadata: i.metadata ?? null,
    };
}
function applyUpdate(existing, i, at) {
    return {
        ...existing,
        key: i.newSecretName ?? existing.key,
        value: i.secretValue ?? existing.value,
        comment: i.secretComment ?? existing.comment,
        skipMultilineEncoding: i.skipMultilineEncoding !== undefined ? i.skipMultilineEncoding : existing.skipMultilineEncoding,
        tagIds: i.tagIds ? [...i.tagIds] : existing.tagIds,
        secretMetadata: i.secretMetadata ? i.secretMetadata.map((m) => ({ ...m })) : existing.secretMetadata,
        reminderNote: i.secretReminderNote !== undefined ? i.secretReminderNote : existing.reminderNote,
        reminderRepeatDays: i.secretReminderRepeatDays !== undefined ? i.secretReminderRepeatDays : existing.reminderRepeatDays,
        version: existing.version + 1,
        updatedAt: at,
    };
}
function planUpdate(ctx, project, env, defaultPath, items, mode) {
    const folders = new Map();
    const rows = items.map((item) => {
        const path = item.secretPath ?? defaultPath;
        const folder = folders.get(path) ?? requireFolder(ctx, project, env, path, 'UpdateManySecret');
        folders.set(path, folder);
        return { item, path, folder, existing: ctx.state.secretByKey(folder.id, item.secretKey) };
    });
    const missing = rows.filter((r) => !r.existing);
    if (mode === 'failOnNotFound' && missing.length) {
        // The older service listed the keys it did find, so one missing key gave "Secret does not exist: ".
        const found = rows.flatMap((r) => (r.existing ? [r.item.secretKey] : []));
        const path = missing[0].path;
        const keys = missing.filter((r) => r.path === path).map((r) => r.item.secretKey);
        throw notFound(ctx.legacy
            ? `Secret does not exist: ${found.join(',')}`
            : `Secret does not exist: ${keys.join(',')} in path ${path}`);
    }
    for (const r of rows) {
        const rename = r.item.newSecretName;
        if (rename !== undefined && rename !== r.item.secretKey && ctx.state.secretByKey(r.folder.id, rename)) {
            throw badRequest(`Secret with new name already exists: ${rename}`);
        }
        checkTags(project, r.item.tagIds);
    }
    return {
        touched: [...folders].map(([path, folder]) => ({ folder, path })),
        keys: rows.map((r) => r.item.secretKey),
        commit: () => rows.flatMap((r) => {
            if (r.existing)
                return [ctx.state.putSecret(applyUpdate(r.existing, r.item, ctx.state.iso()))];
            if (mode !== 'upsert')
                return [];
            const i = r.item;
            const fields = createFields({
                ...i,
                secretValue: i.secretValue ?? '',
                secretComment: i.secretComment ?? '',
            });
            return [
                ctx.state.putSecret(ctx.state.newSecret(r.folder, { ...fields, key: i.newSecretName ?? i.secretKey })),
            ];
        }),
    };
}
function planDelete(ctx, project, env, path, keys) {
    const folder = requireFolder(ctx, project, env, path, 'DeleteManySecret');
    const found = keys.map((k) => ctx.state.secretByKey(folder.id, k));
    if (found.some((s) => !s)) {
        // Real wording: it lists the keys that do exist, not the missing ones.
        const existing = found.flatMap((s) => (s ? [s.key] : []));
        throw notFound(`One or more secrets does not exist: ${existing.join(', ')}`);
    }
    const secrets = found;
    return {
        touched: [{ folder, path }],
        keys,
        commit: () => {
            for (const s of secrets)
                ctx.state.removeSecret(s.id);
            return secrets;
        },
    };
}
/** The `approval` object of a held write (secret-approval-requests schema). */
function approvalView(a) {
    return {
        id: a.id,
        policyId: a.policyId,
        hasMerged: false,
        status: 'open',
        conflicts: [],
        slug: a.slug,
        folderId: a.folderId,
        createdAt: a.createdAt,
        updatedAt: a.createdAt,
        isReplicated: false,
        committerUserId: null,
        statusChangedByUserId: null,
        bypassReason: null,
    };
}
/** Holds the write when a policy without identity bypass covers any folder it touches. */
function holdIfProtected(ctx, project, env, plan, operation) {
    for (const t of plan.touched) {
        const policy = ctx.state.holdingPolicy(project.id, env, t.path);
        if (!policy)
            continue;
        const record = ctx.state.recordApproval({
            policyId: policy.id,
            projectId: project.id,
            environment: env,
            secretPath: t.path,
            folderId: t.folder.id,
            operation,
            keys: plan.keys,
        });
        return approvalView(record);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/duplicate-routes.ts



/** Each attribute defaults to false: `{}` copies the key and nothing else. */
function copied(s, a) {
    return {
        value: a.value ? s.value : '',
        comment: a.comment ? s.comment : '',
        tagIds: a.tags ? [...s.tagIds] : [],
        secretMetadata: a.metadata ? s.secretMetadata.map((m) => ({ ...m })) : [],
        skipMultilineEncoding: a.skipMultilineEncoding ? s.skipMultilineEncoding : false,
    };
}
/**
 * Overwriting replaces only the selected attributes of the destination secret and keeps the rest: the
 * contract leaves this UNCONFIRMED, and a client that always sends the attributes it cares about works
 * either way.
 */
function overwritten(target, s, a, at) {
    const c = copied(s, a);
    return {
        ...target,
        value: a.value ? c.value : target.value,
        comment: a.comment ? c.comment : target.comment,
        tagIds: a.tags ? c.tagIds : target.tagIds,
        secretMetadata: a.metadata ? c.secretMetadata : target.secretMetadata,
        skipMultilineEncoding: a.skipMultilineEncoding ? c.skipMultilineEncoding : target.skipMultilineEncoding,
        version: target.version + 1,
        updatedAt: at,
    };
}
function duplicate(ctx) {
    const b = parse(ctx, ctx.schemas.duplicate, ctx.body);
    const project = memberProject(ctx, projectById(ctx, b.projectId));
    requirePermission(ctx, 'create', 'secrets');
    if (b.sourceEnvironment === b.destinationEnvironment && b.sourceSecretPath === b.destinationSecretPath) {
        throw badRequest('Cannot duplicate secrets to the same environment and path');
    }
    const source = requireFolder(ctx, project, b.sourceEnvironment, b.sourceSecretPath);
    // Our choice where the contract is silent: the destination folder must exist (404), as `move` requires.
    const dest = requireFolder(ctx, project, b.destinationEnvironment, b.destinationSecretPath);
    const sources = [...new Set(b.secretIds)].map((id) => {
        const s = ctx.state.secretById(id);
        if (!s || s.folderId !== source.id) {
            throw notFound(`Secret with ID '${id}' not found in source folder with path '${b.sourceSecretPath}' and environment slug '${b.sourceEnvironment}'`);
        }
        return s;
    });
    const existing = sources.map((s) => ctx.state.secretByKey(dest.id, s.key));
    const clash = sources.find((_, i) => existing[i]);
    if (clash && !b.shouldOverwrite) {
        throw badRequest(`Secret with key '${clash.key}' already exists at destination. Set shouldOverwrite to true to replace it.`);
    }
    const attrs = b.attributesToCopy ?? {};
    const policy = ctx.state.holdingPolicy(project.id, b.destinationEnvironment, b.destinationSecretPath);
    if (policy) {
        const results = sources.map((s) => {
            const record = ctx.state.recordApproval({
                policyId: policy.id,
                projectId: project.id,
                environment: b.destinationEnvironment,
                secretPath: b.destinationSecretPath,
                folderId: dest.id,
                operation: 'duplicate',
                keys: [s.key],
            });
            return { approval: approvalView(record) };
        });
        return { body: { results } };
    }
    const results = ctx.state.transaction(() => sources.map((s, i) => {
        const target = existing[i];
        const written = target
            ? ctx.state.putSecret(overwritten(target, s, attrs, ctx.state.iso()))
            : ctx.state.putSecret(ctx.state.newSecret(dest, { key: s.key, ...copied(s, attrs) }));
        return { sourceSecretId: s.id, sourceSecretKey: s.key, destinationSecretId: written.id };
    }));
    return { body: { results } };
}
function duplicateRoutes() {
    return [
        {
            method: 'POST',
            path: '/api/v4/secrets/duplicate',
            bucket: 'secrets',
            auth: 'required',
            handler: duplicate,
        },
    ];
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/folder-routes.ts



function folderView(f) {
    return {
        id: f.id,
        name: f.name,
        version: f.version,
        createdAt: f.createdAt,
        updatedAt: f.updatedAt,
        envId: f.envId,
        parentId: f.parentId,
        isReserved: false,
        description: f.description,
        lastSecretModified: null,
    };
}
/**
 * Missing parents are created (the service walks the path). An existing folder is a 400 on the modern
 * server read for the contract; the October-2024 server answers 200 with the existing folder.
 */
function createFolder(ctx, project, input) {
    memberProject(ctx, project);
    requirePermission(ctx, 'create', 'secret-folders');
    requireEnvironment(project, input.environment);
    const full = joinPath(input.path, input.name);
    const existing = ctx.state.folderAt(project.id, input.environment, full);
    if (existing) {
        if (!ctx.legacy)
            throw badRequest(`Folder with name '${input.name}' already exists in path '${input.path}'`);
        return { body: { folder: folderView(existing) } };
    }
    let folder = ctx.state.ensureFolder(project.id, input.environment, full);
    if (input.description)
        folder = ctx.state.setFolderDescription(folder, input.description);
    const view = folderView(folder);
    return { body: { folder: ctx.legacy ? view : { ...view, path: full } } };
}
/** Unknown environment is a 404; an unknown path simply has no folders. */
function listFolders(ctx, project, environment, path, recursive) {
    memberProject(ctx, project);
    if (!project.environments.some((e) => e.slug === environment)) {
        throw notFound(`Environment with slug '${environment}' not found`);
    }
    const parent = ctx.state.folderAt(project.id, environment, path);
    if (!parent)
        return { body: { folders: [] } };
    if (!recursive)
        return { body: { folders: ctx.state.childFolders(parent.id).map(folderView) } };
    const folders = ctx.state
        .subtree(parent)
        .slice(1)
        .map((f) => ({ ...folderView(f), relativePath: ctx.state.folderPath(f) }));
    return { body: { folders } };
}
function folderRoutes(legacy) {
    const v1 = [
        {
            method: 'POST',
            path: '/api/v1/folders',
            bucket: 'secrets',
            auth: 'required',
            handler: (ctx) => {
                const body = parse(ctx, ctx.schemas.folderCreateV1, ctx.body);
                return createFolder(ctx, projectById(ctx, body.workspaceId), body);
            },
        },
        {
            method: 'GET',
            path: '/api/v1/folders',
            bucket: 'read',
            auth: 'required',
            handler: (ctx) => {
                const q = parse(ctx, ctx.schemas.folderListV1, ctx.query);
                return listFolders(ctx, projectById(ctx, q.workspaceId), q.environment, q.directory ?? q.path, false);
            },
        },
    ];
    if (legacy)
        return v1;
    return [
        ...v1,
        {
            method: 'POST',
            path: '/api/v2/folders',
            bucket: 'secrets',
            auth: 'required',
            handler: (ctx) => {
                const body = parse(ctx, ctx.schemas.folderCreateV2, ctx.body);
                return createFolder(ctx, projectById(ctx, body.projectId), body);
            },
        },
        {
            method: 'GET',
            path: '/api/v2/folders',
            bucket: 'read',
            auth: 'required',
            handler: (ctx) => {
                const q = parse(ctx, ctx.schemas.folderListV2, ctx.query);
                return listFolders(ctx, projectById(ctx, q.projectId), q.environment, q.path, q.recursive ?? false);
            },
        },
    ];
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/project-routes.ts

function projectView(p) {
    return {
        id: p.id,
        _id: p.id,
        name: p.name,
        slug: p.slug,
        description: null,
        orgId: p.orgId,
        autoCapitalization: p.autoCapitalization,
        version: 3,
        createdAt: p.createdAt,
        updatedAt: p.updatedAt,
        environments: p.environments.map(({ id, name, slug }) => ({ id, name, slug })),
    };
}
function tagsView(p) {
    return p.tags.map(({ id, slug, name, color, projectId, createdAt, updatedAt }) => ({
        id,
        slug,
        name,
        color,
        projectId,
        createdAt,
        updatedAt,
    }));
}
const byIdParam = (ctx, param) => memberProject(ctx, projectById(ctx, ctx.params[param]));
const bySlugParam = (ctx) => memberProject(ctx, projectBySlug(ctx, ctx.params.slug));
/**
 * Environments and tags come from the project (there is no list-environments route). The October-2024 server
 * only had the `workspace` routes; newer servers serve both.
 */
function projectRoutes(legacy) {
    const get = (path, handler) => ({
        method: 'GET',
        path,
        bucket: 'read',
        auth: 'required',
        handler,
    });
    const deprecated = [
        get('/api/v1/workspace', (ctx) => ({
            body: { workspaces: ctx.state.projectsOf(identityOf(ctx).id).map(projectView) },
        })),
        get('/api/v1/workspace/:workspaceId', (ctx) => ({
            body: { workspace: projectView(byIdParam(ctx, 'workspaceId')) },
        })),
        get('/api/v2/workspace/:slug', (ctx) => ({ body: projectView(bySlugParam(ctx)) })),
        get('/api/v1/workspace/:workspaceId/tags', (ctx) => ({
            body: { workspaceTags: tagsView(byIdParam(ctx, 'workspaceId')) },
        })),
    ];
    if (legacy)
        return deprecated;
    return [
        ...deprecated,
        get('/api/v1/projects', (ctx) => ({
            body: { projects: ctx.state.projectsOf(identityOf(ctx).id).map(projectView) },
        })),
        get('/api/v1/projects/:projectId', (ctx) => ({
            body: { project: projectView(byIdParam(ctx, 'projectId')) },
        })),
        get('/api/v1/projects/slug/:slug', (ctx) => ({ body: projectView(bySlugParam(ctx)) })),
        get('/api/v1/projects/:projectId/tags', (ctx) => ({
            body: { tags: tagsView(byIdParam(ctx, 'projectId')) },
        })),
    ];
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/router.ts
/** Path-parameter routing with Fastify's preference for static segments over parameters. */
class Router {
    routes = [];
    add(...defs) {
        for (const def of defs) {
            const segments = def.path.split('/').filter(Boolean);
            this.routes.push({ ...def, segments, literals: segments.filter((s) => !s.startsWith(':')).length });
        }
        return this;
    }
    match(method, path) {
        const parts = path.split('/').filter(Boolean);
        let best;
        for (const route of this.routes) {
            if (route.method !== method || route.segments.length !== parts.length)
                continue;
            const params = {};
            const ok = route.segments.every((seg, i) => {
                if (seg.startsWith(':')) {
                    params[seg.slice(1)] = decodeURIComponent(parts[i]);
                    return true;
                }
                return seg === parts[i];
            });
            if (ok && (!best || route.literals > best.route.literals))
                best = { route, params };
        }
        return best;
    }
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/secret-format.ts
/** The mask the real server puts in place of a value the caller may not read (secret-fns.ts). */
const HIDDEN_VALUE = '<hidden-by-infisical>';
/**
 * secretRawSchema as the response serializers emit it. Fastify drops properties a response schema does not
 * declare, so each route adds only the extras its schema has (tags, secretPath, secretValueHidden, ...).
 */
function rawSecret(s, legacy) {
    const out = {
        id: s.id,
        _id: s.id,
        workspace: s.projectId,
        environment: s.envSlug,
        version: s.version,
        type: 'shared',
        secretKey: s.key,
        secretValue: s.value,
        secretComment: s.comment,
        secretReminderNote: s.reminderNote,
        secretReminderRepeatDays: s.reminderRepeatDays,
        skipMultilineEncoding: s.skipMultilineEncoding,
        createdAt: s.createdAt,
        updatedAt: s.updatedAt,
    };
    if (legacy)
        out.metadata = s.metadata;
    else {
        out.isRotatedSecret = false;
        out.rotationId = null;
    }
    return out;
}
function tagsOf(state, s) {
    const tags = state.project(s.projectId)?.tags ?? [];
    return s.tagIds.flatMap((id) => {
        const tag = tags.find((t) => t.id === id);
        return tag ? [{ id: tag.id, slug: tag.slug, color: tag.color, name: tag.name }] : [];
    });
}
/** A list item: raw secret + secretPath + tags, and on modern servers secretValueHidden + secretMetadata. */
function listedSecret(state, s, opts) {
    const out = rawSecret(s, opts.legacy);
    out.secretValue = opts.hidden ? HIDDEN_VALUE : (opts.value ?? s.value);
    out.secretPath = opts.path;
    out.tags = tagsOf(state, s);
    if (!opts.legacy) {
        out.secretValueHidden = opts.hidden;
        out.secretMetadata = s.secretMetadata.map((m) => ({ ...m }));
    }
    return out;
}
/** Update and delete responses carry secretValueHidden on modern servers. */
function writtenSecret(s, legacy) {
    const out = rawSecret(s, legacy);
    if (!legacy)
        out.secretValueHidden = false;
    return out;
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/secret-list-routes.ts



const MAX_REFERENCE_DEPTH = 5;
/**
 * `${KEY}` (same folder) and `${env.a.b.KEY}` (another env/path) references. Dangling references stay
 * literal, as on newer servers; cross-project `${@slug...}` references are left alone.
 */
function expand(state, s, value, depth = 0) {
    return value.replace(/\$\{([^}]+)\}/g, (whole, inner) => {
        if (depth >= MAX_REFERENCE_DEPTH || inner.trim().startsWith('@'))
            return whole;
        const parts = inner.trim().split('.');
        const key = parts.at(-1);
        const env = parts.length > 1 ? parts[0] : s.env;
        const path = parts.length > 1 ? `/${parts.slice(1, -1).join('/')}` : s.path;
        const folder = state.folderAt(s.projectId, env, path);
        const target = folder && state.secretByKey(folder.id, key);
        return target ? expand(state, { projectId: s.projectId, env, path }, target.value, depth + 1) : whole;
    });
}
/** `key=<k>,value=<v>|key=...`: every pair must match an unencrypted metadata entry. */
function metadataMatcher(filter) {
    if (!filter)
        return () => true;
    const pairs = filter.split('|').map((pair) => {
        const fields = Object.fromEntries(pair.split(',').map((kv) => kv.split('=').map((x) => x.trim())));
        return { key: fields.key, value: fields.value };
    });
    return (s) => pairs.every((p) => s.secretMetadata.some((m) => !m.isEncrypted &&
        (p.key === undefined || m.key === p.key) &&
        (p.value === undefined || m.value === p.value)));
}
function listSecrets(ctx, project, q) {
    memberProject(ctx, project);
    const environment = q.environment ?? '';
    const root = findEnvironment(project, environment) && ctx.state.folderAt(project.id, environment, q.secretPath);
    if (!root) {
        // The October-2024 server answered 200 with empty lists for an unknown environment or path.
        if (ctx.legacy)
            return { body: { secrets: [], imports: [] } };
        throw notFound(`Folder with path '${q.secretPath}' in environment '${environment}' was not found. Please ensure the environment slug and secret path is correct.`, 'SecretPathNotFound');
    }
    const identity = identityOf(ctx);
    const hidden = q.viewSecretValue === false || !identity.canReadValues;
    const wantedTags = q.tagSlugs
        ?.split(',')
        .map((t) => t.trim())
        .filter(Boolean);
    const metadataOk = metadataMatcher(q.metadataFilter);
    const folders = q.recursive ? ctx.state.subtree(root) : [root];
    const secrets = folders.flatMap((folder) => {
        const path = ctx.state.folderPath(folder);
        return ctx.state
            .secretsIn(folder.id)
            .filter((s) => !wantedTags?.length || tagsOf(ctx.state, s).some((t) => wantedTags.includes(t.slug)))
            .filter(metadataOk)
            .map((s) => {
            const value = q.expandSecretReferences && !hidden
                ? expand(ctx.state, { projectId: project.id, env: environment, path }, s.value)
                : s.value;
            return listedSecret(ctx.state, s, { legacy: ctx.legacy, path, hidden, value });
        });
    });
    // Imports are not modelled; the key appears when asked for (always on the legacy server, as observed).
    return { body: ctx.legacy || q.include_imports ? { secrets, imports: [] } : { secrets } };
}
function secretListRoutes(legacy) {
    const v3 = {
        method: 'GET',
        path: '/api/v3/secrets/raw',
        bucket: 'secrets',
        auth: 'required',
        handler: (ctx) => {
            const q = parse(ctx, ctx.schemas.listV3, ctx.query);
            if ((!q.workspaceId && !q.workspaceSlug) || !q.environment)
                throw badRequest('Missing workspace id or environment');
            const project = q.workspaceId ? projectById(ctx, q.workspaceId) : projectBySlug(ctx, q.workspaceSlug);
            return listSecrets(ctx, project, q);
        },
    };
    if (legacy)
        return [v3];
    const v4 = {
        method: 'GET',
        path: '/api/v4/secrets',
        bucket: 'secrets',
        auth: 'required',
        handler: (ctx) => {
            const q = parse(ctx, ctx.schemas.listV4, ctx.query);
            if (!q.projectId || !q.environment)
                throw badRequest('Missing project id or environment');
            return listSecrets(ctx, projectById(ctx, q.projectId), q);
        },
    };
    return [v3, v4];
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/secret-write-routes.ts




const operations = { create: 'create', edit: 'update', delete: 'delete' };
/** Permission, then validation, then either an approval request (nothing written) or one transaction. */
function runWrite(ctx, project, env, action, build, format) {
    memberProject(ctx, project);
    requirePermission(ctx, action, 'secrets');
    const plan = build();
    const approval = holdIfProtected(ctx, project, env, plan, operations[action]);
    if (approval)
        return { body: { approval } };
    const secrets = ctx.state.transaction(plan.commit);
    return { body: { secrets: secrets.map(format) } };
}
/** v3 routes name the project by `workspaceId` or `projectSlug`. */
function v3Project(ctx, body) {
    if (body.workspaceId)
        return projectById(ctx, body.workspaceId);
    if (body.projectSlug)
        return projectBySlug(ctx, body.projectSlug);
    throw badRequest('Must provide either project slug or workspaceId');
}
function secretWriteRoutes(legacy) {
    const route = (method, path, handler) => ({
        method,
        path,
        bucket: 'secrets',
        auth: 'required',
        handler,
    });
    const created = (s) => rawSecret(s, legacy);
    const written = (s) => writtenSecret(s, legacy);
    const v3 = [
        route('POST', '/api/v3/secrets/raw/:secretName', (ctx) => {
            const { secretReminderNote, secretReminderRepeatDays, type, ...b } = parse(ctx, ctx.schemas.createOneV3, ctx.body);
            if (type === 'personal')
                throw badRequest('Personal secrets are not supported by this sandbox');
            void secretReminderNote;
            void secretReminderRepeatDays;
            const project = v3Project(ctx, b);
            const item = {
                secretKey: ctx.params.secretName,
                secretValue: b.secretValue,
                secretComment: b.secretComment,
                tagIds: b.tagIds,
                skipMultilineEncoding: b.skipMultilineEncoding,
            };
            const reply = runWrite(ctx, project, b.environment, 'create', () => planCreate(ctx, project, b.environment, b.secretPath, [item]), created);
            const body = reply.body;
            return body.secrets ? { ...reply, body: { secret: body.secrets[0] } } : reply;
        }),
        route('POST', '/api/v3/secrets/batch/raw', (ctx) => {
            const b = parse(ctx, ctx.schemas.createV3, ctx.body);
            const project = v3Project(ctx, b);
            return runWrite(ctx, project, b.environment, 'create', () => planCreate(ctx, project, b.environment, b.secretPath, b.secrets), created);
        }),
        route('PATCH', '/api/v3/secrets/batch/raw', (ctx) => {
            const b = parse(ctx, ctx.schemas.updateV3, ctx.body);
            const project = v3Project(ctx, b);
            // Legacy drops `mode`, so the default applies: a missing key always fails the whole request.
            return runWrite(ctx, project, b.environment, 'edit', () => planUpdate(ctx, project, b.environment, b.secretPath, b.secrets, b.mode), written);
        }),
        route('DELETE', '/api/v3/secrets/batch/raw', (ctx) => {
            const b = parse(ctx, ctx.schemas.deleteV3, ctx.body);
            const project = v3Project(ctx, b);
            const keys = b.secrets.map((s) => s.secretKey);
            return runWrite(ctx, project, b.environment, 'delete', () => planDelete(ctx, project, b.environment, b.secretPath, keys), written);
        }),
    ];
    if (legacy)
        return v3;
    return [
        ...v3,
        route('POST', '/api/v4/secrets/batch', (ctx) => {
            const b = parse(ctx, ctx.schemas.createV4, ctx.body);
            const project = projectById(ctx, b.projectId);
            return runWrite(ctx, project, b.environment, 'create', () => planCreate(ctx, project, b.environment, b.secretPath, b.secrets), created);
        }),
        route('PATCH', '/api/v4/secrets/batch', (ctx) => {
            const b = parse(ctx, ctx.schemas.updateV4, ctx.body);
            const project = projectById(ctx, b.projectId);
            return runWrite(ctx, project, b.environment, 'edit', () => planUpdate(ctx, project, b.environment, b.secretPath, b.secrets, b.mode), written);
        }),
        route('DELETE', '/api/v4/secrets/batch', (ctx) => {
            const b = parse(ctx, ctx.schemas.deleteV4, ctx.body);
            const project = projectById(ctx, b.projectId);
            const keys = b.secrets.map((s) => s.secretKey);
            return runWrite(ctx, project, b.environment, 'delete', () => planDelete(ctx, project, b.environment, b.secretPath, keys), written);
        }),
    ];
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/share-routes.ts




const iso = (ms) => (ms === null ? null : new Date(ms).toISOString());
/** SanitizedSecretSharingSchema: never the value, never the password. */
function shareView(s) {
    return {
        id: s.id,
        expiresAt: iso(s.expiresAt),
        userId: null,
        orgId: s.orgId,
        createdAt: iso(s.createdAt),
        updatedAt: iso(s.updatedAt),
        expiresAfterViews: s.expiresAfterViews,
        accessType: s.accessType,
        name: s.name,
        lastViewedAt: iso(s.lastViewedAt),
        type: 'share',
        authorizedEmails: s.authorizedEmails,
        identityId: s.identityId,
        allowExternalEmails: s.allowExternalEmails,
    };
}
const isLive = (s, now) => s.expiresAt > now && (s.expiresAfterViews === null || s.expiresAfterViews > 0);
function createShare(ctx) {
    const b = parse(ctx, ctx.schemas.shareCreate, ctx.body);
    const identity = identityOf(ctx);
    const now = ctx.state.now();
    const share = {
        // 32 random bytes in base64url: the id is the only secret part of the link.
        id: (0,external_node_crypto_.randomBytes)(32).toString('base64url'),
        orgId: identity.orgId,
        identityId: identity.id,
        name: b.name ?? null,
        secretValue: b.secretValue,
        password: b.password ?? null,
        expiresAt: now + parseDuration(b.expiresIn),
        expiresAfterViews: b.maxViews ?? null,
        accessType: b.accessType,
        authorizedEmails: b.authorizedEmails ?? null,
        allowExternalEmails: b.allowExternalEmails ?? false,
        createdAt: now,
        updatedAt: now,
        lastViewedAt: null,
        clientIp: ctx.ip,
    };
    ctx.state.putShare(share);
    // The service looks the creator up as a user to send the emails, after the row exists.
    if (b.authorizedEmails?.length)
        throw notFound(`User with ID '${identity.id}' not found`);
    return { body: { ...shareView(share), sharedSecretLink: `${ctx.siteUrl}/shared/secret/${share.id}` } };
}
function listShares(ctx) {
    const q = parse(ctx, ctx.schemas.shareList, ctx.query);
    const identity = identityOf(ctx);
    const now = ctx.state.now();
    const mine = ctx.state
        .shares()
        .filter((s) => s.identityId === identity.id && s.orgId === identity.orgId && isLive(s, now))
        .sort((a, b) => b.createdAt - a.createdAt);
    return {
        body: { secrets: mine.slice(q.offset, q.offset + q.limit).map(shareView), totalCount: mine.length },
    };
}
/** Lookup for the public routes; organization-scoped shares need a caller from the same org. */
function openShare(ctx) {
    const id = ctx.params.id;
    const share = ctx.state.share(id);
    if (!share)
        throw notFound(`Shared secret with ID '${id}' not found`);
    const now = ctx.state.now();
    if (share.expiresAt <= now)
        throw notFound('The shared secret has expired');
    if (share.expiresAfterViews !== null && share.expiresAfterViews <= 0) {
        throw notFound('The shared secret has reached its view limit');
    }
    if (share.accessType === 'organization') {
        if (!ctx.identity)
            throw unauthorized('You must be logged in to access this shared secret');
        if (ctx.identity.orgId !== share.orgId)
            throw forbidden('You are not allowed to access this shared secret');
    }
    return share;
}
function getShare(ctx) {
    const share = openShare(ctx);
    const { authorizedEmails: _a, allowExternalEmails: _b, ...view } = shareView(share);
    const isAuthorizedUser = ctx.identity !== undefined && ctx.identity.orgId === share.orgId;
    return { body: { ...view, isPasswordProtected: share.password !== null, isAuthorizedUser } };
}
function accessShare(ctx) {
    const share = openShare(ctx);
    const b = parse(ctx, ctx.schemas.shareAccess, ctx.body ?? {});
    if (share.password !== null) {
        if (b.password === undefined)
            throw unauthorized('Password is required to access this secret');
        if (b.password !== share.password)
            throw unauthorized('Invalid credentials');
    }
    const now = ctx.state.now();
    const next = {
        ...share,
        lastViewedAt: now,
        expiresAfterViews: share.expiresAfterViews === null ? null : share.expiresAfterViews - 1,
    };
    ctx.state.putShare(next);
    return { body: { ...shareView(next), secretValue: share.secretValue } };
}
function deleteShare(ctx) {
    const identity = identityOf(ctx);
    const share = ctx.state.share(ctx.params.id);
    if (!share)
        throw notFound(`Shared secret with ID '${ctx.params.id}' not found`);
    if (share.identityId !== identity.id)
        throw forbidden('You are not allowed to delete this shared secret');
    ctx.state.deleteShare(share.id);
    return { body: shareView(share) };
}
/** The October-2024 router only accepted user sessions, so machine identities get verifyAuth's 403. */
const userSessionsOnly = (ctx) => {
    throw forbidden('You are not allowed to access this resource', `Forbidden access to ${ctx.path}`);
};
function shareRoutes(legacy) {
    if (legacy) {
        return ['/api/v1/secret-sharing', '/api/v1/secret-sharing/shared'].flatMap((path) => [
            { method: 'POST', path, bucket: 'shareCreation', auth: 'required', handler: userSessionsOnly },
            { method: 'GET', path, bucket: 'read', auth: 'required', handler: userSessionsOnly },
        ]);
    }
    const base = '/api/v1/shared-secrets';
    return [
        { method: 'POST', path: base, bucket: 'shareCreation', auth: 'required', handler: createShare },
        { method: 'GET', path: base, bucket: 'read', auth: 'required', handler: listShares },
        { method: 'GET', path: `${base}/:id`, auth: 'optional', handler: getShare },
        { method: 'POST', path: `${base}/:id/access`, auth: 'optional', handler: accessShare },
        { method: 'DELETE', path: `${base}/:id`, bucket: 'write', auth: 'required', handler: deleteShare },
    ];
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/single-secret-routes.ts




/**
 * The one-secret routes of /api/v3/secrets/raw/:secretName that the official SDK calls for getSecret,
 * updateSecret (with rename) and deleteSecret. Creation by name lives with the batch writes.
 */
function singleSecretRoutes() {
    const path = '/api/v3/secrets/raw/:secretName';
    return [
        { method: 'GET', path, bucket: 'secrets', auth: 'required', handler: getOne },
        { method: 'PATCH', path, bucket: 'secrets', auth: 'required', handler: updateOne },
        { method: 'DELETE', path, bucket: 'secrets', auth: 'required', handler: deleteOne },
    ];
}
function projectOf(ctx, q) {
    if (q.workspaceId)
        return projectById(ctx, q.workspaceId);
    const slug = q.workspaceSlug ?? q.projectSlug;
    if (slug)
        return projectBySlug(ctx, slug);
    throw badRequest('Must provide either project slug or workspaceId');
}
/** The secret named in the path, or Infisical's single-secret 404. */
function existing(ctx, project, environment, path) {
    const name = ctx.params.secretName;
    const folder = findEnvironment(project, environment)
        ? ctx.state.folderAt(project.id, environment, path)
        : undefined;
    const secret = folder && ctx.state.secretByKey(folder.id, name);
    if (!secret)
        throw notFound(`Secret with name '${name}' not found`);
    return secret;
}
function getOne(ctx) {
    const q = parse(ctx, ctx.schemas.listV3, ctx.query);
    const project = projectOf(ctx, q);
    memberProject(ctx, project);
    const environment = q.environment ?? '';
    const secret = existing(ctx, project, environment, q.secretPath);
    const hidden = q.viewSecretValue === false || !identityOf(ctx).canReadValues;
    return {
        body: { secret: listedSecret(ctx.state, secret, { legacy: ctx.legacy, path: q.secretPath, hidden }) },
    };
}
function updateOne(ctx) {
    const { workspaceId, projectSlug, environment, secretPath, type, metadata, secretKey, ...fields } = parse(ctx, ctx.schemas.updateOneV3, ctx.body);
    void secretKey;
    void metadata;
    if (type === 'personal')
        throw badRequest('Personal secrets are not supported by this sandbox');
    const project = projectOf(ctx, { workspaceId, projectSlug });
    memberProject(ctx, project);
    requirePermission(ctx, 'edit', 'secrets');
    requireFolder(ctx, project, environment, secretPath);
    existing(ctx, project, environment, secretPath);
    if (fields.newSecretName !== undefined && fields.newSecretName !== ctx.params.secretName) {
        const folder = ctx.state.folderAt(project.id, environment, secretPath);
        if (ctx.state.secretByKey(folder.id, fields.newSecretName))
            throw badRequest('Secret with the new name already exists');
    }
    const plan = planUpdate(ctx, project, environment, secretPath, [{ ...fields, secretKey: ctx.params.secretName }], 'failOnNotFound');
    const approval = holdIfProtected(ctx, project, environment, plan, 'update');
    if (approval)
        return { body: { approval } };
    const [secret] = ctx.state.transaction(plan.commit);
    return { body: { secret: writtenSecret(secret, ctx.legacy) } };
}
function deleteOne(ctx) {
    const b = parse(ctx, ctx.schemas.deleteOneV3, ctx.body);
    if (b.type === 'personal')
        throw badRequest('Personal secrets are not supported by this sandbox');
    const project = projectOf(ctx, b);
    memberProject(ctx, project);
    requirePermission(ctx, 'delete', 'secrets');
    existing(ctx, project, b.environment, b.secretPath);
    const plan = planDelete(ctx, project, b.environment, b.secretPath, [ctx.params.secretName]);
    const approval = holdIfProtected(ctx, project, b.environment, plan, 'delete');
    if (approval)
        return { body: { approval } };
    const [secret] = ctx.state.transaction(plan.commit);
    return { body: { secret: writtenSecret(secret, ctx.legacy) } };
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/routes.ts









/** The route table of one server mode; anything absent answers Fastify's "Route ... not found". */
function buildRouter(legacy) {
    return new Router().add(...authRoutes(), ...projectRoutes(legacy), ...folderRoutes(legacy), ...secretListRoutes(legacy), ...secretWriteRoutes(legacy), ...singleSecretRoutes(), ...(legacy ? [] : duplicateRoutes()), ...shareRoutes(legacy));
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/tree-store.ts



/**
 * Folders and secrets with the one guarantee the real database gives: a write request is a single transaction.
 * Every mutation goes through putSecret/removeSecret/createFolder so an undo log can roll it back.
 */
class TreeStore {
    now;
    folders = new Map();
    secrets = new Map();
    byFolder = new Map();
    undo = null;
    constructor(now = Date.now) {
        this.now = now;
    }
    iso() {
        return new Date(this.now()).toISOString();
    }
    createFolder(projectId, env, name, parentId) {
        const at = this.iso();
        const folder = {
            id: (0,external_node_crypto_.randomUUID)(),
            name,
            parentId,
            envId: env.id,
            envSlug: env.slug,
            projectId,
            version: 1,
            description: null,
            createdAt: at,
            updatedAt: at,
        };
        this.undo?.push({ kind: 'folder', id: folder.id });
        this.folders.set(folder.id, folder);
        return folder;
    }
    /** Creates every missing folder along `path` below the environment root and returns the last one. */
    ensurePath(projectId, env, path) {
        let folder = this.rootFolder(projectId, env.slug);
        if (!folder)
            throw new Error(`sandbox: unknown environment ${env.slug}`);
        for (const name of pathSegments(path)) {
            const parent = folder;
            folder =
                this.childFolders(parent.id).find((f) => f.name === name) ??
                    this.createFolder(projectId, env, name, parent.id);
        }
        return folder;
    }
    rootFolder(projectId, envSlug) {
        for (const f of this.folders.values()) {
            if (f.projectId === projectId && f.envSlug === envSlug && f.parentId === null)
                return f;
        }
        return undefined;
    }
    childFolders(folderId) {
        return [...this.folders.values()].filter((f) => f.parentId === folderId);
    }
    folderAt(projectId, envSlug, path) {
        let folder = this.rootFolder(projectId, envSlug);
        for (const name of pathSegments(path)) {
            if (!folder)
                return undefined;
            const parentId = folder.id;
            folder = this.childFolders(parentId).find((f) => f.name === name);
        }
        return folder;
    }
    folderPath(folder) {
        const names = [];
        for (let f = folder; f?.parentId; f = this.folders.get(f.parentId))
            names.unshift(f.name);
        return `/${names.join('/')}`;
    }
    /** The folder and every folder below it, parents first. */
    subtree(folder) {
        const out = [folder];
        for (let i = 0; i < out.length; i++)
            out.push(...this.childFolders(out[i].id));
        return out;
    }
    setFolderDescription(folder, description) {
        const next = { ...folder, description };
        this.undo?.push({ kind: 'folder', id: folder.id, prev: folder });
        this.folders.set(folder.id, next);
        return next;
    }
    secretsIn(folderId) {
        const ids = this.byFolder.get(folderId);
        return ids ? [...ids.values()].map((id) => this.secrets.get(id)) : [];
    }
    secretByKey(folderId, key) {
        const id = this.byFolder.get(folderId)?.get(key);
        return id ? this.secrets.get(id) : undefined;
    }
    secretById(id) {
        return this.secrets.get(id);
    }
    folder(id) {
        return this.folders.get(id);
    }
    /** Inserts or replaces; a second secret with the same key in a folder is a unique-constraint failure. */
    putSecret(secret) {
        const prev = this.secrets.get(secret.id);
        const index = this.byFolder.get(secret.folderId) ?? new Map();
        const holder = index.get(secret.key);
        if (holder !== undefined && holder !== secret.id)
            throw internalError();
        this.undo?.push({ kind: 'secret', id: secret.id, prev });
        if (prev)
            this.byFolder.get(prev.folderId)?.delete(prev.key);
        this.secrets.set(secret.id, secret);
        index.set(secret.key, secret.id);
        this.byFolder.set(secret.folderId, index);
        return secret;
    }
    removeSecret(id) {
        const prev = this.secrets.get(id);
        if (!prev)
            return;
        this.undo?.push({ kind: 'secret', id, prev });
        this.secrets.delete(id);
        this.byFolder.get(prev.folderId)?.delete(prev.key);
    }
    /** A new record with ids and timestamps filled in; not stored until putSecret. */
    newSecret(folder, fields) {
        const at = this.iso();
        return {
            comment: '',
            skipMultilineEncoding: false,
            tagIds: [],
            secretMetadata: [],
            metadata: null,
            reminderNote: null,
            reminderRepeatDays: null,
            ...fields,
            id: (0,external_node_crypto_.randomUUID)(),
            projectId: folder.projectId,
            envSlug: folder.envSlug,
            folderId: folder.id,
            version: 1,
            createdAt: at,
            updatedAt: at,
        };
    }
    /** Runs fn atomically: any throw restores every secret and folder it touched. */
    transaction(fn) {
        if (this.undo)
            return fn();
        this.undo = [];
        try {
            return fn();
        }
        catch (err) {
            for (const step of this.undo.reverse())
                this.restore(step);
            throw err;
        }
        finally {
            this.undo = null;
        }
    }
    restore(step) {
        if (step.kind === 'folder') {
            if (step.prev)
                this.folders.set(step.id, step.prev);
            else
                this.folders.delete(step.id);
            return;
        }
        const current = this.secrets.get(step.id);
        if (current)
            this.byFolder.get(current.folderId)?.delete(current.key);
        if (!step.prev) {
            this.secrets.delete(step.id);
            return;
        }
        this.secrets.set(step.id, step.prev);
        const index = this.byFolder.get(step.prev.folderId) ?? new Map();
        index.set(step.prev.key, step.id);
        this.byFolder.set(step.prev.folderId, index);
    }
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/state.ts



const b64url = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** The server's whole world, in memory. Tests seed and inspect it directly. */
class SandboxState extends TreeStore {
    orgId = (0,external_node_crypto_.randomUUID)();
    identities = new Map();
    tokens = new Map();
    projects = new Map();
    policies = [];
    approvalLog = [];
    shareRows = new Map();
    addIdentity(input) {
        const id = input.id ?? (0,external_node_crypto_.randomUUID)();
        this.identities.set(id, {
            id,
            name: input.name ?? `identity-${id.slice(0, 8)}`,
            orgId: this.orgId,
            role: input.role ?? 'admin',
            canReadValues: input.canReadValues ?? true,
            clientId: input.clientId,
            clientSecret: input.clientSecret,
            accessTokenTTL: input.accessTokenTTL ?? 2_592_000,
            oidc: input.oidc,
            lockout: { failures: 0, windowEndsAt: 0, lockedUntil: 0 },
        });
        return { identityId: id };
    }
    /** Mints a ready access token for the identity, as token auth would. */
    issueToken(identityId, ttlSeconds) {
        const identity = this.mustIdentity(identityId);
        const ttl = ttlSeconds ?? identity.accessTokenTTL;
        const iat = Math.floor(this.now() / 1000);
        const payload = {
            identityId,
            authTokenType: 'identityAccessToken',
            iat,
            ...(ttl > 0 ? { exp: iat + ttl } : {}),
        };
        const token = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(payload)}.${(0,external_node_crypto_.randomBytes)(32).toString('base64url')}`;
        this.tokens.set(token, { identityId, expiresAt: ttl > 0 ? this.now() + ttl * 1000 : null });
        return token;
    }
    resolveToken(token) {
        const row = this.tokens.get(token);
        const identity = row && this.identities.get(row.identityId);
        if (!row || !identity)
            return undefined;
        return { identity, expired: row.expiresAt !== null && row.expiresAt <= this.now() };
    }
    identity(id) {
        return this.identities.get(id);
    }
    identityByClientId(clientId) {
        return [...this.identities.values()].find((i) => i.clientId !== undefined && i.clientId === clientId);
    }
    mustIdentity(id) {
        const identity = this.identities.get(id);
        if (!identity)
            throw new Error(`sandbox: unknown identity ${id}`);
        return identity;
    }
    addProject(input) {
        const id = input.id ?? (0,external_node_crypto_.randomUUID)();
        const at = this.iso();
        const project = {
            id,
            slug: input.slug,
            name: input.name ?? input.slug,
            orgId: this.orgId,
            autoCapitalization: input.autoCapitalization ?? false,
            environments: input.environments.map((e, i) => ({
                id: (0,external_node_crypto_.randomUUID)(),
                slug: e.slug,
                name: e.name ?? e.slug,
                position: i + 1,
            })),
            tags: (input.tags ?? []).map((t) => ({
                id: (0,external_node_crypto_.randomUUID)(),
                slug: t.slug,
                name: t.name ?? t.slug,
                color: t.color ?? null,
                projectId: id,
                createdAt: at,
                updatedAt: at,
            })),
            members: new Set(input.members ?? []),
            createdAt: at,
            updatedAt: at,
        };
        this.projects.set(id, project);
        for (const env of project.environments)
            this.createFolder(id, env, 'root', null);
        return {
            id,
            slug: project.slug,
            name: project.name,
            environments: project.environments.map(({ id, slug, name }) => ({ id, slug, name })),
            tags: project.tags.map(({ id, slug, name, color }) => ({ id, slug, name, color })),
        };
    }
    addMember(projectId, identityId) {
        this.mustProject(projectId).members.add(identityId);
    }
    project(id) {
        return this.projects.get(id);
    }
    projectBySlug(slug) {
        return [...this.projects.values()].find((p) => p.slug === slug);
    }
    projectsOf(identityId) {
        return [...this.projects.values()].filter((p) => p.members.has(identityId));
    }
    mustProject(id) {
        const project = this.projects.get(id);
        if (!project)
            throw new Error(`sandbox: unknown project ${id}`);
        return project;
    }
    /** Creates every missing folder along `path` and returns the last one. */
    ensureFolder(projectId, envSlug, path) {
        const env = this.mustProject(projectId).environments.find((e) => e.slug === envSlug);
        if (!env)
            throw new Error(`sandbox: unknown environment ${envSlug}`);
        return this.ensurePath(projectId, env, path);
    }
    addFolder(projectId, environment, path) {
        const folder = this.ensureFolder(projectId, environment, path);
        return { id: folder.id, path: this.folderPath(folder) };
    }
    addSecret(projectId, environment, path, input) {
        const project = this.mustProject(projectId);
        const folder = this.ensureFolder(projectId, environment, path);
        const tagIds = (input.tags ?? []).map((slug) => {
            const tag = project.tags.find((t) => t.slug === slug);
            if (!tag)
                throw new Error(`sandbox: unknown tag ${slug}`);
            return tag.id;
        });
        const secretMetadata = Object.entries(input.metadata ?? {}).map(([key, value]) => ({
            key,
            value,
            isEncrypted: false,
        }));
        const secret = this.newSecret(folder, {
            key: input.key,
            value: input.value,
            comment: input.comment ?? '',
            skipMultilineEncoding: input.skipMultilineEncoding ?? false,
            tagIds,
            secretMetadata,
        });
        return this.snapshot(this.putSecret(secret));
    }
    listSecrets(projectId, environment, path) {
        const folder = this.folderAt(projectId, environment, path);
        return folder ? this.secretsIn(folder.id).map((s) => this.snapshot(s)) : [];
    }
    snapshot(s) {
        const tags = this.projects.get(s.projectId)?.tags ?? [];
        const folder = this.folder(s.folderId);
        return {
            id: s.id,
            key: s.key,
            value: s.value,
            comment: s.comment,
            version: s.version,
            environment: s.envSlug,
            path: folder ? this.folderPath(folder) : '/',
            tags: s.tagIds.map((id) => tags.find((t) => t.id === id)?.slug ?? id),
            metadata: Object.fromEntries(s.secretMetadata.map((m) => [m.key, m.value])),
            secretMetadata: s.secretMetadata.map((m) => ({ ...m })),
            skipMultilineEncoding: s.skipMultilineEncoding,
            createdAt: s.createdAt,
            updatedAt: s.updatedAt,
        };
    }
    addApprovalPolicy(input) {
        const id = (0,external_node_crypto_.randomUUID)();
        this.policies.push({
            id,
            projectId: input.projectId,
            environment: input.environment,
            path: input.path === undefined ? undefined : normalizePath(input.path),
            bypassForMachineIdentities: input.bypassForMachineIdentities ?? false,
        });
        return { policyId: id };
    }
    /** The policy that holds a machine identity's write at env+path, if any. */
    holdingPolicy(projectId, environment, path) {
        return this.policies.find((p) => p.projectId === projectId &&
            p.environment === environment &&
            !p.bypassForMachineIdentities &&
            (p.path === undefined || globMatch(normalizePath(path), p.path)));
    }
    recordApproval(record) {
        const full = { ...record, id: (0,external_node_crypto_.randomUUID)(), slug: (0,external_node_crypto_.randomBytes)(4).toString('hex'), createdAt: this.iso() };
        this.approvalLog.push(full);
        return full;
    }
    approvals() {
        return this.approvalLog.map((a) => ({ ...a, keys: [...a.keys] }));
    }
    putShare(share) {
        this.shareRows.set(share.id, share);
    }
    share(id) {
        return this.shareRows.get(id);
    }
    deleteShare(id) {
        this.shareRows.delete(id);
    }
    /** Every share row still stored (expired ones included), oldest first. */
    shares() {
        return [...this.shareRows.values()].map((s) => ({ ...s }));
    }
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/server.ts










/**
 * A stateful, in-memory stand-in for the Infisical API (modern cloud, or the October-2024 self-hosted server
 * with `legacy: true`). It never logs request bodies: they carry secret values.
 */
async function startInfisicalServer(options = {}) {
    const now = options.now ?? Date.now;
    const legacy = options.legacy ?? false;
    const latencyMs = options.latencyMs ?? 0;
    const state = new SandboxState(now);
    const faults = new FaultInjector();
    const requests = [];
    const limiter = new RateLimiter(now, options.rateLimits);
    const schemas = buildSchemas(legacy);
    const router = buildRouter(legacy);
    let siteUrl = options.siteUrl ?? '';
    const errorOutcome = (err) => ({
        status: err.statusCode,
        body: errorBody(err, legacy),
        headers: err.headers,
    });
    async function dispatch(req, entry, rawUrl, parsed, tooLarge) {
        const match = router.match(entry.method, entry.path);
        if (!match)
            return { status: 404, body: routeNotFoundBody(entry.method, rawUrl) };
        const ctx = {
            method: entry.method,
            path: entry.path,
            query: entry.query,
            params: match.params,
            body: parsed.ok ? parsed.value : undefined,
            headers: req.headers,
            ip: clientIp(req),
            legacy,
            siteUrl,
            state,
            schemas,
        };
        try {
            // Fastify order: rate limit and auth run in onRequest, before the body is parsed and validated.
            const over = match.route.bucket && limiter.hit(match.route.bucket, ctx.ip);
            if (over)
                throw rateLimited(over.retryAfterSeconds, over.limit);
            if (match.route.auth !== 'none')
                ctx.identity = authenticate(ctx, match.route.auth === 'required');
            entry.authorized = ctx.identity !== undefined;
            if (tooLarge)
                throw new ApiError(413, 'Request body is too large', 'PayloadTooLarge');
            if (!parsed.ok)
                throw parsed.error;
            refuseOversizedBatch(entry.path, ctx.body, options.maxBatchSize);
            const reply = await match.route.handler(ctx);
            return { status: reply.status ?? 200, body: reply.body, headers: reply.headers };
        }
        catch (err) {
            return errorOutcome(err instanceof ApiError ? err : internalError());
        }
    }
    async function handle(req, res) {
        const method = (req.method ?? 'GET').toUpperCase();
        const rawUrl = req.url ?? '/';
        const url = new URL(rawUrl, 'http://sandbox.invalid');
        // ignoreTrailingSlash: true on the real server.
        const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') || '/' : url.pathname;
        const entry = {
            method,
            path,
            query: Object.fromEntries(url.searchParams),
            status: 0,
            body: undefined,
            authorized: false,
            at: now(),
        };
        requests.push(entry);
        const { raw, tooLarge } = await readBody(req);
        const parsed = parseBody(method, raw, req.headers['content-type'], legacy);
        if (parsed.ok)
            entry.body = parsed.value;
        if (latencyMs > 0)
            await (0,promises_.setTimeout)(latencyMs);
        const fault = faults.take(method, path);
        if (fault)
            entry.fault = fault.kind;
        if (fault?.kind === 'reset-before') {
            req.socket.destroy();
            return;
        }
        if (fault?.spec.kind === 'intercept')
            fault.spec.before();
        const outcome = fault?.spec.kind === 'status'
            ? errorOutcome(errorForStatus(fault.spec.status, fault.spec.message, fault.spec.retryAfterSeconds))
            : await dispatch(req, entry, rawUrl, parsed, tooLarge);
        entry.status = outcome.status;
        if (fault?.kind === 'reset-after') {
            req.socket.destroy();
            return;
        }
        if (fault?.kind === 'truncate-after') {
            sendTruncated(res, outcome.status, outcome.body);
            return;
        }
        const body = fault?.spec.kind === 'malformed' ? fault.spec.body : outcome.body;
        entry.status = sendJson(req, res, outcome.status, body, outcome.headers);
    }
    const server = (0,external_node_http_.createServer)((req, res) => {
        handle(req, res).catch(() => {
            if (res.headersSent)
                res.destroy();
            else
                sendJson(req, res, 500, errorBody(internalError(), legacy));
        });
    });
    const host = options.host ?? '127.0.0.1';
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const { port } = server.address();
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    siteUrl ||= url;
    let closing;
    return {
        url,
        state,
        requests,
        faults,
        // Idempotent, so test teardown can call it from several hooks.
        close: () => (closing ??= new Promise((resolve, reject) => {
            server.close((err) => (err ? reject(err) : resolve()));
            server.closeAllConnections();
        })),
    };
}
/** The headers promise the whole body; half of it arrives and the connection drops. */
function sendTruncated(res, status, body) {
    const text = Buffer.from(JSON.stringify(body ?? {}));
    res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(text.length),
    });
    res.write(text.subarray(0, Math.floor(text.length / 2)), () => res.socket?.destroy());
}
function refuseOversizedBatch(path, body, max) {
    const items = body?.secrets;
    if (max === undefined || !/\/batch(\/raw)?$/.test(path) || !Array.isArray(items))
        return;
    if (items.length > max)
        throw badRequest(`Too many secrets in one request: at most ${max} are allowed`);
}

;// CONCATENATED MODULE: ./src/sandbox/infisical/index.ts





// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/app/run.ts + 16 modules
var run = __webpack_require__(4079);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var core_diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/manifest/parse.ts + 1 modules
var manifest_parse = __webpack_require__(6035);
// EXTERNAL MODULE: ./src/providers/registry.ts + 18 modules
var registry = __webpack_require__(3156);
;// CONCATENATED MODULE: ./src/sandbox/seed-manifest.ts







/**
 * Fills the sandbox with the project a manifest describes: its environments and tags, then its secrets
 * written by a real apply (values from their sources, as CI would), so an application's own tests can
 * read them with any Infisical client and no account. Returns the project's id.
 */
async function seedFromManifest(server, manifestPath, io) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(manifestPath, 'utf8');
    }
    catch {
        throw new types/* UserError */.y(`cannot read ${manifestPath}`);
    }
    const { parsed, diagnostics } = (0,manifest_parse/* parseManifest */.N)(text, manifestPath, registry/* PROVIDER_CATALOG */.WQ);
    if (!parsed) {
        for (const d of diagnostics)
            io.err((0,core_diagnostics/* formatDiagnostic */.xy)(d));
        throw new types/* UserError */.y(`${manifestPath} has problems; the sandbox serves only a valid manifest`);
    }
    const { provider, environments, secrets } = parsed.manifest;
    if (provider.type !== 'infisical')
        throw new types/* UserError */.y(`--manifest serves Infisical manifests; ${manifestPath} is for ${provider.type}`);
    const { identityId } = server.state.addIdentity({
        clientId: DEMO.clientId,
        clientSecret: DEMO.clientSecret,
        name: 'sandbox',
    });
    const tags = [...new Set(secrets.flatMap((s) => s.tags ?? []))];
    const project = server.state.addProject({
        ...(provider.projectId ? { id: provider.projectId } : {}),
        slug: provider.projectSlug ?? 'sandbox',
        name: 'Sandbox',
        environments: environments.map((slug) => ({ slug })),
        tags: tags.map((slug) => ({ slug })),
        members: [identityId],
    });
    const result = await (0,run/* runApply */.O)({
        manifestPath,
        env: io.env,
        credentials: { method: 'universal', clientId: DEMO.clientId, clientSecret: DEMO.clientSecret },
        siteUrl: server.url,
        redactor: io.redactor,
        canDeliverShareLinks: false,
    });
    for (const d of result.diagnostics)
        io.err((0,core_diagnostics/* formatDiagnostic */.xy)(d));
    if (result.kind === 'refused')
        throw new types/* UserError */.y(`cannot serve ${manifestPath}: ${result.reasons.join('; ')}`);
    if (result.kind !== 'applied')
        throw new types/* UserError */.y(`cannot serve ${manifestPath}: it has problems`);
    if (result.report.failed > 0)
        throw new types/* UserError */.y(`cannot serve ${manifestPath}: ${result.report.failed} secret(s) could not be written`);
    return { projectId: project.id, environments: [...environments], secrets: result.report.applied };
}

;// CONCATENATED MODULE: ./src/sandbox/command.ts





/** Starts a local provider-compatible server (the demo project, or a manifest's) and waits for Ctrl-C. */
async function runSandbox(values, io) {
    const port = values.port === undefined ? 8089 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        io.err('secrets-manifest sandbox: --port takes a number from 0 to 65535');
        return 2;
    }
    if (values.provider === 'enkryptify' || values.provider === 'prime-intellect') {
        if (values.manifest !== undefined) {
            io.err('secrets-manifest sandbox: --manifest serves an Infisical project; drop --provider');
            return 2;
        }
        const demo = await listening(port, () => startDemoServer(values.provider, port));
        io.out([...demo.lines, 'Press Ctrl-C to stop. State lives in memory only.'].join('\n'));
        await untilInterrupted();
        await demo.close();
        return 0;
    }
    if (values.provider !== undefined && values.provider !== 'infisical') {
        io.err('secrets-manifest sandbox: --provider is infisical, enkryptify or prime-intellect');
        return 2;
    }
    const server = await listening(port, () => startInfisicalServer({ port, legacy: values.legacy ?? false }));
    let project;
    try {
        if (values.manifest === undefined) {
            seedDemo(server);
            project = DEMO;
        }
        else
            project = await seedFromManifest(server, values.manifest, io);
    }
    catch (e) {
        await server.close();
        throw e;
    }
    // These are the sandbox's own throwaway credentials, printed on purpose so a newcomer can connect.
    io.out([
        `Infisical sandbox${values.legacy ? ' (2024 legacy mode)' : ''} listening on ${server.url}`,
        `project ${project.projectId} with environments ${project.environments.join(', ')}${project.secrets === undefined
            ? ''
            : `: ${project.secrets} secret(s) from ${values.manifest} (one per key and environment)`}`,
        'Connect with:',
        `export INFISICAL_SITE_URL=${server.url}`,
        `export INFISICAL_CLIENT_ID=${DEMO.clientId}`,
        `export INFISICAL_CLIENT_SECRET=${DEMO.clientSecret}`,
        `export INFISICAL_PROJECT_ID=${project.projectId}`,
        'Press Ctrl-C to stop. State lives in memory only.',
    ].join('\n'));
    await untilInterrupted();
    await server.close();
    return 0;
}
/** A port already taken is the user's to fix, not a crash. */
async function listening(port, start) {
    try {
        return await start();
    }
    catch (e) {
        const code = e?.code;
        if (code === 'EADDRINUSE')
            throw new types/* UserError */.y(`port ${port} is in use; pass --port N for another, or --port 0 for a free one`);
        if (code === 'EACCES')
            throw new types/* UserError */.y(`port ${port} needs privileges; pass --port 1024 or higher`);
        throw e;
    }
}
function untilInterrupted() {
    return new Promise((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
    });
}


/***/ })

};
