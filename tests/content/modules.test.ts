// Reads every real content file, exactly as the build does. A module that doesn't
// validate fails here with its file and line; the checks below hold the content to
// what Mend promises a person on a hard night.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile-content';
import type { Module } from '../../src/content/module-schema';
import { PROMPT_KINDS } from '../../src/content/prompt-schema';
import { SITUATIONS } from '../../src/content/module-schema';

const content = compileContent(resolve('content'));
const moduleById = (id: string) => content.modules.find((m) => m.id === id)!;
// Numbers are written with no-break spaces so they never wrap across lines; read them as spaces.
const helpHtml = content.pages.find((p) => p.id === 'help')!.html.replace(/\u00a0/g, ' ');

/** Every label a person reads as a question or an instruction, with where it is. */
const labels = content.modules.flatMap((m) =>
  m.steps.flatMap((s) => (s.prompt ? [{ where: `${m.id}/${s.id}`, label: s.prompt.label }] : [])),
);

/** A label that asks two things at once: two question marks, or "..., and how ...?". */
function asksTwoThings(label: string): boolean {
  const marks = label.match(/\?/g)?.length ?? 0;
  return (
    marks > 1 ||
    /[,;]\s*(and|or)\s+(how|what|why|when|where|who|which|anything|is|are|do|does|did|can|could|would|will)\b/i.test(
      label,
    )
  );
}

/** A question that can be answered "yes" or "no", which ends the thought instead of opening it. */
function opensYesOrNo(label: string): boolean {
  return /^(do|does|did|are|is|was|were|can|could|have|has|had|will|would|should|shall|want|may|might)\b/i.test(
    label.trim(),
  );
}

/** Everything a person reads in a module, as HTML. */
function moduleHtml(module: Module): string {
  return [module.whatItIs, module.whyItWorks, module.warning, ...module.steps.map((s) => s.html)].join(
    '\n',
  );
}

/**
 * The step ids that shipped before. People may have a practice in progress with
 * answers stored under them, so they stay (a renamed heading keeps its id with
 * "{#old-id}"). A step that was folded into another is named in REMOVED.
 */
const SHIPPED_STEP_IDS: Record<string, string[]> = {
  reconnection: [
    'choose-one-safe-person',
    'send-something-small',
    'let-the-kindness-in',
    'add-one-more-place-to-belong',
    'notice-the-pull-to-hide',
    'take-one-step-toward-people',
  ],
  'diversifying-belonging': [
    'map-where-you-belong',
    'find-the-thin-spots',
    'choose-one-new-circle',
    'make-it-a-small-goal',
    'plan-a-gentle-first-visit',
  ],
  'self-worth': [
    'name-your-strengths',
    'gather-proof-that-you-re-valued',
    'breathe-before-you-write',
    'write-to-yourself-as-a-friend',
    'write-down-what-you-stand-for',
    'choose-a-small-daily-ritual',
  ],
  reframing: [
    'write-the-story-in-your-head',
    'notice-how-true-it-feels',
    'sort-facts-from-verdicts',
    'look-for-other-explanations',
    'write-a-kinder-summary',
  ],
  boundaries: [
    'notice-what-drains-you',
    'name-one-limit',
    'draft-what-you-ll-say',
    'plan-for-pushback',
    'settle-then-say-it-out-loud',
    'look-back-afterwards',
  ],
  goals: [
    'pick-one-goal-that-matters',
    'break-it-into-small-steps',
    'check-it-s-realistic',
    'set-a-gentle-timeline',
    'notice-progress-and-celebrate',
  ],
};
/** Its lesson now lives in "Write a kinder summary"; its written answers stay in the journal. */
const REMOVED = ['reframing/find-what-you-can-take-with-you'];


describe('the content in content/', () => {
  it('has first aid, then the six practices, all listed in library order', () => {
    expect(content.modules.map((m) => m.id)).toEqual([
      'first-aid',
      'reconnection',
      'diversifying-belonging',
      'self-worth',
      'reframing',
      'boundaries',
      'goals',
    ]);
    expect(content.modules.filter((m) => !m.listed).map((m) => m.id)).toEqual([]);
  });

  it.each(content.modules.map((m) => [m.id, m] as const))(
    'gives %s four to seven steps, each with prose or a prompt',
    (_id, module) => {
      expect(module.steps.length).toBeGreaterThanOrEqual(4);
      expect(module.steps.length).toBeLessThanOrEqual(7);
      for (const step of module.steps) expect(step.text.length + (step.prompt ? 1 : 0)).toBeGreaterThan(0);
    },
  );

  it('uses every step kind somewhere', () => {
    const used = new Set(content.modules.flatMap((m) => m.steps.map((s) => s.prompt?.kind)));
    for (const kind of PROMPT_KINDS) expect(used).toContain(kind);
  });

  it('proposes goals from the goals and diversifying-belonging practices', () => {
    for (const id of ['goals', 'diversifying-belonging']) {
      expect(moduleById(id).steps.some((s) => s.prompt?.kind === 'goal')).toBe(true);
    }
  });

  it('keeps every step id that shipped, so answers in progress still match their steps', () => {
    for (const [id, stepIds] of Object.entries(SHIPPED_STEP_IDS)) {
      const now = moduleById(id).steps.map((s) => s.id);
      for (const stepId of stepIds) expect(now, `${id}/${stepId}`).toContain(stepId);
    }
    for (const gone of REMOVED) {
      const [id, stepId] = gone.split('/');
      expect(moduleById(id!).steps.map((s) => s.id)).not.toContain(stepId);
    }
  });

  it.each(content.modules.map((m) => [m.id, m] as const))('links %s to help at least once', (_id, module) => {
    expect(moduleHtml(module)).toContain('href="/help"');
  });

  it('contains no placeholder or shaming words', () => {
    const all = JSON.stringify(content);
    expect(all).not.toMatch(/\b(TODO|TBD|lorem|placeholder text|you failed|overdue|broken streak)\b/i);
    expect(all).not.toMatch(/\byou (should|must)\b/i);
  });
});

describe('the prompts', () => {
  it('spots a label that asks two things, and one that invites a yes or a no', () => {
    expect(asksTwoThings('How did it go, and how do you feel about yourself for speaking up?')).toBe(true);
    expect(asksTwoThings('What happened? How did it feel?')).toBe(true);
    expect(asksTwoThings("Is there anything you learned, or anything you'd try differently?")).toBe(true);
    expect(asksTwoThings('What actually happened, in plain facts?')).toBe(false);
    for (const opener of ['Do you', 'Did you', 'Are you', 'Is it', 'Can you', 'Have you', 'Will you', 'Would you', 'Want to']) {
      expect(opensYesOrNo(`${opener} see it?`), opener).toBe(true);
    }
    expect(opensYesOrNo('Who might be glad to hear from you?')).toBe(false);
  });

  it('ask one question per label', () => {
    expect(labels.filter((l) => asksTwoThings(l.label))).toEqual([]);
  });

  it('ask no yes-or-no questions', () => {
    expect(labels.filter((l) => opensYesOrNo(l.label)).map((l) => l.where)).toEqual([]);
  });

  it('never ask for "at least three": one item is enough', () => {
    expect(JSON.stringify(content.modules)).not.toMatch(/at least (two|three|3)\b/i);
    for (const module of content.modules) {
      for (const step of module.steps) {
        if (step.prompt?.kind === 'list') expect(step.prompt.min, `${module.id}/${step.id}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('show the care card at the hard end of the urge to hide and of belief in the harsh story', () => {
    const careOf = (moduleId: string, stepId: string) => {
      const prompt = moduleById(moduleId).steps.find((s) => s.id === stepId)?.prompt;
      return prompt?.kind === 'rating' ? prompt.care : undefined;
    };
    expect(careOf('reconnection', 'notice-the-pull-to-hide')).toEqual({ atLeast: 9 });
    expect(careOf('reframing', 'notice-how-true-it-feels')).toEqual({ atLeast: 9 });
    expect(careOf('reframing', 'notice-how-true-it-feels-now')).toEqual({ atLeast: 9 });
  });

  it('re-rate the harsh story after the kinder version, against the first rating', () => {
    const ids = moduleById('reframing').steps.map((s) => s.id);
    const last = moduleById('reframing').steps.at(-1)!;
    expect(last.prompt).toMatchObject({ kind: 'rating', compareTo: 'notice-how-true-it-feels' });
    expect(ids.indexOf('write-a-kinder-summary')).toBeLessThan(ids.indexOf(last.id));
  });

  it('keep the "reach out small" step the care card links to', () => {
    expect(moduleById('reconnection').steps.map((s) => s.id)).toContain('send-something-small');
  });
});

describe('first aid for the first hour', () => {
  const firstAid = moduleById('first-aid');

  it('takes about five minutes, suits every situation, and comes first in the library', () => {
    expect(firstAid.minutes).toBe(5);
    expect([...firstAid.situations].sort()).toEqual([...SITUATIONS].sort());
    expect(firstAid.listed).toBe(true);
    expect(firstAid.order).toBe(0);
  });

  it('goes breath, feeling, a kind sentence, a comfort, someone to turn to', () => {
    expect(firstAid.steps.map((s) => s.prompt?.kind)).toEqual(['pause', 'checklist', 'text', 'checklist', 'list']);
  });

  it('offers the person’s safety plan in its gentle warning, opening at its first step', () => {
    expect(firstAid.warning).toMatch(/href="\/plan\?view=steps&(amp|#x26);step=1"/);
  });

  it('keeps help one tap away in its steps, not only in the header', () => {
    const stepsWithHelp = firstAid.steps.filter((s) => s.html.includes('href="/help"'));
    expect(stepsWithHelp.map((s) => s.id)).toEqual(['slow-your-breathing', 'know-who-you-can-turn-to']);
  });
});

describe('the help page', () => {
  it('starts with what to do when it is urgent, and its first link dials an emergency number', () => {
    expect(helpHtml.startsWith("<h2>If it's urgent</h2>")).toBe(true);
    const firstLinks = [...helpHtml.matchAll(/href="([^"]+)"/g)].slice(0, 5).map((m) => m[1]);
    expect(firstLinks[0]).toBe('tel:911');
    expect(firstLinks.every((href) => href!.startsWith('tel:'))).toBe(true);
  });

  it('gives the immediate steps in the urgent section, before the full list of lines', () => {
    const beforeLines = helpHtml.slice(0, helpHtml.indexOf('<h2>Call or text a crisis line</h2>'));
    for (const words of ['Stay with someone', 'Put distance between you', 'emergency department', 'already hurt yourself']) {
      expect(beforeLines).toContain(words);
    }
    expect(beforeLines).toContain("Mend can't check on you");
  });

  it('lists the crisis, text, youth and domestic-abuse lines as tappable links', () => {
    const links = [
      'tel:911', 'tel:999', 'tel:112', 'tel:000', 'tel:111',
      'tel:988', 'sms:988', 'sms:741741', 'tel:116123', 'sms:85258', 'sms:50808',
      'tel:131114', 'sms:0477131114', 'tel:1737', 'sms:1737',
      'tel:18006686868', 'sms:686868',
      'tel:08001111', 'tel:1800551800', 'tel:0800376633', 'sms:234',
      'tel:18007997233', 'sms:88788', 'tel:08082000247', 'tel:1800737732', 'sms:0458737732',
      'tel:08088010800', 'sms:07860077333', 'tel:08000271234', 'tel:08088021414', 'tel:08088010327',
      'tel:1800341900', 'tel:0800733843', 'tel:0800456450',
    ];
    for (const href of links) expect(helpHtml).toContain(`href="${href}"`);
  });

  it('points everywhere else to a directory of helplines that opens safely in a new tab', () => {
    expect(helpHtml).toContain(
      '<a href="https://findahelpline.com" target="_blank" rel="noopener noreferrer">',
    );
  });

  it('shows when the numbers were last checked', () => {
    expect(helpHtml).toContain('last checked on 4 December 2026');
  });

  it('names the kinds of help the seeds list, and the limits of "private" counselling', () => {
    for (const kind of ['Exposure-based therapy', 'Narrative therapy', 'Social-skills training', 'Online therapy']) {
      expect(helpHtml.toLowerCase()).toContain(kind.toLowerCase());
    }
    expect(helpHtml).toContain('They are private, but not always completely.');
  });

  it('keeps each number on one line', () => {
    const raw = content.pages.find((p) => p.id === 'help')!.html;
    for (const number of ['116 123', '13 11 14', '0808 2000 247', '1800 737 732', '0458 737 732', '0800 027 1234', '1800 55 1800']) {
      expect(raw).toContain(number.replace(/ /g, '\u00a0'));
    }
  });

  it('keeps the numbers the end-to-end tests dial', () => {
    for (const line of ['988', '116 123', '13 11 14', '911', '999', '112', '000']) expect(helpHtml).toContain(line);
  });
});
