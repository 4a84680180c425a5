// The README and the docs point at files that exist: a link to a page or a
// decision, or a path in backticks that a reader would go and open. A file
// moved or renamed without its docs fails here, naming the doc and the path.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const markdownIn = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => `${folder}/${name}`);

const DOCS = ['README.md', 'tests/README.md', 'content/README.md', ...markdownIn('docs'), ...markdownIn('docs/decisions')];

/** Relative Markdown links: `[words](target)`, not web addresses, anchors or app routes. */
function relativeLinks(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map(([, target]) => target!.split('#')[0]!)
    .filter((target) => target !== '' && !/^[a-z]+:/.test(target) && !target.startsWith('/'));
}

/** Repository paths in backticks, such as `src/storage/device/wipe.ts` or `tests/fixtures/bad-backups/`. */
function backtickedPaths(text: string): string[] {
  return [...text.matchAll(/`((?:src|tests|public|docs|content|scripts)\/[\w./-]+)`/g)]
    .map(([, path]) => path!)
    .filter((path) => !/[<>*{}]/.test(path));
}

function missing(files: string[], find: (text: string) => string[], from: (file: string) => string): string[] {
  return files.flatMap((file) =>
    find(readFileSync(file, 'utf8'))
      .filter((target) => !existsSync(join(from(file), target)))
      .map((target) => `${file}: ${target}`),
  );
}

describe('the docs point at what is there', () => {
  it('finds the file behind every relative link in the README and the docs', () => {
    expect(missing(DOCS, relativeLinks, dirname)).toEqual([]);
  });

  it('finds every path the README, the docs and the decisions name in backticks', () => {
    expect(missing(DOCS, backtickedPaths, () => '.')).toEqual([]);
  });

  it('notices a link or a path to a file that is not there', () => {
    expect(relativeLinks('See [the plan](docs/no-such-file.md), [help](/help) and [web](https://example.org).')).toEqual([
      'docs/no-such-file.md',
    ]);
    expect(backtickedPaths('Kept in `src/storage/no-such-file.ts` and `mend-rescue:<collection>`.')).toEqual([
      'src/storage/no-such-file.ts',
    ]);
    expect(existsSync('docs/no-such-file.md')).toBe(false);
  });
});
