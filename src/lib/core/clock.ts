/**
 * The clock the app layers are handed instead of reading `new Date()` themselves: services,
 * state classes and tests take a `Clock`, and tests pin it.
 */

/** Returns the current instant. Called at each moment a decision depends on the time. */
export type Clock = () => Date;

/** The device's clock. */
export const systemClock: Clock = () => new Date();
