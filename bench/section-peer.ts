import { chain, type Job, lowerBoundRequests } from './bounds.js'
import { IN_FLIGHT, LATENCY_MS, log, REPS } from './config.js'
import { folderNames, manifestYaml, type Shape, writeManifest } from './fixtures.js'
import { measureRun, type RunMeasure } from './ours.js'
import { sdkLoop } from './peer.js'
import { startServerChild } from './server.js'
import { median } from './startup.js'
import { ms, type Row, times } from './table.js'

/**
 * 3: one environment × 4 folders × 250 keys from empty, our apply against the SDK's per-key loop. Each
 * run gets a fresh sandbox, and both clients talk to it directly over the same loopback.
 */
export async function peerSection(): Promise<{ rows: Row[]; raw: unknown }> {
  const shape: Shape = { environments: ['dev'], folders: folderNames(4), keysPerFolder: 250 }
  const manifest = writeManifest(manifestYaml(shape))
  const ours: RunMeasure[] = []
  for (let rep = 0; rep < REPS; rep++) {
    const server = await startServerChild(LATENCY_MS)
    try {
      ours.push(await measureRun('apply', manifest, server))
    } finally {
      await server.close()
    }
  }
  const sdk = async (inFlight: number) => {
    log(`SDK loop, ${inFlight} in flight (1,000 calls at ${LATENCY_MS} ms each)`)
    const server = await startServerChild(LATENCY_MS)
    try {
      const wallMs = await sdkLoop(server.url, shape, inFlight)
      const { total, byRoute } = await server.requests()
      return { inFlight, wallMs, requests: total, byRoute }
    } finally {
      await server.close()
    }
  }
  const serial = await sdk(1)
  const pooled = await sdk(IN_FLIGHT)
  const requests = Math.max(...ours.map((r) => r.requests))
  const wall = median(ours.map((r) => r.wallMs))
  const job: Job = { scopes: 1, chains: Array(4).fill(chain({ createFolder: true, creates: 250 })) }
  const rows: Row[] = [
    {
      section: '3',
      name: '1,000 keys: requests, ours vs SDK loop',
      measured: String(requests),
      reference: `SDK ${serial.requests}`,
      ratio: `${times(serial.requests / requests)} fewer`,
      target: '≥ 20× fewer',
      met: serial.requests / requests >= 20,
    },
    {
      section: '3',
      name: '1,000 keys: wall, ours vs SDK loop',
      measured: ms(wall),
      reference: `SDK ${ms(serial.wallMs)}`,
      ratio: `${times(serial.wallMs / wall)} less`,
      target: '≥ 10× less',
      met: serial.wallMs / wall >= 10,
    },
    {
      section: '3',
      name: `1,000 keys: wall, ours vs SDK with ${IN_FLIGHT} in flight`,
      measured: ms(wall),
      reference: `SDK ${ms(pooled.wallMs)}`,
      ratio: `${times(pooled.wallMs / wall)} less`,
      target: '(informative)',
    },
  ]
  return {
    rows,
    raw: {
      ours: { lowerBound: lowerBoundRequests(job), medianWallMs: wall, runs: ours },
      sdk: [serial, pooled],
    },
  }
}
