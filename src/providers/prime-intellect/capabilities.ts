import type { ProviderCapabilities } from '../../core/seam/types.js'

/**
 * What Prime Intellect can do, as data: one request per write, values never returned, no
 * environments, paginated list.
 */
export const PRIME_INTELLECT_CAPABILITIES: Readonly<ProviderCapabilities> = {
  batchCreate: false,
  batchUpdate: false,
  maxBatchSize: 1,
  perEnvironmentValues: false,
  readableValues: false,
  folders: false,
  tags: false,
  metadata: false,
  comments: true,
  nativeDuplicate: false,
  shares: false,
  pagination: true,
  projectLevelSecrets: false,
}
