import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/storage/collections/answers';
import { progressCollection } from '../../src/storage/collections/progress';
import { get, put } from '../support/stored';
import { findHeading, renderApp } from '../support/render-app';

const careCard = () => screen.queryByRole('region', { name: "You don't have to carry this alone" });

/** A reframing run in progress, as if the person had reached the last step. */
async function reframingRunWith(answers: Answers) {
  const now = new Date().toISOString();
  await put(progressCollection, {
    schemaVersion: 3,
    id: 'reframing',
    moduleId: 'reframing',
    runId: 'run-1',
    currentStep: 5,
    startedAt: now,
    createdAt: now,
    updatedAt: now,
    answers,
    feelingBefore: null,
  });
}

describe('a rating with a care range', () => {
  it('shows the care card when the urge to hide is 9 or 10, and not at 8', async () => {
    const { user } = await renderApp('/practices/reconnection/steps/5');
    await findHeading('Notice the pull to hide');
    await user.click(screen.getByRole('radio', { name: '8' }));
    expect(careCard()).toBeNull();
    await user.click(screen.getByRole('radio', { name: '9' }));
    expect(careCard()).toHaveTextContent('Thank you for being honest about that.');
    expect(screen.getByRole('link', { name: 'here is where to find more help' })).toHaveAttribute('href', '/help');
    await user.click(screen.getByRole('radio', { name: '4' }));
    expect(careCard()).toBeNull();
  });

  it('shows the care card when the harsh story feels completely true', async () => {
    const { user } = await renderApp('/practices/reframing/steps/2');
    await findHeading('Notice how true it feels');
    await user.click(screen.getByRole('radio', { name: '10, Completely true' }));
    expect(careCard()).not.toBeNull();
  });

  it('shows no care card at the gentle end of the scale', async () => {
    const { user } = await renderApp('/practices/reframing/steps/2');
    await findHeading('Notice how true it feels');
    await user.click(screen.getByRole('radio', { name: '0, Not true at all' }));
    expect(careCard()).toBeNull();
  });
});

describe('a rating that asks again', () => {
  it('shows the earlier number and the new one, plainly, once the new one is chosen', async () => {
    await reframingRunWith({ 'notice-how-true-it-feels': { kind: 'rating', value: 8 } });
    const { user } = await renderApp('/practices/reframing/steps/6');
    await findHeading('Notice how true it feels now');
    expect(screen.queryByText(/^Before:/)).toBeNull();
    await user.click(screen.getByRole('radio', { name: '5' }));
    expect(screen.getByText('Before: 8. Now: 5.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '9' }));
    expect(screen.getByText('Before: 8. Now: 9.')).toBeInTheDocument();
    await waitFor(async () =>
      expect((await get(progressCollection, 'reframing'))?.answers['notice-how-true-it-feels-now']).toEqual({
        kind: 'rating',
        value: 9,
      }),
    );
  });

  it('says nothing about before when the first rating was skipped', async () => {
    await reframingRunWith({});
    const { user } = await renderApp('/practices/reframing/steps/6');
    await findHeading('Notice how true it feels now');
    await user.click(screen.getByRole('radio', { name: '5' }));
    expect(screen.getByRole('radio', { name: '5' })).toBeChecked();
    expect(screen.queryByText(/^Before:/)).toBeNull();
  });
});
