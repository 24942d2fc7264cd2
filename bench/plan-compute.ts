import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { computePlan } from '../src/core/plan/compute.js'
import type { DesiredSecret } from '../src/core/plan/desired.js'
import type { RemoteSecret, ScopeListing } from '../src/core/seam/types.js'
import { normalizeInfisicalValue } from '../src/providers/infisical/normalize.js'
import { ENVIRONMENTS, folderNames, keyName } from './fixtures.js'
import { median } from './startup.js'

export interface PlanComputeMeasure {
  secrets: number
  ms: number
  /** Peak resident set of the whole child (inputs included), from getrusage. */
  peakRssMb: number
  /** Peak RSS when the child had loaded its code, and when the inputs were built. */
  baselineRssMb: number
  inputsRssMb: number
  /** V8 heap in use right after computePlan, plan and inputs still alive. */
  heapUsedMb: number
  /** Of which the synthetic inputs, measured before computePlan. */
  inputHeapMb: number
}

/** Child body: synthetic desired + listings (every key remote, half of them with another value). */
export function planComputeChild(secrets: number): void {
  const baselineRss = maxRssMb()
  const folders = folderNames(10)
  const perScope = Math.ceil(secrets / (ENVIRONMENTS.length * folders.length))
  const desired: DesiredSecret[] = []
  const listings: ScopeListing[] = []
  for (const environment of ENVIRONMENTS) {
    for (const [f, path] of folders.entries()) {
      const remote: RemoteSecret[] = []
      for (let i = 0; i < perScope && desired.length < secrets; i++) {
        const key = keyName(f, i)
        const value = `value-${environment}-${f}-${i}`
        const changed = desired.length % 2 === 1
        desired.push({ environment, path, key, value: { kind: 'known', value } })
        remote.push({
          id: `${environment}:${f}:${i}`,
          environment,
          path,
          key,
          value: changed ? `${value}-old` : value,
          comment: '',
          tags: [],
          metadata: {},
        })
      }
      listings.push({ scope: { environment, path }, exists: true, secrets: remote })
    }
  }
  const inputHeap = process.memoryUsage().heapUsed
  const inputsRss = maxRssMb()
  const start = performance.now()
  const plan = computePlan({
    provider: 'infisical',
    project: 'bench',
    desired,
    listings,
    normalizeValue: normalizeInfisicalValue,
    knownTags: new Set(),
    prune: false,
    allowDelete: false,
  })
  const ms = performance.now() - start
  const updates = plan.items.filter((i) => i.action === 'update').length
  if (updates !== Math.floor(secrets / 2))
    throw new Error(`bench: expected ${secrets / 2} updates, got ${updates}`)
  const out: PlanComputeMeasure = {
    secrets,
    ms,
    peakRssMb: maxRssMb(),
    baselineRssMb: baselineRss,
    inputsRssMb: inputsRss,
    heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
    inputHeapMb: inputHeap / 2 ** 20,
  }
  process.stdout.write(JSON.stringify(out))
}

const maxRssMb = () => process.resourceUsage().maxRSS / 1024

/** A fresh process per run: the plan is computed once per CLI run, cold, and peak RSS must be its own. */
export function measurePlanCompute(
  secrets: number,
  runs: number,
): PlanComputeMeasure & { samplesMs: number[] } {
  const all: PlanComputeMeasure[] = []
  for (let r = 0; r < runs; r++) {
    const p = spawnSync(process.execPath, [process.argv[1]!, '--child', 'plan-compute', String(secrets)], {
      encoding: 'utf8',
    })
    if (p.status !== 0) throw new Error(`bench: plan-compute child failed:\n${p.stderr}`)
    all.push(JSON.parse(p.stdout) as PlanComputeMeasure)
  }
  const max = (f: (m: PlanComputeMeasure) => number) => Math.max(...all.map(f))
  return {
    secrets,
    ms: median(all.map((m) => m.ms)),
    samplesMs: all.map((m) => m.ms),
    peakRssMb: max((m) => m.peakRssMb),
    heapUsedMb: max((m) => m.heapUsedMb),
    inputHeapMb: max((m) => m.inputHeapMb),
    baselineRssMb: max((m) => m.baselineRssMb),
    inputsRssMb: max((m) => m.inputsRssMb),
  }
}
