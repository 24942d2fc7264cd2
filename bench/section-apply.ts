import { chain, criticalPathRoundTrips, type Job, lowerBoundRequests } from './bounds.js'
import { IN_FLIGHT, LATENCY_MS, log, REPS } from './config.js'
import { ENVIRONMENTS, folderNames, manifestYaml, type Shape, writeManifest } from './fixtures.js'
import { measureWaveFloor } from './floor.js'
import { measureRun, type RunMeasure } from './ours.js'
import { FREE_PLAN, startServerChild } from './server.js'
import { median } from './startup.js'
import { ms, type Row, times } from './table.js'

interface Scenario {
  label: string
  kind: 'plan' | 'apply'
  manifest: string
  job: Job
  runs: RunMeasure[]
}

/**
 * 1 and 2: 3 environments × 4 folders × 250 keys from empty, then a plan with nothing to do, then an
 * apply with 10% of the values changed; each time on a fresh sandbox, REPS times.
 */
export async function applySections(): Promise<{ rows: Row[]; raw: unknown }> {
  const shape: Shape = { environments: ENVIRONMENTS, folders: folderNames(4), keysPerFolder: 250 }
  const scopes = shape.environments.length * shape.folders.length
  const lists = shape.environments.length
  const initial = writeManifest(manifestYaml(shape))
  const scenarios: Scenario[] = [
    {
      label: 'apply from empty, 3,000 secrets',
      kind: 'apply',
      manifest: initial,
      job: {
        scopes: lists,
        chains: Array(scopes).fill(chain({ createFolder: true, creates: shape.keysPerFolder })),
      },
      runs: [],
    },
    {
      label: 're-plan, nothing to do',
      kind: 'plan',
      manifest: initial,
      job: { scopes: lists, chains: [] },
      runs: [],
    },
    {
      label: 'apply, 10% of values changed (300)',
      kind: 'apply',
      manifest: writeManifest(manifestYaml(shape, { revision: 2, changeEvery: 10 })),
      job: {
        scopes: lists,
        chains: Array(scopes).fill(chain({ createFolder: false, updates: shape.keysPerFolder / 10 })),
      },
      runs: [],
    },
  ]
  const floors: number[] = []
  for (let rep = 0; rep < REPS; rep++) {
    log(`apply from empty, re-plan, 10% update: run ${rep + 1} of ${REPS}`)
    const server = await startServerChild(LATENCY_MS)
    try {
      floors.push(await measureWaveFloor(server.url, IN_FLIGHT, 11))
      for (const s of scenarios) s.runs.push(await measureRun(s.kind, s.manifest, server))
    } finally {
      await server.close()
    }
  }
  log('apply from empty under the Free plan rate limits')
  const limited = await startServerChild(LATENCY_MS, true)
  let freePlan: RunMeasure
  try {
    freePlan = await measureRun('apply', initial, limited)
  } finally {
    await limited.close()
  }
  const floor = median(floors)
  const parts = scenarios.map((s, i) => scenarioRows(i === 0 ? '1' : '2', s, floor))
  const floorRow: Row = {
    section: '1',
    name: `one round trip, ${IN_FLIGHT} in flight, empty request`,
    measured: ms(floor),
    reference: `injected latency ${ms(LATENCY_MS)}`,
    ratio: times(floor / LATENCY_MS),
    target: '(informative)',
  }
  const freePlanRow: Row = {
    section: '2',
    name: `apply from empty, Free-plan rate limits (${FREE_PLAN.secretsPerMinute} secret requests/min): waiting`,
    measured: `${freePlan.waitedSeconds} s`,
    reference: `${freePlan.requests} requests`,
    ratio: '',
    target: '0 s',
    met: freePlan.waitedSeconds === 0,
  }
  return {
    rows: [floorRow, ...parts.flatMap((p) => p.rows), freePlanRow],
    raw: { waveFloorMs: floor, waveFloorSamplesMs: floors, scenarios: parts.map((p) => p.raw), freePlan },
  }
}

/** Requests must equal the bound; wall time (median of the runs) beside the critical path. */
function scenarioRows(section: string, s: Scenario, floorMs: number): { rows: Row[]; raw: unknown } {
  const bound = lowerBoundRequests(s.job)
  const trips = criticalPathRoundTrips(s.job, IN_FLIGHT)
  const path = trips * LATENCY_MS
  const requests = Math.max(...s.runs.map((r) => r.requests))
  const med = (f: (r: RunMeasure) => number) => median(s.runs.map(f))
  const wall = med((r) => r.wallMs)
  return {
    rows: [
      {
        section,
        name: `${s.label}: requests`,
        measured: String(requests),
        reference: `lower bound ${bound}`,
        ratio: times(requests / bound),
        target: '= bound',
        met: requests === bound,
      },
      {
        section,
        name: `${s.label}: wall`,
        measured: ms(wall),
        // The same round trips priced at the measured empty-request wave of this server, beside 20 ms each.
        reference: `${trips} RTT: ${ms(trips * floorMs)} (${ms(path)} at 20 ms)`,
        ratio: times(wall / (trips * floorMs)),
        target: '≤ 1.25×',
        met: wall <= 1.25 * trips * floorMs,
      },
    ],
    raw: {
      label: s.label,
      lowerBound: bound,
      criticalPathRoundTrips: trips,
      criticalPathMs: path,
      // The same path priced at the measured empty-request wave instead of the bare 20 ms.
      criticalPathAtFloorMs: trips * floorMs,
      medianWallMs: wall,
      medianBeforeFirstRequestMs: med((r) => r.beforeFirstRequestMs),
      medianNetworkMs: med((r) => r.wallMs - r.beforeFirstRequestMs),
      medianClientCpuMs: med((r) => r.clientCpuMs),
      medianServerCpuMs: med((r) => r.serverCpuMs),
      runs: s.runs,
    },
  }
}
