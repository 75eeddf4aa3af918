import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PAGES_DIR } from '../../gateway/staticPages';
import { repoFile } from '../../subgraphs/shared/paths';

function newestIn(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestIn(full) : statSync(full).mtimeMs);
  }, 0);
}

/** Builds the pages (`npm run build:web`) unless the build is newer than every file of web/. */
export function ensureWebBuild(): void {
  const manifest = path.join(PAGES_DIR, '.vite', 'manifest.json');
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= newestIn(repoFile('web'))) return;
  execFileSync('npm', ['run', '-s', 'build:web'], { cwd: repoFile(), stdio: 'inherit' });
}
