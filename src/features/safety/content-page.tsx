import { useLoaderData } from 'react-router';
import type { Page as ContentPage } from '../../content/module-schema';
import { Page, layout } from '../../ui/layout';
import { PageHeading } from '../../ui/page-heading';
import { Prose } from '../../ui/prose';

/** A read from content/pages, shown as written. */
export function ContentPageView({ children }: { children?: React.ReactNode }) {
  const { page } = useLoaderData() as { page: ContentPage };
  return (
    <Page>
      <PageHeading title={page.title}>{page.title}</PageHeading>
      <p className={layout.lead}>{page.summary}</p>
      <Prose html={page.html} />
      {children}
    </Page>
  );
}
