import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../subgraphs/shared/auth/identity';
import { mintDevelopmentToken } from '../gateway/auth/developmentTokens';

/**
 * `npm run token -- --role planner --district 018 [--district 019] [--subject x] [--expires 8h]`
 * or `--role desk --unit 00583`: prints a development token.
 */
const USAGE =
  'usage: npm run token -- --role <role> [--unit <code>] [--district <code>]... [--subject <name>] [--expires <8h>]';

function refuse(message: string): never {
  console.error(message);
  process.exit(1);
}

function readFlags() {
  try {
    return parseArgs({
      strict: true,
      options: {
        role: { type: 'string', default: 'integrator' },
        unit: { type: 'string' },
        district: { type: 'string', multiple: true },
        subject: { type: 'string' },
        expires: { type: 'string', default: '8h' },
      },
    }).values;
  } catch (error) {
    refuse(`${(error as Error).message}\n${USAGE}`);
  }
}

const values = readFlags();
const role = values.role as Role;
if (!ROLES.includes(role) || role === 'anonymous')
  refuse(`--role must be one of ${ROLES.filter((r) => r !== 'anonymous').join(', ')}`);
if (role === 'desk' && !values.unit) refuse('--role desk needs --unit <district or commune code>');
const districts = values.district ?? [];
if (districts.some((code) => !/^[0-9]{3}$/.test(code))) refuse('--district takes a 3-digit district code (018)');
if (role === 'planner' && districts.length === 0)
  refuse('--role planner needs --district <code> (repeat it for several): a planner writes only for its districts');
if (role !== 'planner' && districts.length > 0) refuse('--district is for the planner role only');
mintDevelopmentToken(role, {
  unitCode: values.unit,
  districts: role === 'planner' ? districts : undefined,
  subject: values.subject,
  expiresIn: values.expires,
}).then((token) => console.log(token));
