import { Link } from 'react-router';
import { planSettingsFrom, planSettingsRecords, chooseCrisisCountry } from '../../state/plan';
import { ContactLinks } from './contact-links';
import { CRISIS_COUNTRIES, crisisCountry } from './crisis-lines';
import styles from './plan.module.css';

/** The chosen country's crisis lines, each a tap away. */
export function CrisisLinesList() {
  const settings = planSettingsFrom(planSettingsRecords.use((state) => state.records));
  const country = crisisCountry(settings.country);
  if (!country) return null;
  return (
    <ul className={styles.items} aria-label={`Crisis lines in ${country.name}`}>
      <li className={styles.contact}>
        <span>
          Emergency <span className={styles.phone}>{country.emergency}</span>
        </span>
        <ContactLinks name={`emergency ${country.emergency}`} call={country.emergency} />
      </li>
      {country.lines.map((line) => (
        <li key={line.name} className={styles.contact}>
          <span>
            {line.name}
            <span className={styles.phone}>
              {'call' in line ? ` call ${line.call}` : ''}
              {'text' in line ? ` text ${'textWord' in line ? `${line.textWord} to ` : ''}${line.text}` : ''}
            </span>
          </span>
          <ContactLinks name={line.name} call={'call' in line ? line.call : undefined} text={'text' in line ? line.text : undefined} />
        </li>
      ))}
    </ul>
  );
}

/** Choose the country once; its lines then sit in the plan. */
export function CrisisCountryChoice() {
  const settings = planSettingsFrom(planSettingsRecords.use((state) => state.records));
  return (
    <div className={styles.countryChoice}>
      <label htmlFor="plan-country">Crisis lines for</label>
      <select
        id="plan-country"
        value={settings.country ?? ''}
        onChange={(event) => void chooseCrisisCountry(event.target.value || null)}
      >
        <option value="">Choose your country</option>
        {CRISIS_COUNTRIES.map((country) => (
          <option key={country.id} value={country.id}>
            {country.name}
          </option>
        ))}
      </select>
      <CrisisLinesList />
      <p className={styles.hint}>
        Somewhere else? <Link to="/help">The help page</Link> has a way to find a line near you.
      </p>
    </div>
  );
}
