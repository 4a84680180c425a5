import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import styles from './app-layout.module.css';
import { ErrorBoundary } from './error-boundary';
import { WAITING_FOR_CODE } from '../ui/screen-loading';
import { StorageNotice } from './storage-notice';
import { UpdateNotice } from './update-notice';
import { afterFirstPaint } from '../lib/after-first-paint';
import { LockGate } from '../features/lock/lock-gate';
import { LockNowItem } from '../features/lock/lock-now-item';
import { SyncNotice } from '../features/devices/sync-notice';
import { useBackgroundSync } from '../features/devices/use-background-sync';

// Loaded after the home screen has painted: it is not part of the first load,
// and never stands between a first visit and the first screen.
const WelcomeDialog = lazy(() => import('../features/welcome/welcome-dialog').then((m) => ({ default: m.WelcomeDialog })));

const NAV = [
  { to: '/', label: 'Practices', section: /^\/($|practices)/ },
  { to: '/journal', label: 'Journal', section: /^\/journal/ },
  { to: '/goals', label: 'Goals', section: /^\/goals/ },
  { to: '/belonging', label: 'Belonging', section: /^\/belonging/ },
  { to: '/strengths', label: 'Strengths', section: /^\/strengths/ },
];

export function AppLayout() {
  const { pathname } = useLocation();
  // A new screen starts at its top, as a new page would.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
  useBackgroundSync();
  const [hasPainted, setPainted] = useState(false);
  useEffect(() => afterFirstPaint(() => setPainted(true), 600), []);
  const isWelcomeHere = pathname === '/';
  // Its moment has come, on a page it never shows on (welcome-dialog.tsx says it on the home screen).
  useEffect(() => {
    if (hasPainted && !isWelcomeHere) document.documentElement.dataset.welcome = 'not here';
  }, [hasPainted, isWelcomeHere]);

  return (
    <>
      <a className={styles.skip} href="#main">
        Skip to content
      </a>
      <header className={styles.header}>
        <div className={styles.headerInner}>
          <Link to="/" className={styles.brand}>
            <img src="/favicon.svg" alt="" width="28" height="28" />
            Mend
          </Link>
          <nav className={styles.nav} aria-label="Main">
            <ul className={styles.navList}>
              {NAV.map((item) => (
                <li key={item.to}>
                  <Link to={item.to} className={styles.navLink} aria-current={item.section.test(pathname) ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <Link to="/help" className={styles.help}>
            Need help now?
          </Link>
        </div>
      </header>
      <StorageNotice />
      <SyncNotice isHidden={pathname === '/settings/devices'} />
      <main id="main" className={styles.main} tabIndex={-1}>
        <ErrorBoundary resetKey={pathname}>
          <Suspense fallback={<p className={styles.loading} {...WAITING_FOR_CODE}>Loading…</p>}>
            <LockGate>
              <Outlet />
            </LockGate>
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className={styles.footer}>
        <div className={styles.footerInner}>
          <p>Mend is self-help, not treatment. Everything you write stays on your own devices.</p>
          <ul className={styles.footerLinks}>
            <li>
              <Link to="/learn/why-it-hurts">Why rejection hurts</Link>
            </li>
            <li>
              <Link to="/help">Getting more help</Link>
            </li>
            <li>
              <Link to="/insights">Insights</Link>
            </li>
            <li>
              <Link to="/settings">Settings</Link>
            </li>
            <li>
              <Link to="/settings/data">Your data</Link>
            </li>
            <li>
              <Link to="/about">About Mend</Link>
            </li>
            <LockNowItem />
          </ul>
        </div>
      </footer>
      <UpdateNotice />
      {hasPainted && isWelcomeHere ? (
        <Suspense fallback={null}>
          <WelcomeDialog />
        </Suspense>
      ) : null}
    </>
  );
}

