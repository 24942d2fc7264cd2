// Imported first by the action entry, so it runs before any other module of the bundle is evaluated.
import { nodeTooOld } from '../app/node-version.js'

const tooOld = nodeTooOld('action')
if (tooOld) {
  process.stdout.write(`::error::${tooOld}\n`)
  process.exit(1)
}
