import type { Diagnostic } from '../diagnostics.js'
import {
  envVarNameProblem,
  findCaseCollisions,
  isUpperCaseKey,
  renameHint,
  showKey,
  showKeyPair,
  suggestEnvVarName,
} from './key-names.js'
import { KEY_SECRET_HINT, LITERAL_SECRET_HINT, literalLooksSecret } from './literal-secret.js'
import { unknownRuleId } from './meta.js'
import { caseCollision, envVarName, upperCaseKey } from './portable.js'
import { detectSecret } from './secret-patterns.js'
import type { RuleInfo } from './types.js'
import { checkWaiverIds, isWaived } from './waivers.js'

/**
 * Keys of committed `.env.example`-style files (`KEY=value`, `export KEY=value`, comments, blank lines,
 * quoted values over several lines) checked with the portable key rules. Values are read only to look
 * for real credentials that slipped into an example, and are never printed.
 */

const dotenvRule = (id: string, description: string, why: string): RuleInfo => ({
  id,
  description,
  why,
  severity: 'error',
  defaultOn: true,
  switchable: 'off-and-waiver',
  targets: ['dotenv'],
})

export const DOTENV_ONLY_RULES: readonly RuleInfo[] = [
  dotenvRule(
    'dotenv-syntax',
    'A non-comment line of a `.env.example` file is `KEY=value` or `export KEY=value`.',
    'A line that is not an assignment is ignored or misread by dotenv loaders.',
  ),
  dotenvRule(
    'dotenv-duplicate-key',
    'A key appears once in a `.env.example` file.',
    'Loaders disagree on whether the first or the last one wins.',
  ),
]

/** The rules that apply to dotenv files, by id: what `--off` and waivers may name. */
export const DOTENV_RULES: ReadonlyMap<string, RuleInfo> = new Map(
  [envVarName, upperCaseKey, caseCollision, literalLooksSecret, unknownRuleId, ...DOTENV_ONLY_RULES].map(
    (r) => [r.id, r],
  ),
)

interface Assignment {
  key: string
  line: number
  column: number
  value: string
  valueColumn: number
}

export interface DotenvOptions {
  /** Rule ids switched off (the hook's `--off`). */
  off?: readonly string[]
}

export function lintDotenvKeys(text: string, file: string, options: DotenvOptions = {}): Diagnostic[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const off = new Set(options.off ?? [])
  const out: Diagnostic[] = []
  const report = (ruleId: string, line: number, column: number, message: string, hint: string) => {
    if (off.has(ruleId) || isWaived(ruleId, line, (n) => lines[n - 1] ?? '')) return
    out.push({ file, line, column, ruleId, severity: 'error', message, hint })
  }

  const assignments = readAssignments(lines, (line, column) =>
    report(
      'dotenv-syntax',
      line,
      column,
      'line is not KEY=value',
      'write KEY=value, or start a comment with #',
    ),
  )
  const firstLine = new Map<string, number>()
  assignments.forEach((a) => {
    const problem = envVarNameProblem(a.key)
    if (problem) {
      report(
        envVarName.id,
        a.line,
        a.column,
        `key ${showKey(a.key)} ${problem}, so it is not a valid environment-variable name`,
        renameHint(a.key, suggestEnvVarName(a.key) || 'A_NAME', 'rename it, e.g. to'),
      )
    }
    if (!isUpperCaseKey(a.key))
      report(
        upperCaseKey.id,
        a.line,
        a.column,
        `key ${showKey(a.key)} is not upper case`,
        renameHint(a.key, suggestEnvVarName(a.key).toUpperCase()),
      )
    const first = firstLine.get(a.key)
    if (first === undefined) firstLine.set(a.key, a.line)
    else
      report(
        'dotenv-duplicate-key',
        a.line,
        a.column,
        `key ${showKey(a.key)} is already set on line ${first}`,
        'remove one of them',
      )
    const keyLabel = detectSecret(a.key)
    if (keyLabel)
      report(literalLooksSecret.id, a.line, a.column, `key looks like ${keyLabel}`, KEY_SECRET_HINT)
    const label = detectSecret(a.value)
    if (label)
      report(
        literalLooksSecret.id,
        a.line,
        a.valueColumn,
        `value of ${showKey(a.key)} looks like ${label}`,
        `use a placeholder; ${LITERAL_SECRET_HINT}`,
      )
  })
  const collisions = findCaseCollisions(assignments.map((a, index) => ({ key: a.key, scope: file, index })))
  for (const c of collisions) {
    const a = assignments[c.index]!
    const first = assignments[c.first.index]!
    const [key, firstKey] = showKeyPair(a.key, first.key)
    report(
      caseCollision.id,
      a.line,
      a.column,
      `key ${key} differs only by case from ${firstKey} (line ${first.line})`,
      'use one spelling',
    )
  }
  out.push(...checkWaiverIds(lines.join('\n'), file, DOTENV_RULES))
  return out.sort((a, b) => a.line - b.line || a.column - b.column)
}

const ASSIGNMENT = /^(\s*)(export\s+)?([^=#\s][^=]*?)\s*=\s*(.*)$/

function readAssignments(
  lines: readonly string[],
  syntaxError: (line: number, column: number) => void,
): Assignment[] {
  const out: Assignment[] = []
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!
    if (/^\s*(#|$)/.test(text)) continue
    const m = ASSIGNMENT.exec(text)
    // `DB_PASSWORD: secret=x` is not a key named "DB_PASSWORD: secret": what follows the space or colon
    // may be a value, so the line is a syntax error and no part of it is printed as a key.
    if (!m || /[\s:]/.test(m[3]!)) {
      syntaxError(i + 1, text.search(/\S/) + 1)
      continue
    }
    const line = i + 1
    const column = m[1]!.length + (m[2]?.length ?? 0) + 1
    const rest = m[4]!
    const valueColumn = text.length - rest.length + 1
    let value = rest
    const quote = rest[0]
    if (quote === '"' || quote === "'" || quote === '`') {
      // A quoted value may run over several lines; those lines are value, not assignments.
      let body = rest.slice(1)
      while (closingQuote(body, quote) < 0 && i + 1 < lines.length) body += `\n${lines[++i]}`
      const end = closingQuote(body, quote)
      value = end < 0 ? body : body.slice(0, end)
    } else {
      value = rest.replace(/\s+#.*$/, '')
    }
    out.push({ key: m[3]!, line, column, value, valueColumn })
  }
  return out
}

function closingQuote(body: string, quote: string): number {
  for (let j = 0; j < body.length; j++) {
    if (body[j] === '\\' && quote === '"') j++
    else if (body[j] === quote) return j
  }
  return -1
}
