import { writeFileSync } from 'node:fs'
import { importProject } from '../app/import.js'
import { formatDiagnostic } from '../core/diagnostics.js'
import type { Redactor } from '../core/redact.js'
import { showKey } from '../core/rules/key-names.js'
import type { CliValues } from './args.js'
import { UsageError } from './args.js'
import { credentialsFromEnv, registerCredentials, siteUrlFromEnv } from './plan-command.js'

interface Io {
  out: (t: string) => void
  err: (t: string) => void
  env: Record<string, string | undefined>
  redactor: Redactor
}

/** `import`: the manifest to stdout (or --out), everything about it to stderr. Never a value. */
export async function runImport(values: CliValues, io: Io): Promise<number> {
  const valueSources = values['value-sources']
  if (valueSources !== undefined && valueSources !== 'env')
    throw new UsageError(`--value-sources takes 'env' (got '${valueSources}')`)
  if (values.manifest && (values.provider || values.project))
    throw new UsageError('the project comes from --manifest or from --provider/--project, not both')
  const credentials = credentialsFromEnv(io.env)
  registerCredentials(credentials, io.redactor)
  const result = await importProject({
    manifestPath: values.manifest,
    providerType: values.provider,
    project: values.project,
    environments: listFlag(values.environments),
    path: values.path,
    valueSources: valueSources === 'env' ? 'env' : 'none',
    outName: values.out ?? '<stdout>',
    env: io.env,
    credentials,
    siteUrl: siteUrlFromEnv(io.env),
    redactor: io.redactor,
    progress: (m) => io.err(`… ${m}`),
  })
  if (values.out) writeFileSync(values.out, result.text)
  else io.out(result.text.trimEnd())
  const where = values.out ?? 'the manifest'
  io.err(`Imported ${result.entries} entr${result.entries === 1 ? 'y' : 'ies'} from ${result.projectName}.`)
  if (result.leftOut.length > 0)
    io.err(
      `${result.leftOut.length} key(s) that look like a credential were left out (in ${[...new Set(result.leftOut.map((l) => `${l.environment}:${l.path}`))].join(', ')}): rename them in the provider, then import again.`,
    )
  if (result.findings.length > 0) {
    io.err(
      `${result.findings.length} key(s) break the naming rules; kept, and waived inline in ${where} until renamed:`,
    )
    for (const d of result.findings) io.err(`  ${formatDiagnostic(d)}`)
  }
  if (result.variables.length > 0) {
    io.err(
      `Set these ${result.variables.length} variable(s) before apply (a plan without them says 'not checked'):`,
    )
    for (const v of result.variables) io.err(`  ${v.name}  (${v.environment}:${v.path} ${showKey(v.key)})`)
  }
  return 0
}

function listFlag(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (items.length === 0)
    throw new UsageError('--environments needs at least one environment: --environments dev,prod')
  return items
}
