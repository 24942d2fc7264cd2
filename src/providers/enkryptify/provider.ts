import {
  type ChangeResult,
  type ProjectChange,
  type ProjectInfo,
  type Provider,
  type ProviderCapabilities,
  ProviderError,
  type Scope,
  type ScopeListing,
  type SecretWrite,
  type WriteResult,
} from '../../core/seam/types.js'
import { HttpClient, type HttpRequest } from '../../http/client.js'
import { runPool } from '../../util/pool.js'
import { ENKRYPTIFY_CAPABILITIES } from './capabilities.js'
import { replyError } from './errors.js'
import { ValueMasker } from './masking.js'
import { ENKRYPTIFY_ROUTES, type EnkryptifyProject } from './routes.js'
import { EnkryptifySession } from './session.js'
import { isHeld, outcomeUnknown } from './settle.js'
import { parseEnvironmentList, parseSecretList, secretsIn, type WireSecret } from './wire.js'
import { type CreateRequest, followUpWrite, planWrites, type RecordWrite } from './write-plan.js'

export interface EnkryptifyProviderOptions extends EnkryptifyProject {
  apiUrl: string
  token: string
  registerSecret: (secret: string) => void
  allowInsecureHttp?: boolean
  requestDeadlineMs?: number
  onRequest?: (method: string, path: string) => void
  /** Progress line for a retry that waits (rate limit, backoff). */
  onWait?: (message: string) => void
  retryBaseDelayMs?: number
  /** PUTs and DELETEs in flight at once; the API allows 200 requests a minute per IP. */
  concurrency?: number
}

/**
 * Enkryptify: a secret is one project-level record with a value per environment. The plan's
 * environments are names, resolved to ids once; all secrets come from ONE list per run, and writes
 * go through `writeProject` so environments that share a value are created in one request.
 */
export class EnkryptifyProvider implements Provider {
  readonly type = 'enkryptify' as const
  readonly capabilities: ProviderCapabilities = { ...ENKRYPTIFY_CAPABILITIES }
  private readonly http: HttpClient
  private readonly session: EnkryptifySession
  private environmentIds = new Map<string, string>()
  private listing: Promise<WireSecret[]> | undefined
  private readonly masker: ValueMasker

  constructor(private readonly options: EnkryptifyProviderOptions) {
    this.http = new HttpClient({
      baseUrl: options.apiUrl,
      allowInsecureHttp: options.allowInsecureHttp,
      requestDeadlineMs: options.requestDeadlineMs,
      onRequest: options.onRequest,
      onWait: options.onWait,
      retry: options.retryBaseDelayMs === undefined ? undefined : { baseDelayMs: options.retryBaseDelayMs },
    })
    this.session = new EnkryptifySession(this.http, options.token, options.registerSecret)
    this.masker = new ValueMasker(options.registerSecret)
  }

  /** 'jwt' after a successful exchange, 'raw' after the fallback. */
  get tokenMode(): 'jwt' | 'raw' | 'none' {
    return this.session.mode
  }

  async connect(): Promise<ProjectInfo> {
    const { workspace, project } = this.options
    const operation = `read environments of ${workspace}/${project}`
    const path = ENKRYPTIFY_ROUTES.environments(this.options)
    const res = await this.send({ method: 'GET', path, operation, idempotent: true })
    if (res.status !== 200) throw replyError(operation, res, { tokenHint: this.session.tokenHint })
    const environments = parseEnvironmentList(res.json, `GET ${path}`, operation)
    this.environmentIds = new Map(environments.map((e) => [e.name, e.id]))
    return {
      id: `${workspace}/${project}`,
      name: `${workspace}/${project}`,
      environments: environments.map((e) => e.name),
      tags: new Map(),
    }
  }

  normalizeValue(value: string): string {
    return value
  }

  /** Served from one list of the whole project, fetched on the first call of the run. */
  async list(scope: Scope): Promise<ScopeListing> {
    const id = this.environmentIds.get(scope.environment)
    if (!id)
      throw new ProviderError(`environment '${scope.environment}' does not exist in the Enkryptify project`)
    if (scope.path !== '/') return { scope, exists: false, secrets: [] }
    this.masker.listedEnvironment(id)
    this.listing ??= this.fetchSecrets()
    return { scope, exists: true, secrets: secretsIn(await this.listing, scope.environment, id) }
  }

  async ensureFolder(scope: Scope): Promise<void> {
    if (scope.path !== '/') throw new ProviderError(`Enkryptify has no folders (path ${scope.path})`)
  }

  create(scope: Scope, secrets: SecretWrite[]): Promise<WriteResult> {
    return this.writeScope('create', scope, secrets)
  }

  update(scope: Scope, secrets: SecretWrite[]): Promise<WriteResult> {
    return this.writeScope('update', scope, secrets)
  }

  delete(scope: Scope, keys: string[]): Promise<WriteResult> {
    return this.writeScope(
      'delete',
      scope,
      keys.map((key) => ({ key })),
    )
  }

  /**
   * Creates need only the run's listing (a key that exists in another environment becomes a PUT);
   * updates and deletes re-list first, so `values[]` is rebuilt from what the server holds now.
   */
  async writeProject(changes: readonly ProjectChange[]): Promise<ChangeResult[]> {
    const results: ChangeResult[] = changes.map(() => ({ status: 'failed', reason: 'not attempted' }))
    const unknown = new Set<number>()
    const fail = (indexes: number[], reason: string, error?: unknown) => {
      for (const i of indexes) results[i] = { status: 'failed', reason }
      if (outcomeUnknown(error)) for (const i of indexes) unknown.add(i)
    }
    const done = (indexes: number[]) => {
      for (const i of indexes) results[i] = { status: 'applied' }
    }
    this.masker.maskUnlisted()
    try {
      this.listing ??= this.fetchSecrets()
      const known = new Set((await this.listing).map((s) => s.name))
      const fresh = changes.some((c) => c.action !== 'create' || known.has(c.secret.key))
      const snapshot = fresh ? await this.relist() : await this.listing
      const plan = planWrites(changes, snapshot, this.environmentIds, this.capabilities.maxBatchSize)
      for (const f of plan.failed) fail([f.change], f.reason)
      const failedKeys = new Set<string>()
      for (const request of plan.creates) {
        await this.post(request).then(
          () => done(request.changes),
          (error) => {
            fail(request.changes, reasonOf(error), error)
            for (const s of request.secrets) failedKeys.add(s.key)
          },
        )
      }
      const writes = [...plan.writes]
      if (plan.followUps.length > 0) {
        // Create answers carry no ids: the new records are found by listing again.
        const after = await this.relist()
        for (const f of plan.followUps) {
          const write = failedKeys.has(f.key) ? undefined : followUpWrite(f, after)
          if (write) writes.push(write)
          else fail(f.changes, `${f.key} could not be created, so its other values were not written`)
        }
      }
      await runPool(writes, this.options.concurrency ?? 4, async (w) => {
        await this.rewrite(w).then(
          () => done(w.changes),
          (error) => fail(w.changes, reasonOf(error), error),
        )
      })
      if (unknown.size > 0) await this.settle(changes, results, unknown)
    } catch (error) {
      fail(
        results.flatMap((r, i) => (r.status === 'failed' && r.reason === 'not attempted' ? [i] : [])),
        reasonOf(error),
      )
    } finally {
      this.listing = undefined
    }
    return results
  }

  close(): Promise<void> {
    this.masker.maskUnlisted()
    return this.http.close()
  }

  private async writeScope(
    action: ProjectChange['action'],
    scope: Scope,
    secrets: SecretWrite[],
  ): Promise<WriteResult> {
    const results = await this.writeProject(secrets.map((secret) => ({ action, scope, secret })))
    const failed = results.find((r) => r.status === 'failed')
    if (failed?.status === 'failed') throw new ProviderError(failed.reason)
    return { status: 'applied' }
  }

  /** Re-reads the project after writes whose outcome is unknown; what the server holds counts as applied. */
  private async settle(changes: readonly ProjectChange[], results: ChangeResult[], unknown: Set<number>) {
    const after = await this.relist().catch(() => undefined)
    if (!after) return
    for (const i of unknown)
      if (isHeld(changes[i]!, after, this.environmentIds)) results[i] = { status: 'applied' }
  }

  private relist(): Promise<WireSecret[]> {
    this.listing = this.fetchSecrets()
    return this.listing
  }

  private async fetchSecrets(): Promise<WireSecret[]> {
    const operation = `list secrets of ${this.options.workspace}/${this.options.project}`
    const path = ENKRYPTIFY_ROUTES.secrets(this.options)
    const res = await this.send({ method: 'GET', path, operation, idempotent: true })
    if (res.status !== 200) throw replyError(operation, res, { tokenHint: this.session.tokenHint })
    const secrets = parseSecretList(res.json, `GET ${path}`, operation)
    this.masker.received(secrets)
    return secrets
  }

  private async post(request: CreateRequest): Promise<void> {
    const operation = `create ${request.secrets.length} secret(s) in ${request.environments.length} environment(s)`
    const res = await this.send({
      method: 'POST',
      path: ENKRYPTIFY_ROUTES.secrets(this.options),
      body: { environments: request.environments, secrets: request.secrets },
      operation,
      idempotent: false,
    })
    if (res.status < 200 || res.status >= 300)
      throw replyError(operation, res, { tokenHint: this.session.tokenHint })
  }

  private async rewrite(w: RecordWrite): Promise<void> {
    const operation = `${w.body ? 'update' : 'delete'} ${w.key}`
    const res = await this.send({
      method: w.body ? 'PUT' : 'DELETE',
      path: ENKRYPTIFY_ROUTES.secret(this.options, w.id),
      ...(w.body ? { body: w.body } : {}),
      operation,
      // A full-replace PUT and a DELETE can be sent twice safely; a second DELETE finds nothing (404).
      idempotent: true,
    })
    if (!w.body && res.status === 404) return
    if (res.status < 200 || res.status >= 300)
      throw replyError(operation, res, { tokenHint: this.session.tokenHint })
  }

  private send(req: HttpRequest) {
    return this.session.send(req)
  }
}

function reasonOf(error: unknown): string {
  return error instanceof ProviderError ? error.message : 'unexpected error (please report it)'
}
