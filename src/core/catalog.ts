import { DOTENV_ONLY_RULES } from './rules/dotenv.js'
import { manifestRules } from './rules/index.js'
import type { ManifestRule, RuleInfo } from './rules/types.js'
import type { ProviderSpec } from './seam/provider-spec.js'

/**
 * The providers a manifest may name, and what follows from them, built once from the providers' specs
 * (src/providers/catalog.ts) and handed to the core's functions by each entry: the core itself names
 * no provider, so a new one adds nothing here.
 */
export interface ProviderCatalog {
  /** In the registry's order, which is the order of the JSON Schema's conditionals and of the rules. */
  readonly providers: readonly ProviderSpec[]
  /** The provider of this type; throws for a type no provider has (the schema let no such manifest in). */
  get(type: string): ProviderSpec
  /** The provider of this type, if any. */
  find(type: unknown): ProviderSpec | undefined
  /** The rules run on a parsed manifest, in the order they are documented. */
  readonly manifestRules: readonly ManifestRule[]
  /** The same by id: what `rules.off` and waivers in a manifest may name. */
  readonly manifestRuleIds: ReadonlyMap<string, RuleInfo>
  /** Every rule, for the docs table. */
  readonly rules: readonly RuleInfo[]
}

export function createCatalog(providers: readonly ProviderSpec[]): ProviderCatalog {
  const byType = new Map<string, ProviderSpec>(providers.map((p) => [p.type, p]))
  const rules = manifestRules(providers.flatMap((p) => p.lint))
  return {
    providers,
    get(type) {
      const spec = byType.get(type)
      if (!spec) throw new Error(`no provider of type '${type}'`)
      return spec
    },
    find: (type) => (typeof type === 'string' ? byType.get(type) : undefined),
    manifestRules: rules,
    manifestRuleIds: new Map(rules.map((r) => [r.id, r])),
    rules: [...rules, ...DOTENV_ONLY_RULES],
  }
}
