/**
 * The line for an error that is a bug, not a user mistake: a pointer to --debug by default; with
 * --debug the error's stack and each cause in its chain. The caller masks it like every other line.
 */
export function describeInternalError(error: unknown, debug: boolean): string {
  if (!debug)
    return 'unexpected internal error (please report it; --debug or SECRETS_MANIFEST_DEBUG=1 shows the cause)'
  const parts: string[] = ['unexpected internal error (please report it with what follows):']
  let current: unknown = error
  for (let depth = 0; current !== undefined && depth < 8; depth++) {
    const prefix = depth === 0 ? '' : 'caused by: '
    parts.push(
      current instanceof Error
        ? `${prefix}${current.stack ?? `${current.name}: ${current.message}`}`
        : `${prefix}${String(current)}`,
    )
    current = current instanceof Error ? current.cause : undefined
  }
  return parts.join('\n')
}
