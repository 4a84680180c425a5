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

  it('keeps tel: and sms: links so a crisis line is one tap away, and still drops unsafe ones', () => {
    const sections = DEFAULT_SECTIONS.replace(
      'Something *kind*.',
      [
        '[116 123](tel:116123)',
        '[Text SHOUT to 85258](sms:85258)',
        '[bad](javascript:alert(1))',
        '[worse](data:text/html;base64,PHNjcmlwdD4=)',
        '[old](vbscript:msgbox)',
      ].join(' '),
    );
    const html = compileModule(moduleText({ sections }), FILE).whatItIs;
    expect(html).toContain('<a href="tel:116123">116 123</a>');
    expect(html).toContain('<a href="sms:85258">Text SHOUT to 85258</a>');
    expect(html).not.toMatch(/javascript:|data:|vbscript:/);
    expect(html.match(/<a /g)).toHaveLength(2);
  });

  it('opens a link to another website in a new tab, with no handle back on Mend', () => {
    const sections = DEFAULT_SECTIONS.replace(
      'Something *kind*.',
      '[a directory](https://findahelpline.com) and [help in Mend](/help)',
    );
    const html = compileModule(moduleText({ sections }), FILE).whatItIs;
    expect(html).toContain(
      '<a href="https://findahelpline.com" target="_blank" rel="noopener noreferrer">a directory</a>',
    );
    expect(html).toContain('<a href="/help">help in Mend</a>');
  });

  it('reads a care threshold on a rating', () => {
    const steps = `### How strong

\`\`\`prompt
kind: rating
label: How strong is the urge to hide?
low: Not at all
high: Very strong
care: { atLeast: 9 }
\`\`\``;
    const module = compileModule(moduleText({ steps }), FILE);
    expect(module.steps[0]!.prompt).toMatchObject({ kind: 'rating', care: { atLeast: 9 } });
  });

  it('refuses a care threshold that names no number, or one off the scale', () => {
    const rating = (care: string) => `### How strong

\`\`\`prompt
kind: rating
label: How strong is it?
low: Not at all
high: Very strong
care: ${care}
\`\`\``;
    expect(errorOf(moduleText({ steps: rating('{}') })).message).toContain(
      'prompt block: "care" needs atLeast or atMost, for example care: { atLeast: 9 }',
    );
    expect(errorOf(moduleText({ steps: rating('{ atLeast: 11 }') })).message).toContain(
      'prompt block: "care.atLeast"',
    );
    expect(errorOf(moduleText({ steps: rating('{ above: 9 }') })).message).toContain(
      'is not a field here: above',
    );
  });

  describe('a rating that compares with an earlier one', () => {
    const rating = (heading: string, extra = '') => `### ${heading}

\`\`\`prompt
kind: rating
label: How true does it feel?
low: Not true
high: Completely true${extra}
\`\`\``;
    const text = `### Write it

\`\`\`prompt
kind: text
label: What happened?
\`\`\``;

    it('is read when it names an earlier rating step', () => {
      const steps = [rating('How true'), text, rating('How true now', '\ncompareTo: how-true')].join('\n\n');
      const module = compileModule(moduleText({ steps }), FILE);
      expect(module.steps[2]!.prompt).toMatchObject({ kind: 'rating', compareTo: 'how-true' });
    });

    it('is refused when the step it names does not exist, at the line of compareTo', () => {
      const source = moduleText({ steps: [rating('How true'), rating('How true now', '\ncompareTo: how-sure')].join('\n\n') });
      const error = errorOf(source);
      expect(error.message).toContain('"compareTo" names "how-sure", which is not a step of this practice');
      expect(error.line).toBe(source.split('\n').indexOf('compareTo: how-sure') + 1);
    });

    it('is refused when the step it names comes later, or is itself', () => {
      const later = [rating('How true', '\ncompareTo: how-true-now'), rating('How true now')].join('\n\n');
      expect(errorOf(moduleText({ steps: later })).message).toContain('"compareTo" must name an earlier step');
      const itself = rating('How true', '\ncompareTo: how-true');
      expect(errorOf(moduleText({ steps: itself })).message).toContain('"compareTo" must name an earlier step');
    });

    it('is refused when the step it names is not a rating', () => {
      const steps = [text, rating('How true now', '\ncompareTo: write-it')].join('\n\n');
      expect(errorOf(moduleText({ steps })).message).toContain('"compareTo" must name a rating step; "write-it" is not one');
    });

    it('is refused on a prompt that is not a rating', () => {
      const steps = [rating('How true'), text.replace('label: What happened?', 'label: What happened?\ncompareTo: how-true')].join('\n\n');
      expect(errorOf(moduleText({ steps })).message).toContain('is not a field here: compareTo');
    });
  });

  describe('step ids', () => {
    it('come from the heading', () => {
      const module = compileModule(moduleText(), FILE);
      expect(module.steps[0]).toMatchObject({ id: 'pick-one-safe-person', title: 'Pick one safe person' });
    });

    it('can be kept when a heading is renamed, so answers stored under the old id still match', () => {
      const steps = DEFAULT_STEPS.replace('### Pick one safe person', '### Choose someone who feels safe {#pick-one-safe-person}');
      const module = compileModule(moduleText({ steps }), FILE);
      expect(module.steps[0]).toMatchObject({ id: 'pick-one-safe-person', title: 'Choose someone who feels safe' });
      expect(module.steps[1]!.id).toBe('breathe');
    });

    it('refuses an explicit id that is not lowercase words joined by dashes', () => {
      const steps = DEFAULT_STEPS.replace('### Pick one safe person', '### Pick one {#Old Id}');
      expect(errorOf(moduleText({ steps })).message).toContain('the step id "{#Old Id}" must be lowercase words joined by dashes');
    });

    it('refuses an explicit id that another step already has', () => {
      const steps = DEFAULT_STEPS.replace('### Breathe', '### Slow down {#pick-one-safe-person}');
      expect(errorOf(moduleText({ steps })).message).toContain('two steps have the id "pick-one-safe-person"');
    });
  });

  it('lists a practice in the library unless its frontmatter says otherwise', () => {
    expect(compileModule(moduleText(), FILE).listed).toBe(true);
    expect(compileModule(moduleText({ frontmatter: 'listed: false\n' }), FILE).listed).toBe(false);
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
    expect(error.message).toContain('two steps have the id "pick-one-safe-person"');
  });
});
