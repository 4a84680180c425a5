// What Mend is and isn't, where the words go, and where help is: said once, here.
// The first-visit welcome shows these one at a time; the About page shows them all.
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export type AboutMendPart = { id: string; title: string; body: ReactNode };

export const ABOUT_MEND: readonly AboutMendPart[] = [
  {
    id: 'what-mend-is',
    title: 'Self-help, not treatment',
    body: (
      <>
        <p>Mend has short, guided practices for the days after a rejection, and a private journal and small goals.</p>
        <p>It can help, and it isn't therapy, diagnosis or medical care. Some weeks need more than an app.</p>
      </>
    ),
  },
  {
    id: 'your-words',
    title: 'Your words stay on this device',
    body: (
      <>
        <p>There is no account and no server. What you write is kept in this browser, and nothing is sent anywhere.</p>
        <p>
          Clearing your browser's data would remove it, so you might <Link to="/settings/data">export a copy</Link> now
          and then.
        </p>
      </>
    ),
  },
  {
    id: 'where-help-is',
    title: 'Help is one tap away',
    body: (
      <>
        <p>If it feels like too much, or you might hurt yourself, “Need help now?” at the top of every screen lists crisis lines.</p>
        <p>
          <Link to="/help">See where to find help</Link>
        </p>
      </>
    ),
  },
];
