import { Link } from 'react-router';
import { Button } from '../ui/button';
import { Page, layout } from '../ui/layout';
import { PageHeading } from '../ui/page-heading';

/** Whatever goes wrong, a person sees a kind message and a way on. */
export function ErrorScreen({ error }: { error: unknown }) {
  // A new version was published while this tab was open: its old screen files are gone.
  const isStaleBuild =
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(
      error.message,
    );
  return (
    <Page>
      <PageHeading title="Something went wrong">Something went wrong on this screen</PageHeading>
      <p className={layout.lead}>
        {isStaleBuild && !navigator.onLine
          ? // The screen's file never came: the network is gone, and no offline copy runs this page yet.
            'This screen couldn’t open because this device seems to be offline. Everything you wrote is still saved here. Once you’re back online, reloading will open it.'
          : isStaleBuild
            ? 'Mend was updated while this tab was open. Reloading will bring the new version.'
            : "That's on us, not you. What you wrote before this is still saved on this device."}
      </p>
      <div className={layout.actions}>
        <Button onClick={() => window.location.reload()}>Reload this screen</Button>
        <Link to="/">Go to the practices</Link>
        <Link to="/help">Need help now?</Link>
      </div>
    </Page>
  );
}
