#!/usr/bin/env node
// The CLI's bin (package.json "bin"): the committed bundle does the work, so installing the CLI needs no
// build and no runtime dependencies. The bundle checks the Node version itself before anything else.
import '../dist/cli/index.js'
