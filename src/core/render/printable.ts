/**
 * Text from a manifest or a server, made safe for one line of a log or terminal: line breaks, ESC and
 * the other control characters become visible escapes. A key holding a newline could otherwise start a
 * line of its own, which the Actions runner reads as a workflow command (`::error::`,
 * `::stop-commands::`) and a terminal may read as escape sequences.
 */
export function printable(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, escapeChar)
}

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

function escapeChar(c: string): string {
  return NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
}
