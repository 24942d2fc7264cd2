/**
 * Lower bounds for a run, from the request DAG the Infisical API imposes:
 *
 *   login → read project → list each environment → [plan] → per folder: create folder? → write chunks…
 *
 * A folder's requests form a chain (its folder must exist before its secrets, and the engine keeps
 * writes in one folder in order); chains of different folders are independent. The plan needs every
 * listing, so the writes cannot start before the last list returns.
 */
export interface Job {
  /** List requests: one per environment (a recursive read of the folder that covers the managed ones). */
  scopes: number
  /** Per folder that has writes: its requests in order (folder creation + one per chunk). */
  chains: number[]
}

/** The server declares no batch maximum; the 1 MiB body holds every folder's batch measured here. */
export const CHUNK = Number.POSITIVE_INFINITY

/** Requests one folder needs: its creation when missing (one request, parents included), then a batch per write action. */
export function chain(opts: { createFolder: boolean; creates?: number; updates?: number }): number {
  const chunks = (n = 0) => (n > 0 ? Math.max(1, Math.ceil(n / CHUNK)) : 0)
  return (opts.createFolder ? 1 : 0) + chunks(opts.creates) + chunks(opts.updates)
}

export function lowerBoundRequests(job: Job): number {
  return 2 + job.scopes + job.chains.reduce((a, b) => a + b, 0)
}

/**
 * Round trips on the critical path with `inFlight` requests at most (the engine lists 4 folders at a time
 * and writes 4 folders at a time): login and project read in series, the lists in ⌈scopes/inFlight⌉
 * waves, then the folder chains scheduled onto `inFlight` workers (greedy, longest first, which is
 * optimal for the equal chains measured here).
 */
export function criticalPathRoundTrips(job: Job, inFlight: number): number {
  const listWaves = Math.ceil(job.scopes / inFlight)
  const workers = new Array<number>(Math.min(inFlight, Math.max(1, job.chains.length))).fill(0)
  for (const c of [...job.chains].sort((a, b) => b - a)) {
    const i = workers.indexOf(Math.min(...workers))
    workers[i]! += c
  }
  return 2 + listWaves + Math.max(0, ...workers)
}
