import { type ParseArgsConfig, parseArgs } from 'node:util'
import { closestMatch } from '../core/suggest.js'
import { COMMANDS, FLAGS, type FlagName } from './commands.js'

export type CliValues = {
  manifest?: string
  json?: boolean
  verbose?: boolean
  'allow-delete'?: boolean
  'fail-on-drift'?: boolean
  'share-links-file'?: string
  port?: string
  legacy?: boolean
  provider?: string
  project?: string
  environments?: string
  path?: string
  out?: string
  plan?: string
  'value-sources'?: string
  debug?: boolean
  help?: boolean
  version?: boolean
}

export type ParsedArgs =
  | { kind: 'version' }
  | { kind: 'help'; command?: string }
  | { kind: 'run'; command: string; values: CliValues; positionals: string[] }

/** A mistake on the command line: printed with a pointer to the help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/**
 * argv → what to do. Unknown commands and flags get a "did you mean" from the names that exist, and a
 * flag another command takes gets told which; node's own parser errors never reach the user.
 */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: FLAGS as unknown as ParseArgsConfig['options'],
  })
  const [command, ...rest] = positionals
  if (command !== undefined && command !== 'help' && !(command in COMMANDS)) {
    const best = closestMatch(command, [...Object.keys(COMMANDS), 'help'])
    throw new UsageError(`unknown command '${command}'${best ? `; did you mean '${best}'?` : ''}`)
  }
  for (const token of tokens ?? []) {
    if (token.kind !== 'option') continue
    checkFlag(token.name, token.rawName, command, token.value)
  }
  if (values.version) return { kind: 'version' }
  if (command === 'help')
    return { kind: 'help', command: rest[0] && rest[0] in COMMANDS ? rest[0] : undefined }
  if (values.help || command === undefined) return { kind: 'help', command }
  return { kind: 'run', command, values: values as CliValues, positionals: rest }
}

function checkFlag(name: string, rawName: string, command: string | undefined, value: unknown): void {
  const allowed: readonly string[] =
    command && command in COMMANDS ? COMMANDS[command]!.flags : ['help', 'version', 'debug']
  if (!(name in FLAGS)) {
    const best = closestMatch(name, allowed.length ? allowed : Object.keys(FLAGS))
    const where = command ? `secrets-manifest ${command} --help` : 'secrets-manifest --help'
    throw new UsageError(
      `unknown option '${rawName}'${best ? `; did you mean '--${best}'?` : ''} (see ${where})`,
    )
  }
  if (name !== 'version' && !allowed.includes(name)) {
    throw new UsageError(
      command
        ? `'${command}' does not take --${name} (see secrets-manifest ${command} --help)`
        : `--${name} goes after a command (see secrets-manifest --help)`,
    )
  }
  const flag = FLAGS[name as FlagName]
  if (flag.type === 'string' && typeof value !== 'string')
    throw new UsageError(`--${name} needs a value: --${name} ${'arg' in flag ? flag.arg : 'VALUE'}`)
  if (flag.type === 'boolean' && value !== undefined)
    throw new UsageError(`--${name} takes no value (got '${rawName}=${value}')`)
}

/** plan/apply: the manifest from the first argument or --manifest, not two different ones. */
export function manifestArgument(command: string, values: CliValues, positionals: readonly string[]): string {
  if (positionals.length > 1)
    throw new UsageError(
      `'${command}' takes one manifest; got ${positionals.length}: ${positionals.join(' ')}`,
    )
  const [positional] = positionals
  if (positional !== undefined && values.manifest !== undefined && positional !== values.manifest)
    throw new UsageError(`two manifests given: '${positional}' and --manifest '${values.manifest}'; pass one`)
  return positional ?? values.manifest ?? 'secrets.yaml'
}
