import { log, REPS } from './config.js'
import { measurePlanCompute } from './plan-compute.js'
import { ms, type Row, times } from './table.js'

/** 5: computePlan over 50,000 secrets, half changed, each run in a fresh process. */
export function planSection(): { rows: Row[]; raw: unknown } {
  log('computePlan over 50,000 secrets')
  const m = measurePlanCompute(50_000, REPS)
  return {
    rows: [
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
    raw: m,
  }
}
