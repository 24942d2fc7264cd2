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

/** One action input a provider reads; action.yml declares each. */
export interface ActionInput {
  readonly name: string
  /** Its value is a credential: the action registers it with the masker before the first request. */
  readonly secret: boolean
}

/** One action input's trimmed value, or undefined when it is empty or not given. */
export type InputReader = (name: string) => string | undefined

/** What reading credentials from action inputs may use besides the inputs. */
export interface InputRuntime {
  env: Record<string, string | undefined>
  /** Asks the runner's token service for a GitHub OIDC token with this audience. */
  getIDToken: (audience?: string) => Promise<string>
  /** Registers a secret obtained on the way (e.g. an ID token) before it can be printed. */
  register: (secret: string) => void
}

/** Credentials read from action inputs; a problem when they were given but cannot be used; undefined when none were given. */
export type InputCredentials<C> = { ok: C } | { problem: string } | undefined

/**
 * One provider as data: what the core knows of it (ProviderSpec: its name, capabilities, its manifest
 * block in `manifest` and its own lint rules in `lint`), where its credentials come from and which of
 * their strings are masked, and a lazy `load()` of its client (the HTTP client and undici come with it,
 * so a run loads only the provider it uses). Every caller iterates the registry (registry.ts) rather
 * than naming providers, so a new provider is one folder and a line in the registry and the catalog. A
 * definition loads no zod, undici or HTTP client at the top: its client comes only with `load()`.
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
  /** The environment variable that overrides the manifest's site URL in the CLI, if the provider has one. */
  readonly siteUrlEnv?: string
  /** The CLI's help text: where its credentials come from, and what `--project` names. */
  readonly help: { readonly credentials: string; readonly project: string }
  /** The provider block `import` and `diff` use without a manifest, from `--project`; or what to pass. */
  blockFromProject(project: string | undefined): { block: Record<string, unknown> } | { problem: string }
  /** The action inputs that hold its credentials and settings. */
  readonly actionInputs: readonly ActionInput[]
  /** Mistakes in its action inputs, found before anything runs: `error` is a usage error (exit 2). */
  checkInputs?(read: InputReader): { error?: string; warnings: string[] }
  /** Its credentials from the action's inputs. */
  credentialsFromInputs(read: InputReader, runtime: InputRuntime): Promise<InputCredentials<C>>
  /** How to pass its credentials to the action, said when no provider's were given. */
  readonly missingInputs: string
  /** What to check when a run with these credentials failed as `error` (e.g. the claims a login rejected). */
  failureHint?(error: unknown, credentials: C): string | undefined
  load(config: ProviderBlocks[T], credentials: C, runtime: ProviderRuntime): Promise<Provider>
}

/** The runtime options every client constructor takes. */
export function clientOptions(runtime: ProviderRuntime) {
  const { registerSecret, allowInsecureHttp, onRequest, onWait, requestDeadlineMs } = runtime
  return { registerSecret, allowInsecureHttp, onRequest, onWait, requestDeadlineMs }
}
