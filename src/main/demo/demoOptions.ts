import type { Core } from '../core/core';
import type { DemoClock } from './demoClock';

export interface DemoSeeder {
  name: string;
  /** Runs with the clock set back (see `pastStart`): its records happened days ago. */
  past?: boolean;
  /** Adds this domain's demo records through the core's own channels, so every rule applies. */
  seed(core: Core, options: DemoOptions): Promise<string>;
}

export interface DemoOptions {
  /** The password of every demo account (accounts issue). */
  password?: string;
  /** How many demo journalists (contacts issue); 60 when not given. */
  contacts?: number;
  /** The core's clock; `past` seeders move it forward through their history. */
  clock?: DemoClock;
}

/** Where the past begins: the office is set up 13 days ago, the closed crisis follows. */
export const pastDays = 13;
