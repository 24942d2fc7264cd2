import './require-node24.js'
import { main } from './main.js'

const code = await main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(`${t}\n`),
  stderr: (t) => process.stderr.write(`${t}\n`),
  env: process.env,
})
process.exitCode = code
