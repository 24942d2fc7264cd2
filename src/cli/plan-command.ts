import { runApply, runPlan } from '../app/run.js'
import type { InfisicalCredentials } from '../app/types.js'
import { formatDiagnostic } from '../core/diagnostics.js'
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
      return values['fail-on-drift'] && result.plan.hasChanges ? 1 : 0
    case 'refused':
      io.out(values.json ? planToJson(result.plan) : renderPlanText(result.plan, { verbose: values.verbose }))
      io.err(`Apply refused; nothing was written:\n${result.reasons.map((r) => `  - ${r}`).join('\n')}`)
      return 1
    case 'applied':
      io.out(values.json ? planToJson(result.plan, result.report) : renderApplyText(result.report))
      return result.report.failed > 0 ? 1 : 0
  }
}

export function credentialsFromEnv(
  env: Record<string, string | undefined>,
): InfisicalCredentials | undefined {
  if (env.INFISICAL_CLIENT_ID && env.INFISICAL_CLIENT_SECRET) {
    return {
      method: 'universal',
      clientId: env.INFISICAL_CLIENT_ID,
      clientSecret: env.INFISICAL_CLIENT_SECRET,
    }
  }
  if (env.INFISICAL_TOKEN) return { method: 'token', token: env.INFISICAL_TOKEN }
  return undefined
}

function registerCredentials(c: InfisicalCredentials | undefined, redactor: Redactor): void {
  if (c?.method === 'universal') redactor.register(c.clientSecret)
  if (c?.method === 'token') redactor.register(c.token)
}
