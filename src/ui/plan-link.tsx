import { Link, type LinkProps } from 'react-router';
import { PLAN_PATH, usePreloadScreen } from './screen-preload';

/**
 * A link to the safety plan. Its code starts loading as the link is shown, so the
 * first tap opens the plan at once, even with the connection gone by then.
 */
export function PlanLink(props: LinkProps) {
  usePreloadScreen(PLAN_PATH);
  return <Link {...props} />;
}
