import { useState } from 'react';
import type { ModuleSummary, Situation } from '../../content/module-schema';
import { moduleSummaries } from '../../content/catalog';
import { SITUATION_LABELS } from '../../content/situations';
import { ButtonLink } from '../../ui/button';
import styles from './library.module.css';

const SITUATIONS = Object.keys(SITUATION_LABELS) as Situation[];

/** Two gentle questions that point to a place to start. Nothing is stored. The first also filters the practices below. */
export function WhatHappenedChooser({
  situation,
  onSituation,
}: {
  situation: Situation | null;
  onSituation: (situation: Situation | null) => void;
}) {
  const [feelingOf, setFeelingOf] = useState<string | null>(null);
  const fits = moduleSummaries.filter(
    (m) => situation === null || m.situations.includes(situation),
  );
  const suggestion: ModuleSummary | undefined = fits.find((m) => m.id === feelingOf);

  return (
    <section className={styles.chooser} aria-labelledby="chooser-title">
      <h2 id="chooser-title">What happened?</h2>
      <p>If you like, tell us a little, and we'll suggest where to start.</p>
      <ul className={styles.choices} aria-label="Who it was about">
        {SITUATIONS.map((s) => (
          <li key={s}>
            <button
              type="button"
              className={styles.choice}
              aria-pressed={situation === s}
              onClick={() => {
                onSituation(situation === s ? null : s);
              }}
            >
              {SITUATION_LABELS[s]}
            </button>
          </li>
        ))}
      </ul>
      <h3 id="feeling-title">What feels hardest right now?</h3>
      <ul className={styles.choices} aria-labelledby="feeling-title">
        {fits.map((m) => (
          <li key={m.id}>
            <button
              type="button"
              className={styles.choice}
              aria-pressed={feelingOf === m.id}
              onClick={() => setFeelingOf(feelingOf === m.id ? null : m.id)}
            >
              {m.feeling}
            </button>
          </li>
        ))}
      </ul>
      {suggestion ? (
        <div className={styles.suggestion} role="status">
          <p>
            <strong>You might start with “{suggestion.title}”.</strong> {suggestion.summary} It
            takes about {suggestion.minutes} minutes.
          </p>
          <ButtonLink to={`/practices/${suggestion.id}`}>Open “{suggestion.title}”</ButtonLink>
        </div>
      ) : null}
    </section>
  );
}
