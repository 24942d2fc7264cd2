/** Injected per-request latency of the sandbox for sections 1–3, roughly a round trip to a nearby region. */
export const LATENCY_MS = 20
/** The engine lists 4 folders at a time (app/run.ts) and writes 4 folders at a time (apply/engine.ts). */
export const IN_FLIGHT = 4
/** Fresh-server repetitions of each network scenario, and fresh processes for the 50,000-secret plan. */
export const REPS = 3
/** Interleaved cold starts per command in section 4. */
export const STARTUP_RUNS = 15

export const log = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`)
}
