// The content review of issue 26: the help page's first screenful, the wording a
// tired person reads at any hour, and the seed ideas every practice should carry.
// Reads the real content, compiled exactly as the build does.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile-content';
import type { Module } from '../../src/content/module-schema';

const content = compileContent(resolve('content'));
const moduleById = (id: string) => {
  const module = content.modules.find((m) => m.id === id);
  if (!module) throw new Error(`no module ${id}`);
  return module;
};
const stepOf = (moduleId: string, stepId: string) => {
  const step = moduleById(moduleId).steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`no step ${moduleId}/${stepId}`);
  return step;
};
const helpHtml = content.pages.find((p) => p.id === 'help')!.html;

/** HTML as the words a person reads: no tags, entities decoded, no-break spaces as spaces. */
function readable(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/&quot;|&#x22;/g, '"')
    .replace(/&amp;|&#x26;|&#38;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\u00a0/g, ' ');
}

/** Every word of a module a person can read: its sections, steps and prompts. */
function moduleWords(module: Module): string {
  const prose = [module.summary, module.whatItIs, module.whyItWorks, module.warning, ...module.steps.map((s) => s.html)];
  const prompts = module.steps.map((s) => JSON.stringify(s.prompt ?? {}));
  return readable([...prose, ...prompts].join('\n'));
}

const allWords = [
  ...content.modules.map((m) => ({ where: m.id, words: moduleWords(m) })),
  ...content.pages.map((p) => ({ where: `pages/${p.id}`, words: readable(`${p.summary}\n${p.html}`) })),
];

/**
 * The start of a stretch of HTML holding its first `chars` readable characters,
 * so a test can ask which links a person meets within them.
 */
function htmlOfFirstChars(html: string, chars: number): string {
  let seen = 0;
  let i = 0;
  while (i < html.length && seen < chars) {
    if (html[i] === '<') {
      i = html.indexOf('>', i) + 1;
    } else if (html[i] === '&') {
      i = html.indexOf(';', i) + 1;
      seen += 1;
    } else {
      i += 1;
      seen += 1;
    }
  }
  return html.slice(0, i);
}

/**
 * "The first screenful" of the danger section: its first 420 readable characters
 * (tags stripped, heading included). On a 390 × 844 phone at the default text size,
 * under the header, the page title and its one-line summary, that is what shows
 * before any scrolling; tests/e2e/safety.spec.ts checks the same in Chromium, at
 * that size and at 360 × 640.
 */
const FIRST_SCREENFUL_CHARS = 420;
const dangerSection = (() => {
  const start = helpHtml.indexOf('<h2>');
  const next = helpHtml.indexOf('<h2>', start + 1);
  return helpHtml.slice(start, next === -1 ? undefined : next);
})();

/** tel: and sms: hrefs as a phone can dial them: digits only, optionally a leading +. */
function malformedPhoneLinks(html: string): string[] {
  const bad: string[] = [];
  for (const match of html.matchAll(/<a href="((?:tel|sms):[^"]*)"[^>]*>(.*?)<\/a>/g)) {
    const [, href, text] = match as unknown as [string, string, string];
    const number = href.replace(/^(tel|sms):/, '');
    const textDigits = readable(text).replace(/\D/g, '');
    if (!/^\+?\d{3,15}$/.test(number)) bad.push(href);
    // A link that shows a number dials that same number.
    else if (textDigits.length >= 3 && textDigits !== number.replace(/^\+/, '')) bad.push(`${href} shown as "${readable(text)}"`);
  }
  return bad;
}

describe('the help page, issue 26', () => {
  it('spots a tel: or sms: link a phone could not dial, or one that shows a different number', () => {
    expect(malformedPhoneLinks('<a href="tel:116 123">116 123</a>')).toEqual(['tel:116 123']);
    expect(malformedPhoneLinks('<a href="sms:85258?body=SHOUT">Text SHOUT</a>')).toEqual(['sms:85258?body=SHOUT']);
    expect(malformedPhoneLinks('<a href="tel:0800-1111">0800 1111</a>')).toEqual(['tel:0800-1111']);
    expect(malformedPhoneLinks('<a href="tel:">call</a>')).toEqual(['tel:']);
    expect(malformedPhoneLinks('<a href="tel:08001111">0800 1112</a>')).toEqual(['tel:08001111 shown as "0800 1112"']);
    expect(malformedPhoneLinks('<a href="tel:116123">116&nbsp;123</a><a href="sms:988">send a text</a>')).toEqual([]);
  });

  it('has only tel: and sms: links a phone can dial, each dialling the number it shows', () => {
    expect(helpHtml).toMatch(/href="tel:/);
    expect(malformedPhoneLinks(helpHtml)).toEqual([]);
  });

  it('holds an emergency number and a crisis line in the first screenful of the danger section', () => {
    const firstScreenful = htmlOfFirstChars(dangerSection, FIRST_SCREENFUL_CHARS);
    const links = [...firstScreenful.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(links, readable(firstScreenful)).toContain('tel:911');
    // Thinking about suicide goes straight to a crisis line, in each country the page serves.
    expect(links, readable(firstScreenful)).toEqual(
      expect.arrayContaining(['tel:988', 'tel:116123', 'tel:131114', 'tel:1737']),
    );
  });

  it('sends immediate danger to the emergency number and thoughts of suicide to a crisis line', () => {
    const words = readable(dangerSection);
    expect(words).toMatch(/in danger right now, or you've already hurt yourself/);
    expect(words).toMatch(/thinking about suicide or hurting yourself, call or text a crisis line now/);
    expect(words.indexOf('thinking about suicide')).toBeLessThan(words.indexOf('While you wait'));
  });

  it('names each service as it names itself, and covers every UK nation and more countries', () => {
    const words = readable(helpHtml);
    for (const name of [
      '9-8-8: Suicide Crisis Helpline',
      '988 Suicide & Crisis Lifeline',
      'Text HELLO to 50808',
      'National Domestic Abuse Helpline',
      'Live Fear Free',
      'Domestic Abuse and Forced Marriage Helpline',
      'Domestic and Sexual Abuse Helpline',
      'Childline',
      'Kids Helpline',
      'Youthline',
      'ShelterSafe',
      "Women's Aid",
      "Women's Refuge",
    ]) {
      expect(words, name).toContain(name);
    }
    expect(words).not.toContain('TALK to 50808');
    expect(words).toMatch(/England: National Domestic Abuse Helpline, run by Refuge/);
    const hrefs = [
      'tel:08001111', // Childline, UK
      'tel:1800551800', // Kids Helpline, Australia
      'tel:0800376633', 'sms:234', // Youthline, New Zealand
      'tel:08088010800', 'sms:07860077333', // Live Fear Free, Wales
      'tel:08000271234', // Scotland
      'tel:08088021414', // Northern Ireland
      'tel:1800341900', // Women's Aid, Ireland
      'tel:0800733843', // Women's Refuge, New Zealand
    ];
    for (const href of hrefs) expect(helpHtml, href).toContain(`href="${href}"`);
    expect(helpHtml).toContain('<a href="https://sheltersafe.ca" target="_blank" rel="noopener noreferrer">');
  });
});

describe('the wording, issue 26', () => {
  it('never assumes it is evening, anywhere', () => {
    const found = allWords.filter((w) => /\b(tonight|until morning|until you've slept)\b/i.test(w.words));
    expect(found.map((w) => w.where)).toEqual([]);
  });

  it('keeps none of the phrases the reviewer quoted', () => {
    const retired = [
      'the meaning you added',
      'putting all the blame on them',
      'punish someone or control them',
      'to prove something',
      'with a warm drink',
      'People get busy',
      'without softening it',
    ];
    const found = allWords.flatMap((w) => retired.filter((p) => w.words.includes(p)).map((p) => `${w.where}: ${p}`));
    expect(found).toEqual([]);
    expect(moduleWords(moduleById('reframing'))).toContain('the meaning your mind added');
  });

  it('asks one thing per label: no "who or where", no two questions', () => {
    const twoAsks = content.modules.flatMap((m) =>
      m.steps.flatMap((s) => {
        const label = s.prompt?.label ?? '';
        const marks = label.match(/\?/g)?.length ?? 0;
        const joined = /\b(who|what|where|when|why|how|which)\s+(or|and)\s+(who|what|where|when|why|how|which)\b/i;
        return marks > 1 || joined.test(label) ? [`${m.id}/${s.id}: ${label}`] : [];
      }),
    );
    expect(twoAsks).toEqual([]);
  });

  it('asks about being valued, and about how a limit went, without assuming the answer', () => {
    const assuming = /\b(when has someone shown|showed you matter|looking back on how it went)\b/i;
    const found = content.modules.flatMap((m) =>
      m.steps.filter((s) => assuming.test(s.prompt?.label ?? '')).map((s) => `${m.id}/${s.id}: ${s.prompt!.label}`),
    );
    expect(found).toEqual([]);
  });

  it('says "One is enough. Add more if you like." on every list step', () => {
    const lacking = content.modules.flatMap((m) =>
      m.steps
        .filter((s) => s.prompt?.kind === 'list')
        .filter((s) => !/\bOne\b[^.]{0,30}\bis enough\. Add more if you like\./.test(readable(s.html)))
        .map((s) => `${m.id}/${s.id}`),
    );
    expect(lacking).toEqual([]);
  });

  it('gives reaching out a plan for no reply or a cold one', () => {
    const words = readable(stepOf('reconnection', 'let-the-kindness-in').html);
    expect(words).toMatch(/cold/);
    expect(words).toMatch(/isn't proof/);
    expect(words).toMatch(/second person/);
    expect(stepOf('reconnection', 'let-the-kindness-in').html).toContain('href="/help"');
  });

  it('offers a gentler way to write the harsh story, and a time to stop', () => {
    const words = readable(stepOf('reframing', 'write-the-story-in-your-head').html);
    expect(words).toMatch(/Part of me/);
    expect(words).toMatch(/One line is enough/);
    expect(words).toMatch(/stop here/);
  });

  it('keeps first aid for any hour of the day', () => {
    expect(moduleWords(moduleById('first-aid'))).not.toMatch(/\b(tonight|this evening|until morning|slept|go to bed|bedtime)\b/i);
  });
});

/**
 * The seed ideas the first review found missing or thin, where each now lives, and
 * the words that show it is there.
 */
const SEED_IDEAS: { idea: string; module: string; phrases: string[] }[] = [
  { idea: 'noticing the pull to withdraw and hide', module: 'reconnection', phrases: ['pull to hide', 'cancelling plans'] },
  { idea: 'letting yourself take in being valued', module: 'reconnection', phrases: ['let it land'] },
  { idea: 'gratitude', module: 'self-worth', phrases: ['grateful', 'gratitude'] },
  { idea: 'a kind letter to yourself', module: 'self-worth', phrases: ['letter to yourself'] },
  { idea: 'boundaries as guidelines, not walls', module: 'boundaries', phrases: ["isn't a wall", 'guideline'] },
  {
    idea: 'small planned steps into a new group, with an exit plan',
    module: 'diversifying-belonging',
    phrases: ["How you'll leave", 'small step'],
  },
  {
    idea: 'small social experiments: predict, try, compare',
    module: 'diversifying-belonging',
    phrases: ['experiment', 'what you expect', 'compare'],
  },
  {
    idea: 'deepening a conversation by listening and sharing a little',
    module: 'reconnection',
    phrases: ['listen', 'follow-up question', 'share a little'],
  },
  {
    idea: 'asking trusted people for honest perspective',
    module: 'reframing',
    phrases: ['how it looks to them'],
  },
  { idea: 'asking trusted people for practical help', module: 'reconnection', phrases: ['something practical'] },
  { idea: 'rejection as a spur to build a skill', module: 'goals', phrases: ['a skill you'] },
];

describe('the seed ideas, issue 26', () => {
  it.each(SEED_IDEAS.map((s) => [s.idea, s] as const))('carries "%s"', (_idea, seed) => {
    const words = moduleWords(moduleById(seed.module)).toLowerCase();
    const missing = seed.phrases.filter((p) => !words.includes(p.toLowerCase()));
    expect(missing, `${seed.module} lacks`).toEqual([]);
  });
});
