import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CareCard } from '../../src/ui/care-card';
import { findHeading, renderApp } from '../support/render-app';

const card = () => screen.getByRole('region', { name: "You don't have to carry this alone" });

describe('the care card', () => {
  it('opens with the words it is given, then offers help and one small step toward people', () => {
    render(
      <MemoryRouter>
        <CareCard plan="none">That sounds like a heavy day.</CareCard>
      </MemoryRouter>,
    );
    expect(within(card()).getByText('That sounds like a heavy day.')).toBeInTheDocument();
    expect(within(card()).getByRole('link', { name: 'here is where to find more help' })).toHaveAttribute(
      'href',
      '/help',
    );
    expect(
      within(card()).getByRole('link', { name: 'send one small message to someone safe' }),
    ).toHaveAttribute('href', expect.stringMatching(/^\/practices\/reconnection\/steps\/\d+$/));
  });

  it('speaks calmly: no words of alarm', () => {
    render(
      <MemoryRouter>
        <CareCard plan="none">Thank you for telling us.</CareCard>
      </MemoryRouter>,
    );
    expect(card().textContent).not.toMatch(/urgent|emergency|warning|danger|alert|immediately|!/i);
  });

  it('speaks for any hour of the day, and names a crisis line', () => {
    render(
      <MemoryRouter>
        <CareCard plan="none">That sounds like a heavy morning.</CareCard>
      </MemoryRouter>,
    );
    expect(card().textContent).not.toMatch(/tonight|this evening|until morning/i);
    expect(card().textContent).toMatch(/crisis line/i);
  });

  it('leads in one tap to the step of the reconnection practice where you reach out small', async () => {
    const { user } = await renderApp('/practices/reconnection/steps/5');
    await findHeading('Notice the pull to hide');
    await user.click(screen.getByRole('radio', { name: '10, Very strong' }));
    await user.click(within(card()).getByRole('link', { name: 'send one small message to someone safe' }));
    await findHeading('Send something small');
  });

  it('is what a very low check-in at the end of a practice shows', async () => {
    const { user } = await renderApp('/practices/reconnection/steps/6');
    await findHeading('Take one step toward people');
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    await findHeading('You did it');
    expect(screen.queryByRole('region', { name: "You don't have to carry this alone" })).toBeNull();
    await user.click(screen.getByRole('radio', { name: '2' }));
    expect(await screen.findByRole('region', { name: "You don't have to carry this alone" })).toHaveTextContent(
      'Thank you for being honest.',
    );
    await user.click(screen.getByRole('radio', { name: '3' }));
    expect(screen.queryByRole('region', { name: "You don't have to carry this alone" })).toBeNull();
  });
});
