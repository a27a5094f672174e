/** The main flows in WebKitGTK, Safari's engine (webdriverio, WebKitWebDriver, Xvfb): `npm run test:engines`. */
import { launchWebKit } from './support/webkit';
import { walkMainFlows } from './support/walk';

walkMainFlows('WebKitGTK', launchWebKit);
