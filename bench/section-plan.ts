import { log, REPS } from './config.js'
import { measurePlanCompute } from './plan-compute.js'
import { measureScale } from './scale.js'
import { ms, type Row, times } from './table.js'

/** 5: computePlan over 50,000 secrets, half changed, each run in a fresh process; the CLI's plan at scale. */
export async function planSection(): Promise<{ rows: Row[]; raw: unknown }> {
  log('computePlan over 50,000 secrets')
  const m = measurePlanCompute(50_000, REPS)
  log('CLI plan of 10,000, 100,000 and 200,000 secrets')
  const scale = await measureScale([10_000, 100_000, 200_000], REPS)
  const at = (n: number) => scale.find((s) => s.secrets === n)
  const small = at(10_000)
  const large = at(100_000)
  const largest = at(200_000)
  const scaleRows: Row[] =
    small && large && largest
      ? [
          {
            section: '5',
            name: 'CLI plan, 100,000 secrets: time per secret vs 10,000',
            measured: `${ms(large.ms)}`,
            reference: `10,000: ${ms(small.ms)}`,
            ratio: times(large.ms / 100_000 / (small.ms / 10_000)),
            target: '≤ 1.5×',
            met: large.ms / 100_000 <= 1.5 * (small.ms / 10_000),
          },
          {
            section: '5',
            name: 'CLI plan, 100,000 secrets: peak RSS',
            measured: `${large.peakRssMb.toFixed(0)} MB`,
            reference: `10,000: ${small.peakRssMb.toFixed(0)} MB`,
            ratio: times(large.peakRssMb / 400),
            target: '≤ 400 MB',
            met: large.peakRssMb <= 400,
          },
          {
            section: '5',
            name: `CLI plan, 200,000 secrets (${(largest.bytes / 2 ** 20).toFixed(1)} MiB): end to end`,
            measured: ms(largest.ms),
            reference: `peak RSS ${largest.peakRssMb.toFixed(0)} MB`,
            ratio: times(largest.ms / 2000),
            target: '< 2 s',
            met: largest.ms < 2000,
          },
        ]
      : []
  return {
    rows: [
      ...scaleRows,
      {
        section: '5',
        name: 'plan of 50,000 secrets: time',
        measured: ms(m.ms),
        reference: '1 s',
        ratio: times(m.ms / 1000),
        target: '< 1 s',
        met: m.ms < 1000,
      },
      {
        section: '5',
        name: 'plan of 50,000 secrets: peak RSS',
        measured: `${m.peakRssMb.toFixed(0)} MB`,
        reference: `heap ${m.heapUsedMb.toFixed(0)} MB (inputs ${m.inputHeapMb.toFixed(0)} MB)`,
        ratio: times(m.peakRssMb / 300),
        target: '< 300 MB',
        met: m.peakRssMb < 300,
      },
    ],
    raw: { computePlan: m, scale },
  }
}
