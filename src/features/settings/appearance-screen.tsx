import { useState } from 'react';
import { Link } from 'react-router';
import {
  readPreferences,
  savePreferences,
  type Motion,
  type Preferences,
  type TextSize,
  type Theme,
} from '../../storage/device/preferences';
import { Page, layout } from '../../ui/layout';
import { PageHeading } from '../../ui/page-heading';
import { applyAppearance } from './appearance-apply';
import { ChoiceGroup, type Setting } from './appearance-choices';
import styles from './appearance.module.css';

const THEME: Setting<Theme> = {
  legend: 'Theme',
  name: 'theme',
  choices: { system: 'Match this device', light: 'Light', dark: 'Dark' },
};

const TEXT_SIZE: Setting<TextSize> = {
  legend: 'Text size',
  hint: 'Every screen uses it. The largest is twice the standard size.',
  name: 'text-size',
  choices: { standard: 'Standard', large: 'Large', larger: 'Larger', largest: 'Largest' },
};

const MOTION: Setting<Motion> = {
  legend: 'Motion',
  hint: 'Reducing motion stops the breathing circle and the small celebrations from moving.',
  name: 'motion',
  choices: { system: 'Match this device', reduce: 'Always reduce motion' },
};

/** /settings: how Mend looks on this device, saved at once, and a way to your data. */
export function AppearanceScreen() {
  const [preferences, setPreferences] = useState<Preferences>(readPreferences);
  const [isStored, setStored] = useState(true);

  const choose = (change: Partial<Preferences>) => {
    const { saved, isStored: stored } = savePreferences(change);
    applyAppearance(saved);
    setPreferences(saved);
    setStored(stored);
  };

  return (
    <Page>
      <PageHeading title="Settings">Settings</PageHeading>
      <p className={layout.lead}>Make Mend easier on your eyes. Changes apply at once and stay on this device.</p>

      <section className={styles.section} aria-labelledby="appearance-title">
        <h2 id="appearance-title">Appearance</h2>
        <ChoiceGroup setting={THEME} value={preferences.theme} onChange={(theme) => choose({ theme })} />
        <ChoiceGroup setting={TEXT_SIZE} value={preferences.textSize} onChange={(textSize) => choose({ textSize })} />
        <ChoiceGroup setting={MOTION} value={preferences.motion} onChange={(motion) => choose({ motion })} />
        <p role="status" className={styles.note}>
          {isStored ? '' : "This browser isn't letting Mend save settings, so these last until you close this tab."}
        </p>
      </section>

      <section className={`${layout.card} ${styles.section}`} aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <p>Everything you write stays on your own devices. Export a copy, or check anything that couldn't be read.</p>
        <Link to="/settings/data">Go to your data</Link>
      </section>

      <section className={`${layout.card} ${styles.section}`} aria-labelledby="devices-title">
        <h2 id="devices-title">Your devices</h2>
        <p>Keep what you write the same on your phone and computer, sealed, through a folder you already sync.</p>
        <Link to="/settings/devices">Sync your devices</Link>
      </section>

      <section className={`${layout.card} ${styles.section}`} aria-labelledby="lock-title">
        <h2 id="lock-title">Lock</h2>
        <p>If others use this device, a passphrase can keep what you write private.</p>
        <Link to="/settings/lock">Lock with a passphrase</Link>
      </section>
    </Page>
  );
}
