import { describeChar, showKey } from './key-names.js'
import { literalValues } from './literals.js'
import type { Finding, ManifestRule, RuleContext } from './types.js'

/**
 * What each provider's API rejects or rewrites, checked before any request is made
 * (shared/api/infisical.md §13, shared/api/enkryptify-primeintellect.md §A.7.3, §B.3, §C.1).
 * Keyed by `provider.type`, so a new provider adds rules here without touching the engine.
 */

type RuleSpec = Omit<ManifestRule, 'severity' | 'defaultOn' | 'switchable' | 'targets'>

const providerRule = (spec: RuleSpec): ManifestRule => ({
  severity: 'error',
  defaultOn: true,
  switchable: 'off-and-waiver',
  targets: ['manifest'],
  ...spec,
})

const eachKey = (
  ctx: RuleContext,
  problem: (key: string) => Omit<Finding, 'path'> | undefined,
): Finding[] => {
  const out: Finding[] = []
  ctx.manifest.secrets.forEach((secret, i) => {
    const found = problem(secret.key)
    if (found) out.push({ path: ['secrets', i, 'key'], ...found })
  })
  return out
}

const commentLength = (
  id: string,
  provider: string,
  name: string,
  field: string,
  max: number,
): ManifestRule =>
  providerRule({
    id,
    provider,
    description: `A comment is at most ${max} characters (${name}'s \`${field}\`).`,
    why: `${name} rejects a longer \`${field}\`, so apply would fail on that secret.`,
    check: ({ manifest }) =>
      manifest.secrets.flatMap((secret, i) =>
        secret.comment !== undefined && secret.comment.length > max
          ? [
              {
                path: ['secrets', i, 'comment'],
                message: `comment of ${showKey(secret.key)} is ${secret.comment.length} characters; ${name} allows ${max}`,
                hint: 'shorten it',
              },
            ]
          : [],
      ),
  })

export const infisicalKeyChars = providerRule({
  id: 'infisical-key-chars',
  provider: 'infisical',
  description: 'An Infisical key has no `:` or `/` and no leading or trailing spaces.',
  why: 'Infisical rejects `:` and `/` in secret names and trims spaces, so the stored key would differ from the manifest.',
  check: (ctx) =>
    eachKey(ctx, (key) => {
      const bad = key.includes(':') || key.includes('/') ? /[:/]/.exec(key) : null
      if (bad)
        return {
          message: `key ${showKey(key)} contains '${bad[0]}', which Infisical rejects`,
          hint: "use '_' instead",
        }
      if (key !== key.trim())
        return {
          message: `key ${showKey(key)} has leading or trailing spaces, which Infisical trims`,
          hint: 'remove the spaces',
        }
      return undefined
    }),
})

const ENKRYPTIFY_KEY = /^[A-Za-z0-9_-]+$/
export const enkryptifyKeyFormat = providerRule({
  id: 'enkryptify-key-format',
  provider: 'enkryptify',
  description: 'An Enkryptify key is 2–48 characters of `A-Z a-z 0-9 _ -`.',
  why: 'Enkryptify rejects any other name when the secret is created.',
  check: (ctx) =>
    eachKey(ctx, (key) => {
      const hint = 'Enkryptify keys are 2–48 characters of A-Z a-z 0-9 _ -'
      if (key.length < 2 || key.length > 48)
        return { message: `key ${showKey(key)} is ${key.length} characters long`, hint }
      if (!ENKRYPTIFY_KEY.test(key))
        return {
          message: `key ${showKey(key)} contains ${describeChar(/[^A-Za-z0-9_-]/.exec(key)![0])}`,
          hint,
        }
      return undefined
    }),
})

export const enkryptifyCommentLength = commentLength(
  'enkryptify-comment-length',
  'enkryptify',
  'Enkryptify',
  'note',
  255,
)

const ENKRYPTIFY_MAX_VALUE = 65_536
export const enkryptifyValueLength = providerRule({
  id: 'enkryptify-value-length',
  provider: 'enkryptify',
  description: `A literal value is at most ${ENKRYPTIFY_MAX_VALUE} characters.`,
  why: 'Enkryptify rejects longer values.',
  check: ({ manifest }) =>
    literalValues(manifest)
      .filter((l) => l.value.length > ENKRYPTIFY_MAX_VALUE)
      .map((l) => ({
        path: l.path,
        message: `literal value of ${showKey(l.key)} is longer than ${ENKRYPTIFY_MAX_VALUE} characters`,
        hint: 'use a file source or shorten it',
      })),
})

const PRIME_KEY = /^[A-Z][A-Z0-9_]*$/
export const primeIntellectKeyFormat = providerRule({
  id: 'prime-intellect-key-format',
  provider: 'prime-intellect',
  description: 'A Prime Intellect key matches `^[A-Z][A-Z0-9_]*$` and is at most 255 characters.',
  why: 'Prime Intellect rejects lower case, hyphens, a leading digit or `_`, and longer names.',
  check: (ctx) =>
    eachKey(ctx, (key) => {
      const hint = 'Prime Intellect keys start with A-Z, then A-Z 0-9 _ (at most 255)'
      if (key.length > 255) return { message: `key ${showKey(key)} is ${key.length} characters long`, hint }
      if (!PRIME_KEY.test(key))
        return { message: `key ${showKey(key)} does not match ^[A-Z][A-Z0-9_]*$`, hint }
      return undefined
    }),
})

export const primeIntellectCommentLength = commentLength(
  'prime-intellect-comment-length',
  'prime-intellect',
  'Prime Intellect',
  'description',
  500,
)

export const primeIntellectValueLength = providerRule({
  id: 'prime-intellect-value-length',
  provider: 'prime-intellect',
  description: 'A literal value is not empty.',
  why: 'Prime Intellect requires at least one character.',
  check: ({ manifest }) =>
    literalValues(manifest)
      .filter((l) => l.value.length === 0)
      .map((l) => ({
        path: l.path,
        message: `literal value of ${showKey(l.key)} is empty, which Prime Intellect rejects`,
        hint: 'give a value or remove the value source',
      })),
})

export const PROVIDER_RULES: readonly ManifestRule[] = [
  infisicalKeyChars,
  enkryptifyKeyFormat,
  enkryptifyCommentLength,
  enkryptifyValueLength,
  primeIntellectKeyFormat,
  primeIntellectCommentLength,
  primeIntellectValueLength,
]
