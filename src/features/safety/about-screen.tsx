import { ABOUT_MEND } from '../../ui/about-mend';
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
      {/* The same words as the first-visit welcome. */}
      {ABOUT_MEND.map((part) => (
        <section key={part.id} aria-labelledby={part.id}>
          <h2 id={part.id}>{part.title}</h2>
          {part.body}
        </section>
      ))}
      <section aria-labelledby="where-ideas-come-from">
        <h2 id="where-ideas-come-from">Where the ideas come from</h2>
        <p>
          The practices draw on research about the need to belong and social pain, and on common
          approaches such as self-compassion, reframing thoughts, assertive boundaries, and setting
          realistic goals. They are written in plain words, for hard days.
        </p>
      </section>
    </Page>
  );
}
