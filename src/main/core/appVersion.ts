import { version } from '../../../package.json';

/** The version of this build, from package.json (inlined by the bundler, read by tsx and vitest). */
export const appVersion: string = version;
