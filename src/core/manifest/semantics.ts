import type { Diagnostic } from '../diagnostics.js'
import { showKey } from '../rules/key-names.js'
import type { ParsedManifest } from './parse.js'
import {
  checkProviderShape,
  hasEnvironments,
  isSingleSource,
  manifestEnvironments,
} from './provider-checks.js'
import type { ValueSource } from './schema.js'

/** Checks that need the whole manifest: references between blocks, uniqueness, safe file sources. */
export function checkSemantics({ file, manifest, source }: ParsedManifest): Diagnostic[] {
  const out: Diagnostic[] = []
  const report = (path: PropertyKey[], ruleId: string, message: string, hint: string) =>
    out.push({ file, ...source.locate(path), ruleId, severity: 'error', message, hint })
  const environments = manifestEnvironments(manifest)
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

  const provider = manifest.provider
  for (const f of checkProviderShape(manifest)) report(f.path, f.ruleId, f.message, f.hint)
  if (provider.type === 'infisical' && !provider.projectId && !provider.projectSlug) {
    report(
      ['provider'],
      'provider-project',
      'provider needs projectId or projectSlug',
      'add `projectId:` (the project id from the Infisical project settings)',
    )
  }
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

  const byPathAndKey = new Map<string, Map<string, number | number[]>>()
  const envsOf = (j: number) => manifest.secrets[j]!.environments ?? environments
  // A plain loop, not forEach: on a large manifest V8 optimizes a hot loop within the run (on-stack
  // replacement), while a callback stays slow until it has been called hundreds of times.
  const secrets = manifest.secrets
  for (let i = 0; i < secrets.length; i++) {
    const secret = secrets[i]!
    const envs = secret.environments ?? environments
    secret.environments?.forEach((env, j) => {
      knownEnv(env, ['secrets', i, 'environments', j])
    })
    const single = secret.value !== undefined && isSingleSource(secret.value)
    // Providers without environments get their own finding for a per-environment map.
    if (secret.value && !single && hasEnvironments(manifest)) {
      const map = secret.value as Record<string, unknown>
      for (const env of Object.keys(map)) {
        if (!envs.includes(env)) {
          report(
            ['secrets', i, 'value', env],
            'unknown-environment',
            `value given for '${env}', which this secret is not in`,
            `add '${env}' to the secret's environments or remove this source`,
          )
        }
      }
      for (const env of envs) {
        if (!(env in map)) {
          report(
            ['secrets', i, 'value'],
            'value-missing-environment',
            `no value source for environment '${env}' of ${showKey(secret.key)}`,
            `add \`${env}: { env: ... }\` or restrict the secret's environments`,
          )
        }
      }
    }
    if (secret.value && !(single && !('file' in secret.value))) {
      for (const { path, file } of filesOutsideRepository(secret.value, envs)) {
        report(
          ['secrets', i, 'value', ...path],
          'file-outside-repository',
          `file source '${file}' leaves the repository`,
          'use a relative path inside the repository, without ..',
        )
      }
    }
    // One finding per entry, naming every environment it clashes in (not one line per environment).
    // Declarations are grouped by path and key, so the usual key (declared once) costs one lookup and
    // is remembered by its index alone.
    let inPath = byPathAndKey.get(secret.path)
    if (inPath === undefined) {
      inPath = new Map()
      byPathAndKey.set(secret.path, inPath)
    }
    const earlier = inPath.get(secret.key)
    if (earlier === undefined) {
      inPath.set(secret.key, i)
      continue
    }
    const before = typeof earlier === 'number' ? [earlier] : earlier
    const clashes: string[] = []
    let first: number | undefined
    for (const env of envs) {
      const match = before.find((j) => envsOf(j).includes(env))
      if (match !== undefined) {
        clashes.push(env)
        first ??= match
      }
    }
    inPath.set(secret.key, [...before, i])
    if (clashes.length > 0) {
      report(
        ['secrets', i, 'key'],
        'duplicate-key',
        `${showKey(secret.key)} is declared twice for ${clashes.join(', ')}:${secret.path} (first on line ${source.locate(['secrets', first!, 'key']).line})`,
        'merge the two entries or give them different environments or paths',
      )
    }
  }

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

/** File sources that leave the repository, each file once per secret, in environment order. */
function filesOutsideRepository(
  value: object,
  environments: readonly string[],
): { path: string[]; file: string }[] {
  if (isSingleSource(value)) {
    const file = (value as { file?: unknown }).file
    return typeof file === 'string' && environments.length > 0 && !isInsideRepository(file)
      ? [{ path: ['file'], file }]
      : []
  }
  const out: { path: string[]; file: string }[] = []
  const checked = new Set<string>()
  for (const env of environments) {
    const file = (value as Record<string, { file?: unknown } | undefined>)[env]?.file
    if (typeof file !== 'string' || checked.has(file) || !(env in value)) continue
    checked.add(file)
    if (!isInsideRepository(file)) out.push({ path: [env, 'file'], file })
  }
  return out
}

function isInsideRepository(path: string): boolean {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\')) return false
  return !path.split(/[\\/]/).includes('..')
}

const MINUTES = { m: 1, h: 60, d: 24 * 60, w: 7 * 24 * 60 } as const

/** The schema already checked the form `<number><m|h|d|w>`. */
export function durationMinutes(text: string): number {
  return Number(text.slice(0, -1)) * MINUTES[text.at(-1) as keyof typeof MINUTES]
}
