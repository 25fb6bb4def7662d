export declare const chromiumPath: string
export declare const chromiumArgs: string[]
export declare function assertChromium(): void
export declare function launchChromium(): Promise<import('@playwright/test').Browser>
