import { act, render, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { AppRoutes, preloadAllScreens } from '../../src/app/routes';

/**
 * The whole app, with its real routes, starting at `path`. Screens suspend while
 * their code and data load, so the first render happens inside an awaited act().
 */
export async function renderApp(path = '/') {
  // As in the browser after the first idle moment: every screen's code is at hand.
  await preloadAllScreens();
  const user = userEvent.setup();
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>,
    );
  });
  return { user, ...view };
}

/** The screen's heading, once what it shows from storage has been read ("Opening your …" gone). */
export async function findHeading(name: string | RegExp) {
  const heading = await screen.findByRole('heading', { level: 1, name }, { timeout: 3000 });
  await waitFor(() => expect(screen.queryByText(/^Opening your /)).toBeNull(), { timeout: 3000 });
  return heading;
}
