// The straightforward version of src/core/rules/secret-patterns.ts that the faster one replaced, kept
// unchanged as the oracle of test/rules/secret-patterns-speed.test.ts: both must give the same answers.
/**
 * Does a string look like a credential? Known token shapes first (they name what was found), then a
 * Shannon-entropy check for long random-looking words, in the spirit of gitleaks and detect-secrets.
 * Every function returns a label for a finding, never any part of the value.
 */

const URL_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:[^\s@/]{3,}@/i
const URL_PASSWORD_LABEL = 'a URL with a password'

const KNOWN: readonly (readonly [RegExp, string])[] = [
  [/-----BEGIN[A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----/, 'a private key block'],
  [/\bgh[pousr]_[A-Za-z0-9]{30,}/, 'a GitHub token'],
  [/\bgithub_pat_[A-Za-z0-9_]{40,}/, 'a GitHub fine-grained token'],
  [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/, 'an AWS access key id'],
  [/\b[sr]k_live_[0-9A-Za-z]{16,}/, 'a Stripe live key'],
  [/\bxox[bpas]-[0-9A-Za-z-]{10,}/, 'a Slack token'],
  // The providers' own shapes, in the registry's order (their definitions contribute them).
  [/\bst\.[0-9a-f-]{20,}\.[0-9a-f]{16,}\.[0-9a-f]{16,}/, 'an Infisical service token'],
  [/\bek_live_[0-9A-Za-z_-]{16,}/, 'an Enkryptify token'],
  [/\bpit_[0-9A-Za-z_-]{16,}/, 'a Prime Intellect API key'],
  [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/, 'a JSON Web Token'],
  [URL_PASSWORD, URL_PASSWORD_LABEL],
]

/** Shorter words are too short to call random with any confidence. */
const MIN_RANDOM_LENGTH = 20
/** Random hex of 32+ characters scores above 3.2 bits per character; repeated digits do not. */
const HEX_ENTROPY = 3.0
/** Entropy as a share of the most a word of its length can have; random base64 scores about 0.9. */
const ENTROPY_RATIO = 0.75
/**
 * Mean length of the letter and digit runs (camelCase-aware). Words and identifiers read in runs of
 * 3+ ("ProjectAlpha2024"); random text switches case and digits every 1-2 characters.
 */
const MAX_MEAN_RUN = 2.5
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A label when `value` contains a known token shape or a random-looking word of 20+ characters. */
export function detectSecret(value: string): string | undefined {
  // Every known shape (Slack, the shortest, is 15) and every random word is longer, except a URL password.
  if (value.length < 15)
    return value.includes('://') && URL_PASSWORD.test(value) ? URL_PASSWORD_LABEL : undefined
  for (const [pattern, label] of KNOWN) if (pattern.test(value)) return label
  // Characters that never occur inside base64 or hex tokens split a value into candidate words.
  for (const word of value.split(/[\s"'`,;:@?&#<>()[\]{}|\\]+/)) {
    if (word.length >= MIN_RANDOM_LENGTH && !UUID.test(word) && looksRandom(word)) {
      return 'a random-looking token (high entropy)'
    }
  }
  return undefined
}

function looksRandom(word: string): boolean {
  if (/^[0-9a-f]+$/i.test(word)) return word.length >= 32 && shannonEntropy(word) >= HEX_ENTROPY
  if (!/^[A-Za-z0-9+/=_.-]+$/.test(word)) return false
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((c) => c.test(word)).length
  if (classes < 2) return false
  if (shannonEntropy(word) / Math.log2(Math.min(word.length, 64)) < ENTROPY_RATIO) return false
  const runs = word.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? []
  const alnum = runs.reduce((n, r) => n + r.length, 0)
  return runs.length > 0 && alnum / runs.length < MAX_MEAN_RUN
}

export function shannonEntropy(s: string): number {
  const counts = new Map<string, number>()
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1)
  let bits = 0
  for (const n of counts.values()) {
    const p = n / s.length
    bits -= p * Math.log2(p)
  }
  return bits
}

const SECRET_WORDS = new Set([
  'SECRET',
  'TOKEN',
  'PASSWORD',
  'PASSWD',
  'PWD',
  'PASSPHRASE',
  'CREDENTIAL',
  'CREDENTIALS',
  'APIKEY',
])
const SECRET_KEY_QUALIFIERS = new Set([
  'API',
  'ACCESS',
  'SECRET',
  'PRIVATE',
  'SIGNING',
  'ENCRYPTION',
  'MASTER',
  'SSH',
  'DEPLOY',
  'LICENSE',
  'AUTH',
  'HMAC',
  'JWT',
  'SESSION',
  'WEBHOOK',
  'SERVICE',
  'ACCOUNT',
])

/**
 * Whether a key names a credential by its last word (`DB_PASSWORD`, `STRIPE_SECRET_KEY`, `apiToken`),
 * not merely mentions one (`PASSWORD_MIN_LENGTH`, `TOKEN_URL`). Literal values are for non-secret
 * settings, so any literal under such a key is suspect, however it looks.
 */
export function namesASecret(key: string): boolean {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((w) => w && !/^[0-9]+$/.test(w))
  const last = words.at(-1)
  if (!last) return false
  if (SECRET_WORDS.has(last)) return true
  return last === 'KEY' && SECRET_KEY_QUALIFIERS.has(words.at(-2) ?? '')
}
