// `npm run docs`: the API reference from the doc comments, with the guides (docs/guide/*.md) as
// pages, into docs-site/ (ignored by git). TypeDoc 0.28 calls TypeScript's JavaScript compiler API,
// which typescript 7 (the project's compiler, a native binary) no longer ships, so TypeDoc and a
// typescript 6.0 for it live in their own install here (docs/tools/package.json and its lockfile),
// kept apart from the project's typescript 7. Nothing is fetched while the site is built; only
// the first run installs this folder (from the npm cache when it can).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const tools = fileURLToPath(new URL('.', import.meta.url));
const typedoc = join(tools, 'node_modules', 'typedoc', 'bin', 'typedoc');

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: tools });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(typedoc)) run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts']);
run(process.execPath, [typedoc, '--options', join(tools, 'typedoc.json')]);
