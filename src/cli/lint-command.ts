import { readFileSync } from 'node:fs'
import { type Diagnostic, formatDiagnostic, hasErrors } from '../core/diagnostics.js'
import { lintText } from '../core/lint.js'
import type { CliValues } from './args.js'

export function runLint(
  files: string[],
  values: CliValues,
  io: { out: (t: string) => void; err: (t: string) => void },
): number {
  const all: Diagnostic[] = []
  for (const file of files) {
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch {
      io.err(`secrets-manifest lint: cannot read ${file}`)
      return 2
    }
    all.push(...lintText(text, file))
  }
  if (values.json) io.out(JSON.stringify(all, null, 2))
  else for (const d of all) io.out(formatDiagnostic(d))
  if (!values.json)
    io.err(
      all.length
        ? `${all.length} finding(s) in ${files.length} file(s).`
        : `${files.length} file(s) checked, no findings.`,
    )
  return hasErrors(all) ? 1 : 0
}
