import { flagFindings } from '../core/adopt/flag-findings.js'
import { type AdoptedManifest, manifestFromRemote } from '../core/adopt/manifest-from-remote.js'
import type { Diagnostic } from '../core/diagnostics.js'
import { NO_ENVIRONMENT } from '../core/seam/capabilities.js'
import { PROVIDER_CATALOG } from '../providers/registry.js'
import { providerBlockText, providerSource } from './provider-source.js'
import { readRemote } from './read-remote.js'
import type { RunOptions } from './types.js'

export interface ImportOptions extends Omit<RunOptions, 'manifestPath'> {
  /** An existing manifest: its provider block, and its environments unless `environments` is given. */
  manifestPath?: string
  providerType?: string
  project?: string
  environments?: string[]
  path?: string
  valueSources: 'none' | 'env'
  /** The name findings are reported under (the output file, or `<stdout>`). */
  outName: string
}

export interface ImportResult extends AdoptedManifest {
  projectName: string
  findings: Diagnostic[]
}

/** Reads the project and writes the manifest that describes it; no value is ever part of the result. */
export async function importProject(opts: ImportOptions): Promise<ImportResult> {
  const source = providerSource({
    manifestPath: opts.manifestPath,
    provider: opts.providerType,
    project: opts.project,
  })
  const declared = source.manifest?.manifest.environments
  const remote = await readRemote({
    ...opts,
    provider: source.config,
    environments: opts.environments ?? (declared?.length ? declared : undefined),
    paths: opts.path ? [opts.path] : undefined,
  })
  const adopted = manifestFromRemote({
    provider: providerBlockText(source.config),
    environments: remote.environments.filter((e) => e !== NO_ENVIRONMENT),
    secrets: remote.secrets,
    valueSources: opts.valueSources,
    capabilities: remote.capabilities,
  })
  const flagged = flagFindings(adopted.text, opts.outName, PROVIDER_CATALOG)
  return { ...adopted, text: flagged.text, findings: flagged.findings, projectName: remote.projectName }
}
