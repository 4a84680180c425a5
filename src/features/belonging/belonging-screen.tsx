import { Link } from 'react-router';
import { circleRecords, peopleRecords } from '../../state/belonging';
import { useLoaded } from '../../state/use-loaded';
import { Page, layout } from '../../ui/layout';
import { LoadGate } from '../../ui/load-gate';
import { PageHeading } from '../../ui/page-heading';
import { BelongingMap } from './belonging-map';

export function BelongingScreen() {
  const circles = useLoaded(circleRecords);
  const people = useLoaded(peopleRecords);
  // Shown once both are read; if either can't be, say so rather than show an empty map.
  const phase =
    circles === 'unreadable' || people === 'unreadable'
      ? 'unreadable'
      : circles === 'ready' && people === 'ready'
        ? 'ready'
        : 'loading';
  return (
    <Page>
      <PageHeading title="Where you belong">Where you belong</PageHeading>
      <p className={layout.lead}>
        The places and people you're part of, even a little. After a rejection it can feel like
        there are none. This map is here to show what's still around you.
      </p>
      <LoadGate
        phase={phase}
        what="your belonging map"
        onRetry={() => {
          void circleRecords.load();
          void peopleRecords.load();
        }}
      >
        {() => <BelongingMap />}
      </LoadGate>
      <p className={layout.muted}>
        Two practices use this map: <Link to="/practices/reconnection">Reach for connection</Link>{' '}
        and <Link to="/practices/diversifying-belonging">Widen your circles</Link>.
      </p>
    </Page>
  );
}
