import type { ProviderCatalog } from '../catalog.js'
import type { Diagnostic } from '../diagnostics.js'
import type { ParsedManifest } from '../manifest/parse.js'
import { literalLooksSecret } from './literal-secret.js'
import { META_RULES } from './meta.js'
import { PORTABLE_RULES } from './portable.js'
import { TEAM_RULES } from './team.js'
import type { ManifestRule, RuleContext, RuleInfo } from './types.js'
import { isWaived } from './waivers.js'

export type { ManifestRule, RuleInfo, RuleTarget, Switchable } from './types.js'

/**
 * The rules run on a parsed manifest, in the order they are documented, with the providers' own rules
 * (in the registry's order) after the team rules; the catalog (catalog.ts) holds them.
 */
export function manifestRules(providerRules: readonly ManifestRule[]): readonly ManifestRule[] {
  return [...PORTABLE_RULES, literalLooksSecret, ...TEAM_RULES, ...providerRules, ...META_RULES]
}

/** How a rule is switched off, in words, for the docs table. */
export function howToSwitchOff(rule: RuleInfo): string {
  const waiver = `\`# secrets-manifest: allow ${rule.id}\``
  if (rule.switchable === 'never') return 'cannot be switched off: fix the configuration it reports'
  if (rule.switchable === 'waiver-only') return `per line only: ${waiver}`
  if (!rule.targets.includes('manifest'))
    return `\`args: [--off=${rule.id}]\` in the hook config, or ${waiver}`
  const whole =
    typeof rule.defaultOn === 'string' ? `remove \`${rule.defaultOn}\`` : `\`rules.off: [${rule.id}]\``
  return `${whole}, or ${waiver} on the line`
}

/**
 * Runs every rule that applies to the manifest's provider and is not switched off, in one pass, and
 * positions each finding at the YAML node it names. Waived findings are dropped here, so every front end
 * (CLI, action, hook) honours waivers the same way.
 */
export function lintManifest(parsed: ParsedManifest, catalog: ProviderCatalog): Diagnostic[] {
  const { file, manifest, source } = parsed
  const off = new Set(manifest.rules?.off ?? [])
  const ctx: RuleContext = { manifest, known: catalog.manifestRuleIds }
  const out: Diagnostic[] = []
  for (const rule of catalog.manifestRules) {
    if (rule.provider !== undefined && rule.provider !== manifest.provider.type) continue
    if (rule.switchable === 'off-and-waiver' && off.has(rule.id)) continue
    for (const finding of rule.check(ctx)) {
      const { line, column } = source.locate(finding.path)
      if (rule.switchable !== 'never' && isWaived(rule.id, line, source.lineText)) continue
      out.push({
        file,
        line,
        column,
        ruleId: rule.id,
        severity: rule.severity,
        message: finding.message,
        ...(finding.hint ? { hint: finding.hint } : {}),
      })
    }
  }
  return out
}
