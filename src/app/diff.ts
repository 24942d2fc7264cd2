import { compareEnvironments, type EnvironmentDiff } from '../core/diff/compare-environments.js'
import { providerSource } from './provider-source.js'
import { readRemote } from './read-remote.js'
import { type RunOptions, UserError } from './types.js'

export interface DiffOptions extends Omit<RunOptions, 'manifestPath'> {
  a: string
  b: string
  /** A manifest: its provider block, and the folders it manages. */
  manifestPath?: string
  providerType?: string
  project?: string
  path?: string
}

/** Reads two environments and compares them key by key; the result holds no value. */
export async function diffEnvironments(opts: DiffOptions): Promise<EnvironmentDiff> {
  if (opts.a === opts.b) throw new UserError(`name two different environments (got '${opts.a}' twice)`)
  const source = providerSource({
    manifestPath: opts.manifestPath,
    provider: opts.providerType,
    project: opts.project,
  })
  const managed = source.manifest
    ? [...new Set(source.manifest.manifest.secrets.map((s) => s.path))].filter(
        (p) => !opts.path || p === opts.path || p.startsWith(`${opts.path.replace(/\/$/, '')}/`),
      )
    : undefined
  const remote = await readRemote({
    ...opts,
    provider: source.config,
    environments: [opts.a, opts.b],
    paths: managed ?? (opts.path ? [opts.path] : undefined),
    exactFolders: managed !== undefined,
  })
  if (!remote.capabilities.perEnvironmentValues)
    throw new UserError(`the ${source.config.type} provider has no environments to compare`)
  return compareEnvironments({
    a: opts.a,
    b: opts.b,
    secrets: remote.secrets,
    normalizeValue: remote.normalizeValue,
  })
}
