import type { Manifest } from '../core/manifest/schema.js'
import {
  DEFAULT_URLS,
  DUPLICATE_ATTRIBUTES,
  DURATION,
  ENKRYPTIFY_WORKSPACE,
  ENV_VAR,
  FOLDER_PATH,
  GENERATE_CHARSETS,
  GENERATE_LENGTH,
  METADATA_KEY_MAX,
  METADATA_VALUE_MAX,
  PI_UPDATE_VALUES,
  SHARE_ACCESS,
  SHARE_DEFAULTS,
  SHARE_NAME_MAX,
  TAG_SLUG,
} from '../core/manifest/vocabulary.js'

/**
 * `ManifestSchema.safeParse(value).data` for manifests that pass the schema, without loading zod (most of
 * the hook's start-up time). It builds the same object zod would, defaults and key order included, or
 * returns undefined: for every invalid manifest and for anything it is not sure about (URLs beyond the
 * plain `scheme://host[:port][/path]`), and the caller asks zod, which also words the errors. A property
 * test compares the two on generated manifests (test/hook/fast-schema.test.ts).
 */
export function fastValidate(value: unknown): Manifest | undefined {
  try {
    return manifest(value)
  } catch (e) {
    if (e instanceof NotSure) return undefined
    throw e
  }
}

class NotSure extends Error {}
const notSure = (): never => {
  throw new NotSure()
}
const check = (ok: boolean): void => {
  if (!ok) notSure()
}

type Obj = Record<string, unknown>
const SLOT = Symbol('absent')

function object(value: unknown): Obj {
  check(typeof value === 'object' && value !== null && !Array.isArray(value))
  return value as Obj
}

/** A strict object: an object whose keys are all in `allowed`. */
function strict(value: unknown, allowed: readonly string[]): Obj {
  const from = object(value)
  // A key present with the value undefined (never so in parsed YAML) is where zod and `!== undefined` differ.
  for (const key in from) check(allowed.includes(key) && from[key] !== undefined)
  return from
}

/** Copies `from[key]` through `parse` into `to` when present, else the default when one is given. */
function field<T>(to: Obj, from: Obj, key: string, parse: (v: unknown) => T, fallback: unknown = SLOT) {
  if (Object.hasOwn(from, key)) to[key] = parse(from[key])
  else if (fallback !== SLOT) to[key] = fallback
}

function string(value: unknown, min = 0, max = Number.POSITIVE_INFINITY): string {
  check(typeof value === 'string' && value.length >= min && value.length <= max)
  return value as string
}
const matching = (pattern: RegExp) => (value: unknown) => {
  check(pattern.test(string(value)))
  return value as string
}
const nonEmpty = (value: unknown) => string(value, 1)
const folderPath = matching(FOLDER_PATH)

function int(value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  check(Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max)
  return value as number
}
const oneOf =
  <T extends string>(words: readonly T[]) =>
  (value: unknown): T => {
    check(words.includes(value as T))
    return value as T
  }
function array<T>(value: unknown, item: (v: unknown) => T, min = 0): T[] {
  check(Array.isArray(value) && value.length >= min)
  return (value as unknown[]).map(item)
}
function record<T>(value: unknown, key: (k: string) => unknown, item: (v: unknown) => T): Record<string, T> {
  const from = object(value)
  const out: Record<string, T> = {}
  for (const k in from) {
    key(k)
    out[k] = item(from[k])
  }
  return out
}

/** `scheme://host[:port][/path]` only: zod trims, strips and parses anything else its own way. */
const PLAIN_URL =
  /^https?:\/\/[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?(?:\/[A-Za-z0-9._~%/-]*)?$/
function url(value: unknown): string {
  check(PLAIN_URL.test(string(value)))
  try {
    // URL.canParse would do, but arrived in Node 18.17 and the hook runs on any Node 18.
    new URL(value as string)
  } catch {
    notSure()
  }
  return value as string
}

function manifest(value: unknown): Manifest {
  const from = strict(value, [
    'version',
    'provider',
    'environments',
    'rules',
    'secrets',
    'duplicates',
    'shares',
    'prune',
  ])
  check(from.version === 1)
  const out: Obj = { version: 1 }
  field(out, from, 'provider', provider)
  check('provider' in out)
  out.environments = Object.hasOwn(from, 'environments') ? array(from.environments, nonEmpty, 1) : []
  field(out, from, 'rules', rules)
  field(out, from, 'secrets', (v) => array(v, secret), [])
  field(out, from, 'duplicates', (v) => array(v, duplicate), [])
  field(out, from, 'shares', (v) => array(v, share), [])
  field(out, from, 'prune', boolean, false)
  return out as Manifest
}

function boolean(value: unknown): boolean {
  check(typeof value === 'boolean')
  return value as boolean
}

function provider(value: unknown): Obj {
  const type = (value as Obj | null)?.type
  const out: Obj = { type }
  if (type === 'infisical') {
    const from = strict(value, ['type', 'siteUrl', 'projectId', 'projectSlug'])
    field(out, from, 'siteUrl', url, DEFAULT_URLS.infisical)
    field(out, from, 'projectId', nonEmpty)
    field(out, from, 'projectSlug', nonEmpty)
  } else if (type === 'enkryptify') {
    const from = strict(value, ['type', 'apiUrl', 'workspace', 'project'])
    field(out, from, 'apiUrl', url, DEFAULT_URLS.enkryptify)
    field(out, from, 'workspace', matching(ENKRYPTIFY_WORKSPACE))
    field(out, from, 'project', nonEmpty)
    check('workspace' in out && 'project' in out)
  } else if (type === 'prime-intellect') {
    const from = strict(value, ['type', 'apiUrl', 'teamId', 'updateValues'])
    field(out, from, 'apiUrl', url, DEFAULT_URLS['prime-intellect'])
    field(out, from, 'teamId', nonEmpty)
    field(out, from, 'updateValues', oneOf(PI_UPDATE_VALUES), 'never')
  } else notSure()
  return out
}

function rules(value: unknown): Obj {
  const from = strict(value, ['key', 'prefixes', 'off'])
  const out: Obj = {}
  field(out, from, 'key', (v) => {
    const key = strict(v, ['pattern', 'maxLength'])
    const o: Obj = {}
    field(o, key, 'pattern', nonEmpty)
    field(o, key, 'maxLength', (n) => int(n, 1))
    return o
  })
  field(out, from, 'prefixes', (v) => record(v, folderPath, nonEmpty))
  field(out, from, 'off', (v) => array(v, nonEmpty))
  return out
}

const SECRET_FIELDS = ['key', 'path', 'comment', 'tags', 'metadata', 'environments', 'value']
const tagSlug = matching(TAG_SLUG)
const envVar = matching(ENV_VAR)
const metadataKey = (k: string) => string(k, 1, METADATA_KEY_MAX)
const metadataValue = (v: unknown) => string(v, 0, METADATA_VALUE_MAX)

/** Secrets are most of a large manifest, so this one is written out field by field, without closures. */
function secret(value: unknown): Obj {
  const from = strict(value, SECRET_FIELDS)
  const out: Obj = { key: nonEmpty(from.key), path: from.path === undefined ? '/' : folderPath(from.path) }
  if (from.comment !== undefined) out.comment = string(from.comment)
  if (from.tags !== undefined) out.tags = array(from.tags, tagSlug)
  if (from.metadata !== undefined) out.metadata = record(from.metadata, metadataKey, metadataValue)
  if (from.environments !== undefined) out.environments = array(from.environments, nonEmpty, 1)
  if (from.value !== undefined) out.value = secretValue(from.value)
  return out
}

/** One source, or (when it is not one) a map environment -> source, in zod's union order. */
function secretValue(value: unknown): Obj {
  return source(value, false) ?? record(value, nonEmpty, requiredSource)
}
const requiredSource = (value: unknown) => source(value, true)!

function source(value: unknown, required: boolean): Obj | undefined {
  let kind: string | undefined
  let count = 0
  if (typeof value === 'object' && value !== null) {
    for (const key in value) {
      kind = key
      if (++count > 1) break
    }
  }
  const from = value as Obj
  if (count !== 1 || (typeof from[kind!] === 'object') !== (kind === 'generate')) {
    check(!required)
    return undefined
  }
  if (kind === 'env') return { env: envVar(from.env) }
  if (kind === 'literal') return { literal: string(from.literal) }
  if (kind === 'file') return { file: nonEmpty(from.file) }
  if (kind === 'generate') {
    const g = strict(from.generate, ['length', 'charset'])
    const out: Obj = {}
    field(out, g, 'length', (n) => int(n, GENERATE_LENGTH.min, GENERATE_LENGTH.max), GENERATE_LENGTH.default)
    field(out, g, 'charset', oneOf(GENERATE_CHARSETS), 'alphanumeric')
    return { generate: out }
  }
  return notSure()
}

function location(value: unknown): Obj {
  const from = strict(value, ['environment', 'path'])
  const out: Obj = {}
  field(out, from, 'environment', nonEmpty)
  check('environment' in out)
  field(out, from, 'path', folderPath, '/')
  return out
}

function duplicate(value: unknown): Obj {
  const from = strict(value, ['from', 'to', 'keys', 'overwrite', 'copy'])
  check(Object.hasOwn(from, 'from') && Object.hasOwn(from, 'to') && Object.hasOwn(from, 'keys'))
  return {
    from: location(from.from),
    to: location(from.to),
    keys: from.keys === '*' ? '*' : array(from.keys, nonEmpty, 1),
    overwrite: Object.hasOwn(from, 'overwrite') ? boolean(from.overwrite) : false,
    copy: Object.hasOwn(from, 'copy')
      ? array(from.copy, oneOf(DUPLICATE_ATTRIBUTES), 1)
      : [...DUPLICATE_ATTRIBUTES],
  }
}

function share(value: unknown): Obj {
  const from = strict(value, ['name', 'secret', 'expiresIn', 'maxViews', 'access', 'password'])
  const out: Obj = {}
  field(out, from, 'name', (v) => string(v, 1, SHARE_NAME_MAX))
  field(out, from, 'secret', (v) => {
    const s = strict(v, ['key', 'environment', 'path'])
    const o: Obj = {}
    field(o, s, 'key', nonEmpty)
    field(o, s, 'environment', nonEmpty)
    check('key' in o && 'environment' in o)
    field(o, s, 'path', folderPath, '/')
    return o
  })
  check('name' in out && 'secret' in out)
  field(out, from, 'expiresIn', matching(DURATION), SHARE_DEFAULTS.expiresIn)
  field(out, from, 'maxViews', (n) => int(n, 1), SHARE_DEFAULTS.maxViews)
  field(out, from, 'access', oneOf(SHARE_ACCESS), SHARE_DEFAULTS.access)
  field(out, from, 'password', (v) => ({ env: nonEmpty(strict(v, ['env']).env) }))
  return out
}
