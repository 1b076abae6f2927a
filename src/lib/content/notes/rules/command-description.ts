/**
 * Whether the text above a code block describes the command in it (fault kind "command card
 * whose question is an unrelated paragraph"). The paragraph or bullet before a fence is often
 * about something else: the previous command's option (`` `--name` 옵션으로 `test_sshd` 이름 부여 ``
 * over `docker port test_sshd 22`), a remark on the result (`…확인 가능하다`), a statement of how
 * things are set up (`…설정되어 있음`), or a sentence that goes on from the one before it
 * (`그렇기 때문에 …`). Such a text is no question for the command; a `# comment`, the heading or
 * nothing (with a warning) asks instead.
 */
import { shellWords } from './command-words';

/** A sentence that goes on from the text before it. */
const BACK_REFERENCE =
	/^(그렇기 때문에|그래서|따라서|그러므로|그러면|이렇게|이때|이 때|위에서|위의|앞서|앞에서|생성한|만든|결과)/;

/** A sentence about a result, a possibility or a state, not about doing something. */
const STATE =
	/(수\s?있(음|다|습니다)|가능(하다|함|합니다)?|되어\s?있(음|다|습니다)|확인\s?가능(하다)?|볼\s?수\s?있(음|다|습니다))[.!。]?$/;

/**
 * Whether `text` (plain) describes `command`.
 * @param codes the inline code spans of the text (plain)
 */
export function describesCommand(text: string, codes: readonly string[], command: string): boolean {
	const t = text.trim();
	if (BACK_REFERENCE.test(t)) return false;
	const words = new Set(shellWords(command));
	const has = (code: string) => command.includes(code.trim()) || words.has(code.trim());
	// an option or code the command does not have: the text is about another command
	const options = [...t.matchAll(/(?:^|\s)(--?[A-Za-z][\w-]*)/g)].map((m) => m[1] as string);
	if ([...codes, ...options].some((c) => /^--?[A-Za-z]/.test(c.trim()) && !has(c))) return false;
	const named = codes.filter((c) => c.trim() !== '');
	if (named.length > 0 && !named.some(has)) return false;
	if (STATE.test(t) && !named.some(has) && !options.some(has)) return false;
	return true;
}
