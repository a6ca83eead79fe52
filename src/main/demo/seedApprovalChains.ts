import type { Core } from '../core/core';
import { as, signIn } from './demoCalls';
import type { DemoOptions } from './demoOptions';
import { defaultDemoPassword } from './seedOfficeAndAccounts';

/**
 * The demo office's chains, set last (the history above went through the default chain): a
 * holding statement needs one approval, by the head of Humas or the spokesperson, so the first
 * word of a crisis is out within the golden hour; everything else goes editor, then leader.
 */
export async function seedApprovalChains(core: Core, options: DemoOptions): Promise<string> {
  const admin = as(core, await signIn(core, 'admin', options.password ?? defaultDemoPassword));
  await admin('statements.updateChain', {
    kind: 'holding_statement',
    steps: [{ roles: ['reviewer', 'spokesperson'] }],
  });
  return 'holding statements: one approval (editor or spokesperson)';
}
