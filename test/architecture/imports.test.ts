import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { importsOf, importViolations, staticallyLoaded } from './import-rules.js'

const root = path.resolve(import.meta.dirname, '../..')

function sourcesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue
    const full = path.join(entry.parentPath, entry.name)
    files.set(path.relative(root, full).split(path.sep).join('/'), readFileSync(full, 'utf8'))
  }
  return files
}

describe('import arrows', () => {
  it('src/ keeps every arrow of the layout', () => {
    const files = sourcesUnder('src')
    expect(files.size).toBeGreaterThan(100)
    expect(importViolations(files)).toEqual([])
  })

  it('reads static, re-export, side-effect and dynamic imports', () => {
    const edges = importsOf(
      'src/a/b.ts',
      "import x from '../c.js'\nexport * from './d.js'\nimport 'e'\nconst f = await import('./g.js')\n",
    )
    expect(edges.map((e) => [e.specifier, e.target, e.dynamic])).toEqual([
      ['../c.js', 'src/c.ts', false],
      ['./d.js', 'src/a/d.ts', false],
      ['e', undefined, false],
      ['./g.js', 'src/a/g.ts', true],
    ])
  })

  const synthetic: [string, string, string, string][] = [
    ['src/core/plan/x.ts', "import { readFileSync } from 'node:fs'", 'node:fs', 'the core does no I/O'],
    ['src/core/plan/x.ts', "import { request } from 'undici'", 'undici', 'the core has no edges'],
    [
      'src/core/plan/x.ts',
      "import type { Credentials } from '../../app/types.js'",
      '../../app/types.js',
      'the core imports nothing outside itself',
    ],
    [
      'src/core/x.ts',
      "import { runInfisical } from '../providers/infisical/provider.js'",
      '../providers/infisical/provider.js',
      'the core imports nothing outside itself',
    ],
    [
      'src/providers/enkryptify/x.ts',
      "import { runPool } from '../../apply/pool.js'",
      '../../apply/pool.js',
      'a provider imports nothing above it',
    ],
    [
      'src/http/client.ts',
      "import { ProviderError } from '../providers/types.js'",
      '../providers/types.js',
      'the HTTP client imports nothing above it',
    ],
    [
      'src/hook/x.ts',
      "import * as core from '@actions/core'",
      '@actions/core',
      'the hook loads no Actions toolkit and no HTTP client',
    ],
    [
      'src/hook/x.ts',
      "import { HttpClient } from '../http/client.js'",
      '../http/client.js',
      'the hook loads no Actions toolkit and no HTTP client',
    ],
    [
      'src/app/x.ts',
      "import { startInfisicalServer } from '../sandbox/infisical/index.js'",
      '../sandbox/infisical/index.js',
      'only entries and tests load the sandbox',
    ],
  ]
  it.each(synthetic)('fails on a forbidden import: %s %s', (file, line, specifier, rule) => {
    const files = sourcesUnder('src')
    files.set(file, `${files.get(file) ?? ''}\n${line}\n`)
    expect(importViolations(files)).toContainEqual({ from: file, specifier, rule })
  })

  it('the CLI and the action load no sandbox server at start-up (the sandbox command imports it when run)', () => {
    const files = sourcesUnder('src')
    for (const entry of ['src/cli/index.ts', 'src/action/index.ts']) {
      const loaded = [...staticallyLoaded(files, entry)]
      expect(loaded.length).toBeGreaterThan(5)
      expect(loaded.filter((f) => f.startsWith('src/sandbox/'))).toEqual([])
    }
    // The check can fail: a static import of the sandbox command from main puts the servers on the path.
    files.set(
      'src/cli/main.ts',
      `${files.get('src/cli/main.ts')}\nimport { runSandbox } from '../sandbox/command.js'\n`,
    )
    expect([...staticallyLoaded(files, 'src/cli/index.ts')]).toContain('src/sandbox/demo.ts')
  })

  it('allows what the layout allows', () => {
    const allowed = new Map([
      ['src/core/plan/x.ts', "import { runPool } from '../../util/pool.js'\nimport { z } from 'zod'"],
      [
        'src/providers/x/provider.ts',
        "import { HttpClient } from '../../http/client.js'\nimport '../../core/seam/types.js'",
      ],
      ['src/cli/main.ts', "const { runSandbox } = await import('../sandbox/command.js')"],
      ['src/sandbox/command.ts', "import { DEMO } from './demo.js'"],
      ['test/x.test.ts', "import { startInfisicalServer } from '../src/sandbox/infisical/index.js'"],
    ])
    expect(importViolations(allowed)).toEqual([])
  })
})
