import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFor, matchesPattern, pageAttributes, pagesToPrerender, shellFileFor } from '../../src/app/screen-paths';

/** Runs public/first-paint.js at `pathname` on a page with the <html> attributes the build wrote. */
function otherScreenAt(attributes: Record<string, string>, pathname: string): boolean {
  const html = document.documentElement;
  for (const name of [...html.getAttributeNames()]) if (name.startsWith('data-')) html.removeAttribute(name);
  for (const [name, value] of Object.entries(attributes)) html.setAttribute(name, value);
  history.replaceState(null, '', pathname);
  new Function(readFileSync('public/first-paint.js', 'utf8'))();
  return html.hasAttribute('data-other-screen');
}

describe('screen paths', () => {
  it('write one page per practice and per step, and one shell per address of the person’s own', () => {
    const pages = pagesToPrerender([{ id: 'reframing', stepCount: 2 }]);
    const files = pages.map((page) => page.file);
    expect(files).toContain('index.html');
    expect(files).toContain('practices/reframing.html');
    expect(files).toContain('practices/reframing/steps/1.html');
    expect(files).toContain('practices/reframing/steps/2.html');
    expect(files).not.toContain('practices/reframing/steps/3.html');
    expect(files).toContain('practices/reframing/done.html');
    expect(files).toContain('journal/_entryId.html');
    expect(files).toContain('goals/_goalId/edit.html');
    expect(new Set(files).size).toBe(files.length);
    expect(pages.find((page) => page.address === '/help')?.page).toBe('content');
    expect(pages.find((page) => page.address === '/journal')?.page).toBe('shell');
    expect(pages.find((page) => page.address === '/insights')).toMatchObject({ file: 'insights.html', page: 'shell' });
  });

  it('name files so /help finds help.html', () => {
    expect(fileFor('/')).toBe('index.html');
    expect(fileFor('/help')).toBe('help.html');
    expect(fileFor('/journal/:entryId')).toBe('journal/_entryId.html');
  });

  it('match addresses to patterns, with or without a trailing slash', () => {
    expect(matchesPattern('/journal/:entryId', '/journal/abc')).toBe(true);
    expect(matchesPattern('/journal/:entryId', '/journal/abc/')).toBe(true);
    expect(matchesPattern('/journal/:entryId', '/journal')).toBe(false);
    expect(matchesPattern('/', '/')).toBe(true);
    expect(matchesPattern('/', '/help')).toBe(false);
  });

  it('serve an entry or a goal from its shell, but not a practice that does not exist', () => {
    expect(shellFileFor('/journal/2f9c')).toBe('journal/_entryId.html');
    expect(shellFileFor('/goals/goal-1/edit')).toBe('goals/_goalId/edit.html');
    expect(shellFileFor('/journal/new')).toBeNull();
    expect(shellFileFor('/practices/no-such-practice')).toBeNull();
    expect(shellFileFor('/nowhere')).toBeNull();
  });

  it('are told apart by first-paint.js with the pattern the build wrote on each page from this file, not a matcher of its own', () => {
    const addresses = ['/', '/help', '/journal', '/journal/', '/journal/new', '/journal/abc', '/journal/a%2Fb/', '/journal//', '/goals/g-1/edit', '/practices/reframing/steps/2', '/practices/reframing/steps/3'];
    for (const { address } of pagesToPrerender([{ id: 'reframing', stepCount: 2 }])) {
      for (const pathname of addresses) {
        expect(otherScreenAt(pageAttributes(address), pathname), `the page for ${address}, opened at ${pathname}`).toBe(!matchesPattern(address, pathname));
      }
    }
  });
});
