import { globSync } from 'node:fs'
import { EXIT, exitCodeOfError } from '../app/exit-codes.js'
import { UserError } from '../app/types.js'
import { type CliValues, UsageError } from './args.js'
import { describeInternalError } from './internal-error.js'

const GLOB = /[*?[\]{}]/

/**
 * The manifests a plan or apply covers: every argument (and --manifest), a quoted glob expanded here
 * (`'apps/{api,web}/secrets.yaml'`, with `*` and `?` as usual), in the order given, each once.
 */
export function manifestArguments(values: CliValues, positionals: readonly string[]): string[] {
  const flag = values.manifest
  if (flag !== undefined && positionals.length > 0 && !(positionals.length === 1 && positionals[0] === flag))
    throw new UsageError(
      `two manifests given: '${positionals.join(' ')}' and --manifest '${flag}'; pass them as arguments`,
    )
  const given = positionals.length > 0 ? positionals : flag !== undefined ? [flag] : []
  if (given.length === 0) return ['secrets.yaml']
  const out: string[] = []
  for (const arg of given) {
    const matches = GLOB.test(arg) ? globSync(arg).sort() : [arg]
    if (matches.length === 0) throw new UsageError(`'${arg}' matches no file`)
    for (const m of matches) if (!out.includes(m)) out.push(m)
  }
  return out
}

/** Flags that name one file cannot serve several manifests. */
export function checkManyManifestFlags(values: CliValues): void {
  for (const flag of ['out', 'plan', 'share-links-file'] as const)
    if (values[flag] !== undefined)
      throw new UsageError(`--${flag} names one file, so it takes one manifest; run once per manifest`)
}

interface Io {
  out: (t: string) => void
  err: (t: string) => void
}

/**
 * Each manifest planned or applied on its own (its own provider block and credentials), under its own
 * heading; one that fails is reported and the others still run. `--json` gives one array, an entry per
 * manifest. The exit code is 1 when any manifest failed, else the highest drift code any returned.
 */
export async function runEachManifest(
  manifests: readonly string[],
  command: string,
  values: CliValues,
  io: Io,
  runOne: (manifest: string, io: Io) => Promise<number>,
): Promise<number> {
  const codes: number[] = []
  const json: string[] = []
  for (const manifest of manifests) {
    const captured: string[] = []
    const out = values.json ? (t: string) => captured.push(t) : io.out
    if (!values.json) io.out(`${codes.length ? '\n' : ''}== ${manifest} ==`)
    let code: number
    try {
      code = await runOne(manifest, { out, err: (t) => io.err(`[${manifest}] ${t}`) })
    } catch (error) {
      const known = error instanceof UserError || (error as Error)?.name === 'ProviderError'
      const message = known ? (error as Error).message : describeInternalError(error, values.debug === true)
      io.err(`[${manifest}] secrets-manifest ${command}: ${message}`)
      code = exitCodeOfError(error, { failOnDrift: command === 'plan' && values['fail-on-drift'] })
    }
    codes.push(code)
    if (values.json)
      json.push(
        `{"manifest":${JSON.stringify(manifest)},"exitCode":${code},"result":${captured.join('\n') || 'null'}}`,
      )
  }
  if (values.json) io.out(`[\n${json.join(',\n')}\n]`)
  const failed = codes.filter((c) => c === EXIT.failed).length
  io.err(
    `${manifests.length} manifest(s): ${manifests.length - failed} without failure, ${failed} failed (${manifests.map((m, i) => `${m}: exit ${codes[i]}`).join(', ')}).`,
  )
  return failed > 0 ? EXIT.failed : Math.max(...codes)
}
