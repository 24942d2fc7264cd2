// Imported first by the CLI entry, so it runs before any other module of the bundle is evaluated.
import { nodeTooOld } from '../app/node-version.js'

const tooOld = nodeTooOld('cli')
if (tooOld) {
  process.stderr.write(`${tooOld}\n`)
  process.exit(2)
}
