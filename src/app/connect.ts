import type { Manifest } from '../core/manifest/schema.js'
import type {
  ProjectInfo,
  Provider,
  ProviderCapabilities,
  ProviderType,
  Scope,
  SecretWrite,
} from '../core/seam/types.js'
import type { ProviderDefinition, ProviderRuntime } from '../providers/definition.js'
import { type Credentials, PROVIDERS } from '../providers/registry.js'
import { type RunOptions, UserError } from './types.js'

/**
 * The provider the manifest names, with credentials from the caller (CLI env or action inputs).
 * Missing credentials fail here, before anything is loaded; the provider's module (its HTTP client and
 * undici with it) is imported on `connect()`, so a run loads only the one provider it uses, and runs
 * that never connect (invalid manifest, fork PR) load none. Each import is its own chunk in dist/.
 */
export function connectProvider(manifest: Manifest, opts: RunOptions): Provider {
  const config = manifest.provider
  const definition = PROVIDERS[config.type] as ProviderDefinition<ProviderType, Credentials>
  const credentials = credentialsFor(definition, opts.credentials)
  const runtime: ProviderRuntime = {
    registerSecret: (s: string) => opts.redactor.register(s),
    allowInsecureHttp: opts.env.SECRETS_MANIFEST_ALLOW_HTTP === '1',
    onRequest: opts.onRequest,
    onWait: opts.progress,
    requestDeadlineMs: requestDeadlineMs(opts.env.SECRETS_MANIFEST_REQUEST_DEADLINE_SECONDS),
    env: opts.env,
    siteUrl: opts.siteUrl,
  }
  // The registry entry of `config.type` takes exactly that block; the cast only forgets the pairing.
  return new DeferredProvider(config.type, () => definition.load(config as never, credentials, runtime))
}

/** The overall deadline of one request, when the environment sets one (the HTTP client has a default). */
function requestDeadlineMs(seconds: string | undefined): number | undefined {
  if (!seconds) return undefined
  const n = Number(seconds)
  if (!Number.isFinite(n) || n <= 0) {
    throw new UserError(
      `SECRETS_MANIFEST_REQUEST_DEADLINE_SECONDS must be a positive number of seconds, not '${seconds}'`,
    )
  }
  return n * 1000
}

/**
 * Stands in for a provider until `connect()` has loaded and built it, then passes every call through.
 * Callers read only `type` and `capabilities` before connecting (run.ts), and test for the optional
 * methods after, so those are copied only when the real provider has them.
 */
class DeferredProvider implements Provider {
  private real: Provider | undefined
  duplicate?: Provider['duplicate']
  listShares?: Provider['listShares']
  createShare?: Provider['createShare']
  shareLink?: Provider['shareLink']
  writeProject?: Provider['writeProject']
  listScopes?: Provider['listScopes']
  listTree?: Provider['listTree']

  constructor(
    readonly type: ProviderType,
    private readonly load: () => Promise<Provider>,
  ) {}

  /** The published table until connected; a provider may narrow its own once it has seen the server. */
  get capabilities(): ProviderCapabilities {
    return this.real?.capabilities ?? PROVIDERS[this.type].capabilities
  }

  async connect(options?: { tags?: boolean }): Promise<ProjectInfo> {
    this.real ??= await this.load()
    const p = this.real
    if (p.duplicate) this.duplicate = (r) => p.duplicate!(r)
    if (p.listShares) this.listShares = () => p.listShares!()
    if (p.createShare) this.createShare = (r) => p.createShare!(r)
    if (p.shareLink) this.shareLink = (s) => p.shareLink!(s)
    if (p.writeProject) this.writeProject = (c) => p.writeProject!(c)
    if (p.listScopes) this.listScopes = (s) => p.listScopes!(s)
    if (p.listTree) this.listTree = (s) => p.listTree!(s)
    return p.connect(options)
  }

  list(scope: Scope) {
    return this.connected().list(scope)
  }

  normalizeValue(value: string): string {
    return this.connected().normalizeValue(value)
  }

  ensureFolder(scope: Scope) {
    return this.connected().ensureFolder(scope)
  }

  create(scope: Scope, secrets: SecretWrite[]) {
    return this.connected().create(scope, secrets)
  }

  update(scope: Scope, secrets: SecretWrite[]) {
    return this.connected().update(scope, secrets)
  }

  delete(scope: Scope, keys: string[]) {
    return this.connected().delete(scope, keys)
  }

  async close(): Promise<void> {
    await this.real?.close()
  }

  private connected(): Provider {
    if (!this.real) throw new Error(`the ${this.type} provider was used before connect()`)
    return this.real
  }
}

function credentialsFor(
  definition: ProviderDefinition<ProviderType, Credentials>,
  given: Credentials | readonly Credentials[] | undefined,
): Credentials {
  const all: readonly Credentials[] =
    given === undefined ? [] : Array.isArray(given) ? given : [given as Credentials]
  const found = all.find((c) => (definition.credentialMethods as readonly string[]).includes(c.method))
  if (!found) throw new UserError(definition.missingCredentials)
  return found
}
