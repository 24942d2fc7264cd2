import { NO_ENVIRONMENT } from '../seam/capabilities.js'
import type { BlockFinding, ProviderSpec } from '../seam/provider-spec.js'
import type { ProviderCapabilities } from '../seam/types.js'
import type { Manifest } from './schema.js'
import { VALUE_SOURCE_KINDS } from './vocabulary.js'

/** A finding before it has a position, in the shape `checkSemantics` reports. */
export type ShapeFinding = BlockFinding

/**
 * The environments this manifest manages. Providers without environments get one label that stands for
 * "the provider's single scope", so the planner keeps its (environment, path, key) model unchanged.
 */
export function manifestEnvironments(
  manifest: Manifest,
  capabilities: Pick<ProviderCapabilities, 'perEnvironmentValues'>,
): readonly string[] {
  return hasEnvironments(capabilities) ? manifest.environments : [NO_ENVIRONMENT]
}

export function hasEnvironments(capabilities: Pick<ProviderCapabilities, 'perEnvironmentValues'>): boolean {
  return capabilities.perEnvironmentValues
}

/**
 * What the manifest asks for that its provider cannot hold, read from the provider's capabilities:
 * environments, folders, tags, metadata, share links. Rule ids name the provider (`<type>-no-tags`) so a reader
 * sees at once that the finding is about this provider, not about the manifest in general.
 */
export function checkProviderShape(manifest: Manifest, provider: ProviderSpec): ShapeFinding[] {
  const { type, name, capabilities: caps } = provider
  const out: ShapeFinding[] = []
  const unsupported = (path: PropertyKey[], feature: string, message: string, hint: string) =>
    out.push({ path, ruleId: `${type}-no-${feature}`, message, hint })

  if (caps.perEnvironmentValues && manifest.environments.length === 0) {
    out.push({
      path: ['provider', 'type'],
      ruleId: 'environments-required',
      message: `${name} needs \`environments\`: the environments this manifest manages`,
      hint: 'add `environments: [dev, prod]` at the top level',
    })
  }
  if (!caps.perEnvironmentValues) {
    const hint = `remove it: ${name} secrets are global to the person or the team`
    if (manifest.environments.length > 0)
      unsupported(['environments'], 'environments', `${name} has no environments`, hint)
    manifest.secrets.forEach((secret, i) => {
      if (secret.environments)
        unsupported(['secrets', i, 'environments'], 'environments', `${name} has no environments`, hint)
      if (secret.value && !isSingleSource(secret.value))
        unsupported(
          ['secrets', i, 'value'],
          'environments',
          `${name} has no environments, so a value cannot be given per environment`,
          'give one source: `value: { env: NAME }`',
        )
    })
    manifest.duplicates.forEach((_, i) => {
      unsupported(
        ['duplicates', i],
        'environments',
        `${name} has no environments or folders to duplicate between`,
        'remove the duplicate',
      )
    })
  }
  if (!caps.shares)
    manifest.shares.forEach((_, i) => {
      unsupported(
        ['shares', i],
        'shares',
        `${name} has no share links`,
        'remove the share, or share the secret from the provider itself',
      )
    })
  manifest.secrets.forEach((secret, i) => {
    if (!caps.folders && secret.path !== '/')
      unsupported(
        ['secrets', i, 'path'],
        'folders',
        `${name} has no folders; ${secret.key} would be stored at the top level`,
        "remove `path` (or use '/'); a key prefix can group secrets instead",
      )
    if (!caps.tags && secret.tags !== undefined)
      unsupported(['secrets', i, 'tags'], 'tags', `${name} has no tags`, 'remove `tags` from this secret')
    if (!caps.metadata && secret.metadata !== undefined)
      unsupported(
        ['secrets', i, 'metadata'],
        'metadata',
        `${name} has no secret metadata`,
        'remove `metadata`; `comment` is stored',
      )
  })
  return out
}

/** `{ env: X }`, `{ env: X, allowEmpty: true }`, …: one source, not a map environment -> source. */
export function isSingleSource(value: object): boolean {
  let only: string | undefined
  for (const key in value) {
    if (key === 'allowEmpty') continue
    if (only !== undefined) return false
    only = key
  }
  return only !== undefined && (VALUE_SOURCE_KINDS as readonly string[]).includes(only)
}
