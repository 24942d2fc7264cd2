import type { ProviderCatalog } from './catalog.js'
import { type Diagnostic, sortDiagnostics } from './diagnostics.js'
import { fastValidate } from './manifest/fast-schema.js'
import { MAX_FAST_CHARS, parseYamlSubset } from './manifest/fast-yaml.js'
import type { ParsedManifest } from './manifest/parse.js'
import type { Manifest } from './manifest/schema.js'
import { checkSemantics } from './manifest/semantics.js'
import { MAX_MANIFEST_BYTES } from './manifest/vocabulary.js'
import { lintManifest } from './rules/index.js'
import { checkWaiverIds } from './rules/waivers.js'

/** A manifest read and linted: every finding in file order, and the manifest when it can be planned. */
export interface ManifestCheck {
  parsed?: ParsedManifest
  diagnostics: Diagnostic[]
}

/**
 * The one way a manifest is parsed and linted; the CLI's lint, plan and apply, the action and the hook
 * all call it. The fast path (the zod-free reader and check) answers for plain YAML that passes the
 * schema; anything else goes to `yaml` and zod, which also place every error. Neither is loaded until
 * needed, so the hook starts without them. `catalog` is the providers a manifest may name (the
 * registry's PROVIDER_CATALOG).
 */
export async function checkManifest(
  text: string,
  file: string,
  catalog: ProviderCatalog,
): Promise<ManifestCheck> {
  const fast = await checkFast(text, file, catalog)
  if (fast) return fast
  const { checkManifestWithYaml } = await import('./lint.js')
  return checkManifestWithYaml(text, file, catalog)
}

/**
 * The findings of a parsed (or partly parsed) manifest: the parser's, then the naming and
 * plaintext-secret rules on every item that parsed, plus waivers that name no rule.
 */
export function lintParsed(
  parseDiagnostics: readonly Diagnostic[],
  checked: ParsedManifest | undefined,
  text: string,
  file: string,
  catalog: ProviderCatalog,
): Diagnostic[] {
  const out = [...parseDiagnostics]
  if (checked) out.push(...lintManifest(checked, catalog))
  out.push(...checkWaiverIds(text, file, catalog.manifestRuleIds))
  return sortDiagnostics(out)
}

/**
 * `checkManifest` for the common case, without loading the `yaml` library: a manifest in plain YAML that
 * passes the schema. Zod is loaded only when the zod-free check is not sure. Undefined for anything else
 * (unusual YAML, any parse or schema error), which the full path reports with positions. A test checks
 * that both give the same findings wherever this one answers.
 */
export async function checkFast(
  text: string,
  file: string,
  catalog: ProviderCatalog,
): Promise<ManifestCheck | undefined> {
  if (text.length > MAX_FAST_CHARS && Buffer.byteLength(text) > MAX_MANIFEST_BYTES) return undefined
  const doc = parseYamlSubset(text)
  if (!doc) return undefined
  const manifest = fastValidate(doc.value, catalog) ?? (await validateWithZod(doc.value, catalog))
  if (!manifest) return undefined
  const parsed = { file, manifest, source: doc.source }
  // re2js is big: loaded only for a manifest that has a team pattern to match.
  if (manifest.rules?.key?.pattern !== undefined) await import('./rules/linear-pattern-engine.js')
  return { parsed, diagnostics: lintParsed(checkSemantics(parsed, catalog), parsed, text, file, catalog) }
}

async function validateWithZod(value: unknown, catalog: ProviderCatalog): Promise<Manifest | undefined> {
  const { manifestSchema } = await import('./manifest/schema.js')
  const result = manifestSchema(catalog).safeParse(value)
  return result.success ? result.data : undefined
}
