import type { Finding, ManifestRule } from './types.js'
import { suggestRule } from './waivers.js'

/** Findings about the rule configuration itself: a typo in `rules.off` must not pass silently. */

export const unknownRuleId: ManifestRule = {
  id: 'unknown-rule-id',
  description: 'Every id in `rules.off` and in inline waivers names a rule.',
  why: 'A misspelt id switches nothing off, and the rule it meant keeps firing with no clue why.',
  severity: 'error',
  defaultOn: true,
  switchable: 'never',
  targets: ['manifest', 'dotenv'],
  check({ manifest, known }) {
    const out: Finding[] = []
    manifest.rules?.off?.forEach((id, j) => {
      if (!known.has(id))
        out.push({
          path: ['rules', 'off', j],
          message: `'${id}' in rules.off is not a rule id`,
          hint: suggestRule(id, known),
        })
    })
    return out
  },
}

export const ruleNotSwitchable: ManifestRule = {
  id: 'rule-not-switchable',
  description:
    '`rules.off` does not name a rule that only an inline waiver can silence (`literal-looks-secret`, and these two).',
  why: 'Switching the plaintext-secret check off for the whole manifest would let every later secret through unseen.',
  severity: 'error',
  defaultOn: true,
  switchable: 'never',
  targets: ['manifest'],
  check({ manifest, known }) {
    const out: Finding[] = []
    manifest.rules?.off?.forEach((id, j) => {
      const rule = known.get(id)
      if (!rule || rule.switchable === 'off-and-waiver') return
      const hint =
        rule.switchable === 'waiver-only'
          ? `waive single lines with \`# secrets-manifest: allow ${id}\``
          : 'fix what it reports'
      out.push({ path: ['rules', 'off', j], message: `'${id}' cannot be switched off in rules.off`, hint })
    })
    return out
  },
}

export const META_RULES: readonly ManifestRule[] = [unknownRuleId, ruleNotSwitchable]
