import { diffEnvironments } from '../app/diff.js'
import { EXIT } from '../app/exit-codes.js'
import { diffToJson, renderDiffText } from '../core/diff/render.js'
import type { Redactor } from '../core/redact.js'
import { type CliValues, UsageError } from './args.js'
import { credentialsFromEnv, registerCredentials, siteUrlFromEnv } from './plan-command.js'

interface Io {
  out: (t: string) => void
  err: (t: string) => void
  env: Record<string, string | undefined>
  redactor: Redactor
}

/** `diff A B`: like diff(1), 0 when the environments are equal and 1 when they differ. */
export async function runDiff(values: CliValues, positionals: string[], io: Io): Promise<number> {
  if (positionals.length !== 2)
    throw new UsageError(`'diff' takes two environments: secrets-manifest diff staging prod`)
  if (values.manifest && (values.provider || values.project))
    throw new UsageError('the project comes from --manifest or from --provider/--project, not both')
  const credentials = credentialsFromEnv(io.env)
  registerCredentials(credentials, io.redactor)
  const diff = await diffEnvironments({
    a: positionals[0]!,
    b: positionals[1]!,
    manifestPath: values.manifest,
    providerType: values.provider,
    project: values.project,
    path: values.path,
    env: io.env,
    credentials,
    siteUrl: siteUrlFromEnv(io.env),
    redactor: io.redactor,
    progress: values.json ? undefined : (m) => io.err(`… ${m}`),
  })
  io.out(values.json ? diffToJson(diff) : renderDiffText(diff))
  return diff.equal ? EXIT.ok : EXIT.failed
}
