import { Link, useSearchParams } from 'react-router';
import { STRENGTH_LISTS } from '../../storage/collections/strengths';
import { strengthRecords } from '../../state/strengths';
import { useLoaded } from '../../state/use-loaded';
import { Button } from '../../ui/button';
import { Page, layout } from '../../ui/layout';
import { LoadGate } from '../../ui/load-gate';
import { PageHeading } from '../../ui/page-heading';
import { HardDayView } from './hard-day-view';
import { SaveProblem } from './save-problem';
import { StrengthListSection } from './strength-list';
import styles from './strengths.module.css';

/** The hard-day view has its own address, so a reload or the back button keeps it. */
const HARD_DAY = 'hard-day';

export function StrengthsScreen() {
  const phase = useLoaded(strengthRecords);
  const [params, setParams] = useSearchParams();
  const isHardDay = params.get('view') === HARD_DAY;
  return (
    <Page>
      <PageHeading title={isHardDay ? 'For a hard day' : 'Strengths and kindnesses'}>
        {isHardDay ? 'For a hard day' : 'Strengths and kindnesses'}
      </PageHeading>
      <LoadGate phase={phase} what="your strengths" onRetry={() => void strengthRecords.load()}>
        {() =>
          isHardDay ? (
            <HardDayView onLeave={() => setParams({})} />
          ) : (
            <>
              <p className={layout.lead}>
                Things that are true about you, kept for the days that forget them.
              </p>
              <div className={styles.hardDayCall}>
                <p>Having a rough day? You can read a few of these, one at a time, slowly.</p>
                <Button onClick={() => setParams({ view: HARD_DAY })}>Read a few gently</Button>
              </div>
              <SaveProblem />
              {STRENGTH_LISTS.map((list) => (
                <StrengthListSection key={list} list={list} />
              ))}
              <p className={layout.muted}>
                What you write in the practice{' '}
                <Link to="/practices/self-worth">Remember your worth</Link> is kept here too, in
                your strengths and the times you were valued.
              </p>
            </>
          )
        }
      </LoadGate>
    </Page>
  );
}
