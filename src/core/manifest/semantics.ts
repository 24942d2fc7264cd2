import type { ProviderCatalog } from '../catalog.js'
import type { Diagnostic } from '../diagnostics.js'
import type { ProviderSpec } from '../seam/provider-spec.js'
import type { ParsedManifest } from './parse.js'
import { checkProviderShape, isSingleSource, manifestEnvironments } from './provider-checks.js'
import type { Manifest, SecretEntry, ValueSource } from './schema.js'
import { filesInsideRepository, secretEnvironments, uniqueKeys, valueMaps } from './semantic-secrets.js'
import type { SourceMap } from './source-map.js'

/** What a semantic rule sees: the manifest, its declared environments, and how to report a finding. */
export interface SemanticContext {
  manifest: Manifest
  source: SourceMap
  /** The manifest's provider, as the catalog describes it. */
  provider: ProviderSpec
  /** The environments the manifest manages (the global label for providers without environments). */
  environments: readonly string[]
  report(path: PropertyKey[], ruleId: string, message: string, hint: string): void
  /** Reports `env` at `path` when it is not a declared environment. */
  knownEnv(env: string, path: PropertyKey[]): void
}

/**
 * A check that needs the whole manifest (references between blocks, uniqueness, safe file sources).
 * Its findings are errors that make the manifest invalid, so they run with the schema, before the
 * lint rules, and cannot be switched off or waived.
 */
export interface SemanticRule {
  name: string
  /** The rule ids its findings carry. */
  ruleIds: readonly string[]
  check?(ctx: SemanticContext): void
  /**
   * A rule about each secret: returns the visitor the runner calls per secret. Every such rule visits a
   * secret in one pass over the list (one hot loop, findings grouped by secret).
   */
  forEachSecret?(ctx: SemanticContext): (secret: SecretEntry, index: number) => void
}

const providerBlock: SemanticRule = {
  name: 'provider block',
  ruleIds: ['provider-project'],
  check({ manifest, provider, report }) {
    for (const f of checkProviderShape(manifest, provider)) report(f.path, f.ruleId, f.message, f.hint)
    // What the block's schema cannot say (one of two fields required), from the provider's folder.
    for (const f of provider.manifest.check?.(manifest.provider) ?? [])
      report(f.path, f.ruleId, f.message, f.hint)
  },
}

const environmentList: SemanticRule = {
  name: 'environment list',
  ruleIds: ['duplicate-environment'],
  check({ manifest, report }) {
    manifest.environments.forEach((env, i) => {
      if (manifest.environments.indexOf(env) !== i) {
        report(
          ['environments', i],
          'duplicate-environment',
          `environment '${env}' is listed twice`,
          'remove the second entry',
        )
      }
    })
  },
}

const duplicateBlocks: SemanticRule = {
  name: 'duplicates',
  ruleIds: ['unknown-environment', 'duplicate-same-location'],
  check({ manifest, report, knownEnv }) {
    manifest.duplicates.forEach((dup, i) => {
      knownEnv(dup.from.environment, ['duplicates', i, 'from', 'environment'])
      knownEnv(dup.to.environment, ['duplicates', i, 'to', 'environment'])
      if (dup.from.environment === dup.to.environment && dup.from.path === dup.to.path) {
        report(
          ['duplicates', i, 'to'],
          'duplicate-same-location',
          'a duplicate needs a different destination than its source',
          'change to.environment or to.path',
        )
      }
    })
  },
}

const shareBlocks: SemanticRule = {
  name: 'shares',
  ruleIds: [
    'unknown-environment',
    'duplicate-share-name',
    'share-expiry-range',
    'share-anyone-needs-password',
  ],
  check({ manifest, report, knownEnv }) {
    const shareNames = new Set<string>()
    manifest.shares.forEach((share, i) => {
      knownEnv(share.secret.environment, ['shares', i, 'secret', 'environment'])
      if (shareNames.has(share.name))
        report(
          ['shares', i, 'name'],
          'duplicate-share-name',
          `share name '${share.name}' is used twice`,
          'give each share a unique name',
        )
      shareNames.add(share.name)
      const minutes = durationMinutes(share.expiresIn)
      if (minutes < 5 || minutes > 30 * 24 * 60) {
        report(
          ['shares', i, 'expiresIn'],
          'share-expiry-range',
          `expiresIn '${share.expiresIn}' is outside 5m..30d`,
          'choose a duration from 5m to 30d, e.g. 24h',
        )
      }
      if (share.access === 'anyone' && !share.password) {
        report(
          ['shares', i, 'access'],
          'share-anyone-needs-password',
          "access 'anyone' without a password makes the link a bearer credential",
          'add `password: { env: NAME }` or use access: organization',
        )
      }
    })
  },
}

/** The semantic rules, in the order their findings are reported. */
export const SEMANTIC_RULES: readonly SemanticRule[] = [
  providerBlock,
  environmentList,
  secretEnvironments,
  valueMaps,
  filesInsideRepository,
  uniqueKeys,
  duplicateBlocks,
  shareBlocks,
]

/** Every semantic rule's findings for one parsed manifest. */
export function checkSemantics(
  { file, manifest, source }: ParsedManifest,
  catalog: ProviderCatalog,
): Diagnostic[] {
  const out: Diagnostic[] = []
  const report = (path: PropertyKey[], ruleId: string, message: string, hint: string) =>
    out.push({ file, ...source.locate(path), ruleId, severity: 'error', message, hint })
  const provider = catalog.get(manifest.provider.type)
  const environments = manifestEnvironments(manifest, provider.capabilities)
  const declared = new Set(environments)
  const knownEnv = (env: string, path: PropertyKey[]) => {
    if (!declared.has(env)) {
      report(
        path,
        'unknown-environment',
        `environment '${env}' is not in environments`,
        `add '${env}' to environments or fix the name`,
      )
    }
  }
  const ctx: SemanticContext = { manifest, source, provider, environments, report, knownEnv }
  const visitors = SEMANTIC_RULES.flatMap((rule) => rule.forEachSecret?.(ctx) ?? [])
  let secretsVisited = false
  for (const rule of SEMANTIC_RULES) {
    rule.check?.(ctx)
    if (!rule.forEachSecret || secretsVisited) continue
    secretsVisited = true
    // A plain loop, not forEach: on a large manifest V8 optimizes a hot loop within the run (on-stack
    // replacement), while a callback stays slow until it has been called hundreds of times.
    const secrets = manifest.secrets
    for (let i = 0; i < secrets.length; i++)
      for (let v = 0; v < visitors.length; v++) visitors[v]!(secrets[i]!, i)
  }
  return out
}

/** The value source that applies to each environment of a secret. */
export function sourcesOf(
  value: object | undefined,
  environments: readonly string[],
): [string, ValueSource][] {
  if (!value) return []
  if (isSingleSource(value)) return environments.map((env) => [env, value as ValueSource])
  const map = value as Record<string, ValueSource>
  return environments.filter((env) => env in map).map((env) => [env, map[env]!])
}

const MINUTES = { m: 1, h: 60, d: 24 * 60, w: 7 * 24 * 60 } as const

/** The schema already checked the form `<number><m|h|d|w>`. */
export function durationMinutes(text: string): number {
  return Number(text.slice(0, -1)) * MINUTES[text.at(-1) as keyof typeof MINUTES]
}
