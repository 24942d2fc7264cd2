import type { Manifest, ProviderConfig } from '../core/manifest/schema.js'
import { NO_ENVIRONMENT } from '../core/seam/capabilities.js'
import type { Provider, ProviderCapabilities, RemoteSecret, Scope } from '../core/seam/types.js'
import { runPool } from '../util/pool.js'
import { connectProvider } from './connect.js'
import { type RunOptions, UserError } from './types.js'

export interface RemoteContents {
  projectName: string
  /** The environments read, in the project's order; [NO_ENVIRONMENT] for a provider without any. */
  environments: string[]
  capabilities: ProviderCapabilities
  secrets: RemoteSecret[]
  /** The value as the server stores it, so values compare like with like. */
  normalizeValue: (value: string) => string
}

export interface ReadRemoteOptions extends Omit<RunOptions, 'manifestPath'> {
  provider: ProviderConfig
  /** Default: every environment of the project. */
  environments?: readonly string[]
  /** Folders to read, each with everything below it; default ['/']. */
  paths?: readonly string[]
  /** Read only these folders, not what lies below them (a manifest's managed folders). */
  exactFolders?: boolean
}

/**
 * Reads what the project holds under some folders of some environments, for `import` and `diff`.
 * Every value read is masked before anything can print it.
 */
export async function readRemote(opts: ReadRemoteOptions): Promise<RemoteContents> {
  const provider = connectProvider({ provider: opts.provider } as Manifest, { ...opts, manifestPath: '' })
  try {
    opts.progress?.(`Reading ${opts.provider.type} project`)
    const project = await provider.connect({ tags: true })
    const caps = provider.capabilities
    const environments = caps.perEnvironmentValues
      ? chosenEnvironments(opts.environments, project.environments)
      : [NO_ENVIRONMENT]
    const paths = opts.paths?.length ? [...opts.paths] : ['/']
    if (!caps.folders && paths.some((p) => p !== '/'))
      throw new UserError(`the ${opts.provider.type} provider has no folders: --path must be /`)
    const scopes = environments.flatMap((environment) => paths.map((path) => ({ environment, path })))
    opts.progress?.(`Listing ${scopes.length} folder(s)`)
    const secrets = await listScopes(provider, scopes, !opts.exactFolders)
    for (const s of secrets) opts.redactor.register(s.value)
    const normalizeValue = (v: string) => provider.normalizeValue(v)
    return { projectName: project.name, environments, capabilities: caps, secrets, normalizeValue }
  } finally {
    await provider.close()
  }
}

function chosenEnvironments(wanted: readonly string[] | undefined, remote: string[]): string[] {
  if (!wanted?.length) return remote
  const unknown = wanted.filter((e) => !remote.includes(e))
  if (unknown.length > 0)
    throw new UserError(
      `environment(s) ${unknown.map((e) => `'${e}'`).join(', ')} do not exist in the project (it has: ${remote.join(', ') || 'none'})`,
    )
  return remote.filter((e) => wanted.includes(e))
}

async function listScopes(provider: Provider, scopes: Scope[], below: boolean): Promise<RemoteSecret[]> {
  const found: RemoteSecret[][] = new Array(scopes.length)
  await runPool(
    scopes.map((scope, i) => ({ scope, i })),
    4,
    async ({ scope, i }) => {
      found[i] =
        below && provider.capabilities.folders && provider.listTree
          ? await provider.listTree(scope)
          : (await provider.list(scope)).secrets
    },
  )
  return dedupe(found.flat())
}

/** Overlapping folders (`/a` and `/a/b`) list some secrets twice. */
function dedupe(secrets: RemoteSecret[]): RemoteSecret[] {
  const seen = new Set<string>()
  return secrets.filter((s) => {
    const id = `${s.environment}\u0000${s.path}\u0000${s.key}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}
