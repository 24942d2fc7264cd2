import { writeFileSync } from 'node:fs'
import { runApply, runPlan } from '../app/run.js'
import type { Credentials } from '../app/types.js'
import { formatDiagnostic } from '../core/diagnostics.js'
import { hasDrift, type ShareLink } from '../core/plan/types.js'
import type { Redactor } from '../core/redact.js'
import { planToJson } from '../core/render/json.js'
import { renderApplyText, renderPlanText } from '../core/render/text.js'
import type { CliValues } from './main.js'

interface Io {
  out: (t: string) => void
  err: (t: string) => void
  env: Record<string, string | undefined>
  redactor: Redactor
}

export async function runPlanOrApply(command: 'plan' | 'apply', values: CliValues, io: Io): Promise<number> {
  const credentials = credentialsFromEnv(io.env)
  registerCredentials(credentials, io.redactor)
  const opts = {
    manifestPath: values.manifest ?? 'secrets.yaml',
    env: io.env,
    credentials,
    siteUrl: io.env.INFISICAL_SITE_URL || undefined,
    redactor: io.redactor,
    allowDelete: values['allow-delete'] ?? false,
    canDeliverShareLinks: values['share-links-file'] !== undefined,
    progress: values.json ? undefined : (m: string) => io.err(`… ${m}`),
  }
  const result = command === 'plan' ? await runPlan(opts) : await runApply(opts)
  for (const d of result.diagnostics) io.err(formatDiagnostic(d))
  switch (result.kind) {
    case 'invalid':
      io.err(`${result.diagnostics.length} problem(s) in the manifest; nothing was sent to the server.`)
      return 1
    case 'planned':
      io.out(values.json ? planToJson(result.plan) : renderPlanText(result.plan, { verbose: values.verbose }))
      return values['fail-on-drift'] && hasDrift(result.plan) ? 1 : 0
    case 'refused':
      io.out(values.json ? planToJson(result.plan) : renderPlanText(result.plan, { verbose: values.verbose }))
      io.err(`Apply refused; nothing was written:\n${result.reasons.map((r) => `  - ${r}`).join('\n')}`)
      return 1
    case 'applied':
      io.out(values.json ? planToJson(result.plan, result.report) : renderApplyText(result.report))
      deliverShareLinks(result.report.shareLinks, values['share-links-file'], io)
      return result.report.failed > 0 ? 1 : 0
  }
}

/** Share links are credentials: they go to a private file the user named, never to the terminal. */
function deliverShareLinks(links: ShareLink[], file: string | undefined, io: Io): void {
  if (links.length === 0) return
  if (!file) {
    io.err(
      `${links.length} share link(s) created; links are not printed. Pass --share-links-file PATH to receive them.`,
    )
    return
  }
  writeFileSync(file, `${JSON.stringify(links, null, 2)}\n`, { mode: 0o600 })
  io.err(`${links.length} share link(s) written to ${file}.`)
}

/**
 * Every provider's credentials found in the environment; the manifest's provider picks its own, so
 * one shell can hold several without ambiguity.
 */
export function credentialsFromEnv(env: Record<string, string | undefined>): Credentials[] {
  const out: Credentials[] = []
  if (env.INFISICAL_CLIENT_ID && env.INFISICAL_CLIENT_SECRET) {
    out.push({
      method: 'universal',
      clientId: env.INFISICAL_CLIENT_ID,
      clientSecret: env.INFISICAL_CLIENT_SECRET,
    })
  } else if (env.INFISICAL_TOKEN) out.push({ method: 'token', token: env.INFISICAL_TOKEN })
  if (env.ENKRYPTIFY_TOKEN) out.push({ method: 'enkryptify-token', token: env.ENKRYPTIFY_TOKEN })
  if (env.PRIME_API_KEY)
    out.push({ method: 'prime-api-key', apiKey: env.PRIME_API_KEY, teamId: env.PRIME_TEAM_ID || undefined })
  return out
}

function registerCredentials(all: readonly Credentials[], redactor: Redactor): void {
  for (const c of all) {
    if (c.method === 'universal') redactor.registerCredential(c.clientSecret)
    if (c.method === 'token' || c.method === 'enkryptify-token') redactor.registerCredential(c.token)
    if (c.method === 'prime-api-key') redactor.registerCredential(c.apiKey)
  }
}
