import packageJson from '../../package.json' with { type: 'json' }
import { exitCodeOfError } from '../app/exit-codes.js'
import { UserError } from '../app/types.js'
import { Redactor } from '../core/redact.js'
import { manifestArgument, parseCliArgs, UsageError } from './args.js'
import { COMMANDS, commandHelp, USAGE } from './commands.js'
import { runDiff } from './diff-command.js'
import { runImport } from './import-command.js'
import { describeInternalError } from './internal-error.js'
import { runLint } from './lint-command.js'
import { checkManyManifestFlags, manifestArguments, runEachManifest } from './many-manifests.js'
import { runPlanOrApply } from './plan-command.js'
import { runSchema } from './schema-command.js'

export type { CliValues } from './args.js'
export { USAGE } from './commands.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: Record<string, string | undefined>
}

/** The CLI as a function: argv in, exit code out; every line written passes through the redactor. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const redactor = new Redactor()
  const out = (t: string) => io.stdout(redactor.redact(t))
  const err = (t: string) => io.stderr(redactor.redact(t))
  let parsed: ReturnType<typeof parseCliArgs>
  try {
    parsed = parseCliArgs(argv)
  } catch (e) {
    err(`secrets-manifest: ${(e as Error).message}`)
    return 2
  }
  if (parsed.kind === 'version') {
    out(packageJson.version)
    return 0
  }
  if (parsed.kind === 'help') {
    out(parsed.command && parsed.command in COMMANDS ? commandHelp(parsed.command) : USAGE)
    return parsed.command === undefined && !argv.length ? 2 : 0
  }
  const { command, values, positionals } = parsed
  const debug = values.debug === true || io.env.SECRETS_MANIFEST_DEBUG === '1'
  try {
    switch (command) {
      case 'plan':
      case 'apply': {
        const manifests = manifestArguments(values, positionals)
        if (manifests.length === 1)
          return await runPlanOrApply(
            command,
            { ...values, manifest: manifestArgument(command, values, manifests) },
            { out, err, env: io.env, redactor },
          )
        checkManyManifestFlags(values)
        return await runEachManifest(manifests, command, values, { out, err }, (manifest, each) =>
          runPlanOrApply(command, { ...values, manifest }, { ...each, env: io.env, redactor }),
        )
      }
      case 'lint':
        return await runLint(positionals.length ? positionals : [values.manifest ?? 'secrets.yaml'], values, {
          out,
          err,
        })
      case 'import':
        if (positionals.length) throw new UsageError(`'import' takes no arguments; use --manifest PATH`)
        return await runImport(values, { out, err, env: io.env, redactor })
      case 'diff':
        return await runDiff(values, positionals, { out, err, env: io.env, redactor })
      case 'schema':
        if (positionals.length) throw new UsageError(`'schema' takes no arguments`)
        return runSchema(out)
      default: {
        if (positionals.length) throw new UsageError(`'sandbox' takes no arguments; use --manifest PATH`)
        // Loaded only here, so plan and apply never load the test servers.
        const { runSandbox } = await import('../sandbox/command.js')
        return await runSandbox(values, { out, err, env: io.env, redactor })
      }
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(`secrets-manifest ${command}: ${e.message}`)
      return 2
    }
    // Anything that is not a UserError is a bug; one safe line, never a stack trace or a server reply,
    // unless the user asked for the details with --debug (still masked by the redactor).
    const known = e instanceof UserError || (e as Error)?.name === 'ProviderError'
    err(`secrets-manifest ${command}: ${known ? (e as Error).message : describeInternalError(e, debug)}`)
    return exitCodeOfError(e, { failOnDrift: command === 'plan' && values['fail-on-drift'] })
  }
}
