import { showKey } from '../rules/key-names.js'
import { hasEnvironments, isSingleSource } from './provider-checks.js'
import type { SemanticRule } from './semantics.js'

/** A secret's own environments are declared ones. */
export const secretEnvironments: SemanticRule = {
  name: 'secret environments',
  ruleIds: ['unknown-environment'],
  forEachSecret:
    ({ knownEnv }) =>
    (secret, i) => {
      const own = secret.environments
      if (own) for (let j = 0; j < own.length; j++) knownEnv(own[j]!, ['secrets', i, 'environments', j])
    },
}

/** A per-environment value map covers exactly the secret's environments. */
export const valueMaps: SemanticRule = {
  name: 'per-environment values',
  ruleIds: ['unknown-environment', 'value-missing-environment'],
  forEachSecret: ({ provider, environments, report }) => {
    // Providers without environments get their own finding for a per-environment map.
    const applies = hasEnvironments(provider.capabilities)
    return (secret, i) => {
      if (!applies || !secret.value || isSingleSource(secret.value)) return
      const envs = secret.environments ?? environments
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
  },
}

/** `file:` sources stay inside the repository. */
export const filesInsideRepository: SemanticRule = {
  name: 'file sources',
  ruleIds: ['file-outside-repository'],
  forEachSecret:
    ({ environments, report }) =>
    (secret, i) => {
      if (!secret.value) return
      if (isSingleSource(secret.value) && !('file' in secret.value)) return
      for (const { path, file } of filesOutsideRepository(
        secret.value,
        secret.environments ?? environments,
      )) {
        report(
          ['secrets', i, 'value', ...path],
          'file-outside-repository',
          `file source '${file}' leaves the repository`,
          'use a relative path inside the repository, without ..',
        )
      }
    },
}

/** A key is declared once per environment and folder. */
export const uniqueKeys: SemanticRule = {
  name: 'duplicate keys',
  ruleIds: ['duplicate-key'],
  forEachSecret: ({ manifest, environments, source, report }) => {
    const byPathAndKey = new Map<string, Map<string, number | number[]>>()
    const envsOf = (j: number) => manifest.secrets[j]!.environments ?? environments
    return (secret, i) => {
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
        return
      }
      const before = typeof earlier === 'number' ? [earlier] : earlier
      const clashes: string[] = []
      let first: number | undefined
      for (const env of secret.environments ?? environments) {
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
  },
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
