/**
 * What the core may know of jsdom, for `tsconfig.core.json`: a window to hand to DOMPurify, and
 * nothing else. jsdom's own types turn the DOM library on for every file that sees them, which
 * would let core code use `document` or `window` and compile; the core-only check maps 'jsdom'
 * here instead (the build and the tests still load the real package).
 */
export declare class JSDOM {
  constructor(html?: string);
  readonly window: object;
}
