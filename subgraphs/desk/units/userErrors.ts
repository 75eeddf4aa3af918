import { BadUserInputError } from '../../shared/errors';
import { UnitsInputError } from './types';

/** Runs a step of the units core, turning its input errors into the API's BAD_USER_INPUT. */
export function asUserInput<T>(step: () => T, argument?: string): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof UnitsInputError) throw new BadUserInputError(error.message, argument);
    throw error;
  }
}
