import type { ProviderBlocks, ProviderSpec, ProviderType } from '../core/seam/provider-spec.js'
import type { Provider } from '../core/seam/types.js'

/** What every provider client is built with, whatever the provider. */
export interface ProviderRuntime {
  /** Every token the provider sees is registered here before it can be printed. */
  registerSecret: (secret: string) => void
  allowInsecureHttp: boolean
  requestDeadlineMs?: number
  onRequest?: (method: string, path: string) => void
  onWait?: (message: string) => void
  /** The process environment (URL overrides a provider documents, e.g. a self-hosted API). */
  env: Record<string, string | undefined>
  /** The front end's override of the manifest's site URL (from its environment or inputs). */
  siteUrl?: string
}

/**
 * One provider as data: what the core knows of it (ProviderSpec: its name, capabilities, its manifest
 * block in `manifest` and its own lint rules in `lint`), where its credentials come from and which of
 * their strings are masked, and a lazy `load()` of its client (the HTTP client and undici come with it,
 * so a run loads only the provider it uses). Every caller iterates the registry (registry.ts) rather
 * than naming providers, so a new provider is one folder and one registry line. A definition loads no
 * zod, undici or HTTP client: the hook imports the registry.
 */
export interface ProviderDefinition<T extends ProviderType, C extends { method: string }>
  extends ProviderSpec {
  readonly type: T
  /** The `method`s of the credentials this provider reads. */
  readonly credentialMethods: readonly C['method'][]
  /** The environment variables the CLI reads its credentials from. */
  readonly credentialEnv: readonly string[]
  /** Said when the manifest names this provider and no credentials for it were given. */
  readonly missingCredentials: string
  /** Its credentials from the CLI's environment, or undefined when they are not (all) set. */
  credentialsFromEnv(env: Record<string, string | undefined>): C | undefined
  /** The strings of `credentials` that must never be printed (a client id is not one of them). */
  secretsOf(credentials: C): string[]
  load(config: ProviderBlocks[T], credentials: C, runtime: ProviderRuntime): Promise<Provider>
}

/** The runtime options every client constructor takes. */
export function clientOptions(runtime: ProviderRuntime) {
  const { registerSecret, allowInsecureHttp, onRequest, onWait, requestDeadlineMs } = runtime
  return { registerSecret, allowInsecureHttp, onRequest, onWait, requestDeadlineMs }
}
