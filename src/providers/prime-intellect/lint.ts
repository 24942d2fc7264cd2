import { showKey } from '../../core/rules/key-names.js'
import { literalValues } from '../../core/rules/literals.js'
import { commentLength, eachKey, providerRule } from '../../core/rules/providers.js'
import type { ManifestRule } from '../../core/rules/types.js'

/** What Prime Intellect's API rejects, checked before any request is made. */

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

export const PRIME_INTELLECT_RULES: readonly ManifestRule[] = [
  primeIntellectKeyFormat,
  primeIntellectCommentLength,
  primeIntellectValueLength,
]
