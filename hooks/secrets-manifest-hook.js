#!/usr/bin/env node
// The pre-commit hook's bin (package.json "bin"): the committed bundle does the work, so installing the
// hook needs no build and no runtime dependencies.
import '../dist/hook/index.js'
