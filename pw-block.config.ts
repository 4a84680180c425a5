import base from './playwright.config';
export default { ...base, testDir: '/work/main/tests/e2e', use: { ...base.use, serviceWorkers: 'block' } };
