import { ButtonLink } from '../../ui/button';
import { layout } from '../../ui/layout';
import { ContentPageView } from './content-page';

export function WhyItHurtsScreen() {
  return (
    <ContentPageView id="why-it-hurts">
      <div className={layout.actions}>
        <ButtonLink to="/">Find a practice to try</ButtonLink>
      </div>
    </ContentPageView>
  );
}
