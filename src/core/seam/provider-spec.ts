import type { z } from 'zod'
import type { TokenShape } from '../rules/secret-patterns.js'
import type { ManifestRule } from '../rules/types.js'
import type { ProviderCapabilities } from './types.js'

/**
 * The provider block of each provider, by `provider.type`. Empty here: each provider's folder adds its
 * own (`declare module … { interface ProviderBlocks { … } }` next to its block's schema), so the core
 * names no provider and every front end still sees the exact union of blocks.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by declaration merging, one entry per provider
export interface ProviderBlocks {}

/** Every `provider.type` a provider's folder declares. */
export type ProviderType = keyof ProviderBlocks & string

/** A manifest's `provider:` block, once it passed the schema. */
export type ProviderConfig = ProviderBlocks[ProviderType]

/** Zod as the slow path loads it: a block's schema is built with it, so a provider's files never load zod. */
export type Zod = typeof z

/** A finding about the provider block before it has a position, in the shape `checkSemantics` reports. */
export interface BlockFinding {
  path: PropertyKey[]
  ruleId: string
  message: string
  hint: string
}

/** What a provider adds to the manifest: its `provider:` block, checked two ways that must agree. */
export interface ProviderManifestBlock {
  /**
   * The block's zod schema (a strict object with `type: z.literal(<type>)`), built with the zod the
   * slow path loaded; the manifest schema, the JSON Schema and the block's type come from it.
   */
  schema(zod: Zod): z.ZodObject
  /**
   * The zod-free check of the fast path, with the helpers of core/manifest/fast-schema.ts: it throws
   * (through them) wherever it is not sure the schema accepts the block, and fills in the defaults the
   * schema would. A property test compares it with `schema` on generated manifests.
   */
  fastCheck(block: unknown): void
  /** One sentence per field of the block, keyed `provider.<field>` (JSON Schema hovers). */
  fieldDocs: Readonly<Record<string, string>>
  /** The default of the block's address field (`siteUrl` or `apiUrl`), which a written block leaves out. */
  defaultUrl: string
  /** What the schema cannot say about the block (one of two fields required), run with the semantic checks. */
  check?(block: ProviderConfig): BlockFinding[]
  /** The same rule for editors: JSON Schema the `then` of this provider's conditional adds to `provider`. */
  jsonSchema?: Readonly<Record<string, unknown>>
}

/** What the core needs to know about one provider: everything but how to talk to it. */
export interface ProviderSpec {
  readonly type: ProviderType
  /** How the provider is named to people. */
  readonly name: string
  readonly capabilities: Readonly<ProviderCapabilities>
  readonly manifest: ProviderManifestBlock
  /** Lint rules about what the provider's API rejects or rewrites, run on manifests for this provider. */
  readonly lint: readonly ManifestRule[]
  /**
   * The shapes of its credentials, so that one pasted into a manifest or a `.env.example` is reported
   * and never quoted (the registry adds them to the detector: secret-patterns.ts `addTokenShapes`).
   */
  readonly tokenShapes?: readonly TokenShape[]
}
