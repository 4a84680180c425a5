import { Link } from 'react-router';
import { ButtonLink } from './button';
import { Page, layout } from './layout';
import { PageHeading } from './page-heading';

export function NotFoundScreen() {
  return (
    <Page>
      <PageHeading title="Page not found">We couldn't find that page</PageHeading>
      <p className={layout.lead}>The link may be old or mistyped. Nothing you saved is affected.</p>
      <div className={layout.actions}>
        <ButtonLink to="/">Go to the practices</ButtonLink>
        <Link to="/journal">Open your journal</Link>
      </div>
    </Page>
  );
}
