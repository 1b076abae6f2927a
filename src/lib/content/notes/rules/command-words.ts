/** The words of a shell command line, split with shell-quote (operators and globs dropped). */
import { parse as shellParse } from 'shell-quote';

/** The plain words of `command`; an unparsable line gives its whitespace-separated words. */
export function shellWords(command: string): string[] {
	try {
		return shellParse(command, (name) => `$${name}`).filter(
			(t): t is string => typeof t === 'string'
		);
	} catch {
		return command.split(/\s+/);
	}
}
