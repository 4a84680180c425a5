// Pure: the text of one module file in, a validated module out (or a ContentError
// naming the file and line). The Vite plugin and the tests both call this.
import type { Code, Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { normalizeForSearch } from '../lib/text-search.ts';
import { ContentError } from './content-error.ts';
import { readContentFile } from './content-file.ts';
import { readYamlBlock } from './frontmatter.ts';
import { nodesToHtml, nodesToText } from './markdown.ts';
import {
  type Module,
  ModuleFrontmatterSchema,
  type ModuleSummary,
  type Step,
} from './module-schema.ts';
import { type Prompt, PromptSchema } from './prompt-schema.ts';

const SECTIONS = {
  'what it is': 'whatItIs',
  'why it works': 'whyItWorks',
  'a gentle warning': 'warning',
  steps: 'steps',
} as const;
type SectionKey = (typeof SECTIONS)[keyof typeof SECTIONS];

export function compileModule(source: string, file: string): Module {
  const { frontmatter, body } = readContentFile(ModuleFrontmatterSchema, source, file);

  const sections = splitSections(body, file);
  const prose = (key: Exclude<SectionKey, 'steps'>, title: string) => {
    const nodes = sections.get(key);
    if (!nodes || nodes.length === 0) {
      throw new ContentError(file, lastLine(source), `the "## ${title}" section is missing or empty`);
    }
    return nodesToHtml(nodes);
  };
  const whatItIs = prose('whatItIs', 'What it is');
  const whyItWorks = prose('whyItWorks', 'Why it works');
  const warning = prose('warning', 'A gentle warning');
  const steps = readSteps(sections.get('steps') ?? [], file, source);

  return { ...frontmatter, whatItIs, whyItWorks, warning, steps };
}

export function summarizeModule(module: Module): ModuleSummary & { searchText: string } {
  const { whatItIs, whyItWorks, warning, steps, ...frontmatter } = module;
  const words = [
    // The id names the practice's theme ("boundaries"), which the title may not say.
    module.id.replace(/-/g, ' '),
    module.title,
    module.summary,
    module.feeling,
    stripTags(whatItIs),
    stripTags(whyItWorks),
    stripTags(warning),
    ...steps.flatMap((step) => [step.title, step.text, step.prompt?.label ?? '']),
  ];
  return {
    ...frontmatter,
    stepCount: steps.length,
    steps: steps.map(({ id, title }) => ({ id, title })),
    searchText: normalizeForSearch(words.join(' ')),
  };
}

function splitSections(body: RootContent[], file: string): Map<SectionKey, RootContent[]> {
  const sections = new Map<SectionKey, RootContent[]>();
  let current: RootContent[] | null = null;
  for (const node of body) {
    if (node.type === 'heading' && node.depth <= 2) {
      const name = toString(node).trim().toLowerCase() as keyof typeof SECTIONS;
      const key = SECTIONS[name];
      if (node.depth === 1 || !key) {
        throw new ContentError(
          file,
          lineOf(node),
          `unknown section "${toString(node)}"; a module has "## What it is", "## Why it works", "## A gentle warning" and "## Steps"`,
        );
      }
      if (sections.has(key)) throw new ContentError(file, lineOf(node), `the "## ${toString(node)}" section appears twice`);
      current = [];
      sections.set(key, current);
    } else if (current) {
      current.push(node);
    } else if (node.type !== 'html' || node.value.trim() !== '') {
      throw new ContentError(file, lineOf(node), 'text before the first "##" section; start with "## What it is"');
    }
  }
  return sections;
}

/** "### New heading {#old-id}": a renamed step keeps the id its stored answers use. */
const EXPLICIT_ID = /\s*\{#([^}]*)\}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function readSteps(nodes: RootContent[], file: string, source: string): Step[] {
  const steps: Step[] = [];
  /** Each step's "compareTo" line (or its prompt's first line), for errors found once all steps are read. */
  const promptLines: number[] = [];
  let heading: Heading | null = null;
  let prose: RootContent[] = [];
  let prompt: Prompt | undefined;
  let promptLine = 0;

  const finish = () => {
    if (!heading) return;
    const written = toString(heading).trim();
    const explicit = EXPLICIT_ID.exec(written);
    const title = explicit ? written.slice(0, explicit.index).trim() : written;
    if (explicit && !SLUG.test(explicit[1]!)) {
      throw new ContentError(file, lineOf(heading), `the step id "{#${explicit[1]}}" must be lowercase words joined by dashes, like {#choose-one-safe-person}`);
    }
    if (title === '') throw new ContentError(file, lineOf(heading), 'a step heading needs words before its {#id}');
    const id = explicit ? explicit[1]! : slugify(title);
    if (steps.some((step) => step.id === id)) {
      throw new ContentError(file, lineOf(heading), `two steps have the id "${id}"; each step needs its own heading (or its own {#id})`);
    }
    steps.push({ id, title, html: nodesToHtml(prose), text: nodesToText(prose), prompt });
    promptLines.push(promptLine);
  };

  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === 3) {
      finish();
      heading = node;
      prose = [];
      prompt = undefined;
      promptLine = 0;
    } else if (!heading) {
      throw new ContentError(file, lineOf(node), 'text in "## Steps" before the first step; start each step with "### "');
    } else if (node.type === 'heading') {
      throw new ContentError(file, lineOf(node), 'headings inside a step are not allowed; use "### " to start a new step');
    } else if (node.type === 'code') {
      if (prompt) throw new ContentError(file, lineOf(node), 'a step can ask one thing only: it has two prompt blocks');
      prompt = readPrompt(node, file);
      promptLine = lineOf(node) + 1 + Math.max(0, node.value.split('\n').findIndex((l) => l.startsWith('compareTo:')));
    } else {
      prose.push(node);
    }
  }
  finish();
  if (steps.length === 0) {
    throw new ContentError(file, lastLine(source), 'the "## Steps" section is missing or has no "### " steps');
  }
  checkComparisons(steps, promptLines, file);
  return steps;
}

/** A rating that compares with an earlier one must name an earlier rating step. */
function checkComparisons(steps: Step[], promptLines: number[], file: string): void {
  steps.forEach((step, index) => {
    if (step.prompt?.kind !== 'rating' || step.prompt.compareTo === undefined) return;
    const target = step.prompt.compareTo;
    const line = promptLines[index]!;
    const earlier = steps.findIndex((other) => other.id === target);
    if (earlier === -1) {
      throw new ContentError(file, line, `prompt block: "compareTo" names "${target}", which is not a step of this practice`);
    }
    if (earlier >= index) {
      throw new ContentError(file, line, `prompt block: "compareTo" must name an earlier step; "${target}" comes at or after this one`);
    }
    if (steps[earlier]!.prompt?.kind !== 'rating') {
      throw new ContentError(file, line, `prompt block: "compareTo" must name a rating step; "${target}" is not one`);
    }
  });
}

function readPrompt(node: Code, file: string): Prompt {
  if (node.lang !== 'prompt') {
    throw new ContentError(file, lineOf(node), `a code block marked "${node.lang ?? ''}"; a step's question goes in a block marked prompt`);
  }
  return readYamlBlock(PromptSchema, node.value, file, lineOf(node) + 1, 'prompt block');
}

function slugify(title: string): string {
  return normalizeForSearch(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
}

function stripTags(html: string): string {
  return html.replace(/<[^>]+>/g, ' ');
}

function lineOf(node: RootContent): number {
  return node.position?.start.line ?? 1;
}

function lastLine(source: string): number {
  return source.split('\n').length;
}
