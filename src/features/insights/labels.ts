// What "this range" means in words on the insights screen.
import type { Range } from '../../lib/insight-numbers';

export const RANGE_NAMES: Record<Range, { button: string; phrase: string }> = {
  week: { button: 'Last 7 days', phrase: 'in the last 7 days' },
  month: { button: 'Last 30 days', phrase: 'in the last 30 days' },
  all: { button: 'All time', phrase: 'so far' },
};
