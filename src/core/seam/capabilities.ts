import type { ProviderCapabilities, ProviderType } from './types.js'

/**
 * What each provider can do, as data. Pure (no HTTP client) so the manifest checks, the planner and the
 * docs table can read it without loading a provider. A provider may narrow its own copy at run time
 * (the 2024 Infisical server has no metadata), never widen it.
 */
export const PROVIDER_CAPABILITIES: Readonly<Record<ProviderType, Readonly<ProviderCapabilities>>> = {
  infisical: {
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
  },
  // Enkryptify: batch create across environments, one PUT per secret,
  // no folders/tags/metadata, share creation contract unknown.
  enkryptify: {
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
  },
  // Prime Intellect: one request per write, values never returned, no environments, paginated list.
  'prime-intellect': {
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
  },
}

/** How each provider is named to people. */
export const PROVIDER_NAMES: Readonly<Record<ProviderType, string>> = {
  infisical: 'Infisical',
  enkryptify: 'Enkryptify',
  'prime-intellect': 'Prime Intellect',
}

/**
 * The environment label for providers without environments (Prime Intellect). Parenthesised so it can
 * never be mistaken for, or collide with, a real environment name.
 */
export const NO_ENVIRONMENT = '(global)'
