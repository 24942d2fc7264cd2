import { showKey } from '../../core/rules/key-names.js'
import { eachKey, providerRule } from '../../core/rules/providers.js'
import type { ManifestRule } from '../../core/rules/types.js'

/** What Infisical's API rejects or rewrites in a key, checked before any request is made. */

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

export const INFISICAL_RULES: readonly ManifestRule[] = [infisicalKeyChars]
