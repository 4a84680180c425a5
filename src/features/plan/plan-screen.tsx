import { useSearchParams } from 'react-router';
import { useLockState } from '../../state/lock-state';
import { PLAN_SECTIONS } from '../../storage/collections/plan';
import { planRecords, planSettingsRecords } from '../../state/plan';
import { useLoaded } from '../../state/use-loaded';
import { Button } from '../../ui/button';
import { CheckField } from '../../ui/fields';
import { Page, layout } from '../../ui/layout';
import { LoadGate } from '../../ui/load-gate';
import { PageHeading } from '../../ui/page-heading';
import { SaveProblemNotice, saveProblemOf } from '../../ui/save-problem-notice';
import { OpenWhileLockedChoice } from './open-while-locked';
import { PlanSheet } from './plan-sheet';
import { ReviewLine } from './review-line';
import { SectionEditor } from './section-editor';
import { StepView } from './step-view';
import styles from './plan.module.css';

/** Each view has its own address, so a reload or the back button keeps it. */
type View = 'edit' | 'all' | 'steps';

function viewOf(params: URLSearchParams): View {
  const view = params.get('view');
  return view === 'all' || view === 'steps' ? view : 'edit';
}

export function PlanScreen() {
  const items = useLoaded(planRecords);
  const settings = useLoaded(planSettingsRecords);
  const [params, setParams] = useSearchParams();
  // Opened from the unlock screen (by the person's choice): read it, change it once unlocked.
  const isLocked = useLockState((state) => state.status === 'locked');
  const asked = viewOf(params);
  const view = isLocked && asked === 'edit' ? 'all' : asked;
  const step = Number(params.get('step')) || 1;
  // What "Print" prints: a folded page (the default) or a wallet card. In the address, so a reload keeps it.
  const isCard = params.get('print') === 'card';
  const withParams = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };
  const phase = items === 'unreadable' || settings === 'unreadable' ? 'unreadable' : items === 'ready' && settings === 'ready' ? 'ready' : items;
  return (
    <Page>
      <PageHeading title="My safety plan" className={styles.screenOnly}>
        My safety plan
      </PageHeading>
      {/* Outside the gate, so the page prerendered for /plan paints it at once, in every view. */}
      <p className={`${layout.lead} ${styles.screenOnly}`}>
        A plan you write while things are calmer, for a moment when they’re not. Short lists, in your own words.
      </p>
      <LoadGate
        phase={phase}
        what="your safety plan"
        onRetry={() => {
          void planRecords.load();
          void planSettingsRecords.load();
        }}
      >
        {() => (
          <>
            {view === 'steps' ? (
              <div className={styles.screenOnly}>
                <StepView step={step} onStep={(n) => setParams({ view: 'steps', step: String(n) })} onLeave={() => setParams({ view: 'all' })} />
              </div>
            ) : (
              <div className={styles.screenOnly}>
                <ReviewLine />
                <div className={styles.viewActions}>
                  <Button onClick={() => setParams({ view: 'steps', step: '1' })}>Read it one step at a time</Button>
                  {isLocked ? null : view === 'all' ? (
                    <Button variant="secondary" onClick={() => setParams({})}>
                      Change my plan
                    </Button>
                  ) : (
                    <Button variant="secondary" onClick={() => setParams({ view: 'all' })}>
                      See it all at once
                    </Button>
                  )}
                  <Button variant="quiet" onClick={() => window.print()}>
                    Print or save as PDF
                  </Button>
                </div>
                <CheckField
                  label="Print it as a small wallet card"
                  checked={isCard}
                  onCheck={(checked) => withParams({ print: checked ? 'card' : null })}
                />
                {isLocked ? <p className={layout.muted}>To change your plan, unlock Mend first.</p> : null}
                <PlanSaveProblem />
                {view === 'edit'
                  ? PLAN_SECTIONS.map((section, i) => <SectionEditor key={section} section={section} step={i + 1} />)
                  : null}
                {view === 'edit' ? <OpenWhileLockedChoice /> : null}
                <p className={layout.muted}>
                  Your plan stays on your own devices, like everything in Mend. Printed, it fits one page you can fold into a
                  pocket or give to someone you trust.
                </p>
              </div>
            )}
            {/* The whole plan: on screen in "all at once", and always what is printed. */}
            <PlanSheet printOnly={view !== 'all'} isCard={isCard} />
          </>
        )}
      </LoadGate>
    </Page>
  );
}

/** A change that couldn't be stored stays on screen and is tried again; this says so. */
function PlanSaveProblem() {
  const problem = planRecords.use(saveProblemOf);
  return <SaveProblemNotice problem={problem} className={styles.saveProblem} onRetry={() => void planRecords.retry()} />;
}
