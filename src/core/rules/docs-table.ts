import { howToSwitchOff } from './index.js'
import type { RuleInfo } from './types.js'

/**
 * The rule table of docs/lint-and-hook.md (`rules`: a catalog's, which has every provider's), generated
 * so the docs cannot drift from the code.
 */
export function renderRulesTable(rules: readonly RuleInfo[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
  const rows = rules.map((r) =>
    [
      `\`${r.id}\``,
      r.description,
      r.why,
      defaultText(r),
      r.targets.map((t) => (t === 'manifest' ? '`secrets.yaml`' : '`.env.example`')).join(', '),
      howToSwitchOff(r),
    ]
      .map(cell)
      .join(' | '),
  )
  return [
    '| Rule | What | Why | On | Files | How to switch off |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n')
}

function defaultText(rule: RuleInfo): string {
  if (typeof rule.defaultOn === 'string') return `when \`${rule.defaultOn}\` is set`
  if (rule.provider) return `for \`provider.type: ${rule.provider}\``
  return 'always'
}
