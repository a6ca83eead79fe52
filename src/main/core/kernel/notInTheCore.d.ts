/**
 * What `tsconfig.core.json` resolves Electron and the interface packages to inside the core:
 * nothing. The core runs in a Node worker (browser mode, the CLI, the tests); importing them
 * there is a compile error ("has no exported member"), besides the lint rule.
 */
export {};
