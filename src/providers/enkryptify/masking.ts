import type { WireSecret } from './wire.js'

/**
 * One list returns every environment's values, plus the caller's personal ones, and every value received is
 * masked. Values of environments the plan lists are masked by the run, which spares declared
 * non-secret literals such as `info`; this masks the rest: personal values at once, and the values of
 * environments never listed before anything of the run can be printed.
 */
export class ValueMasker {
  private readonly listed = new Set<string>()
  private readonly pending: WireSecret[][] = []

  constructor(private readonly register: (secret: string) => void) {}

  received(secrets: WireSecret[]): void {
    for (const s of secrets) for (const v of s.values) if (v.isPersonal) this.register(v.value)
    this.pending.push(secrets)
  }

  listedEnvironment(environmentId: string): void {
    this.listed.add(environmentId)
  }

  /** Called before the first write and on close, when the listed environments are known. */
  maskUnlisted(): void {
    for (const secrets of this.pending.splice(0))
      for (const s of secrets)
        for (const v of s.values) if (!this.listed.has(v.environmentId)) this.register(v.value)
  }
}
