import { checkManifest } from '../core/check.js'
import { type Diagnostic, formatDiagnostic, hasErrors } from '../core/diagnostics.js'
import { DOTENV_RULES, lintDotenvKeys } from '../core/rules/dotenv.js'
import { PROVIDER_CATALOG } from '../providers/catalog.js'

export const USAGE =
  'usage: secrets-manifest-hook lint FILE... | secrets-manifest-hook dotenv-keys [--off=RULE-ID,...] FILE...'

export interface HookIo {
  readFile(path: string): string
  out(text: string): void
  err(text: string): void
}

/**
 * The pre-commit hook: checks the files pre-commit passes, prints one `file:line:col: rule-id: message
 * (hint)` line per finding on stdout and a one-line summary on stderr. Exit 1 when there is an error,
 * 2 on a usage error or an unreadable file, else 0. Values are never printed: findings carry positions.
 */
export async function runHook(argv: readonly string[], io: HookIo): Promise<number> {
  const [command, ...rest] = argv
  if (command === '--help' || command === '-h') {
    io.out(USAGE)
    return 0
  }
  if (command !== 'lint' && command !== 'dotenv-keys')
    return usage(io, command ? `unknown command '${command}'` : 'no command')
  const { files, off, error } = readArgs(command, rest)
  if (error) return usage(io, error)
  if (files.length === 0) return usage(io, 'no files given')

  const check =
    command === 'lint'
      ? await manifestChecker()
      : (text: string, file: string) => lintDotenvKeys(text, file, { off })
  const findings: Diagnostic[] = []
  let unreadable = 0
  for (const file of files) {
    let text: string
    try {
      text = io.readFile(file)
    } catch (e) {
      unreadable++
      io.err(`secrets-manifest-hook: cannot read ${file}${whyUnreadable(e)}`)
      continue
    }
    findings.push(...(await check(text, file)))
  }
  if (findings.length > 0) io.out(findings.map(formatDiagnostic).join('\n'))
  io.err(summary(findings, files.length - unreadable))
  if (unreadable > 0) return 2
  return hasErrors(findings) ? 1 : 0
}

/**
 * Manifests are checked by `checkManifest`, as in the CLI and the action. Its fast path is part of the
 * entry chunk (it needs neither zod nor the YAML parser, and a chunk loaded on demand costs an extra
 * module load); zod and the YAML parser load only when needed.
 */
async function manifestChecker(): Promise<(text: string, file: string) => Promise<Diagnostic[]>> {
  return async (text, file) => (await checkManifest(text, file, PROVIDER_CATALOG)).diagnostics
}

function readArgs(
  command: string,
  args: readonly string[],
): { files: string[]; off: string[]; error?: string } {
  const files: string[] = []
  const off: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--') {
      files.push(...args.slice(i + 1))
      break
    }
    if (arg === '--off' || arg.startsWith('--off=')) {
      if (command !== 'dotenv-keys')
        return {
          files,
          off,
          error: '--off applies to dotenv-keys; manifests switch rules off with `rules.off`',
        }
      const value = arg === '--off' ? args[++i] : arg.slice('--off='.length)
      if (!value) return { files, off, error: '--off needs a rule id' }
      for (const id of value.split(',').filter(Boolean)) {
        const rule = DOTENV_RULES.get(id)
        if (!rule) return { files, off, error: `--off: '${id}' is not a rule that checks dotenv files` }
        if (rule.switchable !== 'off-and-waiver')
          return { files, off, error: `--off: '${id}' cannot be switched off (waive single lines instead)` }
        off.push(id)
      }
    } else if (arg.startsWith('-') && arg !== '-') {
      return { files, off, error: `unknown option '${arg}'` }
    } else {
      files.push(arg)
    }
  }
  return { files, off }
}

function usage(io: HookIo, problem: string): number {
  io.err(`secrets-manifest-hook: ${problem}\n${USAGE}`)
  return 2
}

function summary(findings: readonly Diagnostic[], checked: number): string {
  const errors = findings.filter((d) => d.severity === 'error').length
  const warnings = findings.length - errors
  const files = `${checked} file${checked === 1 ? '' : 's'}`
  if (findings.length === 0) return `secrets-manifest-hook: ${files} checked, no findings`
  const parts = [`${errors} error${errors === 1 ? '' : 's'}`]
  if (warnings) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`)
  return `secrets-manifest-hook: ${parts.join(', ')} in ${files}`
}

/** `: it is a directory, …` from the reader's refusal, else the system's error code. */
function whyUnreadable(e: unknown): string {
  const { problem, code } = (e ?? {}) as { problem?: unknown; code?: unknown }
  if (typeof problem === 'string') return `: it ${problem}`
  return typeof code === 'string' ? ` (${code})` : ''
}
