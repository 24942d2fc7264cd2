import { type Diagnostic, sortDiagnostics } from './diagnostics.js'
import { parseManifest } from './manifest/parse.js'
import { lintManifest, MANIFEST_IDS } from './rules/index.js'
import './rules/linear-pattern-engine.js'
import { checkWaiverIds } from './rules/waivers.js'

/**
 * Everything `lint` reports for one manifest, in file order: parse, schema and semantic errors, then
 * (on every item that parsed) the naming and plaintext-secret rules, plus waivers that name no rule.
 * Offline and pure: the CLI, the action's annotations and the pre-commit hook all call this.
 */
export function lintText(text: string, file: string, parse = parseManifest): Diagnostic[] {
  const result = parse(text, file)
  const out = [...result.diagnostics]
  const checked = result.parsed ?? result.partial
  if (checked) out.push(...lintManifest(checked))
  out.push(...checkWaiverIds(text, file, MANIFEST_IDS))
  return sortDiagnostics(out)
}
