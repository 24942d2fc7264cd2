import { detectSecret } from './secret-patterns.js'

/**
 * Portable key checks shared by the manifest rules and the `.env.example` hook. A key is portable when
 * every place a secret ends up accepts it unchanged: shells, dotenv files, GitHub and Azure secrets.
 */

const ENV_VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Why `key` is not a valid environment-variable name, or undefined when it is. */
export function envVarNameProblem(key: string): string | undefined {
  if (ENV_VAR_NAME.test(key)) return undefined
  if (key.length === 0) return 'is empty'
  if (/^[0-9]/.test(key)) return 'starts with a digit'
  const bad = /[^A-Za-z0-9_]/.exec(key)![0]
  return `contains ${describeChar(bad)}`
}

/** A suggestion for an invalid name: invalid characters become '_', a leading digit gets a '_' before it. */
export function suggestEnvVarName(key: string): string {
  const cleaned = key.trim().replace(/[^A-Za-z0-9_]/g, '_')
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned
}

export function isUpperCaseKey(key: string): boolean {
  return key === key.toUpperCase()
}

const CREDENTIAL_STAND_IN = '\u0000credential'

/**
 * A key quoted for a one-line message: control and non-ASCII characters escaped so a finding stays one
 * line, and a key that is itself a pasted credential never printed (literal-looks-secret reports it).
 */
export function showKey(key: string): string {
  if (key === CREDENTIAL_STAND_IN || isCredentialKey(key)) return "'[a key that looks like a credential]'"
  return /^[\x20-\x7e]*$/.test(key)
    ? `'${key}'`
    : JSON.stringify(key).replace(
        /[\u0080-\uffff]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      )
}

/** What to say about a key that is itself a credential: any spelling derived from it would print it. */
export const CREDENTIAL_KEY_HINT = 'choose a name for what it holds'

/** `rename it to <suggestion>`, unless the key is a credential and every suggestion would quote it. */
export function renameHint(key: string, suggestion: string, lead = 'rename it to'): string {
  return isCredentialKey(key) ? CREDENTIAL_KEY_HINT : `${lead} ${showKey(suggestion)}`
}

/** Also in another case: an AWS key id typed in lower case is one upper-casing away from printing. */
export function isCredentialKey(key: string): boolean {
  return detectSecret(key) !== undefined || detectSecret(key.toUpperCase()) !== undefined
}

/**
 * Two keys that differ only by case: when one is a credential, the other spells it too, so neither is
 * shown.
 */
export function showKeyPair(a: string, b: string): [string, string] {
  if (isCredentialKey(a) || isCredentialKey(b))
    return [showKey(CREDENTIAL_STAND_IN), showKey(CREDENTIAL_STAND_IN)]
  return [showKey(a), showKey(b)]
}

export function describeChar(c: string): string {
  if (c === ' ') return 'a space'
  if (c === '\t') return 'a tab'
  const code = c.codePointAt(0)!
  if (code < 0x20 || code === 0x7f || code > 0x7e)
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  return `'${c}'`
}

export interface KeyOccurrence {
  key: string
  /** Where the key lives, e.g. `dev:/backend`; keys collide only within one scope. */
  scope: string
  /** Index of the declaration, so a collision is reported once per declaration. */
  index: number
}

/** Characters upper-casing may change: lower-case ASCII letters and, to be safe, anything beyond ASCII. */
const MAY_CHANGE_CASE = /[a-z\u0080-\uffff]/

/** Cheap first pass for the usual case: does any name occur in two spellings at all? */
export function hasCaseVariants(keys: readonly string[]): boolean {
  // Keys that upper-casing leaves alone cannot differ from each other only by case.
  if (!keys.some((key) => MAY_CHANGE_CASE.test(key))) return false
  const spelling = new Map<string, string>()
  for (const key of keys) {
    const folded = key.toUpperCase()
    const seen = spelling.get(folded)
    if (seen === undefined) spelling.set(folded, key)
    else if (seen !== key) return true
  }
  return false
}

export interface CaseCollision {
  /** The later declaration. */
  index: number
  key: string
  /** The first declaration it collides with. */
  first: KeyOccurrence
  scope: string
}

/**
 * Keys that differ only by case in one scope: distinct to the provider, the same to Windows, GitHub
 * secrets (which upper-cases names) and anyone reading the list. Exact repeats are `duplicate-key`'s job.
 */
export function findCaseCollisions(occurrences: Iterable<KeyOccurrence>): CaseCollision[] {
  const firstByFolded = new Map<string, KeyOccurrence>()
  const out: CaseCollision[] = []
  const reported = new Set<number>()
  for (const occ of occurrences) {
    const folded = `${occ.scope}\u0000${occ.key.toUpperCase()}`
    const first = firstByFolded.get(folded)
    if (!first) firstByFolded.set(folded, occ)
    else if (first.key !== occ.key && first.index !== occ.index && !reported.has(occ.index)) {
      reported.add(occ.index)
      out.push({ index: occ.index, key: occ.key, first, scope: occ.scope })
    }
  }
  return out
}
