import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../../subgraphs/shared/auth/identity';
import { mintDevelopmentToken } from './developmentTokens';

/** `npm run token -- --role planner [--unit 00583] [--subject x] [--expires 8h]`: prints a development token. */
const { values } = parseArgs({
  options: {
    role: { type: 'string', default: 'integrator' },
    unit: { type: 'string' },
    subject: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});
const role = values.role as Role;
if (!ROLES.includes(role) || role === 'anonymous') {
  console.error(`--role must be one of ${ROLES.filter((r) => r !== 'anonymous').join(', ')}`);
  process.exit(1);
}
if (role === 'desk' && !values.unit) {
  console.error('--role desk needs --unit <district or commune code>');
  process.exit(1);
}
mintDevelopmentToken(role, { unitCode: values.unit, subject: values.subject, expiresIn: values.expires }).then((token) =>
  console.log(token),
);
