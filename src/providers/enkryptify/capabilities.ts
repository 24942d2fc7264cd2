import type { ProviderCapabilities } from '../../core/seam/types.js'

/**
 * What Enkryptify can do, as data: batch create across environments, one PUT per secret, no
 * folders/tags/metadata, share creation contract unknown.
 */
export const ENKRYPTIFY_CAPABILITIES: Readonly<ProviderCapabilities> = {
  batchCreate: true,
  batchUpdate: false,
  maxBatchSize: 100,
  perEnvironmentValues: true,
  readableValues: true,
  folders: false,
  tags: false,
  metadata: false,
  comments: true,
  nativeDuplicate: false,
  shares: false,
  pagination: false,
  projectLevelSecrets: true,
}
