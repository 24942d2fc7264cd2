import { manifestEnvironments } from '../manifest/provider-checks.js'
import type { GENERATE_CHARSETS, Manifest } from '../manifest/schema.js'
import { sourcesOf } from '../manifest/semantics.js'
import type { ProviderCapabilities, Scope } from '../seam/types.js'

/** What the manifest asks for one value, once its source has been looked at. */
export type DesiredValue =
  /** `literal`: the manifest says the value is not secret, so it is not masked. */
  | { kind: 'known'; value: string; literal?: true }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'generate'; length: number; charset: (typeof GENERATE_CHARSETS)[number] }
  | { kind: 'none' }

export interface DesiredSecret {
  environment: string
  path: string
  key: string
  value: DesiredValue
  comment?: string
  tags?: string[]
  metadata?: Record<string, string>
}

/** Reads a value source; the edge supplies it (environment variables, files). */
export type SourceReader = (
  source: { env: string } | { file: string },
) => { value: string } | { unavailable: string }

/**
 * Expands the manifest into one desired secret per (environment, path, key). Pure but for `read`.
 * `capabilities` are its provider's (whether it has environments).
 */
export function desiredSecrets(
  manifest: Manifest,
  read: SourceReader,
  capabilities: Pick<ProviderCapabilities, 'perEnvironmentValues'>,
): DesiredSecret[] {
  const out: DesiredSecret[] = []
  const environments = manifestEnvironments(manifest, capabilities)
  for (const secret of manifest.secrets) {
    const envs = secret.environments ?? environments
    const sources = new Map(sourcesOf(secret.value, envs))
    for (const environment of envs) {
      const source = sources.get(environment)
      let value: DesiredValue
      if (!source) value = { kind: 'none' }
      else if ('literal' in source) value = { kind: 'known', value: source.literal, literal: true }
      else if ('generate' in source) value = { kind: 'generate', ...source.generate }
      else value = readValue(source, read)
      out.push({
        environment,
        path: secret.path,
        key: secret.key,
        value,
        ...(secret.comment !== undefined ? { comment: secret.comment } : {}),
        ...(secret.tags !== undefined ? { tags: [...new Set(secret.tags)].sort() } : {}),
        ...(secret.metadata !== undefined ? { metadata: secret.metadata } : {}),
      })
    }
  }
  return out
}

/**
 * GitHub gives "" for a secret the job cannot see, so an empty value (or one the server would trim to
 * empty) is a missing value unless the manifest says `allowEmpty: true`.
 */
function readValue(
  source: ({ env: string } | { file: string }) & { allowEmpty?: boolean },
  read: SourceReader,
): DesiredValue {
  const r = read(source)
  if (!('value' in r)) return { kind: 'unavailable', reason: r.unavailable }
  if (r.value.trim() !== '' || source.allowEmpty) return { kind: 'known', value: r.value }
  const what = 'env' in source ? source.env : `file ${source.file}`
  return {
    kind: 'unavailable',
    reason: `${what} is empty (GitHub gives "" for a secret the job cannot see; allowEmpty: true if empty is meant)`,
  }
}

/** The (environment, path) folders the manifest manages, in manifest order. */
export function managedScopes(desired: readonly DesiredSecret[]): Scope[] {
  const seen = new Map<string, Scope>()
  for (const d of desired) {
    const id = `${d.environment}\u0000${d.path}`
    if (!seen.has(id)) seen.set(id, { environment: d.environment, path: d.path })
  }
  return [...seen.values()]
}
