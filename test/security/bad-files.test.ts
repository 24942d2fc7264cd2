import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ID, runNode, type Sandbox, startSandbox } from '../support/sandbox.js'

const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname
const HOOK = new URL('../../dist/hook/index.js', import.meta.url).pathname
const MANIFEST = `version: 1\nprovider:\n  type: infisical\n  projectId: ${PROJECT_ID}\nenvironments: [dev]\n`

/**
 * A manifest or `file:` source that is not a regular file inside the repository is refused before it is
 * read, in one line: a FIFO would block the reader forever, /dev/zero never ends, a directory is not
 * text, and a symlink out of the repository would leak what it points to.
 */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sm-badfiles-'))
  mkdirSync(join(dir, '.git'))
  mkdirSync(join(dir, 'a-directory'))
  execFileSync('mkfifo', [join(dir, 'a-fifo')])
  symlinkSync('/etc/hostname', join(dir, 'outside'))
  symlinkSync('/dev/zero', join(dir, 'zero'))
  writeFileSync(join(dir, 'secrets.yaml'), MANIFEST)
  return dir
}

const BAD_MANIFESTS: [string, (dir: string) => string, RegExp][] = [
  ['a directory', (d) => join(d, 'a-directory'), /is a directory, not a regular file/],
  ['a FIFO', (d) => join(d, 'a-fifo'), /is a named pipe \(FIFO\), not a regular file/],
  ['a device', () => '/dev/zero', /is a device, not a regular file/],
  ['a symlink leaving the repository', (d) => join(d, 'outside'), /resolves outside the repository/],
  ['a symlink to a device', (d) => join(d, 'zero'), /resolves outside the repository/],
]

describe('bad files are one-line refusals, never a hang or an internal error', () => {
  let box: Sandbox
  let dir: string
  beforeAll(async () => {
    box = await startSandbox()
    dir = repository()
  })
  afterAll(() => box.close())

  const oneLine = (stderr: string) => {
    expect(stderr).not.toMatch(/internal error|\n\s+at /)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  }

  it.each(BAD_MANIFESTS)('plan refuses a manifest that is %s, sending nothing', async (_, path, message) => {
    const before = box.server.requests.length
    const r = await runNode(CLI, ['plan', '--manifest', path(dir)], {
      env: box.env,
      cwd: dir,
      killAfterMs: 5000,
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).toContain('cannot read the manifest')
    oneLine(r.stderr)
    expect(box.server.requests.length).toBe(before)
  })

  it.each(BAD_MANIFESTS)('lint refuses a manifest that is %s', async (_, path, message) => {
    const r = await runNode(CLI, ['lint', '--manifest', path(dir)], { cwd: dir, killAfterMs: 5000 })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    oneLine(r.stderr)
  })

  it.each(BAD_MANIFESTS)('the hook refuses a file that is %s', async (_, path, message) => {
    const r = await runNode(HOOK, ['lint', path(dir)], { cwd: dir, killAfterMs: 5000 })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(/internal error/)
  })

  it('the dotenv hook does not hang on a FIFO either', async () => {
    const r = await runNode(HOOK, ['dotenv-keys', join(dir, 'a-fifo')], { cwd: dir, killAfterMs: 5000 })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/is a named pipe \(FIFO\)/)
  })

  it.each([
    ['a directory', 'a-directory', /file a-directory is a directory, not a regular file/],
    ['a FIFO', 'a-fifo', /file a-fifo is a named pipe \(FIFO\), not a regular file/],
    ['a symlink leaving the repository', 'outside', /file outside resolves outside the repository/],
    ['a symlink to /dev/zero', 'zero', /file zero resolves outside the repository/],
  ])('apply refuses a file: source that is %s and writes nothing', async (_, file, message) => {
    const path = join(dir, `secrets-${file}.yaml`)
    writeFileSync(path, `${MANIFEST}secrets:\n  - key: TLS_CA\n    value: { file: ${file} }\n`)
    const before = box.writes().length
    const r = await runNode(CLI, ['apply', '--manifest', path], { env: box.env, cwd: dir, killAfterMs: 5000 })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /)
    expect(box.writes().length).toBe(before)
  })
})
