import { z } from 'zod'
import { parseReply } from '../reply.js'

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

/** `GET /api/v1/secrets/`: a `data` list of secrets with an id and a name; other fields read leniently. */
const PageReply = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.unknown().optional(),
      isFile: z.unknown().optional(),
      teamId: z.unknown().optional(),
    }),
  ),
  total_count: z.unknown().optional(),
  totalCount: z.unknown().optional(),
})

export function parsePage(json: unknown, route: string, operation: string): Page {
  const body = parseReply(PageReply, json, route, operation)
  const secrets = body.data.map((s) => ({
    id: s.id,
    name: s.name,
    description: (s.description as string | null | undefined) ?? null,
    isFile: (s.isFile as boolean | undefined) ?? false,
    ...('teamId' in s ? { teamId: (s.teamId as string | null | undefined) ?? null } : {}),
  }))
  const total = [body.total_count, body.totalCount].find((t) => typeof t === 'number') as number | undefined
  return { secrets, total }
}
