import { z } from 'zod'
import type { RemoteSecret } from '../../core/seam/types.js'
import { parseReply } from '../reply.js'

/** A secret as `GET …/secret` returns it (§A.7.1): one record, a value per environment. */
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

/** `GET …/secret`: a bare array (a paginated envelope must fail loudly); values are read leniently below. */
const SecretListReply = z.array(
  z.looseObject({ id: z.string(), name: z.string(), values: z.unknown().optional() }),
)

/** `GET …/environment`: a bare array; entries without an id and a name are skipped. */
const EnvironmentListReply = z.array(z.unknown())

export function parseSecretList(json: unknown, route: string, operation: string): WireSecret[] {
  return parseReply(SecretListReply, json, route, operation).map((s) => {
    const values = (Array.isArray(s.values) ? s.values : []).filter(
      (v): v is WireValue => typeof v?.environmentId === 'string',
    )
    return { ...s, values: values.map((v) => ({ ...v, value: String(v.value ?? '') })) } as WireSecret
  })
}

export function parseEnvironmentList(json: unknown, route: string, operation: string): WireEnvironment[] {
  return parseReply(EnvironmentListReply, json, route, operation)
    .filter((e): e is WireEnvironment => {
      const entry = e as Partial<WireEnvironment> | null
      return typeof entry?.id === 'string' && typeof entry?.name === 'string'
    })
    .map((e) => ({ id: e.id, name: e.name }))
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
