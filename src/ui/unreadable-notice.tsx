import { Link } from 'react-router';
import { Button } from './button';
import { Page, layout } from './layout';
import { PageHeading } from './page-heading';

/**
 * A collection could not be read (the browser refused, the disk failed). Never
 * shown as an empty list: saying "nothing here" would be untrue and frightening.
 */
export function UnreadableNotice({ what, onRetry }: { what: string; onRetry: () => void }) {
  return (
    <Page>
      <PageHeading title="Couldn't open this just now">We couldn't open {what} just now</PageHeading>
      <div className={layout.gentle} role="alert">
        <p>
          This browser didn't let Mend read what's stored. Nothing has been changed or deleted.
          Trying again often works; so does closing other Mend tabs, or restarting the browser.
        </p>
        <div className={layout.actions}>
          <Button onClick={onRetry}>Try again</Button>
          <Link to="/settings/data">Your data</Link>
        </div>
      </div>
    </Page>
  );
}
