// Types of build-server.mjs (plain JavaScript: `npm start` runs it with node alone).
export declare const SERVER_BUNDLE: string;
export declare function buildServer(): Promise<string>;
