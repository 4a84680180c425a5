import { use, type ReactNode } from 'react';
import { loadPage } from '../../content/catalog';
import { createSuspenseCache } from '../../lib/suspense-cache';
import { Page, layout } from '../../ui/layout';
import { NotFoundScreen } from '../../ui/not-found-screen';
import { PageHeading } from '../../ui/page-heading';
import { Prose } from '../../ui/prose';

const pages = createSuspenseCache(loadPage);

/** A read from content/pages, shown as written; `top` goes above it, `children` below. */
export function ContentPageView({ id, top, children }: { id: string; top?: ReactNode; children?: ReactNode }) {
  const page = use(pages.get(id));
  if (!page) return <NotFoundScreen />;
  return (
    <Page>
      <PageHeading title={page.title}>{page.title}</PageHeading>
      <p className={layout.lead}>{page.summary}</p>
      {top}
      <Prose html={page.html} />
      {children}
    </Page>
  );
}
