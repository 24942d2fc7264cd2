import { type Diagnostic, sortDiagnostics } from '../core/diagnostics.js'
import { fastValidate } from '../core/manifest/fast-schema.js'
import { MAX_FAST_CHARS, parseYamlSubset } from '../core/manifest/fast-yaml.js'
import type { Manifest } from '../core/manifest/schema.js'
import { checkSemantics } from '../core/manifest/semantics.js'
import { MAX_MANIFEST_BYTES } from '../core/manifest/vocabulary.js'
import { lintManifest, MANIFEST_IDS } from '../core/rules/index.js'
import { checkWaiverIds } from '../core/rules/waivers.js'

/**
 * `lintText` for the common case, without loading the `yaml` library: a manifest in plain YAML that
 * passes the schema. Zod is loaded only when the zod-free check is not sure. Returns undefined for
 * anything else (unusual YAML, any parse or schema error), and the caller runs `lintText`, which reports
 * those with their positions. A test checks that both give the same findings wherever this one answers.
 */
export async function lintFast(text: string, file: string): Promise<Diagnostic[] | undefined> {
  if (text.length > MAX_FAST_CHARS && Buffer.byteLength(text) > MAX_MANIFEST_BYTES) return undefined
  const doc = parseYamlSubset(text)
  if (!doc) return undefined
  const manifest = fastValidate(doc.value) ?? (await validateWithZod(doc.value))
  if (!manifest) return undefined
  const parsed = { file, manifest, source: doc.source }
  // re2js is big: loaded only for a manifest that has a team pattern to match.
  if (manifest.rules?.key?.pattern !== undefined) await import('../core/rules/linear-pattern-engine.js')
  return sortDiagnostics([
    ...checkSemantics(parsed),
    ...lintManifest(parsed),
    ...checkWaiverIds(text, file, MANIFEST_IDS),
  ])
}

async function validateWithZod(value: unknown): Promise<Manifest | undefined> {
  const { ManifestSchema } = await import('../core/manifest/schema.js')
  const result = ManifestSchema.safeParse(value)
  return result.success ? result.data : undefined
}
