import type { Diagnostic } from '../diagnostics.js'
import { closestMatch } from '../suggest.js'
import type { RuleInfo } from './types.js'

/**
 * Inline waivers: `# secrets-manifest: allow RULE-ID[, RULE-ID…]` at the end of the finding's line, or
 * alone on the line above it. The `#` must start a comment (line start or after a space), as in YAML
 * and dotenv files.
 */
const WAIVER =
  /(?:^|\s)#\s*secrets-manifest:\s*allow\s+([A-Za-z0-9-]+(?:\s*,\s*[A-Za-z0-9-]+|\s+[A-Za-z0-9-]+)*)/

export interface WaiverEntry {
  id: string
  /** 1-based column of the id, for findings about the waiver itself. */
  column: number
}

export function waiverEntries(line: string): WaiverEntry[] {
  if (!line.includes('secrets-manifest:')) return []
  const match = WAIVER.exec(line)
  if (!match) return []
  const listStart = match.index + match[0].length - match[1]!.length
  return [...match[1]!.matchAll(/[A-Za-z0-9-]+/g)].map((m) => ({
    id: m[0],
    column: listStart + m.index! + 1,
  }))
}

export function waiverIds(line: string): string[] {
  return waiverEntries(line).map((e) => e.id)
}

/** Is the finding at `line` waived for `ruleId` by a comment on that line or a comment-only line above? */
export function isWaived(ruleId: string, line: number, lineText: (line: number) => string): boolean {
  if (waiverIds(lineText(line)).includes(ruleId)) return true
  const above = lineText(line - 1)
  return /^\s*#/.test(above) && waiverIds(above).includes(ruleId)
}

/** A waiver naming an unknown rule (a typo) would silently waive nothing; report it. */
export function checkWaiverIds(
  text: string,
  file: string,
  known: ReadonlyMap<string, RuleInfo>,
): Diagnostic[] {
  if (!text.includes('secrets-manifest:')) return []
  const out: Diagnostic[] = []
  text.split(/\r?\n/).forEach((line, i) => {
    for (const { id, column } of waiverEntries(line)) {
      const rule = known.get(id)
      if (rule && rule.switchable !== 'never') continue
      out.push({
        file,
        line: i + 1,
        column,
        ruleId: rule ? 'rule-not-switchable' : 'unknown-rule-id',
        severity: 'error',
        message: rule ? `'${id}' findings cannot be waived` : `'${id}' is not a rule id`,
        hint: rule ? 'fix the configuration it reports' : suggestRule(id, known),
      })
    }
  })
  return out
}

/** "did you mean …" for a misspelt rule id, by edit distance. */
export function suggestRule(id: string, known: ReadonlyMap<string, RuleInfo>): string {
  const best = closestMatch(id, known.keys())
  return best ? `did you mean '${best}'?` : 'see the rule table in docs/lint-and-hook.md'
}
