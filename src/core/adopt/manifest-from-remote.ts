import { isCredentialKey, suggestEnvVarName } from '../rules/key-names.js'
import type { ProviderCapabilities, RemoteSecret } from '../seam/types.js'
import { yamlList, yamlMap, yamlString } from './yaml-text.js'

export interface AdoptInput {
  /** The provider block to write, fields in the order given (no credentials: the caller's config). */
  provider: Record<string, string>
  /** The environments the manifest manages; [] for a provider without environments. */
  environments: readonly string[]
  secrets: readonly RemoteSecret[]
  valueSources: 'none' | 'env'
  capabilities: Pick<ProviderCapabilities, 'comments' | 'tags' | 'metadata' | 'folders'>
}

/** A variable the user sets for an `{ env: NAME }` source of the imported manifest. */
export interface SourceVariable {
  name: string
  environment: string
  path: string
  key: string
}

export interface AdoptedManifest {
  text: string
  /** Manifest entries written (one per key, folder and set of attributes). */
  entries: number
  variables: SourceVariable[]
  /** Where a key that is itself a credential was left out: written to git, it would leak. */
  leftOut: { environment: string; path: string }[]
}

interface Entry {
  path: string
  key: string
  comment: string
  tags: string[]
  metadata: Record<string, string>
  environments: string[]
}

/**
 * The manifest that describes what the remote holds, so its first plan is clean: one entry per key and
 * folder (split only where environments disagree on comment, tags or metadata), no values. Pure.
 */
export function manifestFromRemote(input: AdoptInput): AdoptedManifest {
  const leftOut: AdoptedManifest['leftOut'] = []
  const entries = new Map<string, Entry>()
  const envOrder = (e: string) => input.environments.indexOf(e)
  const ordered = [...input.secrets].sort((a, b) => envOrder(a.environment) - envOrder(b.environment))
  for (const s of ordered) {
    if (isCredentialKey(s.key)) {
      leftOut.push({ environment: s.environment, path: s.path })
      continue
    }
    const attrs = attributes(s, input.capabilities)
    const id = JSON.stringify([s.path, s.key, attrs.comment, attrs.tags, Object.entries(attrs.metadata)])
    const entry = entries.get(id)
    if (entry) entry.environments.push(s.environment)
    else entries.set(id, { path: s.path, key: s.key, ...attrs, environments: [s.environment] })
  }
  const sorted = [...entries.values()].sort(
    (a, b) =>
      compare(a.path, b.path) ||
      compare(a.key, b.key) ||
      envOrder(a.environments[0]!) - envOrder(b.environments[0]!),
  )
  const names = new VariableNames()
  const variables: SourceVariable[] = []
  const lines = header(input)
  let folder: string | undefined
  for (const e of sorted) {
    if (e.path !== folder) {
      lines.push(`  # ${e.path}`)
      folder = e.path
    }
    lines.push(`  - key: ${yamlString(e.key)}`)
    if (e.path !== '/') lines.push(`    path: ${yamlString(e.path)}`)
    if (e.comment) lines.push(`    comment: ${yamlString(e.comment)}`)
    if (e.tags.length) lines.push(`    tags: ${yamlList(e.tags)}`)
    if (Object.keys(e.metadata).length) lines.push(`    metadata: ${yamlMap(e.metadata)}`)
    const all = input.environments.length > 0 && e.environments.length === input.environments.length
    if (input.environments.length > 0 && !all) lines.push(`    environments: ${yamlList(e.environments)}`)
    if (input.valueSources === 'env') {
      const own = e.environments.map((environment) => {
        const name = names.take(environment, e.path, e.key, input.environments.length > 0)
        variables.push({ name, environment, path: e.path, key: e.key })
        return { environment, name }
      })
      if (input.environments.length === 0) lines.push(`    value: { env: ${own[0]!.name} }`)
      else {
        lines.push('    value:')
        for (const { environment, name } of own)
          lines.push(`      ${yamlString(environment)}: { env: ${name} }`)
      }
    }
  }
  if (sorted.length === 0) lines.push('  []')
  return { text: `${lines.join('\n')}\n`, entries: sorted.length, variables, leftOut }
}

function header(input: AdoptInput): string[] {
  const lines = [
    '# Written by `secrets-manifest import`: what the remote held, without values.',
    'version: 1',
    '',
    'provider:',
    ...Object.entries(input.provider).map(([k, v]) => `  ${k}: ${yamlString(v)}`),
    '',
  ]
  if (input.environments.length > 0) lines.push(`environments: ${yamlList(input.environments)}`, '')
  lines.push('secrets:')
  return lines
}

/** Only what the provider can express; an empty comment is left unmanaged, like an absent one. */
function attributes(s: RemoteSecret, caps: AdoptInput['capabilities']) {
  const metadata = caps.metadata ? s.metadata : {}
  return {
    comment: caps.comments ? s.comment : '',
    tags: caps.tags ? [...s.tags].sort() : [],
    metadata: Object.fromEntries(Object.entries(metadata).sort(([a], [b]) => compare(a, b))),
  }
}

/**
 * `ENVIRONMENT_FOLDER_KEY` in upper case (`DEV_BACKEND_DB_URL` for dev:/backend DB_URL), made a valid
 * variable name; a name two keys would share gets `_2`, `_3`… in the order keys are written.
 */
class VariableNames {
  private readonly used = new Set<string>()

  take(environment: string, path: string, key: string, withEnvironment: boolean): string {
    const parts = [...(withEnvironment ? [environment] : []), ...path.split('/').filter(Boolean), key]
    const base = suggestEnvVarName(parts.join('_')).toUpperCase()
    let name = base
    for (let n = 2; this.used.has(name); n++) name = `${base}_${n}`
    this.used.add(name)
    return name
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
