/** Options and shapes of the local Enkryptify-compatible server. */

export interface EnkryptifyServerOptions {
  host?: string
  port?: number
  latencyMs?: number
  /** Requests a minute per client IP over all /v1 routes; 0 turns it off. Default 200. */
  requestsPerMinute?: number
  /** Token exchanges a minute per token; default 10. */
  exchangesPerMinute?: number
  /** false: `POST /v1/auth/exchange` answers 404, as if it did not exist (clients must fall back). */
  exchange?: boolean
  /** false: raw `ek_live_` tokens are refused on data routes; only exchanged JWTs work (E-tokdoc's reading). */
  directTokens?: boolean
  /** Status of a successful create: the OpenAPI says 200, the CLI's mock 201. Default 200. */
  createStatus?: 200 | 201
  now?: () => number
}

export interface TokenInput {
  token: string
  permission?: 'read' | 'read-write'
  /** Workspace slug the token is scoped to. */
  workspace: string
  /** The user the token acts as (personal values belong to a user). */
  userId?: string
}

export interface ProjectInput {
  workspace: string
  project: string
  environments: string[]
}

export interface SecretInput {
  key: string
  /** Environment name -> shared value. */
  values: Record<string, string>
  /** Environment name -> personal value of `personalUserId`. */
  personal?: Record<string, string>
  personalUserId?: string
  note?: string
  type?: 'runtime' | 'build'
  dataType?: 'text' | 'json'
}

export interface StoredValue {
  environmentId: string
  value: string
  isPersonal: boolean
  userId?: string
}

export interface StoredSecret {
  id: string
  name: string
  note: string
  type: 'runtime' | 'build'
  dataType: 'text' | 'json'
  values: StoredValue[]
  createdAt: string
  updatedAt: string
}
