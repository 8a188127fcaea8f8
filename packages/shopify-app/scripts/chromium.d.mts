import type { Browser } from 'puppeteer-core';

export declare const chromiumPath: string;
export declare function launchChromium(): Promise<Browser>;
