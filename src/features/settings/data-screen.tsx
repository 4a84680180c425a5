import type { ComponentType } from 'react';
import { Link } from 'react-router';
import { Page, layout } from '../../ui/layout';
import { PageHeading } from '../../ui/page-heading';
import { DeleteEverything } from './delete-everything';
import { ImportBackup } from './import-backup';
import { KeepACopy } from './keep-a-copy';
import { SetAsideSection } from './set-aside-section';
import { StorageFactsSection } from './storage-facts-section';

/**
 * Your data: what is kept, a copy of it, bringing one back, bringing in another
 * app's entries (`BringIn`, a feature of its own, given by the routes), what
 * couldn't be read, and erasing it all.
 */
export function DataScreen({ BringIn }: { BringIn?: ComponentType }) {
  return (
    <Page>
      <PageHeading title="Your data">Your data</PageHeading>
      <p className={layout.lead}>
        Everything Mend keeps is stored in this browser, on this device. Nothing is sent anywhere.
      </p>
      <p>
        To share how things have been with someone you trust, you can{' '}
        <Link to="/insights/summary">make a summary to print</Link>.
      </p>
      <StorageFactsSection />
      <KeepACopy />
      <ImportBackup />
      {BringIn ? <BringIn /> : null}
      <SetAsideSection />
      <DeleteEverything />
    </Page>
  );
}
