import { globSync } from 'node:fs'
import * as core from '@actions/core'
import { EXIT } from '../app/exit-codes.js'
import { UserError } from '../app/types.js'
import type { ShareLink } from '../core/plan/types.js'
import { logInfo } from './log.js'
import { OUTPUT } from './outputs.js'
import type { ManifestOutputs } from './report.js'

/**
 * The `manifest` input: one path, or several on separate lines (or separated by commas), each of which
 * may be a glob (`apps/*` + `/secrets.yaml`); in the order given, each once.
 */
export function manifestList(input: string): string[] {
  const out: string[] = []
  for (const entry of input
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const matches = /[*?[\]{}]/.test(entry) ? globSync(entry).sort() : [entry]
    if (matches.length === 0) throw new UserError(`input \`manifest\`: '${entry}' matches no file`)
    for (const m of matches) if (!out.includes(m)) out.push(m)
  }
  return out.length ? out : ['secrets.yaml']
}

/**
 * Several manifests, each planned or applied on its own, with its own comment (the marker names the
 * manifest), summary section and plan file. One that fails is reported and the rest still run. The
 * `results` output says which result is whose; `exit-code` is 1 when any failed, else the highest.
 */
export async function runEachManifest(
  manifests: readonly string[],
  one: (manifest: string) => Promise<ManifestOutputs | undefined>,
  onError: (error: unknown, manifest: string) => number,
): Promise<void> {
  const results: ({ manifest: string; exitCode: number } & Partial<Omit<ManifestOutputs, 'shareLinks'>>)[] =
    []
  const links: ShareLink[] = []
  for (const manifest of manifests) {
    process.exitCode = undefined
    let code: number
    let outputs: ManifestOutputs | undefined
    try {
      // Not a group of its own: the runner does not nest groups, and each run has its own.
      logInfo(`── ${manifest}`)
      outputs = await one(manifest)
      code = Number(process.exitCode ?? 0)
    } catch (error) {
      code = onError(error, manifest)
    }
    const { shareLinks, ...rest } = outputs ?? {}
    links.push(...(shareLinks ?? []))
    results.push({ manifest, exitCode: code, ...rest })
  }
  const codes = results.map((r) => r.exitCode)
  const worst = codes.includes(EXIT.failed) ? EXIT.failed : Math.max(...codes)
  core.setOutput('results', JSON.stringify(results))
  // The single-manifest outputs, for all of them: each run set them for itself, the last one winning.
  core.setOutput(OUTPUT.hasChanges, String(results.some((r) => r.hasChanges)))
  core.setOutput(OUTPUT.summary, JSON.stringify(sumCounts(results.map((r) => r.summary ?? {}))))
  core.setOutput(OUTPUT.plan, results.at(-1)?.plan ?? '')
  // Every manifest's links: the one channel that carries them (masked in the log when registered).
  core.setOutput(OUTPUT.shareLinks, JSON.stringify(links))
  core.setOutput(OUTPUT.exitCode, String(worst))
  process.exitCode = worst
}

/** Counts added up, flags true when any is. */
function sumCounts(all: readonly Record<string, number | boolean>[]): Record<string, number | boolean> {
  const out: Record<string, number | boolean> = {}
  for (const counts of all)
    for (const [name, v] of Object.entries(counts))
      out[name] = typeof v === 'number' ? Number(out[name] ?? 0) + v : Boolean(out[name]) || v
  return out
}
