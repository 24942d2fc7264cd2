import { ProviderError, type RemoteSecret } from '../../core/seam/types.js'

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

/** The list endpoints answer bare arrays; anything else (a paginated envelope?) must fail loudly. */
export function parseSecretList(json: unknown, operation: string): WireSecret[] {
  if (!Array.isArray(json))
    throw new ProviderError(`${operation} failed: expected a list of secrets, got another shape`)
  return json.map((raw) => {
    const s = raw as Partial<WireSecret>
    if (typeof s?.id !== 'string' || typeof s.name !== 'string')
      throw new ProviderError(`${operation} failed: a secret in the reply has no id or name`)
    const values = Array.isArray(s.values) ? s.values.filter((v) => typeof v?.environmentId === 'string') : []
    return { ...s, values: values.map((v) => ({ ...v, value: String(v.value ?? '') })) } as WireSecret
  })
}

export function parseEnvironmentList(json: unknown, operation: string): WireEnvironment[] {
  if (!Array.isArray(json))
    throw new ProviderError(`${operation} failed: expected a list of environments, got another shape`)
  return json
    .filter((e) => typeof e?.id === 'string' && typeof e?.name === 'string')
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
