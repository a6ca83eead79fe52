/** The last number issued per scope ('2026' when numbers restart yearly, 'all' otherwise). */
export interface StatementNumberCounterTable {
  scope: string;
  last_value: number;
}
