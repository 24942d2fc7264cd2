import { ProviderError } from '../../core/seam/types.js'

/** `SecretResponse` (§B.3): metadata only, never a value. */
export interface WireSecret {
  id: string
  name: string
  description?: string | null
  isFile?: boolean
  teamId?: string | null
}

export interface Page {
  secrets: WireSecret[]
  /** undefined when the server gave no total (its CLI's mock says `totalCount`, the schema `total_count`). */
  total: number | undefined
}

export function parsePage(json: unknown, operation: string): Page {
  const body = json as { data?: unknown; total_count?: unknown; totalCount?: unknown } | undefined
  if (!Array.isArray(body?.data))
    throw new ProviderError(`${operation} failed: the reply has no \`data\` list`)
  const secrets = body.data.map((raw) => {
    const s = raw as Partial<WireSecret>
    if (typeof s?.id !== 'string' || typeof s.name !== 'string')
      throw new ProviderError(`${operation} failed: a secret in the reply has no id or name`)
    return {
      id: s.id,
      name: s.name,
      description: s.description ?? null,
      isFile: s.isFile ?? false,
      ...('teamId' in s ? { teamId: s.teamId ?? null } : {}),
    }
  })
  const total = [body.total_count, body.totalCount].find((t) => typeof t === 'number') as number | undefined
  return { secrets, total }
}
