import * as core from '@actions/core'
import type { Diagnostic } from '../core/diagnostics.js'

/**
 * One annotation per finding, placed on the manifest line by the runner. Each finding is reported here
 * and only here, so the log does not show it twice.
 */
export function annotate(diagnostics: readonly Diagnostic[], redact: (text: string) => string): void {
  for (const d of diagnostics) {
    const message = redact(`${d.message}${d.hint ? ` (${d.hint})` : ''}`)
    const props = { file: d.file, startLine: d.line, startColumn: d.column, title: d.ruleId }
    if (d.severity === 'error') core.error(message, props)
    else core.warning(message, props)
  }
}

/** Appends to this step's job summary; the caller has already fitted `markdown` to the cap and redacted it. */
export async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(markdown, true).write()
}
