import { describeChar, showKey } from '../../core/rules/key-names.js'
import { literalValues } from '../../core/rules/literals.js'
import { commentLength, eachKey, providerRule } from '../../core/rules/providers.js'
import type { ManifestRule } from '../../core/rules/types.js'

/** What Enkryptify's API rejects, checked before any request is made. */

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

export const ENKRYPTIFY_RULES: readonly ManifestRule[] = [
  enkryptifyKeyFormat,
  enkryptifyCommentLength,
  enkryptifyValueLength,
]
