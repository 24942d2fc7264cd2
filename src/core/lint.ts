import type { ProviderCatalog } from './catalog.js'
import type { ManifestCheck } from './check.js'
import { lintParsed } from './check.js'
import type { Diagnostic } from './diagnostics.js'
import { parseManifest } from './manifest/parse.js'
import './rules/linear-pattern-engine.js'

/**
 * `checkManifest`'s full path, by `yaml` and zod (with parseManifest's own fast path first): parse,
 * schema and semantic errors, then the rules on every item that parsed, plus waivers that name no rule.
 */
export function checkManifestWithYaml(
  text: string,
  file: string,
  catalog: ProviderCatalog,
  parse = parseManifest,
): ManifestCheck {
  const result = parse(text, file, catalog)
  const diagnostics = lintParsed(result.diagnostics, result.parsed ?? result.partial, text, file, catalog)
  return { ...(result.parsed ? { parsed: result.parsed } : {}), diagnostics }
}

/** Everything `lint` reports for one manifest, in file order (synchronous; tests and the agreement checks). */
export function lintText(
  text: string,
  file: string,
  catalog: ProviderCatalog,
  parse = parseManifest,
): Diagnostic[] {
  return checkManifestWithYaml(text, file, catalog, parse).diagnostics
}
