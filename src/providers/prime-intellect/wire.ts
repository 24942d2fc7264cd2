import { z } from 'zod'
import { parseReply } from '../reply.js'

/** A secret as the list returns it (`SecretResponse`): metadata only, never a value. */
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
    description: typeof s.description === 'string' ? s.description : null,
    isFile: s.isFile === true,
    ...('teamId' in s ? { teamId: typeof s.teamId === 'string' ? s.teamId : null } : {}),
  }))
  const total = [body.total_count, body.totalCount].find((t): t is number => typeof t === 'number')
  return { secrets, total }
}

/** An error reply; which fields it has depends on the route (see errors.ts), so each is read leniently. */
export const ErrorReply = z.object({
  errors: z.unknown().optional(),
  detail: z.unknown().optional(),
  message: z.unknown().optional(),
})

/** One item of the documented 422 `errors` list. */
export const ParamError = z.object({ param: z.unknown().optional(), details: z.unknown().optional() })

/** One item of FastAPI's `detail` list; its `input` (possibly the value) is never read. */
export const FastApiIssue = z.object({ loc: z.unknown().optional(), msg: z.unknown().optional() })
