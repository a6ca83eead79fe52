import { benchDistribution } from './distribution.bench';
void (async () => {
  console.table(await benchDistribution());
})();
