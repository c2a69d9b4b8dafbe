#!/usr/bin/env node
// What a Mozilla reviewer does with the source package: unpack kefu-assist-<v>-sources.zip in an empty folder,
// `npm ci`, `npx wxt build -b firefox`, and compare the result with the submitted kefu-assist-<v>-firefox.zip file by
// file. Run after `npm run zip:firefox`. Exits 1 when a file differs or is missing.
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { unzipSync } from 'fflate';

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const sourcesZip = `.output/${pkg.name}-${pkg.version}-sources.zip`;
const firefoxZip = `.output/${pkg.name}-${pkg.version}-firefox.zip`;

const work = await mkdtemp(join(tmpdir(), 'kefu-amo-'));
try {
  for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(await readFile(sourcesZip))))) {
    if (name.endsWith('/')) continue;
    await mkdir(dirname(join(work, name)), { recursive: true });
    await writeFile(join(work, name), bytes);
  }
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: work, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
  const started = Date.now();
  run('npm', ['ci', '--no-audit', '--no-fund']);
  run('npx', ['wxt', 'build', '-b', 'firefox']);
  const built = join(work, '.output/firefox-mv2');
  const submitted = unzipSync(new Uint8Array(await readFile(firefoxZip)));
  const rebuilt = new Map();
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else rebuilt.set(relative(built, path), await readFile(path));
    }
  };
  await walk(built);
  const problems = [];
  for (const [name, bytes] of Object.entries(submitted)) {
    if (name.endsWith('/')) continue;
    const other = rebuilt.get(name);
    if (!other) problems.push(`missing from the rebuild: ${name}`);
    else if (Buffer.compare(Buffer.from(bytes), other) !== 0) problems.push(`differs: ${name}`);
  }
  for (const name of rebuilt.keys()) if (!(name in submitted)) problems.push(`only in the rebuild: ${name}`);
  console.log(
    `source build: ${rebuilt.size} files rebuilt from ${sourcesZip} in ${((Date.now() - started) / 1000).toFixed(0)} s; ${problems.length ? `${problems.length} differ` : 'identical to the submitted package'}`,
  );
  for (const p of problems) console.error(p);
  process.exitCode = problems.length ? 1 : 0;
} finally {
  await rm(work, { recursive: true, force: true });
}
