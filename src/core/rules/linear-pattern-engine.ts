import { RE2JS } from 're2js'
import { installPatternEngine } from './team-pattern.js'

// Imported for its effect by every entry that lints a manifest (see team-pattern.ts for why it is separate).
installPatternEngine((source) => RE2JS.compile(source))
