import { Link } from 'react-router';
import { Page, layout } from '../../ui/layout';
import { PageHeading } from '../../ui/page-heading';

export function AboutScreen() {
  return (
    <Page>
      <PageHeading title="About Mend">About Mend</PageHeading>
      <p className={layout.lead}>
        Mend turns well-known ways of coping with rejection into short, guided practices: reaching
        out, widening where you belong, remembering your worth, looking at the story again,
        protecting your energy, and small goals.
      </p>
      <h2>Self-help, not treatment</h2>
      <p>
        Self-help helps many people. It is not therapy, diagnosis or medical care, and some weeks
        need more than an app. If you're struggling to get through the day, or you might hurt
        yourself, <Link to="/help">here is where to find help now</Link>.
      </p>
      <h2>Your words stay with you</h2>
      <p>
        There is no account and no server. Everything you write is kept in this browser, on this
        device, and nothing is sent anywhere. That also means that if you clear your browser's data,
        it's gone, so you might like to <Link to="/settings/data">export a copy</Link> now and then.
      </p>
      <h2>Where the ideas come from</h2>
      <p>
        The practices draw on research about the need to belong and social pain, and on common
        approaches such as self-compassion, reframing thoughts, assertive boundaries, and setting
        realistic goals. They are written in plain words, for hard days.
      </p>
    </Page>
  );
}
