import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A stateful fake of the few GitHub REST routes the action calls, plus the Actions OIDC token endpoint,
 * on 127.0.0.1. It records every request (method, path, query, body, authorization) and answers unknown
 * routes with 404 while recording them in `unexpected`, so a test can insist on exactly the calls it
 * expects.
 */
export interface RecordedCall {
  method: string
  path: string
  query: Record<string, string>
  body: unknown
  /** Raw request body, for leak checks. */
  raw: string
  authorization: string | undefined
}

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: 'Bot' | 'User' }
}

export interface FakePull {
  number: number
  state: 'open' | 'closed'
  merge_commit_sha: string | null
  merged_at: string | null
}

export interface FakeGitHubOptions {
  /** The token the REST routes accept (`Authorization: token <token>`). */
  token?: string
  /** The bearer token the OIDC endpoint accepts (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  idTokenRequestToken?: string
  /** `sub` of the issued ID tokens. */
  subject?: string
  /**
   * The token's own user, as for a personal access token: `GET /user` answers it and new comments are
   * posted under it. Without it the token is the workflow's installation token: `GET /user` is 403 and
   * comments are posted as `github-actions[bot]`.
   */
  login?: string
}

export interface FakeGitHub {
  /** GITHUB_API_URL */
  url: string
  /** ACTIONS_ID_TOKEN_REQUEST_URL (already has a query, as on a runner) */
  idTokenUrl: string
  idTokenRequestToken: string
  calls: RecordedCall[]
  unexpected: RecordedCall[]
  /** Issue comments per issue/PR number. */
  comments: Map<number, FakeComment[]>
  /** Associated PRs per commit sha. */
  pullsForCommit: Map<string, FakePull[]>
  /** true: writes answer 403 "Resource not accessible by integration", as with a fork PR's token. */
  readOnly: boolean
  /** false: comments come without `html_url`, as from some GitHub-compatible servers. Default true. */
  commentUrls: boolean
  /** Adds a comment as if someone else posted it; returns its id. */
  addComment(issue: number, body: string, login?: string): number
  close(): Promise<void>
  [Symbol.asyncDispose](): Promise<void>
}

const COMMENT_LIMIT = 65_536

export async function startGitHubServer(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const token = opts.token ?? 'ghs_fake_github_token_0123456789'
  const idTokenRequestToken = opts.idTokenRequestToken ?? 'fake-id-token-request-token'
  let nextId = 1000
  const state = {
    calls: [] as RecordedCall[],
    unexpected: [] as RecordedCall[],
    comments: new Map<number, FakeComment[]>(),
    pullsForCommit: new Map<string, FakePull[]>(),
    readOnly: false,
    commentUrls: true,
  }
  let origin = ''

  const addComment = (issue: number, body: string, login = 'someone'): number => {
    const list = state.comments.get(issue) ?? []
    const id = nextId++
    list.push({ id, body, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' } })
    state.comments.set(issue, list)
    return id
  }

  const server = createServer(async (req, res) => {
    const raw = await readBody(req)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: parseJson(raw),
      raw,
      authorization: req.headers.authorization,
    }
    state.calls.push(call)
    const ctx: Ctx = {
      call,
      res,
      origin,
      token,
      idTokenRequestToken,
      subject: opts.subject,
      login: opts.login,
      state,
      addComment,
    }
    if (!route(ctx)) {
      state.unexpected.push(call)
      send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return Object.assign(state, {
    url: origin,
    idTokenUrl: `${origin}/_actions/idtoken?api-version=2.0`,
    idTokenRequestToken,
    addComment,
    close,
    [Symbol.asyncDispose]: close,
  }) as FakeGitHub
}

interface Ctx {
  call: RecordedCall
  res: ServerResponse
  origin: string
  token: string
  idTokenRequestToken: string
  subject: string | undefined
  login: string | undefined
  state: Pick<FakeGitHub, 'comments' | 'pullsForCommit' | 'readOnly' | 'commentUrls'>
  addComment: FakeGitHub['addComment']
}

function route(ctx: Ctx): boolean {
  const { call, res } = ctx
  if (call.method === 'GET' && call.path === '/_actions/idtoken') {
    idToken(ctx)
    return true
  }
  const rest = (handler: () => void) => {
    if (call.authorization !== `token ${ctx.token}`) send(res, 401, { message: 'Bad credentials' })
    else handler()
    return true
  }
  if (call.method === 'GET' && call.path === '/user') {
    return rest(() =>
      ctx.login
        ? send(res, 200, { login: ctx.login, type: 'User' })
        : send(res, 403, { message: 'Resource not accessible by integration', status: '403' }),
    )
  }
  const comments = call.path.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/)
  if (comments && call.method === 'GET') return rest(() => listComments(ctx, Number(comments[1])))
  if (comments && call.method === 'POST') return rest(() => writeComment(ctx, { issue: Number(comments[1]) }))
  const comment = call.path.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/)
  if (comment && call.method === 'PATCH') return rest(() => writeComment(ctx, { id: Number(comment[1]) }))
  const pulls = call.path.match(/^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]+)\/pulls$/)
  if (pulls && call.method === 'GET')
    return rest(() => send(res, 200, ctx.state.pullsForCommit.get(pulls[1]!) ?? []))
  return false
}

function listComments(ctx: Ctx, issue: number): void {
  const perPage = Math.min(100, Number(ctx.call.query.per_page ?? 30))
  const page = Number(ctx.call.query.page ?? 1)
  const all = ctx.state.comments.get(issue) ?? []
  const last = Math.max(1, Math.ceil(all.length / perPage))
  const link = (p: number, rel: string) => {
    const u = new URL(ctx.call.path, ctx.origin)
    u.searchParams.set('per_page', String(perPage))
    u.searchParams.set('page', String(p))
    return `<${u}>; rel="${rel}"`
  }
  const links = []
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'))
  const items = all.slice((page - 1) * perPage, page * perPage).map((c) => view(ctx, issue, c))
  send(ctx.res, 200, items, links.length ? { link: links.join(', ') } : {})
}

/** Creates a comment on `issue`, or edits comment `id`. */
function writeComment(ctx: Ctx, target: { issue?: number; id?: number }): void {
  if (ctx.state.readOnly) {
    send(ctx.res, 403, { message: 'Resource not accessible by integration', status: '403' })
    return
  }
  const body = (ctx.call.body as { body?: unknown } | undefined)?.body
  if (typeof body !== 'string' || body.length > COMMENT_LIMIT) {
    send(ctx.res, 422, { message: 'Validation Failed', errors: [{ field: 'body', code: 'custom' }] })
    return
  }
  const { issue, id } = target
  if (issue !== undefined) {
    const newId = ctx.addComment(issue, body, ctx.login ?? 'github-actions[bot]')
    const c = ctx.state.comments.get(issue)!.find((x) => x.id === newId)!
    send(ctx.res, 201, view(ctx, issue, c))
    return
  }
  for (const [n, list] of ctx.state.comments) {
    const c = list.find((x) => x.id === id)
    if (c) {
      c.body = body
      send(ctx.res, 200, view(ctx, n, c))
      return
    }
  }
  send(ctx.res, 404, { message: 'Not Found' })
}

function view(ctx: Ctx, issue: number, c: FakeComment) {
  return ctx.state.commentUrls
    ? { ...c, html_url: `${ctx.origin}/pull/${issue}#issuecomment-${c.id}` }
    : { ...c }
}

/** GitHub's token service: the audience comes from the query; the JWT is unsigned, like the fake IdP it is. */
function idToken(ctx: Ctx): void {
  if (ctx.call.authorization !== `Bearer ${ctx.idTokenRequestToken}`) {
    send(ctx.res, 401, { message: 'bad request token' })
    return
  }
  const aud = ctx.call.query.audience ?? 'https://github.com/acme'
  const now = Math.floor(Date.now() / 1000)
  const claims = {
    iss: 'https://token.actions.githubusercontent.com',
    aud,
    sub: ctx.subject ?? 'repo:acme/app:ref:refs/heads/main',
    repository: 'acme/app',
    ref: 'refs/heads/main',
    iat: now,
    nbf: now - 5,
    exp: now + 300,
  }
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url')
  send(ctx.res, 200, { value: `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.` })
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function parseJson(raw: string): unknown {
  if (!raw) return undefined
  try {
    return JSON.parse(raw)
  } catch {
    return raw
  }
}
