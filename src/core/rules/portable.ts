import {
  envVarNameProblem,
  findCaseCollisions,
  hasCaseVariants,
  isUpperCaseKey,
  type KeyOccurrence,
  renameHint,
  showKey,
  showKeyPair,
  suggestEnvVarName,
} from './key-names.js'
import type { Finding, ManifestRule } from './types.js'

/** Rules every manifest gets, whatever the provider: keys that work as environment variables everywhere. */

export const envVarName: ManifestRule = {
  id: 'env-var-name',
  description:
    'A key is a valid environment-variable name: letters, digits and `_`, not starting with a digit.',
  why: 'Secrets end up as environment variables; `-`, `.`, spaces or a leading digit break shells, dotenv files and GitHub secrets.',
  severity: 'error',
  defaultOn: true,
  switchable: 'off-and-waiver',
  targets: ['manifest', 'dotenv'],
  check({ manifest }) {
    const out: Finding[] = []
    // Plain loops over the secrets here: each runs once per key while cold, where a callback is dear.
    const secrets = manifest.secrets
    for (let i = 0; i < secrets.length; i++) {
      const key = secrets[i]!.key
      const problem = envVarNameProblem(key)
      if (problem) {
        out.push({
          path: ['secrets', i, 'key'],
          message: `key ${showKey(key)} ${problem}, so it is not a valid environment-variable name`,
          hint: renameHint(key, suggestEnvVarName(key) || 'A_NAME', 'rename it, e.g. to'),
        })
      }
    }
    return out
  },
}

export const upperCaseKey: ManifestRule = {
  id: 'upper-case-key',
  description: 'A key is upper case.',
  why: 'The convention for environment variables; GitHub upper-cases secret names and Windows ignores case, so mixed case does not survive a sync.',
  severity: 'error',
  defaultOn: true,
  switchable: 'off-and-waiver',
  targets: ['manifest', 'dotenv'],
  check({ manifest }) {
    const out: Finding[] = []
    const secrets = manifest.secrets
    for (let i = 0; i < secrets.length; i++) {
      const key = secrets[i]!.key
      if (!isUpperCaseKey(key)) {
        out.push({
          path: ['secrets', i, 'key'],
          message: `key ${showKey(key)} is not upper case`,
          hint: renameHint(key, suggestEnvVarName(key).toUpperCase()),
        })
      }
    }
    return out
  },
}

export const caseCollision: ManifestRule = {
  id: 'case-collision',
  description: 'No two keys in one environment and path differ only by case.',
  why: 'The provider keeps both, but environment variables on Windows, GitHub secrets and people reading them do not tell them apart.',
  severity: 'error',
  defaultOn: true,
  switchable: 'off-and-waiver',
  targets: ['manifest', 'dotenv'],
  check({ manifest }) {
    if (!hasCaseVariants(manifest.secrets.map((s) => s.key))) return []
    const occurrences = function* (): Generator<KeyOccurrence> {
      for (const [index, secret] of manifest.secrets.entries()) {
        const envs = secret.environments ?? manifest.environments ?? []
        // A provider without environments has one scope per path.
        if (envs.length === 0) yield { key: secret.key, scope: secret.path, index }
        for (const env of envs) yield { key: secret.key, scope: `${env}:${secret.path}`, index }
      }
    }
    return findCaseCollisions(occurrences()).map((c) => {
      const [key, first] = showKeyPair(c.key, c.first.key)
      return {
        path: ['secrets', c.index, 'key'],
        message: `key ${key} differs only by case from ${first} (secrets[${c.first.index}]) in ${c.scope}`,
        hint: 'use one spelling, or move one of them to another path',
      }
    })
  },
}

export const PORTABLE_RULES: readonly ManifestRule[] = [envVarName, upperCaseKey, caseCollision]
