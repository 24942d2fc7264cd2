import { readFileSync } from 'node:fs'
import { runApply } from '../app/run.js'
import { UserError } from '../app/types.js'
import { formatDiagnostic } from '../core/diagnostics.js'
import { parseManifest } from '../core/manifest/parse.js'
import type { Redactor } from '../core/redact.js'
import { PROVIDER_CATALOG } from '../providers/registry.js'
import { DEMO } from './demo.js'
import type { InfisicalServerHandle } from './infisical/index.js'

interface Io {
  err: (t: string) => void
  env: Record<string, string | undefined>
  redactor: Redactor
}

/**
 * Fills the sandbox with the project a manifest describes: its environments and tags, then its secrets
 * written by a real apply (values from their sources, as CI would), so an application's own tests can
 * read them with any Infisical client and no account. Returns the project's id.
 */
export async function seedFromManifest(
  server: InfisicalServerHandle,
  manifestPath: string,
  io: Io,
): Promise<{ projectId: string; environments: string[]; secrets: number }> {
  let text: string
  try {
    text = readFileSync(manifestPath, 'utf8')
  } catch {
    throw new UserError(`cannot read ${manifestPath}`)
  }
  const { parsed, diagnostics } = parseManifest(text, manifestPath, PROVIDER_CATALOG)
  if (!parsed) {
    for (const d of diagnostics) io.err(formatDiagnostic(d))
    throw new UserError(`${manifestPath} has problems; the sandbox serves only a valid manifest`)
  }
  const { provider, environments, secrets } = parsed.manifest
  if (provider.type !== 'infisical')
    throw new UserError(`--manifest serves Infisical manifests; ${manifestPath} is for ${provider.type}`)
  const { identityId } = server.state.addIdentity({
    clientId: DEMO.clientId,
    clientSecret: DEMO.clientSecret,
    name: 'sandbox',
  })
  const tags = [...new Set(secrets.flatMap((s) => s.tags ?? []))]
  const project = server.state.addProject({
    ...(provider.projectId ? { id: provider.projectId } : {}),
    slug: provider.projectSlug ?? 'sandbox',
    name: 'Sandbox',
    environments: environments.map((slug) => ({ slug })),
    tags: tags.map((slug) => ({ slug })),
    members: [identityId],
  })
  const result = await runApply({
    manifestPath,
    env: io.env,
    credentials: { method: 'universal', clientId: DEMO.clientId, clientSecret: DEMO.clientSecret },
    siteUrl: server.url,
    redactor: io.redactor,
    canDeliverShareLinks: false,
  })
  for (const d of result.diagnostics) io.err(formatDiagnostic(d))
  if (result.kind === 'refused')
    throw new UserError(`cannot serve ${manifestPath}: ${result.reasons.join('; ')}`)
  if (result.kind !== 'applied') throw new UserError(`cannot serve ${manifestPath}: it has problems`)
  if (result.report.failed > 0)
    throw new UserError(
      `cannot serve ${manifestPath}: ${result.report.failed} secret(s) could not be written`,
    )
  return { projectId: project.id, environments: [...environments], secrets: result.report.applied }
}
