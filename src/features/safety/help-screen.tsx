import { usePreloadScreen } from '../../ui/screen-preload';
import { ContentPageView } from './content-page';
import { PlanAtTop, PlanInvite } from './plan-links';

export function HelpScreen() {
  // "Open my safety plan" must work at once, even if the connection goes before the tap.
  usePreloadScreen('/plan');
  return (
    <ContentPageView id="help" top={<PlanAtTop />}>
      <PlanInvite />
    </ContentPageView>
  );
}
