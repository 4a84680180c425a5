import { ContentPageView } from './content-page';

export function HelpScreen() {
  return <ContentPageView id="help" />;
}
