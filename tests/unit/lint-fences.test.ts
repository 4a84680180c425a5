// The architecture's rules, as ESLint enforces them: if the config stopped
// catching these, this test fails.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.message);
}

describe('the architecture fences', () => {
  it('stops a feature from importing another feature', async () => {
    const found = await problems('src/features/journal/peek.ts', "import { useGoalsStore } from '../goals/goals-store';\nexport const x = useGoalsStore;\n");
    expect(found.join('\n')).toContain('Features do not import each other');
  });

  it('lets a feature import its own files and the shared layers', async () => {
    const found = await problems(
      'src/features/journal/fine.ts',
      "import { Button } from '../../ui/button';\nimport { journal } from '../../storage/collections/journal';\nimport { recordStore } from '../../state/record-store';\nimport { PAGE_SIZE } from './journal-screen';\nexport const x = [Button, journal, recordStore, PAGE_SIZE];\n",
    );
    expect(found).toEqual([]);
  });

  it('keeps idb-keyval and IndexedDB behind the storage door', async () => {
    const found = await problems('src/features/goals/sneak.ts', "import { get } from 'idb-keyval';\nexport const x = [get, indexedDB];\n");
    expect(found.join('\n')).toContain('Only src/storage/ may use idb-keyval');
    expect(found.join('\n')).toContain('Only src/storage/ may touch IndexedDB');
  });

  it('keeps full zod out of browser code', async () => {
    const found = await problems('src/storage/big.ts', "import { z } from 'zod';\nexport const x = z;\n");
    expect(found.join('\n')).toContain("Use 'zod/mini'");
  });

  it('stops shared layers from importing features', async () => {
    const found = await problems('src/ui/up.ts', "import { HomeScreen } from '../features/library/home-screen';\nexport const x = HomeScreen;\n");
    expect(found.join('\n')).toContain('Shared layers never import features');
  });

  it('fences every feature folder, including ones no list names', async () => {
    const found = await problems('src/features/welcome/peek.ts', "import { PlanScreen } from '../plan/plan-screen';\nexport const x = PlanScreen;\n");
    expect(found.join('\n')).toContain('Features do not import each other');
  });

  it('keeps storage beneath the state layer and the screens', async () => {
    const found = await problems('src/storage/backup/up.ts', "import { recordStore } from '../../state/record-store';\nexport const x = recordStore;\n");
    expect(found.join('\n')).toContain('Storage never imports the layers above it');
  });

  it('keeps the engine from importing the lock: the lock plugs in', async () => {
    const found = await problems('src/storage/engine/up.ts', "import { isLockSet } from '../lock/lock-flag';\nexport const x = isLockSet;\n");
    expect(found.join('\n')).toContain('The engine never imports what is built on it');
  });

  it('keeps ui/ out of data', async () => {
    const found = await problems('src/ui/data.ts', "import { LIMITS } from '../storage/engine/record-fields';\nexport const x = LIMITS;\n");
    expect(found.join('\n')).toContain('ui/ reaches into no data');
  });

  it('keeps the state layer beneath the features', async () => {
    const found = await problems('src/state/up.ts', "import { JournalScreen } from '../features/journal/journal-screen';\nexport const x = JournalScreen;\n");
    expect(found.join('\n')).toContain('The state layer never imports features');
  });
});
