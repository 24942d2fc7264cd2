import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  type Stats,
  statSync,
} from 'node:fs'
import { dirname, isAbsolute, relative, resolve } from 'node:path'

// Used by the hook too, which runs on any Node 18+: node:fs and node:path only.

/** `problem` reads after the file's name: "<file> is a directory, not a regular file". */
export type FileRead = { text: string } | { problem: string }

/**
 * Reads a regular file of at most `limit` bytes as UTF-8, or says in one line why not. A directory, a
 * FIFO (which would block the reader forever), a device (/dev/zero never ends) or a socket is refused
 * before reading; with `root`, so is a path whose real location (symlinks followed) leaves it. At most
 * limit + 1 bytes are ever read, whatever the file claims its size is.
 */
export function readRegularFile(path: string, opts: { limit: number; root?: string }): FileRead {
  let fd: number | undefined
  try {
    if (opts.root !== undefined && !inside(opts.root, realpathSync(path)))
      return { problem: `resolves outside the repository` }
    const kind = notRegular(statSync(path))
    if (kind) return { problem: `is ${kind}, not a regular file` }
    // Non-blocking, so a FIFO swapped in after the check cannot hold the open; fstat checks what was opened.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
    const opened = notRegular(fstatSync(fd))
    if (opened) return { problem: `is ${opened}, not a regular file` }
    const buffer = Buffer.alloc(Math.min(fstatSync(fd).size, opts.limit) + 1)
    let length = 0
    for (;;) {
      if (length === buffer.length) return { problem: `is larger than ${bytes(opts.limit)}` }
      const n = readSync(fd, buffer, length, buffer.length - length, null)
      if (n === 0) break
      length += n
    }
    return { text: buffer.toString('utf8', 0, length) }
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: 'does not exist' }
    return { problem: `cannot be read${code ? ` (${code})` : ''}` }
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function notRegular(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined
  if (stats.isDirectory()) return 'a directory'
  if (stats.isFIFO()) return 'a named pipe (FIFO)'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  if (stats.isSocket()) return 'a socket'
  return 'not a file'
}

function inside(root: string, real: string): boolean {
  const rel = relative(root, real)
  return !(rel === '..' || rel.startsWith(`..${'/'}`) || isAbsolute(rel))
}

function bytes(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`
}

/** Reads a file that must stay inside the repository it is in (see `repositoryRoot`). */
export function readRepositoryFile(path: string, limit: number): FileRead {
  return readRegularFile(path, { limit, root: repositoryRoot(dirname(resolve(path))) })
}

/**
 * The real path of the nearest directory holding `.git` above `start`, else of `start` itself. The walk
 * is lexical, so a symlinked folder inside the repository still counts as inside it, and what it
 * points to is judged by the real path of each file.
 */
export function repositoryRoot(start: string): string {
  const from = resolve(start)
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, '.git'))) return realOrSame(dir)
    if (dirname(dir) === dir) return realOrSame(from)
  }
}

function realOrSame(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}
