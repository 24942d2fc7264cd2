import { formatDiagnostic, hasErrors } from '../core/diagnostics.js'
import type { ParsedManifest } from '../core/manifest/parse.js'
import { parseManifest } from '../core/manifest/parse.js'
import { manifestSchemas, type ProviderConfig } from '../core/manifest/schema.js'
import { MAX_MANIFEST_BYTES } from '../core/manifest/vocabulary.js'
import type { ProviderType } from '../core/seam/types.js'
import { PROVIDER_CATALOG, PROVIDER_DEFINITIONS, PROVIDERS } from '../providers/registry.js'
import { readRepositoryFile } from '../values/read-file.js'
import { UserError } from './types.js'

export interface ProviderSource {
  config: ProviderConfig
  /** The manifest it came from, when one was named. */
  manifest?: ParsedManifest
}

/**
 * Which project `import` and `diff` read: an existing manifest's provider block when one is named
 * (its credentials come from the environment, as for plan), else `--provider` and `--project`.
 */
export function providerSource(opts: {
  manifestPath?: string
  provider?: string
  project?: string
}): ProviderSource {
  if (opts.manifestPath) {
    const manifest = readManifest(opts.manifestPath)
    return { config: manifest.manifest.provider, manifest }
  }
  // The registry's first provider is the default, as `--provider`'s help says.
  const type = (opts.provider ?? PROVIDER_DEFINITIONS[0]!.type) as ProviderType
  const from = PROVIDER_CATALOG.find(type) ? PROVIDERS[type].blockFromProject(opts.project) : undefined
  if (from && 'problem' in from) throw new UserError(from.problem)
  const result = manifestSchemas(PROVIDER_CATALOG).provider.safeParse(from ? from.block : { type })
  if (!result.success)
    throw new UserError(
      `--provider ${type}: ${result.error.issues[0]?.message ?? 'invalid'} (${PROVIDER_DEFINITIONS.map((d) => d.type).join(', ')})`,
    )
  return { config: result.data }
}

export function readManifest(path: string): ParsedManifest {
  const read = readRepositoryFile(path, MAX_MANIFEST_BYTES)
  if ('problem' in read) throw new UserError(`cannot read the manifest ${path}: it ${read.problem}`)
  const result = parseManifest(read.text, path, PROVIDER_CATALOG)
  if (!result.parsed || hasErrors(result.diagnostics)) {
    const first = result.diagnostics.find((d) => d.severity === 'error')
    throw new UserError(`the manifest is invalid: ${first ? formatDiagnostic(first) : path}`)
  }
  return result.parsed
}

/** The block as a manifest writes it: defaults left out. */
export function providerBlockText(config: ProviderConfig): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(config)) {
    if (v === undefined) continue
    if ((k === 'siteUrl' || k === 'apiUrl') && v === PROVIDER_CATALOG.get(config.type).manifest.defaultUrl)
      continue
    if (k === 'updateValues' && v === 'never') continue
    out[k] = String(v)
  }
  return out
}
