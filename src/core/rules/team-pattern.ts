/**
 * A team's `rules.key.pattern`, compiled by RE2 (re2js, a pure-JavaScript port) rather than RegExp. The
 * manifest, and with it the pattern, can come from a pull request; a backtracking engine takes
 * exponential time on patterns such as `^(A+)+$`, and a hung check would block the hook, lint and a
 * fork PR's plan. RE2 matches in time linear in the key's length; it has no lookaround or
 * backreferences, the features that cannot run in linear time.
 *
 * re2js is a quarter of a megabyte, so it is installed by the entry points that need it
 * (`linear-pattern-engine.ts`) rather than imported here: the hook loads it only for a manifest that has
 * a pattern, and its start stays as fast as before for every other manifest.
 */
export type TeamPattern = { test(key: string): boolean } | { error: string }

type Compile = (source: string) => { test(key: string): boolean }

let compile: Compile | undefined

export function installPatternEngine(engine: Compile): void {
  compile = engine
}

export function compileTeamPattern(source: string): TeamPattern {
  // Never RegExp as a fallback: that is the engine a hostile pattern hangs.
  if (!compile) throw new Error('the linear-time pattern engine was not loaded before linting')
  try {
    return compile(source)
  } catch (e) {
    const reason = e instanceof Error ? (e.message.split('\n')[0] ?? 'invalid') : 'invalid'
    const unsupported = /\(\?[=!<]|\\[1-9]/.test(source)
    return { error: unsupported ? `${reason} (lookaround and backreferences are not supported)` : reason }
  }
}
