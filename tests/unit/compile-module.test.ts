import { describe, expect, it } from 'vitest';
import { compileModule, summarizeModule } from '../../src/content/compile-module';
import { ContentError } from '../../src/content/content-error';

const FILE = 'content/sample.md';

function moduleText({ frontmatter = '', steps = DEFAULT_STEPS, sections = DEFAULT_SECTIONS } = {}) {
  return `---
id: sample
title: A sample practice
summary: A short line about it.
minutes: 5
situations: [friends, online]
order: 1
feeling: I feel unsure
${frontmatter}---

${sections}

## Steps

${steps}
`;
}

const DEFAULT_SECTIONS = `## What it is

Something *kind*.

## Why it works

Because people need each other.

## A gentle warning

Go slowly.`;

const DEFAULT_STEPS = `### Pick one safe person

Someone glad to hear from you.

\`\`\`prompt
kind: text
label: Who comes to mind?
\`\`\`

### Breathe

\`\`\`prompt
kind: pause
label: Three slow breaths.
seconds: 30
\`\`\``;

function errorOf(source: string): ContentError {
  try {
    compileModule(source, FILE);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected the module to be refused');
}

describe('the content compiler', () => {
  it('turns a valid module into sections, steps and prompts', () => {
    const module = compileModule(moduleText(), FILE);
    expect(module.id).toBe('sample');
    expect(module.situations).toEqual(['friends', 'online']);
    expect(module.whatItIs).toBe('<p>Something <em>kind</em>.</p>');
    expect(module.steps.map((s) => s.id)).toEqual(['pick-one-safe-person', 'breathe']);
    expect(module.steps[0]!.prompt).toEqual({ kind: 'text', label: 'Who comes to mind?' });
    expect(module.steps[0]!.text).toBe('Someone glad to hear from you.');
    expect(module.steps[1]!.prompt).toEqual({
      kind: 'pause',
      label: 'Three slow breaths.',
      seconds: 30,
    });
  });

  it('reads every step kind with its defaults', () => {
    const steps = `### Rate it

\`\`\`prompt
kind: rating
label: How strong is it?
low: Not at all
high: Very strong
\`\`\`

### Tick some

\`\`\`prompt
kind: checklist
label: Which fit?
items: [One, Two]
\`\`\`

### List some

\`\`\`prompt
kind: list
label: Who is in your corner?
itemLabel: A person
\`\`\`

### Make a goal

\`\`\`prompt
kind: goal
label: Want to make this a goal?
title: Join one group
steps:
  - Look for one
  - Go once
\`\`\``;
    const module = compileModule(moduleText({ steps }), FILE);
    expect(module.steps.map((s) => s.prompt?.kind)).toEqual([
      'rating',
      'checklist',
      'list',
      'goal',
    ]);
    expect(module.steps[2]!.prompt).toMatchObject({ min: 1, max: 12, suggestions: [] });
  });

  it('strips raw HTML and scripts from the prose', () => {
    const sections = DEFAULT_SECTIONS.replace(
      'Something *kind*.',
      'Hi <script>alert(1)</script> <img src=x onerror="alert(1)"> [link](javascript:alert(1))',
    );
    const module = compileModule(moduleText({ sections }), FILE);
    expect(module.whatItIs).not.toMatch(/script|onerror|javascript:/);
  });

  it('makes the practice findable by the theme its id names', () => {
    expect(
      summarizeModule(compileModule(moduleText(), FILE)).searchText.startsWith('sample '),
    ).toBe(true);
  });

  it('builds search text without accents or capitals', () => {
    const module = compileModule(
      moduleText({ frontmatter: '' }).replace('A sample practice', 'Café Practice'),
      FILE,
    );
    expect(summarizeModule(module).searchText).toContain('cafe practice');
  });

  it('names the line of a field with the wrong type', () => {
    const error = errorOf(moduleText().replace('minutes: 5', 'minutes: soon'));
    expect(error.message).toBe('content/sample.md:5: frontmatter: "minutes" should be number');
  });

  it('names a missing frontmatter field', () => {
    const error = errorOf(moduleText().replace('feeling: I feel unsure\n', ''));
    expect(error.message).toMatch(/^content\/sample\.md:\d+: frontmatter: "feeling" is missing$/);
  });

  it('refuses an unknown situation', () => {
    const error = errorOf(moduleText().replace('[friends, online]', '[friends, space]'));
    expect(error.message).toContain('content/sample.md:6:');
    expect(error.message).toContain(
      'must be one of: romantic, friends, family, work-school, online, creative',
    );
  });

  it('refuses an id that does not match the file name', () => {
    const error = errorOf(moduleText().replace('id: sample', 'id: other'));
    expect(error.message).toBe(
      'content/sample.md:2: frontmatter: "id" must be "sample", the file name',
    );
  });

  it('refuses frontmatter that is not valid YAML, with its line', () => {
    const error = errorOf(moduleText().replace('order: 1', 'order: [1'));
    expect(error.message).toMatch(/^content\/sample\.md:\d+: frontmatter is not valid YAML/);
  });

  it('refuses an unknown step kind, at the line of the prompt', () => {
    const source = moduleText().replace('kind: pause', 'kind: dance');
    const error = errorOf(source);
    const line = source.split('\n').findIndex((l) => l === 'kind: dance') + 1;
    expect(error.line).toBe(line);
    expect(error.message).toContain(
      'has an unknown kind; the kinds are text, rating, checklist, list, goal, pause',
    );
  });

  it('refuses a field a prompt kind does not have', () => {
    const error = errorOf(moduleText().replace('seconds: 30', 'seconds: 30\ncolour: blue'));
    expect(error.message).toContain('is not a field here: colour');
  });

  it('refuses a prompt missing a required field', () => {
    const error = errorOf(moduleText().replace('seconds: 30\n', ''));
    expect(error.message).toContain('prompt block: "seconds" is missing');
  });

  it('refuses a code block that is not a prompt', () => {
    const error = errorOf(moduleText().replace('```prompt\nkind: pause', '```yaml\nkind: pause'));
    expect(error.message).toContain('a code block marked "yaml"');
  });

  it('refuses two prompts in one step', () => {
    const steps = DEFAULT_STEPS.replace('### Breathe\n\n', '');
    const error = errorOf(moduleText({ steps }));
    expect(error.message).toContain('two prompt blocks');
  });

  it('refuses an unknown section', () => {
    const error = errorOf(
      moduleText({ sections: DEFAULT_SECTIONS + '\n\n## Extra bits\n\nMore.' }),
    );
    expect(error.message).toContain('unknown section "Extra bits"');
  });

  it('refuses a module with a missing section', () => {
    const error = errorOf(
      moduleText({ sections: DEFAULT_SECTIONS.replace(/## A gentle warning[\s\S]*/, '') }),
    );
    expect(error.message).toContain('the "## A gentle warning" section is missing or empty');
  });

  it('refuses a module with no steps', () => {
    const error = errorOf(moduleText({ steps: 'No steps here.' }));
    expect(error.message).toContain('start each step with "### "');
  });

  it('refuses two steps with the same heading', () => {
    const error = errorOf(
      moduleText({ steps: DEFAULT_STEPS.replace('### Breathe', '### Pick one safe person') }),
    );
    expect(error.message).toContain('two steps are called "Pick one safe person"');
  });
});
