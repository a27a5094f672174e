#!/usr/bin/env node
// Draws public/og.png, the 1200×630 card that link previews show, from plain HTML in Chromium.
// usage: node scripts/og-image.mjs   (rerun when the site's name, tagline or colours change)
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.ts';

const html = `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column; justify-content: center;
  padding: 0 96px; box-sizing: border-box; background: #fbfaf7; color: #1d2126;
  font-family: Georgia, 'Noto Serif', 'DejaVu Serif', serif; border-bottom: 24px solid #0b6656; }
.brand { display: flex; align-items: center; gap: 20px; font-size: 44px; font-weight: 700; }
h1 { font-size: 72px; line-height: 1.1; margin: 48px 0 24px; }
p { font-family: system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 32px; color: #565d66; margin: 0; }
</style></head><body>
<div class="brand"><svg width="64" height="64" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0b6656"/><path d="M11 10.5a7.5 7.5 0 1 0 0 11M21 10.5a7.5 7.5 0 1 1 0 11" fill="none" stroke="#fbfaf7" stroke-width="2.6" stroke-linecap="round"/></svg>Clientship</div>
<h1>Work with clients,<br>not just for them</h1>
<p>Lessons and self-assessments for agencies and consultants · Уроки о работе с клиентами</p>
</body></html>`;

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/og.png' });
await browser.close();
console.log('public/og.png');
