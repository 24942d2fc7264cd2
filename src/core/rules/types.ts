import type { Manifest } from '../manifest/schema.js'

/** Which files a rule reads: the manifest, committed `.env.example`-style files, or both. */
export type RuleTarget = 'manifest' | 'dotenv'

/**
 * How a finding can be silenced. Most rules: `rules.off` for the whole manifest or an inline waiver for
 * one line. `waiver-only` rules guard against leaks, where a blanket switch would hide every future case.
 * `never` is for findings about the rule configuration itself.
 */
export type Switchable = 'off-and-waiver' | 'waiver-only' | 'never'

/** What a rule is, for the engine and for the generated docs table. */
export interface RuleInfo {
  /** Stable kebab-case id, printed in every finding and used in `rules.off` and waivers. */
  id: string
  /** What it checks, one sentence. */
  description: string
  /** Why it matters, one sentence. */
  why: string
  severity: 'error' | 'warning'
  /** true: on unless switched off. A string: on when that setting is present (team rules). */
  defaultOn: true | string
  /** Only for manifests of this provider type; absent: every provider. */
  provider?: string
  switchable: Switchable
  targets: readonly RuleTarget[]
}

/** A finding before it has a position: `path` is the YAML node it points at, in zod's path form. */
export interface Finding {
  path: readonly PropertyKey[]
  message: string
  hint?: string
}

export interface RuleContext {
  manifest: Manifest
  /** Every rule id the engine knows, for checks on `rules.off`. */
  known: ReadonlyMap<string, RuleInfo>
}

export interface ManifestRule extends RuleInfo {
  check(ctx: RuleContext): Finding[]
}
