#!/usr/bin/env node
// The CLI lives in the built bundle so that `npx cleared-land` needs no TypeScript loader.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
