import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// The CLI as a user installs it: `npm pack` of the working tree, `npm install -g` of the tarball into a
// throwaway prefix, then the installed `secrets-manifest` from that prefix's bin directory. No build
// step and no registry: the tarball holds the committed bundles and has no dependencies.
const ROOT = new URL('../..', import.meta.url).pathname
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string

describe('npm install -g of the packed repository', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'sm-install-'))
  afterAll(() => rmSync(tmp, { recursive: true, force: true }))
  const env = {
    ...process.env,
    // This Node (24) first, so the installed bin's `#!/usr/bin/env node` runs on it.
    PATH: [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter),
    npm_config_cache: join(tmp, 'npm-cache'),
    npm_config_update_notifier: 'false',
  }

  it('puts secrets-manifest on PATH and it answers --version', () => {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], {
        cwd: ROOT,
        env,
        encoding: 'utf8',
      }),
    ) as { filename: string; files: { path: string }[] }[]
    const files = packed[0]!.files.map((f) => f.path)
    for (const needed of ['bin/secrets-manifest.js', 'hooks/secrets-manifest-hook.js', 'dist/cli/index.js'])
      expect(files).toContain(needed)
    for (const needed of ['LICENSE', 'README.md', 'schema/secrets-manifest.schema.json'])
      expect(files).toContain(needed)
    expect(files.filter((f) => /^(test|src|bench|node_modules)\//.test(f))).toEqual([])

    const prefix = join(tmp, 'prefix')
    const install = spawnSync(
      'npm',
      ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', join(tmp, packed[0]!.filename)],
      { env, encoding: 'utf8' },
    )
    expect(install.status, `${install.stdout}${install.stderr}`).toBe(0)
    const bin = join(prefix, 'bin', 'secrets-manifest')
    expect(existsSync(bin)).toBe(true)
    expect(existsSync(join(prefix, 'lib/node_modules/secrets-manifest/node_modules'))).toBe(false)

    const version = spawnSync('secrets-manifest', ['--version'], {
      env: { ...env, PATH: [join(prefix, 'bin'), env.PATH].join(delimiter) },
      encoding: 'utf8',
    })
    expect(version.stderr).toBe('')
    expect(version.stdout.trim()).toBe(VERSION)
    expect(version.status).toBe(0)
  }, 120_000)
})
