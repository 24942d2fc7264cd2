import { showKey } from './key-names.js'
import { forEachLiteral, literalPath } from './literals.js'
import { detectSecret, namesASecret } from './secret-patterns.js'
import type { Finding, ManifestRule } from './types.js'

export const KEY_SECRET_HINT =
  'name the key after what it holds and give the credential as a value source; rotate it'
export const LITERAL_SECRET_HINT =
  'use { env: NAME }, { file: PATH } or { generate: ... } instead, and rotate it if it was ever committed'

/**
 * The manifest holds where values come from, never secret values. The finding points at the `literal`
 * node and names what it looks like; it never contains the value or any part of it.
 */
export const literalLooksSecret: ManifestRule = {
  id: 'literal-looks-secret',
  description:
    'A key or a `literal` value does not look like a credential: known token prefixes (`ghp_`, `AKIA`, `sk_live_`, `ek_live_`, `xoxb-`, `pit_`, `st.`, JWTs, private-key blocks, URLs with a password), long high-entropy words, or any literal under a key that names a secret (`*_PASSWORD`, `*_TOKEN`, `*_SECRET`, `*_API_KEY`).',
  why: 'A value committed to git stays in its history for good; literals are for non-secret settings only.',
  severity: 'error',
  defaultOn: true,
  switchable: 'waiver-only',
  targets: ['manifest', 'dotenv'],
  check({ manifest }) {
    const out: Finding[] = []
    // A plain loop: it runs once per key while cold, where a callback per key is dear.
    const secrets = manifest.secrets
    for (let i = 0; i < secrets.length; i++) {
      const label = detectSecret(secrets[i]!.key)
      if (label)
        out.push({ path: ['secrets', i, 'key'], message: `key looks like ${label}`, hint: KEY_SECRET_HINT })
    }
    forEachLiteral(manifest, (value, index, env) => {
      const key = manifest.secrets[index]!.key
      const label =
        detectSecret(value) ??
        (value !== '' && namesASecret(key) ? 'a credential (the key names a secret)' : undefined)
      if (label)
        out.push({
          path: literalPath(index, env),
          message: `literal value of ${showKey(key)} looks like ${label}`,
          hint: LITERAL_SECRET_HINT,
        })
    })
    return out
  },
}
