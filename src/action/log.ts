import * as core from '@actions/core'

/**
 * Writes text to the job log that the runner will not read as a workflow command. Every line of text
 * that is not ours has already been made single-line (core/render/printable.ts); this is the last guard
 * for whatever still begins a line with `::` or the older `##[`, such as a server's error text. A
 * zero-width space after the first character breaks the command prefix and changes nothing a reader sees.
 * The caller redacts first: the guard may change text a registered value would otherwise match.
 */
export function logInfo(text: string): void {
  core.info(inertCommands(text))
}

export function inertCommands(text: string): string {
  return text.replace(/^(\s*)(::|##\[)/gm, (_m, space: string, prefix: string) => {
    return `${space}${prefix[0]}\u200b${prefix.slice(1)}`
  })
}
