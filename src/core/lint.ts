import type { ManifestCheck } from './check.js'
import { lintParsed } from './check.js'
import type { Diagnostic } from './diagnostics.js'
import { parseManifest } from './manifest/parse.js'
import './rules/linear-pattern-engine.js'

/**
 * `checkManifest`'s full path, by `yaml` and zod (with parseManifest's own fast path first): parse,
 * schema and semantic errors, then the rules on every item that parsed, plus waivers that name no rule.
 */
export function checkManifestWithYaml(text: string, file: string, parse = parseManifest): ManifestCheck {
  const result = parse(text, file)
  const diagnostics = lintParsed(result.diagnostics, result.parsed ?? result.partial, text, file)
  return { ...(result.parsed ? { parsed: result.parsed } : {}), diagnostics }
}

/** Everything `lint` reports for one manifest, in file order (synchronous; tests and the agreement checks). */
export function lintText(text: string, file: string, parse = parseManifest): Diagnostic[] {
  return checkManifestWithYaml(text, file, parse).diagnostics
}
