import type { ProviderCatalog } from '../catalog.js'
import type { Manifest } from './schema.js'
import {
  DUPLICATE_ATTRIBUTES,
  DURATION,
  ENV_VAR,
  FOLDER_PATH,
  GENERATE_CHARSETS,
  GENERATE_LENGTH,
  METADATA_KEY_MAX,
  METADATA_VALUE_MAX,
  SHARE_ACCESS,
  SHARE_DEFAULTS,
  SHARE_NAME_MAX,
  TAG_SLUG,
} from './vocabulary.js'

/**
 * `ManifestSchema.safeParse(value).data` for manifests that pass the schema, without loading zod (most of
 * the hook's start-up time). It checks the freshly parsed value and fills in zod's defaults where it
 * stands, copying nothing (a 10,000-key manifest is 20,000 objects): the result equals zod's, apart from
 * the order of keys, which no check reads. It returns undefined for every invalid manifest and for
 * anything it is not sure about (URLs beyond the plain `scheme://host[:port][/path]`), and the caller asks
 * zod, which also words the errors. Defaults filled in before it gave up are values zod accepts and would
 * have filled in itself; the top-level `environments: []` (which zod would refuse) is filled in last.
 * A property test compares the two on generated manifests (test/hook/fast-schema.test.ts). Each
 * provider checks its own block (`fastCheck` of its manifest.ts) with the helpers exported here.
 */
export function fastValidate(value: unknown, catalog: ProviderCatalog): Manifest | undefined {
  try {
    return manifest(value, catalog)
  } catch (e) {
    if (e instanceof NotSure) return undefined
    throw e
  }
}

class NotSure extends Error {}
export const notSure = (): never => {
  throw new NotSure()
}
export const check = (ok: boolean): void => {
  if (!ok) notSure()
}

export type Obj = Record<string, unknown>

function object(value: unknown): Obj {
  check(typeof value === 'object' && value !== null && !Array.isArray(value))
  return value as Obj
}

/** A strict object: an object whose keys are all in `allowed`. */
export function strict(value: unknown, allowed: readonly string[]): Obj {
  const from = object(value)
  // A key present with the value undefined (never so in parsed YAML) is where zod and `!== undefined` differ.
  for (const key in from) check(allowed.includes(key) && from[key] !== undefined)
  return from
}

/** Checks `obj[key]` when present, else sets the default when one is given. */
export function field(obj: Obj, key: string, valid: (v: unknown) => unknown, fallback?: unknown): void {
  if (obj[key] !== undefined) valid(obj[key])
  else if (fallback !== undefined) obj[key] = fallback
}

export function string(value: unknown, min = 0, max = Number.POSITIVE_INFINITY): void {
  check(typeof value === 'string' && value.length >= min && value.length <= max)
}
export const matching = (pattern: RegExp) => (value: unknown) => {
  string(value)
  check(pattern.test(value as string))
}
export const nonEmpty = (value: unknown) => string(value, 1)
const folderPath = matching(FOLDER_PATH)
const tagSlug = matching(TAG_SLUG)
export const boolean = (value: unknown) => check(typeof value === 'boolean')

export function int(value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): void {
  check(Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max)
}
export const oneOf = (words: readonly string[]) => (value: unknown) => check(words.includes(value as string))

export function array(value: unknown, item: (v: unknown) => unknown, min = 0): void {
  check(Array.isArray(value) && value.length >= min)
  // An index loop: an iterator per element costs calls while this runs cold on every secret.
  const items = value as unknown[]
  for (let i = 0; i < items.length; i++) item(items[i])
}
export function record(value: unknown, key: (k: string) => unknown, item: (v: unknown) => unknown): void {
  const from = object(value)
  for (const k in from) {
    key(k)
    item(from[k])
  }
}

/** `scheme://host[:port][/path]` only: zod trims, strips and parses anything else its own way. */
const PLAIN_URL =
  /^https?:\/\/[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?(?:\/[A-Za-z0-9._~%/-]*)?$/
export function url(value: unknown): void {
  string(value)
  check(PLAIN_URL.test(value as string))
  try {
    // URL.canParse would do, but arrived in Node 18.17 and the hook runs on any Node 18.
    new URL(value as string)
  } catch {
    notSure()
  }
}

const MANIFEST_FIELDS = [
  'version',
  'provider',
  'environments',
  'rules',
  'secrets',
  'duplicates',
  'shares',
  'prune',
]

function manifest(value: unknown, catalog: ProviderCatalog): Manifest {
  const m = strict(value, MANIFEST_FIELDS)
  check(m.version === 1)
  provider(m.provider, catalog)
  field(m, 'environments', (v) => array(v, nonEmpty, 1))
  field(m, 'rules', rules)
  field(m, 'secrets', (v) => array(v, secret))
  field(m, 'duplicates', (v) => array(v, duplicate))
  field(m, 'shares', (v) => array(v, share))
  field(m, 'prune', boolean)
  // Every check passed: now the defaults that zod would refuse as input may go in.
  m.environments ??= []
  m.secrets ??= []
  m.duplicates ??= []
  m.shares ??= []
  m.prune ??= false
  return m as Manifest
}

function provider(value: unknown, catalog: ProviderCatalog): void {
  const spec = catalog.find((value as Obj | null)?.type)
  if (spec) spec.manifest.fastCheck(value)
  else notSure()
}

function rules(value: unknown): void {
  const r = strict(value, ['key', 'prefixes', 'off'])
  field(r, 'key', (v) => {
    const key = strict(v, ['pattern', 'maxLength'])
    field(key, 'pattern', nonEmpty)
    field(key, 'maxLength', (n) => int(n, 1))
  })
  field(r, 'prefixes', (v) => record(v, folderPath, nonEmpty))
  field(r, 'off', (v) => array(v, nonEmpty))
}

const SECRET_FIELDS = new Set(['key', 'path', 'comment', 'tags', 'metadata', 'environments', 'value'])
const SOURCE_KINDS = new Set(['env', 'literal', 'file'])
const ALLOW_EMPTY = 'allowEmpty'
const metadataKey = (k: string) => string(k, 1, METADATA_KEY_MAX)
const metadataValue = (v: unknown) => string(v, 0, METADATA_VALUE_MAX)

/**
 * Secrets are most of a large manifest, and this runs once per secret before the JIT has warmed up,
 * where every call is dear: the usual fields and sources are checked inline; anything else goes through
 * the general helpers above.
 */
function secret(value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) notSure()
  const s = value as Obj
  for (const name in s) if (!SECRET_FIELDS.has(name) || s[name] === undefined) notSure()
  const { key, path } = s
  if (typeof key !== 'string' || key.length === 0) notSure()
  if (path === undefined) s.path = '/'
  else if (typeof path !== 'string' || !FOLDER_PATH.test(path)) notSure()
  if (s.comment !== undefined) string(s.comment)
  if (s.tags !== undefined) array(s.tags, tagSlug)
  if (s.metadata !== undefined) record(s.metadata, metadataKey, metadataValue)
  if (s.environments !== undefined) array(s.environments, nonEmpty, 1)
  if (s.value !== undefined && !source(s.value, false)) record(s.value, nonEmpty, requiredSource)
}
const requiredSource = (value: unknown) => source(value, true)

/**
 * Checks one value source. Returns false when `value` is not shaped like one (and `required` is false),
 * so that the caller tries a map environment -> source next, in zod's union order.
 */
function source(value: unknown, required: boolean): boolean {
  let kind: string | undefined
  let count = 0
  let allowEmpty: unknown
  if (typeof value === 'object' && value !== null) {
    for (const key in value) {
      // An object under allowEmpty is an environment of that name in a map environment -> source.
      const v = (value as Obj)[key]
      if (key === ALLOW_EMPTY && (typeof v !== 'object' || v === null)) {
        allowEmpty = v
        continue
      }
      kind = key
      if (++count > 1) break
    }
  }
  const s = value as Obj
  const inner = s?.[kind!]
  if (allowEmpty !== undefined) {
    // Only { env | file, allowEmpty: boolean }; anything else (a map with an environment named
    // allowEmpty, say) is zod's to judge.
    check(count === 1 && (kind === 'env' || kind === 'file') && typeof allowEmpty === 'boolean')
  }
  if (count === 1 && SOURCE_KINDS.has(kind!) && typeof inner === 'string') {
    // { env: NAME }, { literal: TEXT } or { file: PATH }
    if (kind === 'literal' || (kind === 'env' ? ENV_VAR.test(inner) : inner.length > 0)) return true
    return notSure()
  }
  check(allowEmpty === undefined)
  if (count === 1 && kind === 'generate' && typeof inner === 'object') {
    const g = strict(inner, ['length', 'charset'])
    field(g, 'length', (n) => int(n, GENERATE_LENGTH.min, GENERATE_LENGTH.max), GENERATE_LENGTH.default)
    field(g, 'charset', oneOf(GENERATE_CHARSETS), 'alphanumeric')
    return true
  }
  // Not a source: a map environment -> source, unless a source was required here.
  if (count !== 1 || (typeof inner === 'object') !== (kind === 'generate')) {
    check(!required)
    return false
  }
  return notSure()
}

function location(value: unknown): void {
  const l = strict(value, ['environment', 'path'])
  nonEmpty(l.environment)
  field(l, 'path', folderPath, '/')
}

function duplicate(value: unknown): void {
  const d = strict(value, ['from', 'to', 'keys', 'overwrite', 'copy'])
  location(d.from)
  location(d.to)
  if (d.keys !== '*') array(d.keys, nonEmpty, 1)
  field(d, 'overwrite', boolean, false)
  field(d, 'copy', (v) => array(v, oneOf(DUPLICATE_ATTRIBUTES), 1), [...DUPLICATE_ATTRIBUTES])
}

function share(value: unknown): void {
  const s = strict(value, ['name', 'secret', 'expiresIn', 'maxViews', 'access', 'password'])
  string(s.name, 1, SHARE_NAME_MAX)
  const target = strict(s.secret, ['key', 'environment', 'path'])
  nonEmpty(target.key)
  nonEmpty(target.environment)
  field(target, 'path', folderPath, '/')
  field(s, 'expiresIn', matching(DURATION), SHARE_DEFAULTS.expiresIn)
  field(s, 'maxViews', (n) => int(n, 1), SHARE_DEFAULTS.maxViews)
  field(s, 'access', oneOf(SHARE_ACCESS), SHARE_DEFAULTS.access)
  field(s, 'password', (v) => nonEmpty(strict(v, ['env']).env))
}
