import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import type { SourceReader } from '../core/plan/desired.js'

/** File sources larger than this are a mistake (Infisical's whole request body is capped at 1 MiB). */
const MAX_FILE_BYTES = 1024 * 1024

/**
 * Reads `env:` and `file:` value sources. Files are resolved relative to the manifest and must stay
 * inside the repository after following symlinks, so a manifest cannot exfiltrate /etc/shadow or ~/.ssh.
 */
export function createSourceReader(
  manifestPath: string,
  env: Record<string, string | undefined>,
): SourceReader {
  const manifestDir = dirname(resolve(manifestPath))
  const root = repositoryRoot(manifestDir)
  return (source) => {
    if ('env' in source) {
      const value = env[source.env]
      return value === undefined
        ? { unavailable: `environment variable ${source.env} is not set` }
        : { value }
    }
    const target = resolve(manifestDir, source.file)
    if (!existsSync(target)) return { unavailable: `file ${source.file} does not exist` }
    const real = realpathSync(target)
    const rel = relative(root, real)
    if (rel.startsWith('..') || isAbsolute(rel))
      return { unavailable: `file ${source.file} resolves outside the repository` }
    if (statSync(real).size > MAX_FILE_BYTES)
      return { unavailable: `file ${source.file} is larger than 1 MiB` }
    return { value: readFileSync(real, 'utf8') }
  }
}

function repositoryRoot(start: string): string {
  const real = realpathSync(start)
  for (let dir = real; ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, '.git'))) return dir
    if (dirname(dir) === dir) return real
  }
}
