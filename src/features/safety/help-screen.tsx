import { ContentPageView } from './content-page';
import { PlanAtTop, PlanInvite } from './plan-links';

export function HelpScreen() {
  return (
    <ContentPageView id="help" top={<PlanAtTop />}>
      <PlanInvite />
    </ContentPageView>
  );
}
