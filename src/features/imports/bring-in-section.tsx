import { lazy, Suspense, useState } from 'react';
import { importsToSettle } from '../../storage/device/import-history';
import { FileChoice } from '../../ui/file-choice';
import { layout } from '../../ui/layout';
import { ImportsToSettle } from './imports-to-settle';
import styles from './imports.module.css';

// The reading, the preview and the merge load only when an import starts: as the
// file box is tapped (while the person picks a file), or at the latest once files are chosen.
const loadFlow = () => import('./import-flow');
const ImportFlow = lazy(() => loadFlow().then((module) => ({ default: module.ImportFlow })));

/** What the file box takes: the formats the readers know. */
const ACCEPTS = '.csv,.daylio,.zip,.json,.txt,.md';

/**
 * Your data: bringing in years of entries from another journal app. Says which
 * apps it reads; what a file would add is shown before anything changes, and an
 * import can be removed as a whole until the person settles it.
 */
export function BringInSection() {
  const [chosen, setChosen] = useState<{ files: File[]; round: number } | null>(null);
  const [toSettle, setToSettle] = useState(importsToSettle);
  const choose = (files: File[]) => setChosen((last) => ({ files, round: (last?.round ?? 0) + 1 }));

  return (
    <section className={`${layout.card} ${styles.section}`} aria-labelledby="bring-in-title">
      <h2 id="bring-in-title">Bring in from another app</h2>
      <p>Moving from another journal? Mend can read:</p>
      <ul className={styles.apps}>
        <li>Daylio: the CSV export, or a .daylio backup</li>
        <li>Day One: the JSON export (a .zip)</li>
        <li>Journey: its export (a .zip)</li>
        <li>Plain text or Markdown files (.txt, .md), one or many, or a .zip of them</li>
        <li>A journal you exported from Mend (.md)</li>
      </ul>
      <p>You'll see what would come in before anything changes, and you can remove it all again afterwards.</p>
      <FileChoice label="Choose files to bring in" accept={ACCEPTS} isMultiple onFiles={choose} onOpening={() => void loadFlow()} />
      {chosen ? (
        <Suspense fallback={<p role="status">Getting ready to read…</p>}>
          <ImportFlow
            key={chosen.round}
            files={chosen.files}
            onImported={() => setToSettle(importsToSettle())}
            onClose={() => setChosen(null)}
          />
        </Suspense>
      ) : null}
      <ImportsToSettle items={toSettle} onSettled={() => setToSettle(importsToSettle())} />
    </section>
  );
}
