import type { ProviderCapabilities } from '../../core/seam/types.js'

/**
 * What Infisical can do, as data. The 2024 server has no metadata: its client narrows its own copy at
 * run time (a client may narrow, never widen).
 */
export const INFISICAL_CAPABILITIES: Readonly<ProviderCapabilities> = {
  batchCreate: true,
  batchUpdate: true,
  // No maximum in the schema; the body limit (Fastify's default 1 MiB) is the real bound.
  maxBatchSize: 10_000,
  maxBatchBytes: 1024 * 1024,
  perEnvironmentValues: true,
  readableValues: true,
  folders: true,
  tags: true,
  metadata: true,
  comments: true,
  nativeDuplicate: true,
  shares: true,
  pagination: false,
  projectLevelSecrets: false,
}
