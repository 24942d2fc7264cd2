import { PROVIDER_DEFINITIONS } from '../providers/registry.js'

interface FlagSpec {
  type: 'string' | 'boolean'
  arg?: string
  short?: string
  help: string
}

/** Every flag the CLI knows, with what it does; each command takes the subset it lists. */
export const FLAGS = {
  manifest: {
    type: 'string',
    arg: 'PATH',
    help: 'the manifest (default: secrets.yaml); also the first argument',
  },
  json: { type: 'boolean', help: 'machine-readable output (holds no values)' },
  verbose: { type: 'boolean', help: 'also list unchanged items' },
  'allow-delete': {
    type: 'boolean',
    help: 'delete remote-only keys when the manifest says prune: true (plan: show those deletes)',
  },
  'fail-on-drift': {
    type: 'boolean',
    help: 'exit 3 on drift, 4 when values could not be checked, 5 when the server is unreachable',
  },
  'share-links-file': {
    type: 'string',
    arg: 'F',
    help: 'write created share links to F (mode 600); never printed',
  },
  port: { type: 'string', arg: 'N', help: 'port to listen on (default 8089; 0 picks a free one)' },
  legacy: { type: 'boolean', help: 'behave like a 2024 self-hosted build of the server' },
  provider: {
    type: 'string',
    arg: 'NAME',
    help: orList(PROVIDER_DEFINITIONS.map((d, i) => (i === 0 ? `${d.type} (default)` : d.type))),
  },
  project: {
    type: 'string',
    arg: 'ID',
    help: `without --manifest: the project (${PROVIDER_DEFINITIONS.map((d) => `${d.name} ${d.help.project}`).join('; ')})`,
  },
  environments: { type: 'string', arg: 'A,B', help: 'only these environments (default: all of the project)' },
  path: { type: 'string', arg: '/X', help: 'only this folder and those below it (default: /)' },
  out: { type: 'string', arg: 'FILE', help: 'write the result to FILE' },
  plan: {
    type: 'string',
    arg: 'FILE',
    help: 'apply only if the plan computed now is the one saved by plan --out FILE (else refuse, write nothing)',
  },
  'value-sources': {
    type: 'string',
    arg: 'env',
    help: 'env: give each key an { env: NAME } source per environment and list the variables',
  },
  debug: { type: 'boolean', help: 'on an internal error, print its cause and stack (values still masked)' },
  help: { type: 'boolean', short: 'h', help: 'this help' },
  version: { type: 'boolean', help: 'print the version' },
} as const satisfies Record<string, FlagSpec>

export type FlagName = keyof typeof FLAGS

interface CommandSpec {
  summary: string
  usage: string
  flags: FlagName[]
  /** What a flag means for this command, where it differs from the shared text. */
  flagHelp?: Partial<Record<FlagName, string>>
  examples: string[]
  /** This command's exit codes. */
  exits: string
}

const DRIFT_EXITS = 'with --fail-on-drift: 3 drift, 4 values not checked, 5 server unreachable'
const PROVIDER_MANIFEST = 'read the project and server from this manifest instead of --provider/--project'

const COMMON: FlagName[] = ['debug', 'help']

export const COMMANDS: Record<string, CommandSpec> = {
  plan: {
    summary: 'show what apply would change (reads the remote project, writes nothing)',
    usage: 'secrets-manifest plan [MANIFEST... | GLOB] [options]',
    flags: ['manifest', 'json', 'verbose', 'fail-on-drift', 'allow-delete', 'out', ...COMMON],
    flagHelp: { out: 'also save the plan (no values) and its digest to FILE, for apply --plan' },
    exits: `0 apply would succeed (also when some values could not be checked), 1 invalid manifest / apply would refuse / the server could not be used, 2 usage error; ${DRIFT_EXITS}`,
    examples: [
      'secrets-manifest plan',
      'secrets-manifest plan infra/secrets.yaml --fail-on-drift',
      'secrets-manifest plan --out reviewed.plan.json',
    ],
  },
  apply: {
    summary: 'make the remote project match the manifest',
    usage: 'secrets-manifest apply [MANIFEST... | GLOB] [options]',
    flags: ['manifest', 'json', 'verbose', 'allow-delete', 'share-links-file', 'plan', ...COMMON],
    exits:
      '0 every item applied (or nothing to do), 1 invalid manifest / refused (nothing written) / an item failed or its outcome is unknown, 2 usage error',
    examples: [
      'secrets-manifest apply secrets.yaml',
      'secrets-manifest apply --share-links-file links.json',
      'secrets-manifest apply --plan reviewed.plan.json',
    ],
  },
  lint: {
    summary: 'check manifests offline: schema, key naming rules, plaintext secrets',
    usage: 'secrets-manifest lint [MANIFEST...] [options]',
    flags: ['manifest', 'json', ...COMMON],
    exits: '0 no errors (warnings allowed), 1 errors found or a manifest unreadable, 2 usage error',
    examples: ['secrets-manifest lint', 'secrets-manifest lint secrets.yaml staging/secrets.yaml --json'],
  },
  import: {
    summary: 'print a manifest of what the remote project holds (no values), so its first plan is clean',
    usage: 'secrets-manifest import [options]',
    flags: ['manifest', 'provider', 'project', 'environments', 'path', 'out', 'value-sources', ...COMMON],
    flagHelp: { manifest: PROVIDER_MANIFEST, out: 'write the manifest to FILE (default: standard output)' },
    exits: '0 manifest written, 1 the server could not be used, 2 usage error',
    examples: [
      'secrets-manifest import --project 6f1d0c9e-2b4a-4c1e-9a51-3f7e2d8c1b00 --out secrets.yaml',
      'secrets-manifest import --manifest secrets.yaml --path /backend --value-sources env',
    ],
  },
  diff: {
    summary: 'compare two environments key by key (values compared, never shown); exit 1 when they differ',
    usage: 'secrets-manifest diff ENV_A ENV_B [options]',
    flags: ['manifest', 'provider', 'project', 'path', 'json', ...COMMON],
    flagHelp: { manifest: PROVIDER_MANIFEST },
    exits:
      '0 the environments hold the same keys and values, 1 they differ or the server could not be used, 2 usage error',
    examples: [
      'secrets-manifest diff staging prod --manifest secrets.yaml',
      'secrets-manifest diff dev prod --project 6f1d0c9e-2b4a-4c1e-9a51-3f7e2d8c1b00 --path /backend --json',
    ],
  },
  schema: {
    summary: 'print the JSON Schema of secrets.yaml',
    usage: 'secrets-manifest schema',
    flags: COMMON,
    exits: '0',
    examples: ['secrets-manifest schema > secrets-manifest.schema.json'],
  },
  sandbox: {
    summary: `start a local ${orList(PROVIDER_DEFINITIONS.map((d) => `${d.name}-`))}compatible server (no account needed)`,
    usage: 'secrets-manifest sandbox [options]',
    flags: ['port', 'legacy', 'provider', 'manifest', ...COMMON],
    flagHelp: {
      manifest: "serve this manifest's project (its keys, placeholder values) instead of the demo",
    },
    exits: '0 stopped with Ctrl-C, 1 the port is in use, 2 usage error',
    examples: ['secrets-manifest sandbox', 'secrets-manifest sandbox --manifest secrets.yaml --port 0'],
  },
}

const ENVIRONMENT = `Credentials (environment):
${PROVIDER_DEFINITIONS.map((d) => `  ${d.name}: ${d.help.credentials}.`).join('\n')}
SECRETS_MANIFEST_DEBUG=1 is --debug.`

/** 'a, b or c'. */
function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
}

function flagLines(names: readonly FlagName[], own: CommandSpec['flagHelp'] = {}): string[] {
  const left = (n: FlagName) => {
    const f: FlagSpec = FLAGS[n]
    return `${f.short ? `-${f.short}, ` : ''}--${n}${f.arg ? ` ${f.arg}` : ''}`
  }
  const width = Math.max(...names.map((n) => left(n).length)) + 2
  return names.map((n) => `  ${left(n).padEnd(width)}${own[n] ?? FLAGS[n].help}`)
}

export const USAGE = [
  'Usage: secrets-manifest <command> [options]',
  '',
  'Commands:',
  ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`),
  '',
  'Options:',
  ...flagLines(['version', 'help', 'debug']),
  '',
  "Run 'secrets-manifest <command> --help' for that command's options, examples and exit codes.",
  '',
  ENVIRONMENT,
  'Exit codes: 0 success, 1 failure (invalid manifest, refused, failed), 2 usage error; plan --fail-on-drift',
  'adds 3 drift, 4 values not checked, 5 server unreachable (README: Exit codes).',
].join('\n')

export function commandHelp(name: string): string {
  const c = COMMANDS[name]!
  return [
    `Usage: ${c.usage}`,
    '',
    c.summary,
    '',
    'Options:',
    ...flagLines(c.flags, c.flagHelp),
    '',
    'Examples:',
    ...c.examples.map((e) => `  ${e}`),
    '',
    ENVIRONMENT,
    `Exit codes: ${c.exits}.`,
  ].join('\n')
}
