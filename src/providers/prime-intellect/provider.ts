import { NO_ENVIRONMENT } from '../../core/seam/capabilities.js'
import {
  type ProjectInfo,
  type Provider,
  type ProviderCapabilities,
  ProviderError,
  type RemoteSecret,
  type Scope,
  type ScopeListing,
  type SecretWrite,
  type WriteResult,
} from '../../core/seam/types.js'
import { HttpClient, type HttpRequest, type HttpResponse } from '../../http/client.js'
import { PRIME_INTELLECT_CAPABILITIES } from './capabilities.js'
import { replyError } from './errors.js'
import { parsePage, type WireSecret } from './wire.js'

export interface PrimeIntellectProviderOptions {
  apiUrl: string
  apiKey: string
  /** Team secrets when set, the key owner's personal secrets otherwise. */
  teamId?: string
  registerSecret: (secret: string) => void
  allowInsecureHttp?: boolean
  requestDeadlineMs?: number
  onRequest?: (method: string, path: string) => void
  /** Progress line for a retry that waits (rate limit, backoff). */
  onWait?: (message: string) => void
  retryBaseDelayMs?: number
}

const SECRETS = '/api/v1/secrets/'
export const PAGE_SIZE = 100
const NAME = /^[A-Z][A-Z0-9_]*$/
const MAX_DESCRIPTION = 500
const MAX_PAGES = 1000

/**
 * Prime Intellect global secrets: no environments or folders, one request per write, and values
 * are write-only, so the planner never sees one (`readableValues: false`). The single scope is
 * `NO_ENVIRONMENT` at `/`; `teamId` goes in the body on create and in the query everywhere else.
 */
export class PrimeIntellectProvider implements Provider {
  readonly type = 'prime-intellect' as const
  readonly capabilities: ProviderCapabilities = { ...PRIME_INTELLECT_CAPABILITIES }
  private readonly http: HttpClient
  private listing: Promise<WireSecret[]> | undefined
  /** Set by every write: the next `list` reads the server again (apply re-lists to settle failures). */
  private stale = false

  constructor(private readonly options: PrimeIntellectProviderOptions) {
    options.registerSecret(options.apiKey)
    this.http = new HttpClient({
      baseUrl: options.apiUrl,
      allowInsecureHttp: options.allowInsecureHttp,
      requestDeadlineMs: options.requestDeadlineMs,
      onRequest: options.onRequest,
      onWait: options.onWait,
      retry: options.retryBaseDelayMs === undefined ? undefined : { baseDelayMs: options.retryBaseDelayMs },
    })
  }

  /** Nothing to read up front: there is no project, and the first list checks the key. */
  async connect(): Promise<ProjectInfo> {
    const team = this.options.teamId
    return {
      id: team ?? 'personal',
      name: team ? `team ${team}` : 'personal secrets',
      environments: [NO_ENVIRONMENT],
      tags: new Map(),
    }
  }

  normalizeValue(value: string): string {
    return value
  }

  async list(scope: Scope): Promise<ScopeListing> {
    this.assertScope(scope)
    if (this.stale) this.listing = undefined
    this.stale = false
    this.listing ??= this.fetchAll()
    const secrets = (await this.listing).map(
      (s): RemoteSecret => ({
        id: s.id,
        environment: NO_ENVIRONMENT,
        path: '/',
        key: s.name,
        value: undefined,
        comment: s.description ?? '',
        tags: [],
        metadata: {},
      }),
    )
    return { scope, exists: true, secrets }
  }

  async ensureFolder(scope: Scope): Promise<void> {
    this.assertScope(scope)
  }

  async create(scope: Scope, secrets: SecretWrite[]): Promise<WriteResult> {
    this.assertScope(scope)
    for (const s of secrets) {
      const operation = `create ${s.key}`
      check(s, operation)
      if (s.value === undefined || s.value.length === 0)
        throw new ProviderError(`${operation}: Prime Intellect needs a value of at least one character`)
      const body = {
        name: s.key,
        value: s.value,
        ...(s.comment !== undefined ? { description: s.comment } : {}),
        ...(this.options.teamId ? { teamId: this.options.teamId } : {}),
      }
      this.stale = true
      const res = await this.send({ method: 'POST', path: SECRETS, body, operation, idempotent: false })
      if (res.status !== 200 && res.status !== 201) throw replyError(operation, res)
    }
    return { status: 'applied' }
  }

  async update(scope: Scope, secrets: SecretWrite[]): Promise<WriteResult> {
    this.assertScope(scope)
    for (const s of secrets) {
      const operation = `update ${s.key}`
      check(s, operation)
      if (s.value === '') throw new ProviderError(`${operation}: Prime Intellect rejects an empty value`)
      const body = {
        ...(s.value !== undefined ? { value: s.value } : {}),
        ...(s.comment !== undefined ? { description: s.comment } : {}),
      }
      if (Object.keys(body).length === 0) continue
      const path = `${SECRETS}${encodeURIComponent(await this.idOf(s.key, operation))}`
      this.stale = true
      const res = await this.send({
        method: 'PATCH',
        path,
        query: this.team(),
        body,
        operation,
        idempotent: true,
      })
      if (res.status !== 200) throw replyError(operation, res)
    }
    return { status: 'applied' }
  }

  async delete(scope: Scope, keys: string[]): Promise<WriteResult> {
    this.assertScope(scope)
    for (const key of keys) {
      const operation = `delete ${key}`
      const path = `${SECRETS}${encodeURIComponent(await this.idOf(key, operation))}`
      this.stale = true
      const res = await this.send({ method: 'DELETE', path, query: this.team(), operation, idempotent: true })
      // 204 with no body is success too (the official CLI accepts it); 404 after a retry means
      // the first attempt deleted it.
      if (res.status !== 200 && res.status !== 204 && res.status !== 404) throw replyError(operation, res)
    }
    return { status: 'applied' }
  }

  close(): Promise<void> {
    return this.http.close()
  }

  /** offset/limit pages until the total is reached or a page comes back short or empty. */
  private async fetchAll(): Promise<WireSecret[]> {
    const all: WireSecret[] = []
    for (let offset = 0, pages = 0; ; pages++) {
      // A server that keeps answering full pages would otherwise be read forever.
      if (pages >= MAX_PAGES) throw new ProviderError(`list secrets failed: more than ${MAX_PAGES} pages`)
      const operation = `list secrets (offset ${offset})`
      const query = { ...this.team(), offset: String(offset), limit: String(PAGE_SIZE) }
      const res = await this.send({ method: 'GET', path: SECRETS, query, operation, idempotent: true })
      if (res.status !== 200) throw replyError(operation, res)
      const page = parsePage(res.json, `GET ${SECRETS}`, operation)
      all.push(...page.secrets)
      offset += page.secrets.length
      if (page.secrets.length < PAGE_SIZE || (page.total !== undefined && all.length >= page.total)) break
    }
    // A personal listing must not pick up team secrets, nor a team listing another team's.
    const team = this.options.teamId ?? null
    return all.filter((s) => s.teamId === undefined || (s.teamId ?? null) === team)
  }

  private async idOf(key: string, operation: string): Promise<string> {
    this.listing ??= this.fetchAll()
    const found = (await this.listing).find((s) => s.name === key)
    if (!found)
      throw new ProviderError(`${operation}: ${key} no longer exists in Prime Intellect; run plan again`)
    return found.id
  }

  private team(): Record<string, string> {
    return this.options.teamId ? { teamId: this.options.teamId } : {}
  }

  private assertScope(scope: Scope): void {
    if (scope.environment !== NO_ENVIRONMENT || scope.path !== '/')
      throw new ProviderError(
        `Prime Intellect has no environments or folders (asked for ${scope.environment}:${scope.path})`,
      )
  }

  private send(req: HttpRequest): Promise<HttpResponse> {
    return this.http.send({
      ...req,
      headers: { ...req.headers, authorization: `Bearer ${this.options.apiKey}` },
    })
  }
}

/** Limits Prime Intellect enforces on names and descriptions, checked before sending so the reason is clear. */
function check(s: SecretWrite, operation: string): void {
  if (!NAME.test(s.key) || s.key.length > 255)
    throw new ProviderError(`${operation}: Prime Intellect names match ^[A-Z][A-Z0-9_]*$ (at most 255)`)
  if (s.comment !== undefined && s.comment.length > MAX_DESCRIPTION)
    throw new ProviderError(`${operation}: the comment is longer than ${MAX_DESCRIPTION} characters`)
}
