/** The main flows in Firefox ESR (puppeteer-core over WebDriver BiDi): `npm run test:engines`. */
import { launchFirefox } from './support/firefox';
import { walkMainFlows } from './support/walk';

walkMainFlows('Firefox ESR', launchFirefox);
