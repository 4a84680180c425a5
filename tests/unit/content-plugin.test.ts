import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mendContent } from '../../src/content/vite-plugin';

function loadCatalog(files: Record<string, string>): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'mend-content-'));
  mkdirSync(join(dir, 'pages'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const plugin = mendContent({ dir });
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
    addWatchFile() {},
  };
  const load = plugin.load as unknown as (this: typeof context, id: string) => unknown;
  return load.call(context, '\0virtual:mend/catalog');
}

const BROKEN = `---
id: broken
title: Broken
summary: A module with a mistake.
minutes: 5
situations: [friends]
order: 1
feeling: I feel unsure
---

## What it is

Text.

## Why it works

Text.

## A gentle warning

Text.

## Steps

### One

\`\`\`prompt
kind: txt
label: What now?
\`\`\`
`;

describe('the content build plugin', () => {
  it('fails the build naming the file and line of a broken module', () => {
    expect(() => loadCatalog({ 'broken.md': BROKEN })).toThrow(
      /Content error in .*broken\.md:28: prompt block: "kind" has an unknown kind/,
    );
  });

  it('builds a catalog with summaries and a loader per module', () => {
    const code = loadCatalog({ 'broken.md': BROKEN.replace('kind: txt', 'kind: text') }) as string;
    expect(code).toContain('export const modules = [{"id":"broken"');
    expect(code).toContain('"broken": () => import("virtual:mend/module/broken")');
    expect(code).not.toContain('<script');
  });
});
