import { parseArgs } from 'node:util'
import { exitCodeOfError } from '../app/exit-codes.js'
import { UserError } from '../app/types.js'
import { Redactor } from '../core/redact.js'
import { runLint } from './lint-command.js'
import { runPlanOrApply } from './plan-command.js'
import { runSandbox } from './sandbox-command.js'
import { runSchema } from './schema-command.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: Record<string, string | undefined>
}

export const USAGE = `Usage: secrets-manifest <command> [options]

Commands:
  plan      show what apply would change (reads the remote project, writes nothing)
  apply     make the remote project match the manifest
  lint      check manifests offline: schema, key naming rules, plaintext secrets
  schema    print the JSON Schema of secrets.yaml
  sandbox   start a local Infisical-, Enkryptify- or Prime Intellect-compatible server to try it without an account

Options:
  --manifest PATH     the manifest (default: secrets.yaml)
  --json              machine-readable output
  --verbose           also list unchanged items
  --allow-delete      apply: delete remote-only keys when the manifest says prune: true
  --fail-on-drift     plan: exit 3 on drift, 4 when values could not be checked, 5 when the server is unreachable
  --share-links-file F  apply: write created share links to F (mode 600); they are never printed
  --port N            sandbox: port to listen on (default 8089; 0 picks a free one)
  --legacy            sandbox: behave like a 2024 self-hosted Infisical
  --provider NAME     sandbox: infisical (default), enkryptify or prime-intellect

Credentials (environment): INFISICAL_CLIENT_ID + INFISICAL_CLIENT_SECRET, or INFISICAL_TOKEN;
INFISICAL_SITE_URL overrides provider.siteUrl. Enkryptify: ENKRYPTIFY_TOKEN (ENKRYPTIFY_API_URL overrides
provider.apiUrl). Prime Intellect: PRIME_API_KEY, PRIME_TEAM_ID (PRIME_API_BASE_URL overrides provider.apiUrl).
Exit codes: 0 apply would succeed, 1 invalid manifest / apply would refuse / failures, 2 usage errors;
with --fail-on-drift 3 drift, 4 values not checked, 5 server unreachable (README: Exit codes).`

/** The CLI as a function: argv in, exit code out; every line written passes through the redactor. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const redactor = new Redactor()
  const out = (t: string) => io.stdout(redactor.redact(t))
  const err = (t: string) => io.stderr(redactor.redact(t))
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (e) {
    err(`secrets-manifest: ${(e as Error).message}\n\n${USAGE}`)
    return 2
  }
  const { command, values, positionals } = parsed
  try {
    switch (command) {
      case 'plan':
      case 'apply':
        return await runPlanOrApply(command, values, { out, err, env: io.env, redactor })
      case 'lint':
        return runLint(positionals.length ? positionals : [values.manifest ?? 'secrets.yaml'], values, {
          out,
          err,
        })
      case 'schema':
        return runSchema(out)
      case 'sandbox':
        return await runSandbox(values, { out, err })
      case 'help':
      case undefined:
        out(USAGE)
        return command ? 0 : 2
      default:
        err(`secrets-manifest: unknown command '${command}'\n\n${USAGE}`)
        return 2
    }
  } catch (e) {
    // Anything that is not a UserError is a bug; one safe line, never a stack trace or a server reply.
    const message =
      e instanceof UserError || (e as Error)?.name === 'ProviderError'
        ? (e as Error).message
        : 'unexpected internal error (please report it)'
    err(`secrets-manifest ${command}: ${message}`)
    return exitCodeOfError(e, { failOnDrift: command === 'plan' && values['fail-on-drift'] })
  }
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      manifest: { type: 'string' },
      json: { type: 'boolean' },
      verbose: { type: 'boolean' },
      'allow-delete': { type: 'boolean' },
      'fail-on-drift': { type: 'boolean' },
      'share-links-file': { type: 'string' },
      port: { type: 'string' },
      legacy: { type: 'boolean' },
      provider: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  const [command, ...rest] = positionals
  return { command: values.help ? 'help' : command, values, positionals: rest }
}

export type CliValues = ReturnType<typeof parse>['values']
