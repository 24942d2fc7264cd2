import { checkManifest } from '../core/check.js'
import { type Diagnostic, formatDiagnostic, hasErrors } from '../core/diagnostics.js'
import { MAX_MANIFEST_BYTES } from '../core/manifest/vocabulary.js'
import { PROVIDER_CATALOG } from '../providers/registry.js'
import { readRepositoryFile } from '../values/read-file.js'
import type { CliValues } from './args.js'

export async function runLint(
  files: string[],
  values: CliValues,
  io: { out: (t: string) => void; err: (t: string) => void },
): Promise<number> {
  const all: Diagnostic[] = []
  for (const file of files) {
    const read = readRepositoryFile(file, MAX_MANIFEST_BYTES)
    if ('problem' in read) {
      io.err(`secrets-manifest lint: cannot read ${file}: it ${read.problem}`)
      return 2
    }
    all.push(...(await checkManifest(read.text, file, PROVIDER_CATALOG)).diagnostics)
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
