import { formatDay } from '../../lib/dates';
import type { GoalEvent } from '../../storage/collections/goals';
import own from './goal-screen.module.css';

function words(event: GoalEvent): string {
  switch (event.kind) {
    case 'ticked':
      return `Done: ${event.stepText}`;
    case 'unticked':
      return `Back on the list: ${event.stepText}`;
    case 'completed':
      return 'Finished the goal';
    case 'reopened':
      return 'Picked the goal back up';
    case 'archived':
      return 'Put the goal away for now';
    case 'restored':
      return 'Brought the goal back';
  }
}

/** Every tick and turn of a goal, newest first, with the notes written along the way. */
export function GoalHistory({ history }: { history: GoalEvent[] }) {
  if (history.length === 0) {
    return <p className={own.muted}>Your ticks and notes will show here as you go.</p>;
  }
  return (
    <ol className={own.history} reversed>
      {[...history].reverse().map((event) => (
        <li key={event.id} className={own.historyItem}>
          <time dateTime={event.at} className={own.historyDate}>
            {formatDay(event.at)}
          </time>
          <span>{words(event)}</span>
          {event.note ? <span className={own.historyNote}>“{event.note}”</span> : null}
        </li>
      ))}
    </ol>
  );
}
