/** A workflow expression as users write it in YAML (`${{ vars.X }}`), for messages that show what to paste. */
export function expr(path: string): string {
  return `$\{{ ${path} }}`
}
