/** Options and shapes of the local Prime Intellect-compatible server. */

export interface PrimeServerOptions {
  host?: string
  port?: number
  latencyMs?: number
  /** 422 bodies: the documented `{errors:[{param,details}]}` or FastAPI's `{detail:[{loc,msg,type,input}]}`. */
  errorStyle?: 'errors' | 'fastapi'
  /** Which total the list page carries: the schema's, the CLI mock's, or none. */
  totalField?: 'total_count' | 'totalCount' | 'none'
  /** Largest `limit` accepted; larger asks get 422. Default 100. */
  maxLimit?: number
  deleteStatus?: 200 | 204
  /** Answer to creating a name that exists in the scope (unconfirmed upstream). Default 409. */
  duplicateStatus?: 400 | 409 | 422
  /** Requests a minute per key; 0 (default) is off. Answers 429 with Retry-After. */
  requestsPerMinute?: number
  now?: () => number
}

export interface KeyInput {
  apiKey: string
  userId?: string
  /** Teams the key's user belongs to. */
  teams?: string[]
}

export interface PrimeSecret {
  id: string
  name: string
  value: string
  description: string | null
  isFile: boolean
  userId: string | null
  teamId: string | null
  createdAt: string
  updatedAt: string
}
