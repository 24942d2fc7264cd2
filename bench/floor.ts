import { performance } from 'node:perf_hooks'
import { Agent, request } from 'undici'
import { median } from './startup.js'

/**
 * What one wave of `inFlight` requests costs on this machine with nothing to compute: the injected
 * latency plus loopback and the sandbox's own handling. A run cannot do a wave faster than this, so the
 * critical path at this price is the practical floor beside the 20 ms one.
 */
export async function measureWaveFloor(baseUrl: string, inFlight: number, waves: number): Promise<number> {
  const agent = new Agent({ connections: 8 })
  const times: number[] = []
  try {
    for (let w = 0; w < waves; w++) {
      const start = performance.now()
      await Promise.all(
        Array.from({ length: inFlight }, async () => {
          // No token: the sandbox sleeps out the latency, then answers 401 without touching its store.
          const res = await request(`${baseUrl}/api/v1/projects/bench-project`, { dispatcher: agent })
          await res.body.text()
        }),
      )
      times.push(performance.now() - start)
    }
  } finally {
    await agent.close()
  }
  // The first wave opens the connections; the runs measured reuse theirs after the login.
  return median(times.slice(1))
}
