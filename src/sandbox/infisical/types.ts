/** Options and shared shapes of the local Infisical-compatible server. */

export type Role = 'admin' | 'viewer'

export interface RateLimitOptions {
  readPerMinute?: number
  writePerMinute?: number
  secretsPerMinute?: number
  shareCreationsPerMinute?: number
}

export interface InfisicalServerOptions {
  host?: string
  port?: number
  /** Behave like the October-2024 self-hosted server. */
  legacy?: boolean
  latencyMs?: number
  siteUrl?: string
  rateLimits?: RateLimitOptions
  /** Refuse batch writes of more items (400 "too many"), like a server with a batch cap; default none. */
  maxBatchSize?: number
  now?: () => number
}

export type FaultKind =
  | 'status'
  | 'reset-before'
  | 'reset-after'
  | 'truncate-after'
  | 'intercept'
  | 'malformed'

export interface RequestLogEntry {
  method: string
  path: string
  query: Record<string, string>
  /** 0 when the socket was destroyed before any reply was computed. */
  status: number
  body: unknown
  /** The request carried a bearer token the server accepted. */
  authorized: boolean
  at: number
  /** Set when an injected fault handled this request. */
  fault?: FaultKind
}

export interface OidcBinding {
  boundIssuer?: string
  boundAudiences?: string
  boundSubject?: string
  boundClaims?: Record<string, string>
}

export interface IdentityInput {
  id?: string
  clientId?: string
  clientSecret?: string
  name?: string
  role?: Role
  /** false = the identity may list keys but not read values (secretValueHidden). */
  canReadValues?: boolean
  /** Seconds; 0 = token never expires. Default 2592000 (30 days). */
  accessTokenTTL?: number
  oidc?: OidcBinding
}

export interface ProjectInput {
  id?: string
  slug: string
  name?: string
  autoCapitalization?: boolean
  environments: { slug: string; name?: string }[]
  tags?: { slug: string; name?: string; color?: string }[]
  members?: string[]
}

/** What addProject returns: the ids tests need to build requests. */
export interface ProjectInfo {
  id: string
  slug: string
  name: string
  environments: { id: string; slug: string; name: string }[]
  tags: { id: string; slug: string; name: string; color: string | null }[]
}

export interface SecretInput {
  key: string
  value: string
  comment?: string
  /** Tag slugs of the project. */
  tags?: string[]
  /** Becomes `secretMetadata` entries (unencrypted). */
  metadata?: Record<string, string>
  skipMultilineEncoding?: boolean
}

export interface ApprovalPolicyInput {
  projectId: string
  environment: string
  /** Glob like `/app/**`; omitted = every path of the environment. */
  path?: string
  bypassForMachineIdentities?: boolean
}
