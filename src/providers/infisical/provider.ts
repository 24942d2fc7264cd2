import {
  BatchTooLarge,
  type DuplicateRequest,
  type LiveShare,
  type ProjectInfo,
  type Provider,
  type ProviderCapabilities,
  ProviderError,
  type RemoteSecret,
  type Scope,
  type ScopeListing,
  type SecretWrite,
  type ShareRequest,
  type WriteResult,
} from '../../core/seam/types.js'
import { HttpClient, type HttpRequest, type HttpResponse } from '../../http/client.js'
import { runPool } from '../../util/pool.js'
import { INFISICAL_CAPABILITIES } from './capabilities.js'
import type { InfisicalCredentials } from './credentials.js'
import { duplicateSecrets } from './duplicate.js'
import { isRouteNotFound, refusedForSize, replyError, serverMessage } from './errors.js'
import { isWithin, planListReads } from './list-plan.js'
import { normalizeInfisicalValue } from './normalize.js'
import { readBatch, readProject, readSecretList, readTags, toRemoteSecret } from './replies.js'
import { type Flavour, ROUTES } from './routes.js'
import { InfisicalSession } from './session.js'
import { InfisicalShares } from './shares.js'

export interface InfisicalProviderOptions {
  siteUrl: string
  projectId?: string
  projectSlug?: string
  credentials: InfisicalCredentials
  /** Every token the provider sees is registered here before it can be printed. */
  registerSecret: (secret: string) => void
  allowInsecureHttp?: boolean
  requestDeadlineMs?: number
  onRequest?: (method: string, path: string) => void
  /** Progress line for a retry that waits (rate limit, backoff). */
  onWait?: (message: string) => void
  retryBaseDelayMs?: number
}

const CAPABILITIES: ProviderCapabilities = INFISICAL_CAPABILITIES

export class InfisicalProvider implements Provider {
  readonly type = 'infisical' as const
  capabilities: ProviderCapabilities = { ...CAPABILITIES }
  private readonly http: HttpClient
  private readonly session: InfisicalSession
  private readonly shares: InfisicalShares
  private flavour: Flavour = 'modern'
  private project: ProjectInfo | undefined

  constructor(private readonly options: InfisicalProviderOptions) {
    this.http = new HttpClient({
      baseUrl: options.siteUrl,
      allowInsecureHttp: options.allowInsecureHttp,
      requestDeadlineMs: options.requestDeadlineMs,
      onRequest: options.onRequest,
      onWait: options.onWait,
      retry: options.retryBaseDelayMs === undefined ? undefined : { baseDelayMs: options.retryBaseDelayMs },
    })
    this.session = new InfisicalSession(this.http, options.credentials, options.registerSecret)
    this.shares = new InfisicalShares((r) => this.session.send(r))
  }

  get serverFlavour(): Flavour {
    return this.flavour
  }

  async connect(opts: { tags?: boolean } = {}): Promise<ProjectInfo> {
    const { projectId: id, projectSlug: slug } = this.options
    let res = await this.get(ROUTES.modern.project({ id, slug }), {}, 'read project')
    if (isRouteNotFound(res)) {
      this.flavour = 'legacy'
      // The 2024 server drops fields it does not know, so metadata would be silently lost there.
      this.capabilities = { ...CAPABILITIES, metadata: false, nativeDuplicate: false }
      res = await this.get(ROUTES.legacy.project({ id, slug }), {}, 'read project')
    }
    if (res.status !== 200) throw replyError(`read project ${id ?? slug}`, res)
    const routes = ROUTES[this.flavour]
    const wrapper = routes.projectWrapper(Boolean(id))
    const operation = `read project ${id ?? slug}`
    const raw = await readProject(res.json, wrapper, `GET ${routes.project({ id, slug })}`, operation)
    const tags = new Map<string, string>()
    if (opts.tags) {
      const tagsPath = routes.tags(raw.id)
      const t = await this.get(tagsPath, {}, 'read project tags')
      if (t.status !== 200) throw replyError('read project tags', t)
      for (const tag of await readTags(t.json, routes.tagsField, `GET ${tagsPath}`, 'read project tags'))
        tags.set(tag.slug, tag.id)
    }
    const environments = raw.environments.map((e) => e.slug)
    this.project = { id: raw.id, name: raw.name ?? raw.id, environments, tags }
    return this.project
  }

  normalizeValue(value: string): string {
    return normalizeInfisicalValue(value)
  }

  list(scope: Scope): Promise<ScopeListing> {
    return this.read(scope.environment, scope.path, false).then((r) => this.listing(scope, r, scope.path))
  }

  /** One request per environment (see list-plan.ts); each scope gets the secrets of its own folder. */
  async listScopes(scopes: readonly Scope[]): Promise<ScopeListing[]> {
    const out: ScopeListing[] = new Array(scopes.length)
    await runPool(planListReads(scopes), 4, async (read) => {
      const reply = await this.read(read.environment, read.root, read.recursive)
      for (const i of read.scopes) out[i] = this.listing(scopes[i]!, reply, read.root)
    })
    return out
  }

  /** One request for a folder and everything below it; each secret carries its own folder. */
  async listTree(scope: Scope): Promise<RemoteSecret[]> {
    return (await this.read(scope.environment, scope.path, true)) ?? []
  }

  /** The secrets of one folder (or of everything under it), or undefined when it does not exist. */
  private async read(
    environment: string,
    path: string,
    recursive: boolean,
  ): Promise<RemoteSecret[] | undefined> {
    const routes = ROUTES[this.flavour]
    const query = {
      [routes.projectField]: this.projectId,
      environment,
      secretPath: path,
      recursive: String(recursive),
      include_imports: 'false',
      expandSecretReferences: 'false',
      viewSecretValue: 'true',
    }
    const operation = `list ${environment}:${path}`
    const res = await this.get(routes.secrets, query, operation)
    if (res.status === 404 && !isRouteNotFound(res)) return undefined
    if (res.status !== 200) throw replyError(operation, res)
    const { secrets } = await readSecretList(res.json, `GET ${routes.secrets}`, operation)
    const scope = { environment, path }
    return secrets.filter((s) => s.type !== 'personal').map((s) => toRemoteSecret(s, scope))
  }

  private listing(scope: Scope, read: RemoteSecret[] | undefined, root: string): ScopeListing {
    if (!read) return { scope, exists: false, secrets: [] }
    const secrets = read.filter((s) => s.path === scope.path)
    // A folder is known to exist when it was the folder read on a modern server, or when something lies
    // in it or under it. The 2024 server answers 200-empty for a missing folder, and a recursive read
    // does not show empty folders; creating such a folder again is harmless (the server says it exists).
    const exists =
      scope.path === '/' ||
      (this.flavour === 'modern' && scope.path === root) ||
      read.some((s) => isWithin(s.path, scope.path))
    return { scope, exists, secrets }
  }

  async ensureFolder(scope: Scope): Promise<void> {
    const segments = scope.path.split('/').filter(Boolean)
    if (segments.length === 0) return
    // Both server generations create the missing parents of `path`, so a nested folder is one request.
    const body = {
      [ROUTES[this.flavour].projectField]: this.projectId,
      environment: scope.environment,
      name: segments.at(-1),
      path: `/${segments.slice(0, -1).join('/')}`,
    }
    const op = `create folder ${scope.environment}:${scope.path}`
    const res = await this.write({
      method: 'POST',
      path: ROUTES[this.flavour].folders,
      body,
      operation: op,
      idempotent: true,
    })
    const exists = res.status === 400 && /already exists/i.test(serverMessage(res.json))
    if (res.status !== 200 && !exists) throw replyError(op, res)
  }

  async create(scope: Scope, secrets: SecretWrite[]): Promise<WriteResult> {
    const items = secrets.map((s) => ({
      secretKey: s.key,
      secretValue: s.value ?? '',
      ...(s.comment !== undefined ? { secretComment: s.comment } : {}),
      ...this.tagsAndMetadata(s),
    }))
    return this.batch(
      'POST',
      scope,
      { secrets: items },
      `create ${secrets.length} secret(s) in ${scope.environment}:${scope.path}`,
    )
  }

  async update(scope: Scope, secrets: SecretWrite[]): Promise<WriteResult> {
    // A 2024 server needs a value on every update: for a change that leaves the value alone, the value
    // is read again just before writing, so one that changed since the plan is not put back.
    const current =
      this.flavour === 'legacy' && secrets.some((s) => s.value === undefined)
        ? new Map((await this.list(scope)).secrets.map((s) => [s.key, s.value]))
        : undefined
    const items = secrets.map((s) => {
      const value = s.value ?? current?.get(s.key)
      if (this.flavour === 'legacy' && value === undefined) {
        throw new ProviderError(
          `update ${s.key} in ${scope.environment}:${scope.path}: this Infisical version needs the current value on every update, and it is not readable (or the secret is gone)`,
        )
      }
      return {
        secretKey: s.key,
        ...(value !== undefined ? { secretValue: value } : {}),
        ...(s.comment !== undefined ? { secretComment: s.comment } : {}),
        ...this.tagsAndMetadata(s),
      }
    })
    const mode = this.flavour === 'modern' ? { mode: 'failOnNotFound' } : {}
    return this.batch(
      'PATCH',
      scope,
      { ...mode, secrets: items },
      `update ${secrets.length} secret(s) in ${scope.environment}:${scope.path}`,
    )
  }

  async delete(scope: Scope, keys: string[]): Promise<WriteResult> {
    const items = keys.map((key) => ({ secretKey: key, type: 'shared' }))
    return this.batch(
      'DELETE',
      scope,
      { secrets: items },
      `delete ${keys.length} secret(s) in ${scope.environment}:${scope.path}`,
    )
  }

  duplicate(request: DuplicateRequest): Promise<WriteResult[]> {
    return duplicateSecrets((r) => this.write(r), this.projectId, request)
  }

  listShares(): Promise<LiveShare[]> {
    return this.shares.list()
  }

  async createShare(request: ShareRequest): Promise<{ url: string }> {
    const link = await this.shares.create(request)
    this.options.registerSecret(link.url)
    return link
  }

  /** The server builds every link as `<site URL>/shared/secret/<id>`; the id is the link's secret part. */
  shareLink(share: LiveShare): string {
    const url = `${this.options.siteUrl.replace(/\/+$/, '')}/shared/secret/${share.id}`
    this.options.registerSecret(share.id)
    this.options.registerSecret(url)
    return url
  }

  close(): Promise<void> {
    return this.http.close()
  }

  private tagsAndMetadata(s: SecretWrite): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    if (s.tags !== undefined) {
      out.tagIds = s.tags.map((slug) => {
        const id = this.project?.tags.get(slug)
        if (!id)
          throw new ProviderError(`tag '${slug}' does not exist in the project; create it in Infisical first`)
        return id
      })
    }
    if (s.metadata !== undefined && this.capabilities.metadata) {
      out.secretMetadata = Object.entries(s.metadata).map(([key, value]) => ({ key, value }))
    }
    return out
  }

  private async batch(
    method: 'POST' | 'PATCH' | 'DELETE',
    scope: Scope,
    extra: Record<string, unknown>,
    operation: string,
  ): Promise<WriteResult> {
    const routes = ROUTES[this.flavour]
    const body = {
      [routes.projectField]: this.projectId,
      environment: scope.environment,
      secretPath: scope.path,
      ...extra,
    }
    const res = await this.write({ method, path: routes.batch, body, operation, idempotent: false })
    if (refusedForSize(res)) throw new BatchTooLarge(replyError(operation, res).message, res.status)
    if (res.status !== 200) throw replyError(operation, res)
    const { approval } = await readBatch(res.json, `${method} ${routes.batch}`, operation)
    if (approval) return { status: 'pending-approval', approvalId: String(approval.id ?? '') }
    return { status: 'applied' }
  }

  private get projectId(): string {
    if (!this.project) throw new ProviderError('internal: connect() must run before other calls')
    return this.project.id
  }

  private get(
    path: string,
    query: Record<string, string | undefined>,
    operation: string,
  ): Promise<HttpResponse> {
    return this.session.send({ method: 'GET', path, query, operation, idempotent: true })
  }

  private write(req: HttpRequest): Promise<HttpResponse> {
    return this.session.send(req)
  }
}
