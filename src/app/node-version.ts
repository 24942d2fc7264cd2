/**
 * The CLI and the action need Node 24 (the HTTP client, undici 8, uses its APIs); an older Node would
 * otherwise fail inside the first request with an error that names neither the cause nor the fix.
 * Returns the one line to print, or undefined when this Node is new enough.
 */
export function nodeTooOld(entry: 'cli' | 'action', version = process.version): string | undefined {
  const major = Number(version.replace(/^v/, '').split('.')[0])
  if (major >= 24) return undefined
  return entry === 'action'
    ? `secrets-manifest needs Node 24 or newer (this is ${version}): the action declares \`runs.using: node24\`, which needs a GitHub Actions runner of v2.327.1 or newer`
    : `secrets-manifest needs Node 24 or newer (this is ${version}). In a clone of the repository, \`scripts/node24 dist/cli/index.js\` fetches and uses Node 24.`
}
