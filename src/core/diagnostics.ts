/** A finding about an input file, always with a position so editors and CI annotations can point at it. */
export interface Diagnostic {
  file: string
  line: number
  column: number
  ruleId: string
  severity: 'error' | 'warning'
  message: string
  /** How to fix it, in one sentence. */
  hint?: string
}

export function formatDiagnostic(d: Diagnostic): string {
  const hint = d.hint ? ` (${d.hint})` : ''
  return `${d.file}:${d.line}:${d.column}: ${d.ruleId}: ${d.message}${hint}`
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) =>
    a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1,
  )
}
