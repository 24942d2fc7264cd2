import type { z } from 'zod'
import type * as wire from './wire.js'

/*
 * The replies of wire.ts checked without zod, so that a run whose replies are in the documented form
 * never loads it (about 25 ms of the action's start). Each guard accepts exactly what its schema
 * accepts (for parsed JSON) and returns the very object zod would: the declared fields only, in the
 * schema's order. Undefined means "not in the documented form": the caller then asks zod, which names
 * the issue. wire-guards.test.ts holds each guard to its schema.
 */

type Out<S extends z.ZodType> = z.output<S>
type Json = Record<string, unknown>
type Check = (v: unknown) => boolean

/** What z.object accepts. */
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const isString: Check = (v) => typeof v === 'string'

/** A `.nullish()` field (or `z.unknown().optional()`): absent stays absent, null and valid values are kept. */
function optional(out: Json, input: Json, key: string, check: Check): boolean {
  if (!(key in input)) return true
  const v = input[key]
  if (v === undefined || v === null || check(v)) {
    out[key] = v
    return true
  }
  return false
}

/** A nullish field whose value is built anew (a nested object or list); `build` answers undefined to reject. */
function optionalBuilt(out: Json, input: Json, key: string, build: (v: unknown) => unknown): boolean {
  if (!(key in input)) return true
  const v = input[key]
  if (v === undefined || v === null) {
    out[key] = v
    return true
  }
  const built = build(v)
  if (built === undefined) return false
  out[key] = built
  return true
}

/** z.array(item): a new list of the items as built, or undefined when one is rejected. */
function list<T>(v: unknown, item: (v: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(v)) return undefined
  const out: T[] = new Array(v.length)
  for (let i = 0; i < v.length; i++) {
    const built = item(v[i])
    if (built === undefined) return undefined
    out[i] = built
  }
  return out
}

/** z.record(z.string(), z.unknown()): own keys but `__proto__`, which zod never copies. */
function record(v: unknown): Json | undefined {
  if (!isObject(v)) return undefined
  const out: Json = {}
  for (const key of Object.keys(v)) if (key !== '__proto__') out[key] = v[key]
  return out
}

const slugOnly = (v: unknown) => (isObject(v) && isString(v.slug) ? { slug: v.slug as string } : undefined)

function metadataEntry(v: unknown): Json | undefined {
  if (!isObject(v) || !isString(v.key)) return undefined
  const out: Json = { key: v.key }
  return optional(out, v, 'value', isString) ? out : undefined
}

/** A field of `.nullish()` strings that is neither absent, null nor a string (for JSON, absent is undefined). */
const notNullishString = (v: unknown) => v !== undefined && v !== null && typeof v !== 'string'

// Written out field by field rather than with `optional`: it runs once per listed secret.
function wireSecret(v: unknown): wire.WireSecret | undefined {
  if (!isObject(v)) return undefined
  const { id, _id, type, secretKey, secretValue, secretComment, secretValueHidden, secretPath } = v
  if (
    typeof secretKey !== 'string' ||
    notNullishString(id) ||
    notNullishString(_id) ||
    notNullishString(type) ||
    notNullishString(secretValue) ||
    notNullishString(secretComment) ||
    notNullishString(secretPath) ||
    (secretValueHidden !== undefined && secretValueHidden !== null && typeof secretValueHidden !== 'boolean')
  )
    return undefined
  const out: Json = {}
  if (id !== undefined) out.id = id
  if (_id !== undefined) out._id = _id
  if (type !== undefined) out.type = type
  out.secretKey = secretKey
  if (secretValue !== undefined) out.secretValue = secretValue
  if (secretComment !== undefined) out.secretComment = secretComment
  if (secretValueHidden !== undefined) out.secretValueHidden = secretValueHidden
  if (secretPath !== undefined) out.secretPath = secretPath
  const { tags, secretMetadata, metadata } = v
  const builtTags = nullishBuilt(tags, slugList)
  const builtMetadataList = nullishBuilt(secretMetadata, metadataList)
  const builtMetadata = nullishBuilt(metadata, record)
  if (builtTags === REJECTED || builtMetadataList === REJECTED || builtMetadata === REJECTED) return undefined
  if (tags !== undefined) out.tags = builtTags
  if (secretMetadata !== undefined) out.secretMetadata = builtMetadataList
  if (metadata !== undefined) out.metadata = builtMetadata
  return out as wire.WireSecret
}

const REJECTED = Symbol('rejected')

/** A nullish field's value: itself when absent or null, else as `build` makes it, or REJECTED. */
function nullishBuilt(v: unknown, build: (v: unknown) => unknown): unknown {
  return v === undefined || v === null ? v : (build(v) ?? REJECTED)
}

const slugList = (v: unknown) => list(v, slugOnly)
const metadataList = (v: unknown) => list(v, metadataEntry)

export function secretList(json: unknown): Out<typeof wire.SecretListReply> | undefined {
  if (!isObject(json)) return undefined
  const secrets = list(json.secrets, wireSecret)
  return secrets && { secrets }
}

export function login(json: unknown): Out<typeof wire.LoginReply> | undefined {
  return isObject(json) && isString(json.accessToken)
    ? { accessToken: json.accessToken as string }
    : undefined
}

export type WireProject = Out<typeof wire.ProjectSchema>

export function project(json: unknown): WireProject | undefined {
  if (!isObject(json) || !isString(json.id)) return undefined
  const out: Json = { id: json.id }
  if (!optional(out, json, 'name', isString)) return undefined
  const environments = list(json.environments, slugOnly)
  if (!environments) return undefined
  out.environments = environments
  return out as WireProject
}

/** `{project}`, `{workspace}` or bare, as ProjectReply in wire.ts. */
export function wrappedProject(field: 'project' | 'workspace', json: unknown): Json | undefined {
  if (!isObject(json)) return undefined
  const inner = project(json[field])
  return inner && { [field]: inner }
}

export type WireTag = Out<typeof wire.TagSchema>

const tag = (v: unknown): WireTag | undefined =>
  isObject(v) && isString(v.id) && isString(v.slug)
    ? { id: v.id as string, slug: v.slug as string }
    : undefined

export function tagList(field: 'tags' | 'workspaceTags', json: unknown): Json | undefined {
  if (!isObject(json)) return undefined
  const tags = list(json[field], tag)
  return tags && { [field]: tags }
}

function approvalOf(v: unknown): Json | undefined {
  if (!isObject(v)) return undefined
  const out: Json = {}
  return optional(out, v, 'id', isString) ? out : undefined
}

export function batch(json: unknown): Out<typeof wire.BatchReply> | undefined {
  if (!isObject(json)) return undefined
  const out: Json = {}
  return optionalBuilt(out, json, 'approval', approvalOf) ? out : undefined
}

export function createdShare(json: unknown): Out<typeof wire.CreatedShareReply> | undefined {
  return isObject(json) && isString(json.sharedSecretLink)
    ? { sharedSecretLink: json.sharedSecretLink as string }
    : undefined
}

const any: Check = () => true

function listedShare(v: unknown): wire.ListedShare | undefined {
  if (!isObject(v) || !isString(v.id)) return undefined
  const out: Json = { id: v.id }
  if (!optional(out, v, 'name', isString) || !isString(v.expiresAt)) return undefined
  out.expiresAt = v.expiresAt
  for (const key of ['createdAt', 'accessType', 'expiresAfterViews']) optional(out, v, key, any)
  return out as wire.ListedShare
}

export function shareList(json: unknown): Out<typeof wire.ShareListReply> | undefined {
  if (!isObject(json)) return undefined
  const secrets = list(json.secrets, listedShare)
  return secrets && { secrets }
}

function duplicateResult(v: unknown): Json | undefined {
  if (!isObject(v)) return undefined
  const out: Json = {}
  return optional(out, v, 'sourceSecretId', isString) && optionalBuilt(out, v, 'approval', approvalOf)
    ? out
    : undefined
}

export function duplicate(json: unknown): Out<typeof wire.DuplicateReply> | undefined {
  if (!isObject(json)) return undefined
  const results = list(json.results, duplicateResult)
  return results && ({ results } as Out<typeof wire.DuplicateReply>)
}

/** ErrorReply: any object; its `message` and `error` as they are. */
export function errorReply(json: unknown): Out<typeof wire.ErrorReply> | undefined {
  if (!isObject(json)) return undefined
  const out: Json = {}
  optional(out, json, 'message', any)
  optional(out, json, 'error', any)
  return out
}

/** ValidationIssue: the path of one 422 issue. */
export function validationIssue(json: unknown): Out<typeof wire.ValidationIssue> | undefined {
  if (!isObject(json)) return undefined
  const path = list(json.path, (p) =>
    typeof p === 'string' || (typeof p === 'number' && Number.isFinite(p)) ? p : undefined,
  )
  return path && { path }
}
