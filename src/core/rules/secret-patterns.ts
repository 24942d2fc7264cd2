/**
 * Does a string look like a credential? Known token shapes first (they name what was found), then a
 * Shannon-entropy check for long random-looking words, in the spirit of gitleaks and detect-secrets.
 * Every function returns a label for a finding, never any part of the value.
 */

const URL_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:[^\s@/]{3,}@/i
const URL_PASSWORD_LABEL = 'a URL with a password'

type Known = readonly (readonly [RegExp, string])[]

const WELL_KNOWN: Known = [
  [/-----BEGIN[A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----/, 'a private key block'],
  [/\bgh[pousr]_[A-Za-z0-9]{30,}/, 'a GitHub token'],
  [/\bgithub_pat_[A-Za-z0-9_]{40,}/, 'a GitHub fine-grained token'],
  [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/, 'an AWS access key id'],
  [/\b[sr]k_live_[0-9A-Za-z]{16,}/, 'a Stripe live key'],
  [/\bxox[bpas]-[0-9A-Za-z-]{10,}/, 'a Slack token'],
]
const GENERIC: Known = [
  [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/, 'a JSON Web Token'],
  [URL_PASSWORD, URL_PASSWORD_LABEL],
]

/**
 * A provider's own credential shape (`tokenShapes` of its definition), tried after the well-known ones.
 * At least 15 characters long, like every shape here (detectSecret skips shorter values).
 */
export interface TokenShape {
  pattern: RegExp
  /** What a finding says the value looks like: `an Acme API token`. */
  label: string
}

let providerShapes: Known = []
let KNOWN: Known = [...WELL_KNOWN, ...GENERIC]

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

/**
 * One scan for "any known shape" first: nearly every value matches none, and one alternation over the
 * string is far cheaper than a dozen separate scans. The URL pattern is case-insensitive, so it stays apart.
 */
const anyKnown = (known: Known) =>
  new RegExp(
    known
      .filter(([pattern]) => pattern !== URL_PASSWORD)
      .map(([pattern]) => `(?:${pattern.source})`)
      .join('|'),
  )
let ANY_KNOWN = anyKnown(KNOWN)

/**
 * Adds the providers' token shapes; src/providers/catalog.ts does, once, as it loads. Every message that quotes a
 * key asks this detector (showKey hides a key that looks like a credential), far from any catalog, so
 * the shapes are set for the process rather than passed along. A shape added twice is kept once.
 */
export function addTokenShapes(shapes: readonly TokenShape[]): void {
  const fresh = shapes.filter(
    (t) => !providerShapes.some(([p, l]) => p.source === t.pattern.source && l === t.label),
  )
  if (fresh.length === 0) return
  providerShapes = [...providerShapes, ...fresh.map((t) => [t.pattern, t.label] as const)]
  KNOWN = [...WELL_KNOWN, ...providerShapes, ...GENERIC]
  ANY_KNOWN = anyKnown(KNOWN)
}
const WORD_SEPARATORS = /[\s"'`,;:@?&#<>()[\]{}|\\]+/
const HEX_WORD = /^[0-9a-f]+$/i
const TOKEN_WORD = /^[A-Za-z0-9+/=_.-]+$/

/** A label when `value` contains a known token shape or a random-looking word of 20+ characters. */
export function detectSecret(value: string): string | undefined {
  // Every known shape (Slack, the shortest, is 15) and every random word is longer, except a URL password.
  if (value.length < 15)
    return value.includes('://') && URL_PASSWORD.test(value) ? URL_PASSWORD_LABEL : undefined
  if (ANY_KNOWN.test(value)) {
    for (const [pattern, label] of KNOWN) if (pattern.test(value)) return label
  } else if (value.includes('://') && URL_PASSWORD.test(value)) return URL_PASSWORD_LABEL
  if (value.length < MIN_RANDOM_LENGTH) return undefined
  // Characters that never occur inside base64 or hex tokens split a value into candidate words. Most
  // values and keys are one word of token characters; a value of other characters and no separator holds
  // no candidate at all (hex and base64 words are token words).
  if (TOKEN_WORD.test(value)) return looksRandomToken(value) ? RANDOM_LABEL : undefined
  if (!WORD_SEPARATORS.test(value)) return undefined
  for (const word of value.split(WORD_SEPARATORS)) {
    if (word.length >= MIN_RANDOM_LENGTH && TOKEN_WORD.test(word) && looksRandomToken(word))
      return RANDOM_LABEL
  }
  return undefined
}

const RANDOM_LABEL = 'a random-looking token (high entropy)'

/** Whether a word of token characters only (TOKEN_WORD) looks random; a UUID does not. */
function looksRandomToken(word: string): boolean {
  // A UUID has dashes, so it is never a hex word.
  if (HEX_WORD.test(word)) return word.length >= 32 && shannonEntropy(word) >= HEX_ENTROPY
  if (word.length === 36 && UUID.test(word)) return false
  // The cheap tests first (one pass, no allocation); entropy only for what still looks random.
  if (!mixedShortRuns(word)) return false
  return shannonEntropy(word) / Math.log2(Math.min(word.length, 64)) >= ENTROPY_RATIO
}

/** Character classes by ASCII code: 1 upper case, 2 lower case, 3 digit, 0 anything else. */
const UPPER = 1
const LOWER = 2
const CHAR_CLASS = new Uint8Array(128)
for (let c = 65; c <= 90; c++) CHAR_CLASS[c] = UPPER
for (let c = 97; c <= 122; c++) CHAR_CLASS[c] = LOWER
for (let c = 48; c <= 57; c++) CHAR_CLASS[c] = 3

/**
 * Whether at least two of lower case, upper case and digits occur and the runs
 * `/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g` would match (camelCase-aware: "ABCdef" is "AB" and "Cdef") are
 * shorter than MAX_MEAN_RUN on average; counted in one pass without building them or calling anything:
 * this runs on every key before the JIT has warmed up, where calls and objects are dear. A run starts at
 * each letter or digit whose class differs from the character before, except lower case after a single
 * capital ("Ab" is one run); after two or more capitals the last one starts the lower-case run.
 */
function mixedShortRuns(word: string): boolean {
  let seen = 0
  let runs = 0
  let runLetters = 0
  let prev = 0
  let beforePrev = 0
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    const k = c < 128 ? CHAR_CLASS[c]! : 0
    if (k !== 0) {
      runLetters++
      if (k !== prev) {
        seen |= 1 << k
        if (k !== LOWER || prev !== UPPER || beforePrev === UPPER) runs++
      }
    }
    beforePrev = prev
    prev = k
  }
  const kinds = ((seen >> 1) & 1) + ((seen >> 2) & 1) + ((seen >> 3) & 1)
  return kinds >= 2 && runs > 0 && runLetters / runs < MAX_MEAN_RUN
}

/** Counts per ASCII code, reused: entropy runs once per candidate word, thousands of times per manifest. */
const asciiCounts = new Uint32Array(128)
const firstSeen: number[] = []

/** Bits per character. Sums in order of first occurrence, so every caller gets the same float. */
export function shannonEntropy(s: string): number {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return shannonEntropyOfCodePoints(s)
  firstSeen.length = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (asciiCounts[c]++ === 0) firstSeen.push(c)
  }
  let bits = 0
  for (const c of firstSeen) {
    const p = asciiCounts[c]! / s.length
    bits -= p * Math.log2(p)
    asciiCounts[c] = 0
  }
  return bits
}

function shannonEntropyOfCodePoints(s: string): number {
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

const SECRET_WORD_INSIDE = new RegExp([...SECRET_WORDS, 'KEY'].join('|'))

/**
 * Whether a key names a credential by its last word (`DB_PASSWORD`, `STRIPE_SECRET_KEY`, `apiToken`),
 * not merely mentions one (`PASSWORD_MIN_LENGTH`, `TOKEN_URL`). Literal values are for non-secret
 * settings, so any literal under such a key is suspect, however it looks.
 */
export function namesASecret(key: string): boolean {
  // The last word is one of these or KEY, so its upper-case spelling is in the key: a cheap first test.
  if (!SECRET_WORD_INSIDE.test(key.toUpperCase())) return false
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
