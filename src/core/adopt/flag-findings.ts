import type { ProviderCatalog } from '../catalog.js'
import type { Diagnostic } from '../diagnostics.js'
import { parseManifest } from '../manifest/parse.js'
import { lintManifest } from '../rules/index.js'

export interface FlaggedManifest {
  /** The manifest with an inline waiver on each line a rule flagged, so its first plan runs. */
  text: string
  /** What the lint reports on the manifest as imported (before the waivers): the keys to rename. */
  findings: Diagnostic[]
}

/**
 * Keys the remote holds are kept even where they break a naming rule: the import describes what is
 * there. Each flagged line gets `# secrets-manifest: allow RULE`, so the waiver in the diff shows
 * reviewers what to rename, and the findings are reported as the lint words them.
 */
export function flagFindings(text: string, file: string, catalog: ProviderCatalog): FlaggedManifest {
  const result = parseManifest(text, file, catalog)
  const lint = result.parsed ? lintManifest(result.parsed, catalog) : []
  const findings = [...result.diagnostics, ...lint]
  const byLine = new Map<number, Set<string>>()
  for (const d of lint) {
    if (d.severity !== 'error') continue
    const ids = byLine.get(d.line) ?? new Set<string>()
    ids.add(d.ruleId)
    byLine.set(d.line, ids)
  }
  const lines = text.split('\n')
  for (const [line, ids] of byLine)
    lines[line - 1] = `${lines[line - 1]}  # secrets-manifest: allow ${[...ids].sort().join(', ')}`
  return { text: lines.join('\n'), findings }
}
