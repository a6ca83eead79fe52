import { CoreError } from '../kernel/errors';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import type { OfficeService } from './officeService';

export function officeHandlers(service: OfficeService): HandlersFor<DomainChannel<'office'>> {
  return {
    'office.status': () => service.status(),
    'office.setup': ({ office, admin }, context) => service.setup(office, admin, context.clientId ?? 'unknown'),
    'office.get': async () => {
      const office = await service.get();
      if (!office) throw new CoreError('NOT_FOUND', 'Siaga is not set up yet', { reason: 'officeMissing' });
      return office;
    },
    'office.update': (input, context) => service.update(input, context.actor),
  };
}
