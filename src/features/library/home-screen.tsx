import { useDeferredValue, useEffect, useLayoutEffect, useRef, useState, type ComponentType } from 'react';
import { Link } from 'react-router';
import {
  findModuleSummary,
  loadSearchIndex,
  searchModules,
  type SearchIndex,
} from '../../content/catalog';
import type { Situation } from '../../content/module-schema';
import { SITUATION_SHORT_LABELS } from '../../content/situations';
import { ButtonLink } from '../../ui/button';
import { PlanLink } from '../../ui/plan-link';
import { TextField } from '../../ui/fields';
import { Page, layout } from '../../ui/layout';
import { PageHeading } from '../../ui/page-heading';
import styles from './library.module.css';
import { BackupReminder } from './backup-reminder';
import { ModuleCard } from './module-card';
import { TodayCard } from './today-card';
import { usePracticeOverview } from './use-practice-overview';
import { WhatHappenedChooser } from './what-happened-chooser';

const SITUATIONS = Object.keys(SITUATION_SHORT_LABELS) as Situation[];
/** For the moment it has just happened: one tap from the top of the home screen. */
const firstAid = findModuleSummary('first-aid');

/** `CheckIn`: the quick check-in, handed in by the app shell and loaded when opened. */
export function HomeScreen({ CheckIn }: { CheckIn?: ComponentType } = {}) {
  const overview = usePracticeOverview();
  const [query, setQuery] = useState('');
  const searchBox = useRef<HTMLInputElement>(null);
  // The home screen is prerendered: someone on a slow phone may type before the app
  // has started. Take up what they typed rather than ignore it.
  useLayoutEffect(() => {
    const typed = searchBox.current?.value ?? '';
    if (typed !== '') setQuery(typed);
  }, []);
  const [situation, setSituation] = useState<Situation | null>(null);
  const [searchIndex, setSearchIndex] = useState<SearchIndex | null>(null);
  const deferredQuery = useDeferredValue(query);
  const results = searchModules(deferredQuery, situation, searchIndex);
  const isSearching = query.trim() !== '';
  useEffect(() => {
    if (isSearching && !searchIndex) void loadSearchIndex().then(setSearchIndex);
  }, [isSearching, searchIndex]);
  const started = Object.entries(overview.inProgress)
    .map(([id, step]) => ({ module: findModuleSummary(id), step }))
    .filter((entry) => entry.module !== undefined);

  return (
    <Page wide>
      <div className={styles.hero}>
        <PageHeading title="Mend">Something hurt. Let's take one small step.</PageHeading>
        <p className={layout.lead}>
          Being turned away hurts, and it hurts for a reason. These short practices help you feel
          steadier, one step at a time. What you write stays on your own devices.
        </p>
        {firstAid ? (
          <div className={styles.firstAid}>
            <ButtonLink to={`/practices/${firstAid.id}/steps/1`} aria-describedby="first-aid-note">
              It just happened
            </ButtonLink>
            <p id="first-aid-note">
              {firstAid.title}: {firstAid.stepCount} small steps, about {firstAid.minutes} minutes.
            </p>
          </div>
        ) : null}
      </div>

      {started.length > 0 ? (
        <section className={`${layout.card} ${styles.continue}`} aria-labelledby="continue-title">
          <h2 id="continue-title">Pick up where you left off</h2>
          <div className={layout.actions}>
            {started.map(({ module, step }) => (
              <ButtonLink
                key={module!.id}
                to={`/practices/${module!.id}/steps/${Math.min(step + 1, module!.stepCount)}`}
              >
                {module!.title}: resume at step {Math.min(step + 1, module!.stepCount)}
              </ButtonLink>
            ))}
          </div>
        </section>
      ) : null}

      <TodayCard CheckIn={CheckIn} />

      <WhatHappenedChooser situation={situation} onSituation={setSituation} />

      <section aria-labelledby="practices-title">
        <h2 id="practices-title">The practices</h2>
        <div className={styles.tools}>
          <TextField
            ref={searchBox}
            label="Search the practices"
            type="search"
            value={query}
            placeholder="For example: lonely, boundaries, text a friend"
            onChange={(event) => setQuery(event.target.value)}
          />
          <fieldset className={styles.filters}>
            <legend>Show practices for</legend>
            <button
              type="button"
              className={styles.choice}
              aria-pressed={situation === null}
              onClick={() => setSituation(null)}
            >
              Any situation
            </button>
            {SITUATIONS.map((s) => (
              <button
                key={s}
                type="button"
                className={styles.choice}
                aria-pressed={situation === s}
                onClick={() => setSituation(situation === s ? null : s)}
              >
                {SITUATION_SHORT_LABELS[s]}
              </button>
            ))}
          </fieldset>
        </div>
        <p role="status" className="visually-hidden">
          {results.length === 1 ? '1 practice shown' : `${results.length} practices shown`}
        </p>
        {results.length > 0 ? (
          <ul className={styles.grid}>
            {results.map((module) => (
              <li key={module.id}>
                <ModuleCard
                  module={module}
                  currentStep={overview.inProgress[module.id] ?? null}
                  timesDone={overview.timesDone[module.id] ?? 0}
                />
              </li>
            ))}
          </ul>
        ) : (
          <div className={`${layout.card} ${styles.empty}`}>
            <p>
              Nothing matches “{query}” yet. Try a different word, or clear the search to see every
              practice.
            </p>
            <button
              type="button"
              className={styles.choice}
              onClick={() => {
                setQuery('');
                setSituation(null);
              }}
            >
              Show every practice
            </button>
          </div>
        )}
      </section>

      <section className={styles.learn} aria-label="More to read">
        <div className={layout.card}>
          <h2>Why rejection hurts</h2>
          <p>A short read on the need to belong, and why being left out can feel like real pain.</p>
          <Link to="/learn/why-it-hurts">Read why it hurts</Link>
        </div>
        <div className={layout.card}>
          <h2>When it's more than a bad week</h2>
          <p>Signs to take seriously, the kinds of help that exist, and how to find them.</p>
          <Link to="/help">Find more help</Link>
        </div>
        <div className={layout.card}>
          <h2>A plan for hard moments</h2>
          <p>Your warning signs, what helps, and who to reach, written while things are calmer.</p>
          <PlanLink to="/plan">My safety plan</PlanLink>
        </div>
      </section>
      <BackupReminder />
    </Page>
  );
}
