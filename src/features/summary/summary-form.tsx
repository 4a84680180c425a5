import { CheckField, TextField } from '../../ui/fields';
import { RadioChoices } from '../../ui/radio-choices';
import { calendarDay } from '../../storage/engine/record-fields';
import type { SummaryChoices } from './summary-choices';
import { ownDays, RANGE_LABELS, type SummaryRange } from './summary-range';
import styles from './summary.module.css';

const RANGES = Object.keys(RANGE_LABELS) as SummaryRange[];

const INCLUDE_LABELS: Record<keyof SummaryChoices['include'], string> = {
  feelings: "How I've felt: check-ins over time",
  practices: 'Practices I did, with the change from before to after',
  goals: 'Goals and the steps I ticked',
};

/** A day a draft can hold, or none: a date box takes years past 9999, which no record stores. */
const storableDay = (day: string) => (calendarDay.safeParse(day).success ? day : null);

/** Which days, and what goes in. Every choice is kept as it is made. */
export function SummaryForm({
  choices,
  change,
  today,
}: {
  choices: SummaryChoices;
  change: (edit: Partial<SummaryChoices>) => void;
  today: string;
}) {
  const own = ownDays(choices, today);
  return (
    <div className={styles.form}>
      <fieldset className={styles.group}>
        <legend>Which days</legend>
        <div className={styles.ranges}>
          <RadioChoices
            name="summary-range"
            choices={RANGES}
            value={choices.range}
            className={styles.range}
            onChange={(range) => change({ range })}
          >
            {(range) => <span>{RANGE_LABELS[range]}</span>}
          </RadioChoices>
        </div>
        {choices.range === 'custom' ? (
          <div className={styles.ownDays}>
            <TextField
              label="From"
              type="date"
              value={own.from}
              max={today}
              onChange={(event) => change({ from: storableDay(event.target.value), to: own.to })}
            />
            <TextField
              label="To"
              type="date"
              value={own.to}
              max={today}
              onChange={(event) => change({ from: own.from, to: storableDay(event.target.value) })}
            />
          </div>
        ) : null}
      </fieldset>
      <fieldset className={styles.group}>
        <legend>What goes in</legend>
        {(Object.keys(INCLUDE_LABELS) as (keyof SummaryChoices['include'])[]).map((part) => (
          <CheckField
            key={part}
            label={INCLUDE_LABELS[part]}
            checked={choices.include[part]}
            onCheck={(checked) => change({ include: { ...choices.include, [part]: checked } })}
          />
        ))}
      </fieldset>
    </div>
  );
}
