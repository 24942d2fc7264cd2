import { z } from 'zod'
import type { RemoteSecret } from '../../core/seam/types.js'
import { parseReply } from '../reply.js'

/** A secret as `GET …/secret` returns it: one record, a value per environment. */
export interface WireValue {
  environmentId: string
  value: string
  isPersonal?: boolean
}

export interface WireSecret {
  id: string
  name: string
  note?: string | null
  type?: 'runtime' | 'build'
  dataType?: 'text' | 'json'
  values: WireValue[]
}

export interface WireEnvironment {
  id: string
  name: string
}

/**
 * `GET …/secret`: a bare array (a paginated envelope must fail loudly). `values` and the fields written
 * back are read leniently: a value of another type is a string, an entry without an environment is
 * skipped, an unknown type is left out.
 */
const SecretListReply = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    note: z.string().nullish(),
    type: z.unknown().optional(),
    dataType: z.unknown().optional(),
    values: z.unknown().optional(),
  }),
)

/** `GET …/environment`: a bare array; entries without an id and a name are skipped. */
const EnvironmentListReply = z.array(z.unknown())

/** The token exchange: a JWT, or anything else (then the API token is used as it is). */
export const ExchangeReply = z.object({ accessToken: z.string().min(1) })

export function parseSecretList(json: unknown, route: string, operation: string): WireSecret[] {
  return parseReply(SecretListReply, json, route, operation).map((s) => ({
    id: s.id,
    name: s.name,
    ...(s.note !== undefined ? { note: s.note } : {}),
    ...(s.type === 'runtime' || s.type === 'build' ? { type: s.type } : {}),
    ...(s.dataType === 'text' || s.dataType === 'json' ? { dataType: s.dataType } : {}),
    values: valuesOf(s.values),
  }))
}

const ValueEntry = z.object({
  environmentId: z.string(),
  value: z.unknown().optional(),
  isPersonal: z.unknown().optional(),
})
const EnvironmentEntry = z.object({ id: z.string(), name: z.string() })

function valuesOf(raw: unknown): WireValue[] {
  const out: WireValue[] = []
  for (const v of Array.isArray(raw) ? raw : []) {
    const entry = ValueEntry.safeParse(v)
    if (!entry.success) continue
    const { environmentId, value, isPersonal } = entry.data
    out.push({
      environmentId,
      value: String(value ?? ''),
      ...(isPersonal !== undefined ? { isPersonal: Boolean(isPersonal) } : {}),
    })
  }
  return out
}

export function parseEnvironmentList(json: unknown, route: string, operation: string): WireEnvironment[] {
  return parseReply(EnvironmentListReply, json, route, operation).flatMap((e) => {
    const entry = EnvironmentEntry.safeParse(e)
    return entry.success ? [{ id: entry.data.id, name: entry.data.name }] : []
  })
}

/**
 * The secrets that hold a shared value in one environment. Personal values (a user's own override)
 * are not the project's configuration, so they are never compared with the manifest.
 */
export function secretsIn(
  all: readonly WireSecret[],
  environment: string,
  environmentId: string,
): RemoteSecret[] {
  const out: RemoteSecret[] = []
  for (const s of all) {
    const shared = s.values.find((v) => v.environmentId === environmentId && !v.isPersonal)
    if (!shared) continue
    out.push({
      id: s.id,
      environment,
      path: '/',
      key: s.name,
      value: shared.value,
      comment: s.note ?? '',
      tags: [],
      metadata: {},
    })
  }
  return out
}

/** An error reply: `{ message }`. */
export const ErrorReply = z.object({ message: z.unknown().optional() })
