import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  ENKRYPTIFY_TOKEN,
  enkryptifyHarness,
  type Harness,
  PRIME_KEY,
  primeHarness,
} from '../support/providers.js'
import { runNode } from '../support/sandbox.js'

const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname
const VALUES = ['SENTINEL-import-ek-3f9a2c', 'SENTINEL-import-pi-7d1e4b']

let harness: Harness | undefined
afterEach(() => harness?.close())

// What each provider can express: Enkryptify has environments and no folders, Prime Intellect one scope.
const CASES: { name: string; start: () => Promise<Harness>; env: Record<string, string> }[] = [
  { name: 'enkryptify', start: enkryptifyHarness, env: { ENKRYPTIFY_TOKEN } },
  { name: 'prime-intellect', start: primeHarness, env: { PRIME_API_KEY: PRIME_KEY } },
]

describe.each(CASES)('import from $name (CLI bundle against its sandbox)', ({ start, env }) => {
  it('writes a manifest that plans to no changes, and never a value', async () => {
    harness = await start()
    harness.addRemote('DATABASE_URL', VALUES[0]!)
    harness.addRemote('API_TOKEN', VALUES[1]!)
    const seed = harness.manifest('secrets: []\n')
    const out = join(seed, '..', 'imported.yaml')
    const imported = await runNode(CLI, ['import', '--manifest', seed, '--out', out], { env })
    expect(imported.stderr).not.toMatch(/internal error/i)
    expect(imported.code).toBe(0)
    const text = readFileSync(out, 'utf8')
    expect(text).toContain('key: API_TOKEN')
    expect(text).toContain('key: DATABASE_URL')
    const plan = await runNode(CLI, ['plan', out, '--json'], { env })
    expect(plan.code).toBe(0)
    const json = JSON.parse(plan.stdout)
    expect(json.hasChanges).toBe(false)
    const actions = json.items.map((i: { action: string; key: string }) => `${i.action} ${i.key}`)
    expect(actions.sort()).toEqual(expect.arrayContaining(['unchanged API_TOKEN', 'unchanged DATABASE_URL']))
    for (const v of [...VALUES, ENKRYPTIFY_TOKEN, PRIME_KEY])
      for (const o of [text, imported.stdout, imported.stderr, plan.stdout, plan.stderr])
        expect(o).not.toContain(v)
  })
})
